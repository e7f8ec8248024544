"""A program's source and a CSV opened in the real app: the code's lines as written, in
code rows; the CSV in columns."""

from __future__ import annotations

from pathlib import Path

import pytest
from source_files import spaced_source
from test_structure_sizes import _body_lines
from ui_helpers import reading, screen_text, settle

from reader.ui.screens.panel_place import EMPTY

pytestmark = pytest.mark.anyio

SOURCE = (
    "def count(berths):\n"
    "    total = 0\n"
    "    for name, ships in berths.items():\n"
    "        total += ships\n"
    "    return total\n"
)


async def test_a_source_file_reads_as_its_lines_in_code_rows(make_app, tmp_path: Path) -> None:
    path = tmp_path / "ships.py"
    path.write_text(SOURCE, encoding="utf-8")
    app = make_app(path)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        body = reading(app).body
        layout = body.layout_rows
        assert layout is not None
        assert "code" in {layout.kinds[row] for row in range(len(layout))}
        lines = _body_lines(app)
        shown = [line.strip() for line in lines]
        assert "ships.py" in shown  # its title: the file's name
        # (the first row ends in the language's name, at the box's right)
        starts = {line.strip().removesuffix(" python").strip(): len(line) - len(line.lstrip())
                  for line in lines}
        assert starts["total += ships"] - starts["def count(berths):"] == 8  # indentation


LONG_CALL = "    totals = sorted(berths.items(), key=lambda item: item[1].tonnage, reverse=True)"


@pytest.mark.parametrize("size", [(100, 30), (120, 40)])
async def test_a_source_file_takes_the_views_width_not_the_reading_measure(
    make_app, tmp_path: Path, size: tuple[int, int]
) -> None:
    """A source file is no prose to read at a 76-column measure: a line of 83 characters
    reads whole at 100 columns, from the view's left edge, as an editor shows it."""
    path = tmp_path / "busiest.py"
    path.write_text(f"def busiest(berths):\n{LONG_CALL}\n    return totals\n",
                    encoding="utf-8")
    assert len(LONG_CALL) == 83
    app = make_app(path)
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        lines = _body_lines(app)
        [drawn] = [line for line in lines if "reverse=True)" in line]
        assert drawn.strip() == LONG_CALL.strip() and not any("↪" in line for line in lines)
        assert len(drawn) - len(drawn.lstrip()) <= 8  # from the left, not centred


async def test_a_csv_reads_as_a_table_in_columns(make_app, tmp_path: Path) -> None:
    path = tmp_path / "berths.csv"
    path.write_text("Terminal,Arrivals\nNorth Quay,1204\nFerry pier,3650\n", encoding="utf-8")
    app = make_app(path)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        lines = [" ".join(line.split()) for line in _body_lines(app)]
        assert "Terminal │ Arrivals" in lines and "North Quay │ 1204" in lines


# names in comments and string literals, quoted speech in a table's cells: no people here
NAMED_SOURCE = (
    '"""Written by Guido van Rossum and kept by Raymond Hettinger."""\n'
    "\n"
    "# Thanks to Barack Obama for the idea, said Michelle Obama.\n"
    'GREETING = "\\"We will ship it tomorrow,\\" said Jane Doe, the project manager."\n'
) + SOURCE * 60
NAMED_TABLE = "name,said\n" + "".join(
    f'{name},"""We will win the race,"" said {name} to reporters."\n'
    for name in ["John Smith", "Jane Doe", "Maria Garcia", "Wei Chen"] * 300
)


@pytest.mark.parametrize(("name", "text", "size", "unit", "noun"), [
    ("ships.py", NAMED_SOURCE, "304 lines", "lines", "a code file"),
    ("said.csv", NAMED_TABLE, "1,200 rows", "rows", "a table"),
], ids=["code", "table"])
async def test_a_code_or_table_file_is_told_in_lines_or_rows_with_no_people_or_quotes(
        make_app, tmp_path: Path, name, text, size, unit, noun) -> None:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    app = make_app(path)
    async with app.run_test(size=(140, 30)) as pilot:
        await settle(pilot)
        screen = reading(app)
        shown = screen_text(app)
        status = shown.splitlines()[0]
        assert f"▏ {size}" in " ".join(shown.split())  # the title block's length
        assert " read" not in shown and " min" not in status and " h left" not in status
        assert f"0% · {size} left" in status and EMPTY in status
        article = screen.article
        assert article is not None and not article.people and not article.pull_quotes
        assert screen.query_one("#panels").region.width == 0  # the text has the width
        await pilot.press("G")
        await settle(pilot)
        assert "100% · end" in screen_text(app).splitlines()[0]
        await pilot.press("g", "p")  # the panels opened say why they are empty
        await settle(pilot)
        shown = screen_text(app)
        assert f"No people in {noun}." in shown and f"No pull quotes in {noun}." in shown
        assert "Finding the people" not in shown and unit in shown.splitlines()[0]


async def test_a_long_source_file_is_told_in_its_own_count_of_lines(
        make_app, tmp_path: Path) -> None:
    """A file cut into parts at runs of blank lines is told in the lines it has: 2,403."""
    source = spaced_source(400)
    path = tmp_path / "spaced.py"
    path.write_text(source, encoding="utf-8")
    assert source.count("\n") == 2403
    app = make_app(path)
    async with app.run_test(size=(140, 30)) as pilot:
        await settle(pilot)
        shown = screen_text(app)
        assert "▏ 2,403 lines" in " ".join(shown.split())
        assert "0% · 2,403 lines left" in shown.splitlines()[0]
