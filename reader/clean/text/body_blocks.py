"""The body's texts of a plain text as typed blocks: runs of list items are lists, a short
line over a paragraph is a heading (a letter's salutation never is), and so is a line that
stands alone as a heading does (a chapter's, a short one in capitals), tables and the kinds the
layout found keep theirs, the rest are paragraphs."""

from __future__ import annotations

from array import array
from collections.abc import Sequence
from itertools import pairwise, repeat

from reader.article.model import table_text
from reader.clean.extracted import Draft
from reader.clean.text.prose_line import is_prose
from reader.clean.text.scan import paragraphs_starting
from reader.clean.text.standing_headings import (
    MAX_STANDING,
    is_salutation,
    may_stand,
    standing_headings,
)
from reader.clean.text.tables import has_header
from reader.core.lazy import lazy_re

BULLET = lazy_re(r"^\s*(?:[-*+•·‣◦▪]|\d{1,3}[.)])\s+(?=\S)")
_NUMBERED = lazy_re(r"^\s*(\d{1,3})[.)]\s")
BULLET_LINE = lazy_re(r"\n[^\S\n]*(?:[-*+•·‣◦▪]|\d{1,3}[.)])[^\S\n]+(?=\S)")
_HEADING_END_CHARS = frozenset(".,;:!?\"'”’)]…-")
_WORD = lazy_re(r"\w+")


def _is_heading(text: str, following: str | None) -> bool:
    if following is None or len(text) > 100 or len(following) < 60:
        return False
    end = text[:-1] if text.endswith("\n") else text  # (as ``$`` matches before a last newline)
    first = text[:1]
    return (
        not (end and end[-1] in _HEADING_END_CHARS)
        and (first.isupper() or first.isdigit())
        and not BULLET.match(text)
        and not is_salutation(text)
        and 1 <= len(_WORD.findall(text)) <= 12
        and len(_WORD.findall(following)) >= 15
    )


Blocks = list[tuple[str, str, int]]


def _bullets(texts: list[str], kinds: dict[int, str]) -> set[int]:
    """Indexes of the texts that start like a list item (texts in ``kinds`` never do)."""
    if kinds:
        texts = ["" if i in kinds else text for i, text in enumerate(texts)]
    found = paragraphs_starting(texts, BULLET_LINE)
    if found is None:  # a text holds a newline: one by one
        return {i for i, text in enumerate(texts) if BULLET.match(text)}
    return found


def _runs(bullets: set[int]) -> list[tuple[int, int]]:
    """``(first, end)`` of every run of two or more list items in a row."""
    runs: list[tuple[int, int]] = []
    for index in sorted(bullets):
        if runs and runs[-1][1] == index:
            runs[-1] = (runs[-1][0], index + 1)
        else:
            runs.append((index, index + 1))
    return [(first, end) for first, end in runs if end - first >= 2]


def body_blocks(
    texts: list[str], kinds: dict[int, str], bullets: set[int] | None = None,
    levels: dict[int, int] | None = None, joined: Sequence[int] | None = None,
) -> tuple[Blocks, array[int]]:
    """Typed blocks for the body texts, and each text's block index (``bullets``: the texts
    that start like a list item, when the caller knows; ``levels``: the headings' levels;
    ``joined``: whether each text goes on its chunk, after a single newline, when known: a
    line standing alone may be a heading, see :mod:`reader.clean.text.standing_headings`)."""
    n = len(texts)
    runs = _runs(_bullets(texts, kinds) if bullets is None else bullets)
    blocks: Blocks = []
    where = array("q")  # (8 bytes a text, not an int object each)
    start = 0
    for first, end in [*runs, (n, n)]:
        where.extend(range(len(blocks), len(blocks) + first - start))
        blocks.extend(("paragraph", texts[i], 0) for i in range(start, first))
        if first < end:
            items = [BULLET.sub("", item, count=1) for item in texts[first:end]]
            where.extend(repeat(len(blocks), end - first))
            numbers = [_NUMBERED.match(item) for item in texts[first:end]]
            blocks.append(  # "1." / "2)" items keep their numbers
                Draft("list", "\n".join(items), 0, numbers=tuple(int(n[1]) for n in numbers))
                if all(numbers) else ("list", "\n".join(items), 0)
            )
        start = end
    for index, kind in kinds.items():
        if kind == "table":  # rows by newlines, cells by tabs (see reader.clean.text.tables)
            rows = tuple(tuple(row.split("\t")) for row in texts[index].split("\n"))
            blocks[where[index]] = Draft("table", table_text(rows), rows=rows,
                                         header=has_header(rows))
        else:
            blocks[where[index]] = (kind, texts[index], (levels or {}).get(index, 0))
    in_lists = {index for first, end in runs for index in range(first, end)}
    lengths = list(map(len, texts))
    standing: list[int] = []  # (short texts that may be headings by standing alone)
    for index, (length, following) in enumerate(pairwise(lengths)):
        if length > 100 or index in kinds or index in in_lists:
            continue
        # (the cheap part of ``_is_heading`` first: a short text before a long one)
        if following >= 60 and _is_heading(texts[index], texts[index + 1]):
            blocks[where[index]] = ("heading", texts[index], 2)
        elif joined is not None and length <= MAX_STANDING and not joined[index] and (
            may_stand(texts[index])
        ):
            standing.append(index)
    if standing:

        def over_body(index: int) -> bool:
            return index in kinds or index in in_lists or is_prose(texts[index])

        for index in standing_headings(texts, joined or b"", standing, over_body):
            blocks[where[index]] = ("heading", texts[index], 2)
    return blocks, where
