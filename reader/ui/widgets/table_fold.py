"""A table too wide for the text folded (pure Python): each row a record of ``column: value``
lines, a column named by all its headings ("Winter · Peak" under "Winter" spanning "Peak"
and "Off-peak"), the headings themselves first, their cells one after another."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.cells import cell_len

from reader.ui.widgets.piece_rows import INDENT, Piece, Wrap, add_row

if TYPE_CHECKING:
    from reader.ui.widgets.layout import Layout

Spans = list[list[tuple[int, int]]]
HEAD_APART = " | "  # between two headings on the headings' line
NAME_JOIN = " · "  # between a column's headings in its name ("Winter · Peak")


def folded(
    layout: Layout, text: str, table: tuple[Spans, int], index: int, width: int, wrap: Wrap
) -> None:
    """Rows for a table folded in ``width`` cells (``table``: its cells' offsets row by row
    and its heading rows)."""
    spans, heads = table
    names = column_names(text, spans[:heads])
    if heads:
        _headings(layout, text, spans[:heads], index, width, wrap)
    for number, cells in enumerate(spans[heads:]):
        if number or names:
            layout.add("blank", cells[0][0], cells[0][0], text="", block=index)
        first, last = cells[0]
        if names and len(cells) > 1 and last > first and all(b == a for a, b in cells[1:]):
            # a row of its first cell alone (a cell spanning the row: a group's label)
            for x, y in wrap(text, first, last, width):
                add_row(layout, "table", [(x, y, None, "table-head")], index)
            continue
        filled = any(y > x for x, y in cells)  # (once a row: not again for each empty cell)
        for column, (a, b) in enumerate(cells):
            if names and b == a and filled:
                continue  # an empty cell: no "Note:" with nothing after it
            if names:
                label = (names[column] if column < len(names) else str(column + 1)) + ": "
                most = width * 2 // 3  # (a third of the row at least for the value)
                if cell_len(label) > most:
                    label = label[: most - 3] + "…: "
            else:
                label = "• " if column == 0 else INDENT
            room = max(4, width - cell_len(label))
            label_style = "table-head" if names else "prefix"
            for line, (x, y) in enumerate(wrap(text, a, b, room) if b > a else [(a, b)]):
                lead = label if line == 0 else " " * cell_len(label)
                add_row(
                    layout,
                    "table",
                    [(x, x, lead, label_style if line == 0 else ""), (x, y, None, "")],
                    index,
                )


def column_names(text: str, heads: Spans) -> list[str]:
    """Each column's name: its headings, top down, a heading over empty cells beside it
    (a heading row over another) naming their columns too; empty without heading rows."""
    if not heads:
        return []
    columns = max(len(row) for row in heads)
    names: list[list[str]] = [[] for _ in range(columns)]
    for number, row in enumerate(heads):
        over = number < len(heads) - 1
        spanning = ""
        for column in range(columns):
            a, b = row[column] if column < len(row) else (0, 0)
            cell = " ".join(text[a:b].split())
            spanning = cell if cell or not over else spanning
            if spanning and spanning not in names[column]:
                names[column].append(spanning)
    return [NAME_JOIN.join(name) for name in names]


def _headings(layout: Layout, text: str, heads: Spans, index: int, width: int, wrap: Wrap) -> None:
    """The heading rows' cells one after another, :data:`HEAD_APART` between them, wrapped
    in ``width`` (empty cells left out)."""
    pieces: list[Piece] = []
    used = 0
    for row in heads:
        for a, b in row:
            if b <= a:
                continue
            for part, (x, y) in enumerate(wrap(text, a, b, width)):
                size = cell_len(text[x:y])
                apart = "" if not pieces else HEAD_APART if part == 0 else " "
                if pieces and used + cell_len(apart) + size > width:
                    add_row(layout, "table", pieces, index)
                    pieces, used, apart = [], 0, ""
                if apart:
                    pieces.append((x, x, apart, "table-rule"))
                pieces.append((x, y, None, "table-head"))
                used += cell_len(apart) + size
    if pieces:
        add_row(layout, "table", pieces, index)
