"""Tables in plain text: rows of cells parted by tabs, as a browser copies a table.

A chunk (lines between blank lines) of two rows or more, each with two cells or more parted
by tabs inside the line (tabs at its start indent it), is a table: the cells trimmed, short
rows filled out with empty cells, the first row a header when none of its cells is a number
while some cell below is one. Spreadsheets and browsers write tables this way; read as prose,
a table was one paragraph (or a heading) per row.
"""

from __future__ import annotations

from reader.clean.text.scan import chunks_holding, lines_with
from reader.core.lazy import lazy_re

_TAB = lazy_re(r"\t")
NUMBER_CELL = lazy_re(r"^[^\w]{0,3}\d[\d.,:%/\s-]*[^\w\s]{0,3}\w{0,3}$")

Rows = tuple[tuple[str, ...], ...]


def tab_tables(text: str, right: list[str], chunks: list[tuple[int, int]]) -> dict[int, Rows]:
    """Chunk -> its rows, for each chunk that is a tab-separated table."""
    if "\t" not in text:
        return {}
    found: dict[int, Rows] = {}
    for chunk in chunks_holding(chunks, lines_with(text, _TAB)):
        first, end = chunks[chunk]
        if end - first < 2:
            continue
        # (tabs at a line's start or end indent it or end it: no cells)
        rows = [[cell.strip() for cell in right[i].strip().split("\t")] for i in range(first, end)]
        width = max(map(len, rows))
        if min(map(len, rows)) < 2:
            continue
        if len(rows[0]) == width - 1 and all(len(row) == width for row in rows[1:]):
            rows[0].insert(0, "")  # a header row over the row names: its corner left empty
        found[chunk] = tuple(tuple(row + [""] * (width - len(row))) for row in rows)
    return found


def has_header(rows: Rows) -> bool:
    """The first row names the columns: no number in it, a number in some row below."""
    return not any(NUMBER_CELL.match(cell) for cell in rows[0]) and any(
        NUMBER_CELL.match(cell) for row in rows[1:] for cell in row
    )
