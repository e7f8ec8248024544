"""Rows for a table (pure Python), as a browser's reader view would set it in the column.

A table whose rows fit the width is drawn one row a line, its columns lined up. One too wide
for that keeps its columns when each can still hold its longest word (and a column of prose
some 16 cells): its cells wrap inside their columns, a row as tall as its tallest cell. A
table too wide even so is folded, each row a record of ``column: value`` lines. A column of
numbers stands to the right, the decimal points under each other. Every row's pieces name
the offsets they show (see :mod:`reader.ui.widgets.piece_rows`), so search and positions
find a cell's words on the line that draws them.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from rich.cells import cell_len

from reader.article.model import CELL_SEPARATOR, Block
from reader.ui.widgets.piece_rows import INDENT, Piece, Wrap, add_row, line_spans

if TYPE_CHECKING:
    from reader.ui.widgets.layout import Layout

COLUMN_RULE = " │ "
PROSE_LEAST = 16  # cells a column of longer text keeps before the table is folded instead
WORD_MOST = 20  # a longer word in a cell is broken rather than widen its column
# a cell that is a number: a sign, a currency, digits grouped, a decimal part, a percent
_NUMBER = re.compile(r"[-+−±~≈<>]?[$€£¥]?\d[\d,.\u2009\u202f ]*%?")

_NO_NUMBER = frozenset(("-", "–", "—", "n/a", "N/A"))  # a number column's empty cell
MOST_HEADING_ROWS = 3
Spans = list[list[tuple[int, int]]]


def cell_spans(text: str, block: Block) -> Spans | None:
    """Each cell's offsets in ``text``, row by row; None if the text is not the cells."""
    spans: Spans = []
    pos = block.start
    for row in block.rows:
        cells = []
        for number, cell in enumerate(row):
            if number:
                if text[pos : pos + len(CELL_SEPARATOR)] != CELL_SEPARATOR:
                    return None
                pos += len(CELL_SEPARATOR)
            if text[pos : pos + len(cell)] != cell:
                return None
            cells.append((pos, pos + len(cell)))
            pos += len(cell)
        spans.append(cells)
        pos += 1
    return spans if block.rows and pos - 1 == block.end else None


def table_rows(
    layout: Layout, text: str, block: Block, index: int, width: int, wrap: Wrap
) -> bool:
    """Rows for a table ``block``; False when its text is not its cells (drawn as text)."""
    spans = cell_spans(text, block)
    if spans is None or not all(spans):
        return False
    rows = block.rows
    columns = max(len(row) for row in rows)
    cells = [[row[c] if c < len(row) else "" for row in rows] for c in range(columns)]
    natural = [max(cell_len(line) for cell in column for line in cell.split("\n"))
               for column in cells]
    heads = header_rows(block)
    numeric = [_decimals(column[heads:]) for column in cells]
    for column, decimals in enumerate(numeric):
        if decimals is not None:  # the widest whole part and the widest decimal part
            whole = max(cell_len(cell) - _fraction(cell) for cell in cells[column][heads:])
            natural[column] = max(natural[column], whole + decimals)
    least = [_least(column, size) for column, size in zip(cells, natural, strict=True)]
    sizes = _sizes(natural, least, width - cell_len(COLUMN_RULE) * (columns - 1))
    if sizes is None:
        _folded(layout, text, block, spans, index, width, _by_line(wrap))
        return True
    _grid(layout, text, spans, (heads, sizes, numeric), index, _by_line(wrap))
    return True


def header_rows(block: Block) -> int:
    """The table's heading rows: its header row and those under it that go on heading its
    columns (their first cell empty, under a heading spanning both rows, and no number
    in them: "Winter" over "Peak" and "Off-peak")."""
    rows = block.rows
    if not block.header or len(rows) < 2:
        return 0
    count = 1
    while count < min(len(rows) - 1, MOST_HEADING_ROWS) and (
        not rows[count][0] and any(rows[count])
        and not any(_NUMBER.fullmatch(cell) for cell in rows[count])
    ):
        count += 1
    return count


def _least(column: list[str], natural: int) -> int:
    """The narrowest a column may be: its longest word (up to :data:`WORD_MOST`), and
    :data:`PROSE_LEAST` cells for a column of longer text."""
    longest = max((cell_len(word) for cell in column for word in cell.split()), default=0)
    longest = min(longest, WORD_MOST)
    return longest if natural < PROSE_LEAST else max(longest, PROSE_LEAST)


def _sizes(natural: list[int], least: list[int], room: int) -> list[int] | None:
    """Each column's width in ``room`` cells: its natural width when all fit; else its least
    and a share of the rest, the columns that want little given it first (so fewer wrap);
    None when even the least do not fit (the table is folded)."""
    if sum(natural) <= room:
        return natural
    if sum(least) > room:
        return None
    sizes = list(least)
    spare = room - sum(least)
    order = sorted(range(len(sizes)), key=lambda c: natural[c] - least[c])
    for place, column in enumerate(order):
        give = min(natural[column] - least[column], spare // (len(order) - place))
        sizes[column] += give
        spare -= give
    return sizes


def _decimals(column: list[str]) -> int | None:
    """For a column of numbers, the cells from the widest decimal point to a cell's end
    (its cells are padded to it, so the points line up); None for any other column."""
    values = [cell for cell in column if cell and cell not in _NO_NUMBER]
    if not values or not all(_NUMBER.fullmatch(cell) for cell in values):
        return None
    return max(_fraction(cell) for cell in values)


def _fraction(cell: str) -> int:
    """The cells of a number from its decimal point on (0 without one)."""
    point = cell.rfind(".")
    return len(cell) - point if point >= 0 else 0


def _grid(
    layout: Layout, text: str, spans: Spans, shape: tuple[int, list[int], list[int | None]],
    index: int, wrap: Wrap,
) -> None:
    """Columns lined up, each cell wrapped in its column's width; the heading rows bold and
    ruled off, a heading over empty cells beside it across their columns ("Winter" over
    "Peak" and "Off-peak"); a row of its first cell alone (a group's label) across the table.
    ``shape``: the heading rows, the columns' widths, each column's decimals (None: no
    column of numbers)."""
    heads, sizes, numeric = shape
    rule = cell_len(COLUMN_RULE)
    across = sum(sizes) + rule * (len(sizes) - 1)
    for number, row in enumerate(spans):
        head = number < heads
        cells = row + [(row[-1][1], row[-1][1])] * (len(sizes) - len(row))
        first, last = cells[0]
        if (len(sizes) > 1 and not head and cell_len(text[first:last]) > sizes[0]
                and all(b == a for a, b in cells[1:])):
            for x, y in wrap(text, first, last, across):
                add_row(layout, "table", [(x, y, None, "")], index)
            continue
        groups = _groups(cells, number < heads - 1)
        widths = [sum(sizes[a : b + 1]) + rule * (b - a) for a, b in groups]
        lines = [wrap(text, *cells[a], size) if cells[a][1] > cells[a][0] else [cells[a]]
                 for (a, _), size in zip(groups, widths, strict=True)]
        for line in range(max(len(shown) for shown in lines)):
            pieces: list[Piece] = []
            for place, ((a, b), size) in enumerate(zip(groups, widths, strict=True)):
                if place:  # (between the cells: at the end of the one before)
                    before = cells[a - 1][1]
                    pieces.append((before, before, COLUMN_RULE, "table-rule"))
                shown = lines[place]
                end = place == len(groups) - 1
                if line >= len(shown):
                    at = cells[a][1]
                    pieces.append((at, at, "" if end else " " * size, ""))
                    continue
                x, y = shown[line]
                pad = size - cell_len(text[x:y])
                decimals = numeric[a] if a == b else None
                if decimals is not None and not head:  # the decimal points under each other
                    right = max(0, min(pad, decimals - _fraction(text[x:y])))
                elif decimals is not None:  # a heading over numbers: at their right
                    right = 0
                elif a != b:  # a heading across columns: in their middle
                    right = pad - pad // 2
                else:
                    right = pad
                pieces += [(x, x, " " * (pad - right), ""),
                           (x, y, None, "table-head" if head else ""),
                           (y, y, "" if end and not decimals else " " * right, "")]
            add_row(layout, "table", _no_empty(pieces), index)
        if number == heads - 1 and len(spans) > heads:
            after = spans[heads][0][0]
            ruled = "─┼─".join("─" * size for size in sizes)
            layout.add("table-rule", after, after, text=ruled, block=index)


def _groups(cells: list[tuple[int, int]], spanning: bool) -> list[tuple[int, int]]:
    """The first and last column of each cell of a row: one each, or (``spanning``, a
    heading row over another) a cell with the empty cells after it."""
    groups: list[tuple[int, int]] = []
    for column, (a, b) in enumerate(cells):
        if spanning and groups and b == a and cells[groups[-1][0]][1] > cells[groups[-1][0]][0]:
            groups[-1] = (groups[-1][0], column)
        else:
            groups.append((column, column))
    return groups


def _no_empty(pieces: list[Piece]) -> list[Piece]:
    """The pieces that show something (a row keeps one at least)."""
    kept = [piece for piece in pieces if piece[2] is None or piece[2]]
    return kept or pieces[:1]


def _by_line(wrap: Wrap) -> Wrap:
    """``wrap`` that also breaks at each ``\\n`` (a cell's lines), which it leaves out."""

    def wrapped(text: str, start: int, end: int, width: int) -> list[tuple[int, int]]:
        spans: list[tuple[int, int]] = []
        for a, b in line_spans(text, start, end):
            spans.extend(wrap(text, a, b, width) if b > a else [(a, b)])
        return spans

    return wrapped


def _folded(
    layout: Layout, text: str, block: Block, spans: Spans, index: int, width: int, wrap: Wrap,
) -> None:
    """A table too wide for the text: each row as ``column: value`` lines."""
    rows = block.rows
    names: tuple[str, ...] = ()
    body = spans
    if block.header and len(rows) > 1:
        names = rows[0]
        first, last = spans[0][0][0], spans[0][-1][1]
        for a, b in wrap(text, first, last, width):
            add_row(layout, "table", [(a, b, None, "table-head")], index)
        body = body[1:]
    for number, cells in enumerate(body):
        if number or names:
            layout.add("blank", cells[0][0], cells[0][0], text="", block=index)
        first, last = cells[0]
        if names and len(cells) > 1 and last > first and all(b == a for a, b in cells[1:]):
            # a row of its first cell alone (a cell spanning the row: a group's label)
            for x, y in wrap(text, first, last, width):
                add_row(layout, "table", [(x, y, None, "table-head")], index)
            continue
        for column, (a, b) in enumerate(cells):
            if names and b == a and any(y > x for x, y in cells):
                continue  # an empty cell: no "Note:" with nothing after it
            if names:
                label = (names[column] if column < len(names) else str(column + 1)) + ": "
                if cell_len(label) > width // 2:
                    label = label[: width // 2 - 3] + "…: "
            else:
                label = "• " if column == 0 else INDENT
            room = max(4, width - cell_len(label))
            label_style = "table-head" if names else "prefix"
            for line, (x, y) in enumerate(wrap(text, a, b, room) if b > a else [(a, b)]):
                lead = label if line == 0 else " " * cell_len(label)
                add_row(layout, "table", [(x, x, lead, label_style if line == 0 else ""),
                                          (x, y, None, "")], index)
