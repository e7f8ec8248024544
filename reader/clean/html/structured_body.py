"""The article's text from the page's structured data, when its markup holds next to none.

A page drawn by its scripts (a single-page app, fetched without running them) serves an empty
``<div id="root">``; many such pages still write the whole story into their JSON-LD
``articleBody`` for search engines. When what the cleaner found is less than half of that
text, the text is read from there: its lines are its paragraphs, and HTML written into it goes
through the reader's own block rules. A teaser-length ``articleBody`` (a paywall's) is never
used, nor one that only repeats what the markup already shows.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from reader.clean.html.blocks import BlockTuple
from reader.clean.html.second_opinion import block_words, count_words
from reader.clean.meta.text import as_text
from reader.core.lazy import lazy_re

MIN_WORDS = 50  # an articleBody shorter than this is a teaser, not the article
SHARE = 0.5  # ours below this share of its words: it is read instead
_PARAGRAPH_BREAK = lazy_re(r"\n[ \t\r\f\v]*\n")
_MARKUP = lazy_re(r"<(?:p|br|h[1-6]|div|li|blockquote)\b[^<>]*>", re.I)


def paragraphs(body: str) -> list[str]:
    """A plain articleBody's paragraphs: its blank-line breaks, else its line breaks."""
    parts = _PARAGRAPH_BREAK.split(body) if _PARAGRAPH_BREAK.search(body) else body.split("\n")
    return [text for text in (as_text(part) for part in parts) if text]


def structured_blocks(
    body: str, ours: list[BlockTuple], to_blocks: Callable[[str], list[BlockTuple]]
) -> list[BlockTuple] | None:
    """The blocks of ``body`` (the page's articleBody) when ``ours`` hold less than
    :data:`SHARE` of its words, else None. ``to_blocks`` reads HTML written into it."""
    if not body or count_words(body) < MIN_WORDS:
        return None
    if _MARKUP.search(body):
        theirs = to_blocks(body)
    else:
        theirs = [("paragraph", text, 0) for text in paragraphs(body)]
    words = block_words(theirs)
    if words < MIN_WORDS or block_words(ours) >= SHARE * words:
        return None
    return theirs


__all__ = ["MIN_WORDS", "SHARE", "paragraphs", "structured_blocks"]
