"""Keys typed in one burst after a key that moves the focus go where the focus went."""

from __future__ import annotations

import pytest
from textual.widgets import Input

from tests.ui.ui_helpers import burst, settle

pytestmark = pytest.mark.anyio


async def test_search_typed_in_one_burst_after_slash_is_the_search(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        theme = app.theme
        burst(app, "slash", *"tide")
        await settle(pilot)
        field = app.focused
        assert isinstance(field, Input)
        assert field.value == "tide"
        assert app.theme == theme  # (t is the theme key on the page)
