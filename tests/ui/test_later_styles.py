"""The panels' and the outline's styles (styles/panels.tcss, outline.tcss) are read when
those widgets are first mounted, after the first frame, and style them as before; the list
screens' (library.tcss) with them, so the library and the feeds open without a parse."""

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
        assert has_styles(app, "library")  # (before the library or the feeds first open)
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


def styles_now(screen) -> list[tuple[str, object, dict[str, object]]]:  # type: ignore[no-untyped-def]
    """Every node's applied rules, and the body's component styles."""
    found = [(repr(node), node.styles.get_rules(), {}) for node in
             screen.walk_children(with_self=True)]
    body = screen.body
    components = {name: style.get_rules() for name, style in body._component_styles.items()}
    return [*found, ("components", None, components)]


@pytest.mark.parametrize("theme", ["dark", "light"])
async def test_the_first_screen_is_styled_without_the_restyle_on_resume(
    make_app, tmp_path, monkeypatch, theme
) -> None:
    """The first ``ScreenResume`` does not restyle the screen (its widgets were styled as
    they were mounted): a full restyle then changes nothing on it, in either theme."""
    monkeypatch.setattr(ReadingScreen, "mount_extras", lambda self: None)  # (the first frame)
    (tmp_path / "data").mkdir()
    (tmp_path / "data" / "settings.json").write_text(f'{{"theme": "{theme}"}}')
    app = make_app()
    assert app.settings.theme == theme
    async with app.run_test(size=(140, 40)) as pilot:
        await settle(pilot)
        screen = reading(app)
        assert screen.article is not None and not screen._first_resume
        before = styles_now(screen)
        rendered = [strip.text for strip in screen._compositor.render_strips()]
        app.stylesheet.update(screen)
        await pilot.pause()
        assert styles_now(screen) == before
        assert [strip.text for strip in screen._compositor.render_strips()] == rendered
