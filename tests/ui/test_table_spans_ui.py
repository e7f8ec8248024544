"""A table with spanning cells through the real app: a note spanning a row leaves the
columns as narrow as their cells, and folded, a column under a spanning heading is named
by both headings."""

from __future__ import annotations

from pathlib import Path

import pytest
from ui_helpers import body_lines, settle

pytestmark = pytest.mark.anyio

PAGE = Path(__file__).resolve().parents[1] / "fixtures" / "table_spans.html"
NOTE = "Figures for sa-east-1 were lost"


def _table(lines: list[str]) -> list[str]:
    """The table's lines: from its heading row to its note's last line."""
    first = next(n for n, line in enumerate(lines) if "Region" in line)
    last = next(n for n, line in enumerate(lines) if "not shown." in line)
    return [line.strip() for line in lines[first : last + 1]]


@pytest.mark.parametrize("size", [(100, 30), (60, 20)])
async def test_a_note_spanning_a_row_does_not_widen_the_first_column(make_app, size) -> None:
    app = make_app(PAGE)
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        table = _table(body_lines(app))
        # the first column as wide as "ap-south-1", the note across the table under it
        assert table[3].startswith("eu-west-1  │"), table
        assert any(line.startswith("ap-south-1 │") for line in table)
        assert any(line.startswith(NOTE) for line in table)
        # no rows of rules alone between one-line rows (only the note wraps)
        assert not any(line and set(line) <= set("│ ") for line in table), table


async def test_a_folded_table_names_a_column_by_its_spanning_heading_too(make_app) -> None:
    app = make_app(PAGE)
    async with app.run_test(size=(40, 24)) as pilot:
        await settle(pilot)
        table = _table(body_lines(app))
        assert "Winter · Peak: 12.4" in table and "Summer · Off-peak: 100.25" in table
        assert "Region: ap-south-1" in table
        assert not any(line.startswith(":") for line in table), table  # no nameless values
        assert table[0].startswith("Region | Winter | Summer")  # no empty headings


async def test_versions_and_addresses_stand_left_as_words_do(make_app) -> None:
    """A column of versions ("1.7.13") or addresses is no column of numbers: its cells
    stand to the left, not pushed right with their last dot lined up; numbers stay right."""
    app = make_app(PAGE.parent / "table_versions.html")
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        lines = body_lines(app)
        # each cell as drawn between the rules (" │ "), its padding kept
        rows = {cells[0].strip(): cells for line in lines if "│" in line
                for cells in ([cell[1:] for cell in (" " + line.strip()).split("│")],)}
        spring, summer = rows["Spring"], rows["Summer"]
        assert spring[1].startswith("1.7.13") and summer[1].startswith("1.29.1")  # (left)
        assert spring[2].startswith("192.168.0.12")
        assert spring[3].rstrip().endswith("1,204") and summer[3].endswith("88,410")
        assert len(spring[3]) == len(summer[3]) and spring[3].startswith(" ")  # (right)
