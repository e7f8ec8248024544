"""The panels' and the outline's styles (styles/panels.tcss, outline.tcss) are read when
those widgets are first mounted, after the first frame, and style them as before."""

from __future__ import annotations

import pytest
from test_outline import documentation
from ui_helpers import reading, settle

from reader.ui.screens.reading import ReadingScreen
from reader.ui.stylesheets import stylesheet
from reader.ui.widgets.outline import OutlinePanel
from reader.ui.widgets.panels import PanelList

pytestmark = pytest.mark.anyio


def has_styles(app, name: str) -> bool:  # type: ignore[no-untyped-def]
    return app.stylesheet.has_source(str(stylesheet(name)), "")


async def test_the_panels_styles_come_with_the_panels(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(140, 40)) as pilot:
        await settle(pilot)
        screen = reading(app)
        await screen.wait_for_extras()
        await pilot.pause()
        assert has_styles(app, "panels")
        quotes = screen.query_one("#quotes-list", PanelList)
        title = screen.query_one("#quotes-panel .panel-title")
        assert title.styles.border_bottom[0] == "solid"  # (panels.tcss)
        assert quotes.styles.scrollbar_size_vertical == 1


async def test_the_outline_brings_its_styles_even_before_the_panels(
    make_app, tmp_path, monkeypatch
) -> None:
    monkeypatch.setattr(ReadingScreen, "mount_extras", lambda self: None)
    app = make_app(documentation(tmp_path))
    async with app.run_test(size=(140, 40)) as pilot:
        await settle(pilot)
        assert not has_styles(app, "panels") and not has_styles(app, "outline")
        await pilot.press("T")
        await pilot.pause()
        panel = reading(app).query_one(OutlinePanel)
        assert panel.display and panel.outer_size.width == 34  # (outline.tcss)
        assert panel.list.styles.scrollbar_size_vertical == 1  # (panels.tcss)
