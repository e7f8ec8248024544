"""Footnotes: each reference in the text (``[1]``, as the cleaners write a note mark) and
where its note stands, so a reader can jump there and back.

A note is a line that starts with its mark (``[1] The note``), else the item numbered the
same in the last numbered list after the reference (a page's list of notes).
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass
from typing import TYPE_CHECKING

from reader.core.lazy import lazy_re

if TYPE_CHECKING:
    from reader.article.model import Article

_MARK = lazy_re(r"\[([0-9]{1,4}|[a-z])\]")
MAX_FOOTNOTES = 5000  # references looked at; a text of more is not a footnoted article
_NOT_PROSE = frozenset({"code", "pre", "table"})


@dataclass(frozen=True)
class Footnote:
    """A reference ``text[start:end]`` (``[1]``) and the offset where its note begins."""

    label: str
    start: int
    end: int
    note: int

    @property
    def text(self) -> str:
        """The reference as it reads: ``[1]``."""
        return f"[{self.label}]"


def _numbered_items(article: Article) -> list[tuple[int, int, int]]:
    """Each numbered list item: (its list block's index, its number, its offset)."""
    found = []
    for index, block in enumerate(article.blocks):
        if block.type != "list" or not any(number is not None for number in block.numbers):
            continue
        offset = block.start
        for number, line in zip(block.numbers, block.text.split("\n"), strict=False):
            if number is not None:
                found.append((index, number, offset))
            offset += len(line) + 1
    return found


def _skipped(article: Article) -> list[tuple[int, int]]:
    """Spans of code and tables: a ``[1]`` there is not a reference."""
    return [(block.start, block.end) for block in article.blocks if block.type in _NOT_PROSE]


def footnotes(article: Article) -> tuple[Footnote, ...]:
    """The article's footnote references whose note was found, in reading order."""
    text = article.text
    if "[" not in text:
        return ()
    line_notes: dict[str, list[int]] = {}
    references: list[tuple[str, int, int]] = []
    skipped = _skipped(article)
    for count, match in enumerate(_MARK.finditer(text)):
        if count >= MAX_FOOTNOTES:
            break
        start = match.start()
        inside = bisect_right(skipped, (start, len(text))) - 1
        if inside >= 0 and skipped[inside][0] <= start < skipped[inside][1]:
            continue
        if start == 0 or text[start - 1] == "\n":
            line_notes.setdefault(match.group(1), []).append(start)
        else:
            references.append((match.group(1), start, match.end()))
    if not references:
        return ()
    items = _numbered_items(article)
    found = []
    for label, start, end in references:
        note = next((at for at in line_notes.get(label, ()) if at > end), None)
        if note is None and label.isdigit():
            after = [(block, at) for block, number, at in items
                     if number == int(label) and at > end]
            note = max(after)[1] if after else None
        if note is not None:
            found.append(Footnote(label, start, end, note))
    return tuple(found)
