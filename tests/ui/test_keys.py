"""Every reading and moving key of PRODUCT.md section 5 that the reading screen delivers."""

from __future__ import annotations

import json

import pytest
from textual.command import CommandPalette
from textual.events import MouseScrollDown
from textual.widgets import Input
from ui_helpers import reading, screen_text, settle

from reader.ui.commands import COMMANDS
from reader.ui.widgets.panels import PanelList

pytestmark = pytest.mark.anyio


@pytest.mark.parametrize(
    ("down", "up", "step"),
    [("j", "k", "line"), ("down", "up", "line"), ("space", "b", "page"),
     ("pagedown", "pageup", "page")],
)
async def test_scroll_keys_move_by_line_or_page(make_app, down: str, up: str, step: str) -> None:
    app = make_app()
    async with app.run_test(size=(120, 30)) as pilot:
        await settle(pilot)
        body = reading(app).body
        page = body.scrollable_content_region.height - 1
        await pilot.press(down, down)
        await pilot.pause()
        expected = 2 if step == "line" else 2 * page
        assert body.scroll_y == expected
        await pilot.press(up)
        await pilot.pause()
        assert body.scroll_y == expected // 2


@pytest.mark.parametrize(("bottom", "top"), [("G", "g"), ("end", "home")])
async def test_top_and_bottom(make_app, bottom: str, top: str) -> None:
    app = make_app()
    async with app.run_test(size=(120, 30)) as pilot:
        await settle(pilot)
        body = reading(app).body
        await pilot.press(bottom)
        await pilot.pause()
        assert body.scroll_y == body.max_scroll_y > 0
        assert "100%" in str(app.screen.query_one("#status-position").render())
        await pilot.press(top)
        await pilot.pause()
        assert body.scroll_y == 0


async def test_paragraph_keys_step_block_by_block(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(120, 30)) as pilot:
        await settle(pilot)
        screen = reading(app)
        body, article = screen.body, screen.article
        assert article is not None
        await pilot.press("right_curly_bracket")  # }
        await pilot.pause()
        assert body.top_offset() == article.blocks[0].start
        await pilot.press("}", "}")
        await pilot.pause()
        assert body.top_offset() == article.blocks[2].start
        assert body.current_block() == 2
        await pilot.press("{")
        await pilot.pause()
        assert body.top_offset() == article.blocks[1].start
        await pilot.press("j", "{")  # inside a block: back to its start
        await pilot.pause()
        assert body.top_offset() == article.blocks[1].start


async def test_tab_moves_focus_between_body_and_panels(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(120, 30)) as pilot:
        await settle(pilot)
        screen = reading(app)
        assert app.focused is screen.body
        await pilot.press("tab")
        assert isinstance(app.focused, PanelList) and app.focused.id == "quotes-list"
        assert app.focused.highlighted == 0
        title = screen.query_one("#quotes-panel .panel-title")
        other = screen.query_one("#people-panel .panel-title")
        assert title.styles.color != other.styles.color  # the focused panel's title stands out
        await pilot.press("tab")
        assert app.focused.id == "people-list"
        await pilot.press("shift+tab", "shift+tab")
        assert app.focused is screen.body


async def test_p_toggles_panels_and_remembers(make_app, tmp_path) -> None:
    app = make_app()
    async with app.run_test(size=(120, 30)) as pilot:
        await settle(pilot)
        panels = app.screen.query_one("#panels")
        assert panels.display and panels.region.width > 0
        await pilot.press("p")
        await pilot.pause()
        assert panels.region.width == 0
        assert reading(app).body.size.width > 100
        saved = json.loads((tmp_path / "data" / "settings.json").read_text())
        assert saved["panels"] is False
        await pilot.press("p")
        await pilot.pause()
        assert panels.region.width > 0


async def test_t_switches_theme_and_remembers_it(make_app, tmp_path) -> None:
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        before = app.theme
        background = app.screen.styles.background
        await pilot.press("t")
        await pilot.pause()
        assert app.theme != before
        assert app.screen.styles.background != background
        saved = json.loads((tmp_path / "data" / "settings.json").read_text())
        assert saved["theme"] == "light"
    again = make_app()
    async with again.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        assert again.theme == app.theme


async def test_y_copies_current_paragraph_or_selected_quote(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(120, 30)) as pilot:
        await settle(pilot)
        screen = reading(app)
        article = screen.article
        assert article is not None
        await pilot.press("}", "}", "y")
        assert app.clipboard == article.blocks[1].text
        await pilot.press("tab", "y")
        assert article.pull_quotes, "the sample has pull quotes"
        assert article.pull_quotes[0].text in app.clipboard


async def test_question_mark_shows_every_command_and_esc_closes(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(120, 120)) as pilot:  # (every command on one screen)
        await settle(pilot)
        await pilot.press("question_mark")
        await pilot.pause()
        assert type(app.screen).__name__ == "HelpScreen"
        shown = screen_text(app)
        for command in COMMANDS:
            if command.show:
                assert command.name in shown, command.name
        await pilot.press("escape")
        await pilot.pause()
        assert app.screen is reading(app)


async def test_ctrl_p_palette_lists_the_commands(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(120, 30)) as pilot:
        await settle(pilot)
        await pilot.press("ctrl+p")
        await pilot.pause()
        assert CommandPalette.is_open(app)
        await pilot.press(*"theme")
        await pilot.pause(0.3)
        before = app.theme
        await pilot.press("enter")
        await pilot.pause()
        assert app.theme != before


async def test_o_opens_the_dialog_and_loads_the_path(make_app, tmp_path) -> None:
    other = tmp_path / "other.txt"
    other.write_text("A Second Story\n\nIt has one paragraph about gardens.\n", encoding="utf-8")
    app = make_app()
    async with app.run_test(size=(120, 30)) as pilot:
        await settle(pilot)
        await pilot.press("o")
        await pilot.pause()
        assert type(app.screen).__name__ == "OpenScreen"
        app.screen.query_one("#open-input", Input).value = str(other)
        await pilot.press("enter")
        await settle(pilot)
        article = reading(app).article
        assert article is not None and "gardens" in article.text


async def test_q_quits(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("q")
        await pilot.pause()
    assert app.return_code == 0
    assert not app.is_running


async def test_mouse_wheel_scrolls(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(120, 30)) as pilot:
        await settle(pilot)
        body = reading(app).body
        region = body.region
        event = MouseScrollDown(
            body, 5, 5, 0, 3, 0, False, False, False,
            screen_x=region.x + 5, screen_y=region.y + 5,
        )
        body.post_message(event)
        await pilot.pause()
        assert body.scroll_y > 0


async def test_the_key_bar_is_redrawn_only_when_its_keys_change(make_app, monkeypatch) -> None:
    """Mount, resize and every restyle ask the bar for its keys; it redraws only when what
    it shows changes (the first frame asks several times)."""
    from reader.ui.widgets.keybar import KeyBar

    app = make_app()
    async with app.run_test(size=(120, 30)) as pilot:
        await settle(pilot)
        bar = app.screen.query_one(KeyBar)
        drawn: list[object] = []
        real = KeyBar.update
        monkeypatch.setattr(KeyBar, "update", lambda self, *a, **k: (drawn.append(a),
                                                                        real(self, *a, **k)))
        app.stylesheet.update(app.screen)
        bar.update_keys()
        await pilot.pause()
        assert drawn == []
        bar.set_context("panel")
        await pilot.pause()
        assert len(drawn) == 1 and "Go to" in str(bar.render())


async def test_j_and_k_move_in_a_focused_panel_as_the_arrows_do(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(120, 30)) as pilot:
        await settle(pilot)
        screen = reading(app)
        top = screen.body.scroll_y
        await pilot.press("tab")
        panel = app.focused
        assert isinstance(panel, PanelList) and panel.option_count >= 2
        await pilot.press("j")
        assert panel.highlighted == 1
        await pilot.press("k")
        assert panel.highlighted == 0
        assert screen.body.scroll_y == top  # the text stayed where it was
        await pilot.press("shift+tab", "j")
        assert app.focused is screen.body and screen.body.scroll_y == top + 1


async def test_ctrl_d_and_ctrl_u_scroll_half_a_page(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        body = reading(app).body
        half = body.scrollable_content_region.height // 2
        await pilot.press("ctrl+d")
        await pilot.pause()
        assert body.scroll_y == half
        await pilot.press("ctrl+d", "ctrl+u")
        await pilot.pause()
        assert body.scroll_y == half


async def test_under_a_dialog_the_key_bar_says_esc_closes_it(make_app) -> None:
    """The reading keys do not run while help, the open dialog or a note is over the
    text: the bar does not offer them, and gives them back when the dialog closes."""
    from reader.ui.widgets.keybar import KeyBar

    app = make_app()
    async with app.run_test(size=(120, 30)) as pilot:
        await settle(pilot)
        bar = reading(app).query_one(KeyBar)
        assert "Search" in str(bar.render())
        for key in ("question_mark", "o"):
            await pilot.press(key)
            await pilot.pause()
            shown = str(bar.render())
            assert "esc" in shown and "Close" in shown, key
            assert "Search" not in shown and "Panels" not in shown, key
            await pilot.press("escape")
            await pilot.pause()
            assert "Search" in str(bar.render()) and "Close" not in str(bar.render()), key
