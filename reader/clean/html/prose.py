"""Small measures of text shared by the cleanup's rules: words folded for comparing,
sentence ends, words in links."""

from __future__ import annotations

from lxml.html import HtmlElement

from reader.core.lazy import lazy_re

WORDS = lazy_re(r"\w+")
# a sentence ends after a word, with its closing quote or bracket, before a space or the end
SENTENCE_END = lazy_re(r"\w[.!?][\"'”’)]?(?:\s|$)")


def folded_words(text: str) -> str:
    """``text``'s words, case-folded and joined by single spaces: punctuation and spacing
    do not tell two texts apart."""
    return " ".join(WORDS.findall(text.casefold()))


def one_line(element: HtmlElement) -> str:
    """``element``'s text on one line: every run of white space a single space."""
    return " ".join(element.text_content().split())


def linked_words(element: HtmlElement) -> int:
    """How many words of ``element`` stand in its links."""
    return sum(len(link.text_content().split()) for link in element.iter("a"))


def piece_words(element: HtmlElement) -> int:
    """``element``'s words counted piece by piece of its text (as :func:`short_text` counts)."""
    return sum(len(piece.split()) for piece in element.itertext())


def short_text(element: HtmlElement, most_words: int) -> str | None:
    """``element``'s text on one line, or None as soon as it passes ``most_words`` words: a
    climb through ever larger ancestors reads no more than that of each."""
    pieces: list[str] = []
    words = 0
    for piece in element.itertext():
        split = piece.split()
        words += len(split)
        if words > most_words:
            return None
        pieces.extend(split)
    return " ".join(pieces)


__all__ = ["SENTENCE_END", "WORDS", "folded_words", "linked_words", "piece_words", "short_text"]
