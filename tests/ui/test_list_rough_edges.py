"""Rough edges of the library, bookmarks, feeds and history, met through the app."""

from __future__ import annotations

import pytest
from ui_helpers import reading, settle

pytestmark = pytest.mark.anyio


def _messages(app) -> list[str]:  # type: ignore[no-untyped-def]
    return [notice.message for notice in app._notifications]


async def test_back_and_forward_with_no_history_say_why_nothing_happened(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        assert reading(app).article is not None
        await pilot.press("backspace")
        await pilot.pause()
        assert "Nothing to go back to." in _messages(app)
        await pilot.press("right_square_bracket")
        await pilot.pause()
        assert "Nothing to go forward to." in _messages(app)
        assert app.screen is reading(app)  # (nothing else happened)
