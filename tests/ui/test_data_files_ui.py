"""A program's source and a CSV opened in the real app: the code's lines as written, in
code rows; the CSV in columns."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_structure_sizes import _body_lines
from ui_helpers import reading, settle

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
        starts = {line.strip(): len(line) - len(line.lstrip()) for line in lines}
        assert starts["total += ships"] - starts["def count(berths):"] == 8  # indentation


async def test_a_csv_reads_as_a_table_in_columns(make_app, tmp_path: Path) -> None:
    path = tmp_path / "berths.csv"
    path.write_text("Terminal,Arrivals\nNorth Quay,1204\nFerry pier,3650\n", encoding="utf-8")
    app = make_app(path)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        lines = [" ".join(line.split()) for line in _body_lines(app)]
        assert "Terminal │ Arrivals" in lines and "North Quay │ 1204" in lines
