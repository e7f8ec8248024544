"""Narrow and wide terminals; the body keeps a reading measure and its place on resize."""

from __future__ import annotations

import pytest
from ui_helpers import reading, screen_text, settle

from reader.ui.widgets.body import MEASURE

pytestmark = pytest.mark.anyio


async def test_wide_terminal_shows_panels_beside_a_centred_measure(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(140, 40)) as pilot:
        await settle(pilot)
        screen = reading(app)
        panels = screen.query_one("#panels")
        body = screen.body
        assert panels.region.width > 30
        assert body.region.right <= panels.region.x
        assert body.layout_rows.width == MEASURE
        lines = [line for line in screen_text(app).splitlines()[1:30] if line.strip()]
        body_lines = [line[body.region.x : body.region.right] for line in lines]
        assert max(len(line.rstrip()) for line in body_lines) <= body.region.width
        assert all(len(line.rstrip()) - len(line.strip()) <= MEASURE for line in body_lines)


async def test_narrow_terminal_folds_panels_and_p_opens_them_over_the_body(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        screen = reading(app)
        panels = screen.query_one("#panels")
        assert screen.has_class("-narrow")
        assert panels.region.width == 0
        width_before = screen.body.layout_rows.width
        await pilot.press("p")
        await pilot.pause()
        assert panels.region.width > 30
        assert panels.region.right == 80
        assert screen.body.layout_rows.width == width_before  # over the body, not beside
        assert app.focused.id == "quotes-list"
        await pilot.press("escape")
        await pilot.pause()
        assert panels.region.width == 0
        assert app.focused is screen.body


async def test_resize_keeps_the_reading_position(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(140, 30)) as pilot:
        await settle(pilot)
        screen = reading(app)
        article = screen.article
        screen.body.scroll_to_block(6)
        await pilot.pause()
        assert screen.body.top_offset() == article.blocks[6].start
        await pilot.resize_terminal(60, 30)
        await settle(pilot)
        assert screen.body.layout_rows.width < MEASURE
        assert screen.body.top_offset() == article.blocks[6].start
        await pilot.resize_terminal(140, 30)
        await settle(pilot)
        assert screen.body.top_offset() == article.blocks[6].start


async def test_panels_folding_away_give_the_keys_back_to_the_text(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(140, 40)) as pilot:
        await settle(pilot)
        screen = reading(app)
        await pilot.press("tab", "down")
        assert app.focused.id == "quotes-list"
        await pilot.resize_terminal(90, 30)
        await settle(pilot)
        assert screen.query_one("#panels").region.width == 0
        assert app.focused is screen.body
        top = screen.body.scroll_y
        await pilot.press("j")
        assert screen.body.scroll_y == top + 1
