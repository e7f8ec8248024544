"""Small measures of text shared by the cleanup's rules: words folded for comparing,
sentence ends, words in links."""

from __future__ import annotations

import re

from lxml.html import HtmlElement

WORDS = re.compile(r"\w+")
# a sentence ends after a word, with its closing quote or bracket, before a space or the end
SENTENCE_END = re.compile(r"\w[.!?][\"'”’)]?(?:\s|$)")


def folded_words(text: str) -> str:
    """``text``'s words, case-folded and joined by single spaces: punctuation and spacing
    do not tell two texts apart."""
    return " ".join(WORDS.findall(text.casefold()))


def linked_words(element: HtmlElement) -> int:
    """How many words of ``element`` stand in its links."""
    return sum(len(link.text_content().split()) for link in element.iter("a"))


__all__ = ["SENTENCE_END", "WORDS", "folded_words", "linked_words"]
