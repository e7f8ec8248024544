"""A long text's opening, cleaned on its own: a book's first screens while the rest is cleaned.

Cleaning a 3 MB book takes most of a second; its first screens need only its first pages.
The reader shows the article made of a long plain text's (or Markdown document's, or EPUB
book's page) first ``OPENING_CHARS`` characters, cut where a paragraph ends (a book's: where
a chapter or a paragraph starts), and swaps in the whole once it is
cleaned (``reader.ui.jobs.early``). The opening is cleaned by the same rules as the whole, so
its first screen is the whole's in all but rare cases (a rule that counts over the whole text).
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from reader.article.model import count_words
from reader.engine.pipeline import detect_kind, extract

if TYPE_CHECKING:
    from reader.article.model import Article
    from reader.sources.load import RawDocument

OPENING_FROM = 400_000  # characters: shorter texts are cleaned whole at once (~0.1 s)
OPENING_CHARS = 32_000  # ~5,000 words: a dozen screens to read while the rest is cleaned
_FURTHEST = 16_000  # how far past OPENING_CHARS a paragraph's (or a line's) end is looked for
_KINDS = ("text", "markdown", "book")  # (a web page is one tree: it has no opening to cut)
TEXT_MARKS = ("\n\n", "\n")
# an EPUB's page: its chapters are set apart by blank lines; in a long one, a paragraph's
# start (the parser closes what the cut leaves open)
BOOK_MARKS = ("\n\n<section data-book-part=", "<p", "\n")


def opening_end(
    text: str, length: int = OPENING_CHARS, marks: tuple[str, ...] = TEXT_MARKS
) -> int | None:
    """Where ``text``'s opening ends: the first of ``marks`` from ``length`` on (a blank
    line, else a line's end), or None if there is none near enough."""
    for mark in marks:
        end = text.find(mark, length, length + _FURTHEST)
        if end > 0:
            return end
    return None


def _marks(raw: RawDocument) -> tuple[str, ...]:
    return BOOK_MARKS if detect_kind(raw) == "book" else TEXT_MARKS


def whole_words(first: Article, raw: RawDocument) -> float:
    """About how many words the whole of ``raw`` reads as, from those of its opening's
    article ``first`` (a book's reading time, shown with its opening)."""
    text = raw.text
    end = opening_end(text, marks=_marks(raw)) or len(text)
    return count_words(first.text) * len(text) / max(1, end)


def opening(raw: RawDocument) -> Article | None:
    """The article made of a long plain text's, Markdown document's or EPUB book's opening
    (people not found); None for any other document, and for a text shorter than
    ``OPENING_FROM``. Raises ``LoadError`` as ``extract`` does."""
    if len(raw.text) < OPENING_FROM:
        return None
    kind = detect_kind(raw)
    end = opening_end(raw.text, marks=_marks(raw))
    if kind not in _KINDS or end is None:
        return None
    return extract(replace(raw, text=raw.text[:end]), people=False, kind=kind)
