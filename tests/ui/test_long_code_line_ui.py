"""A program's source of one very long line opens at once in the real app: its line is
coloured at its start only, and wrapped in time linear in its tokens."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from ui_helpers import reading, screen_text, settle

from reader.ui.widgets.block_render import MOST_COLOURED

pytestmark = pytest.mark.anyio

NUMBERS = 99_000  # "1," each: one line of 198,008 characters, just under MOST_COLOURED


async def test_a_source_file_of_one_long_line_opens_at_once(make_app, tmp_path: Path) -> None:
    """One line of 99,000 numbers in a 40-column view: the wrap looked through every token
    of the line for each of its thousands of rows, and the whole line was lexed on the event loop
    (37 s before, failing here; 0.7 s now, most of it the app starting)."""
    line = "x = [" + "1," * NUMBERS + "]\n"
    assert len(line) < MOST_COLOURED
    path = tmp_path / "numbers.py"
    path.write_text(line, encoding="utf-8")
    app = make_app(path)
    began = time.perf_counter()
    async with app.run_test(size=(40, 24)) as pilot:
        await settle(pilot)
        took = time.perf_counter() - began
        body = reading(app).body
        assert body.layout_rows is not None
        assert "x = [1,1,1,1,1,1" in screen_text(app)
    assert took < 20  # (a generous bound: the test's point is that it ends)
