"""Reading positions through the app: the library's "% read" is the status line's, a place
in the title block is kept, and a bookmark from another article lands on its quote."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from textual.widgets import Label
from ui_helpers import SAMPLE, reading, settle

pytestmark = pytest.mark.anyio


def _status_percent(app) -> str:
    label = reading(app).query_one("#status-position", Label)
    return str(label.render()).split("%")[0]


async def test_library_percent_read_is_the_status_lines_after_G(make_app, tmp_path: Path):
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("G")
        await pilot.pause()
        shown = _status_percent(app)
    assert shown == "100"
    listed = subprocess.run(
        [sys.executable, "-m", "reader", "library", "--data-dir", str(tmp_path / "data")],
        capture_output=True, text=True, timeout=60,
    )
    assert listed.returncode == 0, listed.stderr
    assert f" {shown}%" in listed.stdout, listed.stdout


async def test_a_place_in_the_title_block_is_where_the_article_reopens(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press(*"jjjjj")
        await pilot.pause()
        screen = reading(app)
        assert screen.body.scroll_y == 5 and screen.body.top_offset() == 0
    again = make_app()
    async with again.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.pause()
        assert reading(again).body.scroll_y == 5


async def test_a_bookmark_from_another_article_opens_at_the_quote(
    make_app, tmp_path: Path
) -> None:
    other = tmp_path / "other.txt"
    other.write_text("Another article\n\nA short text about something else.\n")
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        screen = reading(app)
        article = screen.article
        block = article.blocks[len(article.blocks) // 2]
        app.store.add_bookmark(article, block.start, block.end)
        await pilot.press("G")  # left at the end: the saved position
        await pilot.pause()
        screen.open_source(str(other))
        await settle(pilot)
        assert screen.article.title == "Another article"
        entry = app.store.get_entry(str(SAMPLE.resolve()))
        assert entry is not None and entry.progress == 1.0
        (mark,) = app.store.list_bookmarks()
        screen.keeper.open_bookmark(mark)
        await settle(pilot)
        await pilot.pause(0.3)
        await pilot.pause()
        assert screen.article.title == article.title
        first, last = screen.body.visible_range()
        assert first <= mark.start < last, (first, mark.start, last)
