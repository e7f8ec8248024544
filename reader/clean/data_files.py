"""Files that are not prose: a program's source or a data file read as verbatim code in its
language, and a spreadsheet's CSV or TSV as a table.

A reader given ``script.py``, ``config.yaml`` or a raw file off a code host should show it as
an editor would: every line and its indentation, coloured, not its lines joined into
paragraphs (a long file in parts of a few hundred lines, cut at blank lines). Minified JSON
(one long line) is set out with indentation, as a browser's JSON viewer does. A CSV is a
table with its header row; a very long one is cut into tables of :data:`ROWS_PER_TABLE`
rows, each under the header again, as a printed table is continued.
"""

from __future__ import annotations

import csv
import io
import json
from contextlib import suppress

from reader.article.model import table_text
from reader.clean.extracted import Draft, Extracted
from reader.clean.text.tables import NUMBER_CELL
from reader.core.file_types import file_name
from reader.core.lazy import lazy_re

__all__ = ["clean_code", "clean_table", "code_parts"]

PART_LINES = 300  # a long file's code is cut at the first blank line past this many lines
PART_MOST = 500  # ... or at this many, in a part without one by then ...
PART_LAST = 1000  # ... or at this many, in a part with one only past PART_MOST
ROWS_PER_TABLE = 1000  # a longer table is continued in tables of this many rows
MAX_CELLS = 2_000_000  # cells read at most: past them, the rest is left out (and said)
PRETTY_BYTES = 5_000_000  # minified JSON up to this size is set out with indentation
_LONG_LINE = 400  # a JSON text whose lines run this long on average is minified


def _pretty_json(text: str) -> str:
    """Minified JSON set out with two spaces of indentation; any other text as it is."""
    lines = text.count("\n") + 1
    if len(text) > PRETTY_BYTES or len(text) / lines < _LONG_LINE:
        return text
    try:
        return json.dumps(json.loads(text), indent=2, ensure_ascii=False)
    except (ValueError, RecursionError):
        return text


def code_parts(code: str) -> list[str]:
    """A long file's code in parts of some :data:`PART_LINES` lines, each cut at a blank
    line between two lines of code (which the gap between two blocks stands for: not in a
    run of blank lines, whose others a part's edge would lose, so that the parts and their
    gaps are the file's lines), at :data:`PART_MOST` lines if there is one by then, else at
    :data:`PART_LAST` lines: each part is coloured and laid out on its own, so the first
    screen waits for one."""
    lines = code.split("\n")
    if len(lines) <= PART_MOST:
        return [code]
    parts: list[str] = []
    first = 0
    while first < len(lines):
        end = min(len(lines), first + PART_LAST)
        blank = next((i for i in range(first + PART_LINES, end - 1) if not lines[i].strip()
                      and lines[i - 1].strip() and lines[i + 1].strip()), None)
        if blank is None and end - first > PART_MOST and end < len(lines):
            end = first + PART_MOST  # (no lone blank line within reach: cut where it is)
        cut = end if blank is None or end == len(lines) else blank
        parts.append("\n".join(lines[first:cut]))
        first = cut + 1 if cut == blank else cut
    return [part for part in parts if part.strip()]


def clean_code(text: str, language: str, path: str | None, url: str | None) -> Extracted:
    """A program's source or a data file: verbatim code in ``language`` (a long one in
    parts), titled by the file's name."""
    code = text.lstrip("\ufeff").rstrip()
    if language == "json":
        code = _pretty_json(code)
    parts = code_parts(code) if code else []
    blocks = [Draft("code", part, 0, language=language) for part in parts]
    return Extracted(title=file_name(path, url), blocks=blocks)  # type: ignore[arg-type]


_SPACES = lazy_re(r"\s+")


def _rows(text: str, delimiter: str) -> tuple[list[list[str]], bool]:
    """The file's rows, each cell's whitespace folded, and whether some were left out."""
    sample = text[:20000]
    dialect: type[csv.Dialect] | csv.Dialect = csv.excel_tab if delimiter == "\t" else csv.excel
    if delimiter == ",":
        with suppress(csv.Error):  # (";" in much of Europe, where "," is the decimal mark)
            dialect = csv.Sniffer().sniff(sample, delimiters=",;\t|")
    rows: list[list[str]] = []
    cells = 0
    try:
        for row in csv.reader(io.StringIO(text), dialect):
            if not any(cell.strip() for cell in row):
                continue
            cells += len(row)
            if cells > MAX_CELLS:
                return rows, True
            rows.append([_SPACES.sub(" ", cell).strip() for cell in row])
    except csv.Error:  # (a broken quote: the rows read so far)
        return rows, True
    return rows, False


def _has_header(rows: list[list[str]]) -> bool:
    """The first row names the columns: every cell in it is a name, not a number."""
    return len(rows) > 1 and all(cell and not NUMBER_CELL.match(cell) for cell in rows[0])


def clean_table(text: str, delimiter: str, path: str | None, url: str | None) -> Extracted:
    """A CSV or TSV file: its rows as a table (continued in tables of
    :data:`ROWS_PER_TABLE` rows under the header again), titled by the file's name."""
    rows, cut = _rows(text.lstrip("\ufeff"), delimiter)
    width = max(map(len, rows), default=0)
    rows = [row + [""] * (width - len(row)) for row in rows]
    header = _has_header(rows)
    head, body = (rows[:1], rows[1:]) if header else ([], rows)
    blocks: list[tuple[str, str, int]] = []
    for first in range(0, len(body), ROWS_PER_TABLE):
        part = head + body[first : first + ROWS_PER_TABLE]
        cells = tuple(tuple(row) for row in part)
        blocks.append(Draft("table", table_text(cells), 0, rows=cells, header=header))
    if cut:
        blocks.append(("paragraph", f"(The rest of the file is left out: past {len(rows):,} "
                                    "rows, or a row it could not read.)", 0))
    return Extracted(title=file_name(path, url), blocks=blocks)
