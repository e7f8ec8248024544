"""The body's texts of a plain text as typed blocks: runs of list items are lists, a short
line over a paragraph is a heading, tables and the kinds the layout found keep theirs, the rest
are paragraphs."""

from __future__ import annotations

import re
from array import array
from itertools import pairwise, repeat

from reader.article.model import table_text
from reader.clean.extracted import Draft
from reader.clean.text.scan import paragraphs_starting
from reader.clean.text.tables import has_header

BULLET = re.compile(r"^\s*(?:[-*+•·‣◦▪]|\d{1,3}[.)])\s+(?=\S)")
_NUMBERED = re.compile(r"^\s*(\d{1,3})[.)]\s")
BULLET_LINE = re.compile(r"\n[^\S\n]*(?:[-*+•·‣◦▪]|\d{1,3}[.)])[^\S\n]+(?=\S)")
_HEADING_END_CHARS = frozenset(".,;:!?\"'”’)]…-")
_WORD = re.compile(r"\w+")


def _is_heading(text: str, following: str | None) -> bool:
    if following is None or len(text) > 100 or len(following) < 60:
        return False
    end = text[:-1] if text.endswith("\n") else text  # (as ``$`` matches before a last newline)
    first = text[:1]
    return (
        not (end and end[-1] in _HEADING_END_CHARS)
        and (first.isupper() or first.isdigit())
        and not BULLET.match(text)
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
    levels: dict[int, int] | None = None,
) -> tuple[Blocks, array[int]]:
    """Typed blocks for the body texts, and each text's block index (``bullets``: the texts
    that start like a list item, when the caller knows; ``levels``: the headings' levels)."""
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
    for index, (length, following) in enumerate(pairwise(lengths)):
        # (the cheap part of ``_is_heading`` first: a short text before a long one)
        if (
            length <= 100
            and following >= 60
            and index not in kinds
            and index not in in_lists
            and _is_heading(texts[index], texts[index + 1])
        ):
            blocks[where[index]] = ("heading", texts[index], 2)
    return blocks, where
