"""Rows of tab-separated cells in plain text (a table copied from a browser or a spreadsheet)
are a table: rows, cells and a header row, in every dump."""

from __future__ import annotations

import textwrap
from pathlib import Path

from reader.clean.text.pipeline import clean_plain_text
from tests.cli_run import dump_json

PROSE = textwrap.fill(
    "The price of kettles rose again this year, according to a survey of shops in twelve "
    "cities across the country, and the shops expect it to rise again next spring.",
    70,
)
TABLE = "City\tPrice\tChange\nLeeds\t£24\t+3%\nYork\t£22\t+1%\nBath\t£31\t+9%"


def _tables(text: str) -> list:
    return [block for block in clean_plain_text(text).blocks if block[0] == "table"]


def test_tab_separated_rows_are_a_table_with_a_header_row() -> None:
    (table,) = _tables(f"Kettle prices\n\n{PROSE}\n\n{TABLE}\n\n{PROSE} Two.")
    assert table.structure["rows"][0] == ("City", "Price", "Change")
    assert table.structure["rows"][3] == ("Bath", "£31", "+9%")
    assert table.structure["header"] is True


def test_rows_of_words_only_have_no_header_and_a_corner_cell_is_kept_empty() -> None:
    words = "Leeds\tnorth\tbusy\nBath\twest\tquiet"
    (table,) = _tables(f"Towns\n\n{PROSE}\n\n{words}\n\n{PROSE} Two.")
    assert table.structure["header"] is False
    (table,) = _tables(f"Sales\n\n{PROSE}\n\n2024\t12\n2025\t15\n\n{PROSE} Two.")
    assert table.structure["header"] is False  # the first row is data too
    corner = "\tKettles\tToasters\nLeeds\t24\t31\nYork\t22\t30"
    (table,) = _tables(f"Shops\n\n{PROSE}\n\n{corner}\n\n{PROSE} Two.")
    assert table.structure["rows"][0] == ("", "Kettles", "Toasters")
    assert table.structure["header"] is True


def test_tabs_that_indent_lines_or_a_line_without_cells_make_no_table() -> None:
    indented = "\t\tWhat has changed in the kettle?\n\t     (Organized release by release)"
    mixed = "Leeds\t£24\nand a line of prose without a tab"
    for chunk in (indented, mixed):
        assert _tables(f"Notes\n\n{PROSE}\n\n{chunk}\n\n{PROSE} Two.") == []


def test_the_dump_of_a_copied_table_has_its_rows(tmp_path: Path) -> None:
    page = tmp_path / "kettles.txt"
    page.write_text(f"Kettle prices rise\n\n{PROSE}\n\n{TABLE}\n\n{PROSE} Two.\n", encoding="utf-8")
    body = dump_json(str(page))["body"]
    table = next(block for block in body if block["type"] == "table")
    assert table["rows"] == [
        ["City", "Price", "Change"],
        ["Leeds", "£24", "+3%"],
        ["York", "£22", "+1%"],
        ["Bath", "£31", "+9%"],
    ]
    assert not any(block["type"] == "heading" for block in body)  # "Bath £31 +9%" was one
