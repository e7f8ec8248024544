"""Rows for a table (pure Python), as a browser's reader view would set it in the column.

A table whose rows fit the width is drawn one row a line, its columns lined up; on a wide
terminal, a table wider than the text stands out of it, centred, as far as the view has room
(``Layout.table_room``), as a browser lets a wide table break out of the column. One too wide
for that keeps its columns when each can still hold its longest word (and a column of prose
some 16 cells): its cells wrap inside their columns, a row as tall as its tallest cell. A
table too wide even so is folded, each row a record of ``column: value`` lines. A column of
numbers stands to the right, the decimal points under each other. Every row's pieces name
the offsets they show (see :mod:`reader.ui.widgets.piece_rows`), so search and positions
find a cell's words on the line that draws them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.cells import cell_len

from reader.article.model import CELL_SEPARATOR, Block
from reader.core.lazy import lazy_re
from reader.ui.widgets.piece_rows import Piece, Wrap, add_row, line_spans

if TYPE_CHECKING:
    from reader.ui.widgets.layout import Layout

COLUMN_RULE = " │ "
PROSE_LEAST = 16  # cells a column of longer text keeps before the table is folded instead
WORD_MOST = 20  # a longer word in a cell is broken rather than widen its column
# a cell that is a number: a sign, a currency, digits grouped, a decimal part, a percent
_NUMBER = lazy_re(r"[-+−±~≈<>]?[$€£¥]?\d[\d,.\u2009\u202f ]*%?")

_NO_NUMBER = frozenset(("-", "–", "—", "n/a", "N/A"))  # a number column's empty cell
MOST_HEADING_ROWS = 3
# a wider table shows its first columns and says how many more it has: laying out every
# column of a CSV of 32,000 columns stalled the app (some 10 microseconds a cell)
MOST_COLUMNS = 100
Spans = list[list[tuple[int, int]]]
CellLines = list[tuple[int, int, int]]  # each line of a cell: its offsets and its cells


def cell_spans(text: str, block: Block, most: int | None = None) -> Spans | None:
    """Each cell's offsets in ``text``, row by row, up to ``most`` cells a row (those past
    it only counted, at C speed); None if the text is not the cells."""
    spans: Spans = []
    pos = block.start
    for row in block.rows:
        cells = []
        for number, cell in enumerate(row[:most]):
            if number:
                if text[pos : pos + len(CELL_SEPARATOR)] != CELL_SEPARATOR:
                    return None
                pos += len(CELL_SEPARATOR)
            if text[pos : pos + len(cell)] != cell:
                return None
            cells.append((pos, pos + len(cell)))
            pos += len(cell)
        if most is not None and len(row) > most:
            rest = row[most:]
            pos += sum(map(len, rest)) + len(CELL_SEPARATOR) * len(rest)
        spans.append(cells)
        pos += 1
    return spans if block.rows and pos - 1 == block.end else None


def table_rows(layout: Layout, text: str, block: Block, index: int, width: int, wrap: Wrap) -> bool:
    """Rows for a table ``block``; False when its text is not its cells (drawn as text)."""
    spans = cell_spans(text, block, MOST_COLUMNS)  # (the rest said under the table)
    if spans is None or not all(spans):
        return False
    rows = block.rows
    every = max(len(row) for row in rows)
    columns = min(every, MOST_COLUMNS)
    if every > MOST_COLUMNS:
        rows = [row[:MOST_COLUMNS] for row in rows]
    cells = [[row[c] if c < len(row) else "" for row in rows] for c in range(columns)]
    heads = header_rows(block)
    numeric = [_decimals(column[heads:]) for column in cells]
    widths = [[_widest(cell) for cell in column] for column in cells]
    sized = _sized(widths, heads)
    natural = [max(column) for column in sized]
    body = [max(column[heads:], default=0) for column in sized]  # (a heading may wrap)
    for column, decimals in enumerate(numeric):
        if decimals is not None:  # the widest whole part and the widest decimal part
            whole = max(cell_len(cell) - _fraction(cell) for cell in cells[column][heads:])
            body[column] = max(body[column], whole + decimals)
            natural[column] = max(natural[column], body[column])
    rules = cell_len(COLUMN_RULE) * (columns - 1)
    room = layout.wanted(index, "table", sum(natural) + rules, layout.table_room)
    sizes = _sizes(cells, natural, body, max(width, room) - rules)
    layout.wide_blocks.pop(index, None)  # (set again below: as wide as its columns are)
    if sizes is None:
        from reader.ui.widgets.table_fold import folded

        folded(layout, text, (spans, header_rows(block)), index, width, _by_line(wrap))
    else:
        if sum(sizes) + rules > width:
            layout.wide_blocks[index] = sum(sizes) + rules
        plans = _plans(text, spans, (heads, sizes, numeric), widths, _by_line(wrap))
        _grid(layout, text, plans, (heads, sizes, numeric), index)
    _columns_left_out(layout, block.end, every - columns, index)
    return True


def _columns_left_out(layout: Layout, end: int, more: int, index: int) -> None:
    """Under a table of more than :data:`MOST_COLUMNS` columns, a line saying how many
    ``more`` it has than are shown (``reader dump`` gives them all); ``end``: the table's end
    in the text."""
    if more > 0:
        note = f"… {more:,} more column{'s' if more > 1 else ''} not shown"
        add_row(layout, "table", [(end, end, note, "table-rule")], index)


def header_rows(block: Block) -> int:
    """The table's heading rows: its header row and those under it that go on heading its
    columns (their first cell empty, under a heading spanning both rows, and no number
    in them: "Winter" over "Peak" and "Off-peak")."""
    rows = block.rows
    if not block.header or len(rows) < 2:
        return 0
    count = 1
    while count < min(len(rows) - 1, MOST_HEADING_ROWS) and (
        not rows[count][0] and any(rows[count]) and not any(is_number(cell) for cell in rows[count])
    ):
        count += 1
    return count


def _sized(widths: list[list[int]], heads: int) -> list[list[int]]:
    """The cells' widths that size their columns: a row of its first cell alone (a cell
    spanning the row: "Figures for 2019 were lost") leaves the first column as its other
    rows want it, for it is drawn across the table when it is wider (see :func:`_plans`)."""
    if len(widths) < 2:
        return widths
    first = [
        size if number < heads or any(column[number] for column in widths[1:]) else 0
        for number, size in enumerate(widths[0])
    ]
    return [first, *widths[1:]]


def _widest(cell: str) -> int:
    """The cells of a cell's longest line."""
    if "\n" not in cell:
        return cell_len(cell)
    return max(cell_len(line) for line in cell.split("\n"))


def _least(column: list[str], body: int) -> int:
    """The narrowest a column may be: its longest word (up to :data:`WORD_MOST`), and
    :data:`PROSE_LEAST` cells for a column of longer text (``body``: its widest cell under
    the headings)."""
    longest = max((cell_len(word) for cell in column for word in cell.split()), default=0)
    longest = min(longest, WORD_MOST)
    return longest if body < PROSE_LEAST else max(longest, PROSE_LEAST)


def _sizes(
    cells: list[list[str]], natural: list[int], body: list[int], room: int
) -> list[int] | None:
    """Each column's width in ``room`` cells: its natural width when all fit; else its least
    and a share of the rest, first towards its widest cell under the headings (a heading
    wraps before a cell does), then towards its heading; None when even the least do not
    fit (the table is folded)."""
    if sum(natural) <= room:
        return natural
    least = [_least(column, size) for column, size in zip(cells, body, strict=True)]
    if sum(least) > room:
        return None
    sizes = _fill(least, [max(a, b) for a, b in zip(least, body, strict=True)], room, whole=True)
    return _fill(sizes, natural, room, whole=False)


def _fill(sizes: list[int], wanted: list[int], room: int, *, whole: bool) -> list[int]:
    """``sizes`` grown towards ``wanted`` in ``room`` cells, the columns that want least
    first: each given all it wants while that lasts (``whole``: so fewer cells wrap, "South
    Yard" whole beside a column of sentences), else an equal share of what is left (for
    headings: they wrap alike)."""
    sizes = list(sizes)
    spare = room - sum(sizes)
    order = sorted(range(len(sizes)), key=lambda c: wanted[c] - sizes[c])
    for place, column in enumerate(order):
        want = max(0, wanted[column] - sizes[column])
        share = spare // (len(order) - place)
        give = want if want <= (spare if whole else share) else share
        sizes[column] += give
        spare -= give
    return sizes


def is_number(cell: str) -> bool:
    """Whether a cell is a number ("1,204.9", "$85.20", "38.2%", "1.234.567,89"), not a
    version, an address or a date written with dots ("1.7.13", "192.168.0.1", "4.3.2024"):
    the groups after all but a number's last point are thousands, three digits each."""
    if not _NUMBER.fullmatch(cell):
        return False
    if cell.count(".") < 2:
        return True
    *inner, last = cell.split(".")[1:]
    return all(len(group) == 3 and group.isdigit() for group in inner) and (
        len(last) - len(last.lstrip("0123456789")) == 3
    )


def _decimals(column: list[str]) -> int | None:
    """For a column of numbers, the cells from the widest decimal point to a cell's end
    (its cells are padded to it, so the points line up); None for any other column."""
    values = [cell for cell in column if cell and cell not in _NO_NUMBER]
    if not values or not all(is_number(cell) for cell in values):
        return None
    return max(_fraction(cell) for cell in values)


def _fraction(cell: str) -> int:
    """The cells of a number from its decimal point on, or from after its last digit for
    a whole number ("100%": 1, "55.41%": 4)."""
    point = cell.rfind(".")
    if point < 0:
        point = len(cell.rstrip("%"))
    return len(cell) - point


Shape = tuple[int, list[int], list["int | None"]]  # heading rows, widths, decimals


Plan = tuple[list[tuple[int, int]], list[tuple[int, int]], list[int], list[CellLines]]


def _grid(layout: Layout, text: str, plans: list[Plan], shape: Shape, index: int) -> None:
    """Columns lined up, each cell wrapped in its column's width; the heading rows bold and
    ruled off, a heading over empty cells beside it across their columns ("Winter" over
    "Peak" and "Off-peak"); a row of its first cell alone (a group's label) across the
    table; where a row takes several lines, a line of the column rules alone between rows.
    ``shape``: the heading rows, the columns' widths, each column's decimals (None: no
    column of numbers)."""
    heads, sizes, _ = shape
    spaced = any(
        len(lines) > 1 for _, groups, _, row in plans[max(1, heads) :] if groups for lines in row
    )  # (a row alone across the table wraps as a paragraph)
    for number, (cells, groups, widths, lines) in enumerate(plans):
        if spaced and number > heads:
            at = cells[0][0]
            add_row(
                layout,
                "table",
                [(at, at, "", "")]
                + [
                    (at, at, literal, style)
                    for size in sizes[:-1]
                    for literal, style in ((" " * size, ""), (COLUMN_RULE, "table-rule"))
                ],
                index,
            )
        if not groups:
            for x, y, _ in lines[0]:
                add_row(layout, "table", [(x, y, None, "")], index)
        end = len(groups) - 1
        for line in range(max(map(len, lines)) if groups else 0):
            pieces: list[Piece] = []
            for place, (group, size) in enumerate(zip(groups, widths, strict=True)):
                if place:  # (between the cells: at the end of the one before)
                    before = cells[group[0] - 1][1]
                    pieces.append((before, before, COLUMN_RULE, "table-rule"))
                if line < len(lines[place]):
                    _cell(
                        pieces,
                        text,
                        lines[place][line],
                        group,
                        size,
                        (number < heads, place == end),
                        shape,
                    )
                elif place < end:
                    at = cells[group[0]][1]
                    pieces.append((at, at, " " * size, ""))
            if not pieces:  # (a row of one empty cell)
                at = cells[0][0]
                pieces.append((at, at, "", ""))
            add_row(layout, "table", pieces, index)
        if number == heads - 1 and len(plans) > heads:
            after = plans[heads][0][0][0]
            ruled = "─┼─".join("─" * size for size in sizes)
            layout.add("table-rule", after, after, text=ruled, block=index)


def _plans(
    text: str, spans: Spans, shape: Shape, widths: list[list[int]], wrap: Wrap
) -> list[Plan]:
    """Each row's cells (as many as the columns), its groups of columns (none: its first
    cell alone, across the table), their widths and each group's cell's lines (``widths``:
    each cell's, column by column)."""
    heads, sizes, _ = shape
    rule = cell_len(COLUMN_RULE)
    across = sum(sizes) + rule * (len(sizes) - 1)
    single = [(column, column) for column in range(len(sizes))]
    plans: list[Plan] = []
    for number, row in enumerate(spans):
        cells = row + [(row[-1][1], row[-1][1])] * (len(sizes) - len(row))
        first, last = cells[0]
        if (
            len(sizes) > 1
            and number >= heads
            and widths[0][number] > sizes[0]
            and all(b == a for a, b in cells[1:])
        ):  # (alone: across the table)
            plans.append((cells, [], [], [_lines(text, first, last, across, wrap)]))
            continue
        groups = _groups(cells) if number < heads - 1 else single
        room = (
            sizes
            if groups is single
            else [sum(sizes[a : b + 1]) + rule * (b - a) for a, b in groups]
        )
        plans.append(
            (
                cells,
                groups,
                room,
                [
                    [(*cells[a], widths[a][number])]
                    if widths[a][number] <= size and "\n" not in text[cells[a][0] : cells[a][1]]
                    else _lines(text, *cells[a], size, wrap)
                    for (a, _), size in zip(groups, room, strict=True)
                ],
            )
        )
    return plans


def _lines(text: str, start: int, end: int, size: int, wrap: Wrap) -> CellLines:
    """A cell's lines in ``size`` cells, with the cells each takes."""
    if end <= start:
        return [(start, end, 0)]
    return [(x, y, cell_len(text[x:y])) for x, y in wrap(text, start, end, size)]


def _cell(
    pieces: list[Piece],
    text: str,
    line: tuple[int, int, int],
    group: tuple[int, int],
    size: int,
    where: tuple[bool, bool],
    shape: Shape,
) -> None:
    """One line of a cell padded to ``size``, added to ``pieces``: numbers to the right,
    their decimal points under each other; a heading over numbers to their right, one
    across columns in their middle; the rest to the left (``where``: in a heading row, in
    the last column)."""
    x, y, cells = line
    head, last = where
    pad = size - cells
    decimals = shape[2][group[0]] if group[0] == group[1] else None
    if decimals is not None and not head:
        right = max(0, min(pad, decimals - _fraction(text[x:y])))
    elif decimals is not None:
        right = 0
    elif group[0] != group[1]:
        right = pad - pad // 2
    else:
        right = pad
    if pad > right:
        pieces.append((x, x, " " * (pad - right), ""))
    pieces.append((x, y, None, "table-head" if head else ""))
    if right and not (last and decimals is None):
        pieces.append((y, y, " " * right, ""))


def _groups(cells: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The first and last column of each cell of a heading row over another: a cell with
    the empty cells after it."""
    groups: list[tuple[int, int]] = []
    for column, (a, b) in enumerate(cells):
        if groups and b == a and cells[groups[-1][0]][1] > cells[groups[-1][0]][0]:
            groups[-1] = (groups[-1][0], column)
        else:
            groups.append((column, column))
    return groups


def _by_line(wrap: Wrap) -> Wrap:
    """``wrap`` that also breaks at each ``\\n`` (a cell's lines), which it leaves out."""

    def wrapped(text: str, start: int, end: int, width: int) -> list[tuple[int, int]]:
        spans: list[tuple[int, int]] = []
        for a, b in line_spans(text, start, end):
            spans.extend(wrap(text, a, b, width) if b > a else [(a, b)])
        return spans

    return wrapped
