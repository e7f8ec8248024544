"""The app opens the sample and shows the title block, body, panels and footer."""

from __future__ import annotations

import pytest
from ui_helpers import reading, screen_text, settle

pytestmark = pytest.mark.anyio


async def test_sample_opens_with_body_panels_and_footer(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        screen = reading(app)
        assert screen.article is not None
        text = screen_text(app)
        assert "Obama Sidelines Mexico Security Issues" in text
        assert "PULL QUOTES" in text and "PEOPLE" in text
        assert "Quit" in text and "Help" in text
        assert "%" in text  # position in the status line
        assert "cookie" not in text.lower()
