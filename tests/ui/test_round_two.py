"""A new user's report, second round: help scrolling, p on an error page, the panels over
the body, the title (cut with "…", the window's), the bookmark dialog's preview."""

from __future__ import annotations

import io
from dataclasses import replace
from pathlib import Path

import pytest
from textual.widgets import Label
from ui_helpers import reading, screen_text, settle

from reader.ui.screens.help import HelpScreen
from reader.ui.screens.note import NoteDialog, preview
from reader.ui.widgets.panels import PanelList

pytestmark = pytest.mark.anyio


# -- 1. the help scrolls to its end ------------------------------------------------------


@pytest.mark.parametrize("size", [(80, 24), (80, 40)])
@pytest.mark.parametrize("key", ["G", "end"])
async def test_help_scrolls_to_its_last_rows_on_a_short_terminal(make_app, size, key) -> None:
    app = make_app()
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        await pilot.press("question_mark")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        assert "esc closes this help" not in screen_text(app)  # (the end is below)
        await pilot.press(key)
        await pilot.pause()
        shown = screen_text(app)
        assert "Quit the reader" in shown and "Command palette" in shown
        assert "Mouse: scroll the text" in shown
        assert "esc closes this help" in shown
        await pilot.press("g")
        await pilot.pause()
        shown = screen_text(app)
        assert "Line down" in shown and "esc closes this help" not in shown


async def test_help_moves_by_lines_and_pages(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("question_mark")
        await pilot.pause()
        scroll = app.screen.query_one("#help-scroll")
        assert scroll.max_scroll_y > 0
        await pilot.press("j", "down")
        assert scroll.scroll_y == 2
        await pilot.press("k")
        assert scroll.scroll_y == 1
        await pilot.press("space")
        after_page = scroll.scroll_y
        assert after_page > 5
        await pilot.press("pagedown")
        assert scroll.scroll_y > after_page
        await pilot.press("pageup", "up")
        assert scroll.scroll_y == after_page - 1
        await pilot.press("escape")
        await pilot.pause()
        assert not isinstance(app.screen, HelpScreen)


@pytest.mark.parametrize("width", [60, 72, 80])
async def test_a_narrow_help_shows_every_key_and_name_whole(make_app, width) -> None:
    from rich.console import Console

    from reader.ui import commands

    app = make_app()
    async with app.run_test(size=(width, 30)) as pilot:
        await settle(pilot)
        await pilot.press("question_mark")
        await pilot.pause()
        table = app.screen.query_one("#help-table")
        console = Console(width=table.size.width, record=True, file=io.StringIO())
        console.print(table.table())  # every row, as drawn at the table's width
        drawn = console.export_text()
        assert "…" not in drawn
        for items in commands.by_group().values():
            for command in items:
                assert f"{command.keys_label}  {command.name}" in drawn, command.id
        if width >= 72:
            assert "Scroll down one line" in drawn  # the descriptions, while they fit


# -- 2. p on an error page ---------------------------------------------------------------


async def test_p_on_an_error_page_does_not_save_panels_off(make_app, tmp_path: Path) -> None:
    app = make_app(tmp_path / "missing.txt")
    async with app.run_test(size=(120, 30)) as pilot:
        await settle(pilot)
        screen = reading(app)
        assert screen.mode == "failed"
        assert app.settings.panels is True
        screen.body.focus()  # (wherever the focus is, the key must not reach the action)
        await pilot.press("p")
        await pilot.pause()
        await screen.action_toggle_panels()  # the palette, a remapped key: the same
        await pilot.pause()
        assert app.settings.panels is True
        assert not screen.has_class("-panels-hidden")


# -- 3. the panels over the body (narrow) ------------------------------------------------


async def _open_overlay(app, pilot):
    await settle(pilot)
    screen = reading(app)
    assert screen.has_class("-narrow")
    await pilot.press("p")
    await pilot.pause()
    assert screen.has_class("-panels-open")
    return screen


async def test_a_jump_from_the_panels_over_the_body_closes_them(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await _open_overlay(app, pilot)
        quote = screen.article.pull_quotes[0]
        assert app.focused.id == "quotes-list"
        await pilot.press("enter")
        await pilot.pause()
        start, _end = screen.quote_span(quote)
        first, last = screen.body.visible_range()
        assert first <= start < last
        assert not screen.has_class("-panels-open")
        assert screen.query_one("#panels").region.width == 0
        assert app.focused is screen.body


async def test_choosing_a_person_over_the_body_closes_the_panels(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await _open_overlay(app, pilot)
        people = screen.query_one("#people-list", PanelList)
        assert people.option_count
        people.focus()
        await pilot.pause()
        await pilot.press("enter")
        await pilot.pause()
        assert screen.mentions.person is not None
        assert not screen.has_class("-panels-open")
        assert app.focused is screen.body


async def test_esc_in_a_panel_gives_the_keys_back_to_the_body(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(120, 30)) as pilot:
        await settle(pilot)
        screen = reading(app)
        await pilot.press("tab")
        await pilot.pause()
        assert isinstance(app.focused, PanelList)
        await pilot.press("escape")
        await pilot.pause()
        assert app.focused is screen.body


# -- 4 and 6. the title ------------------------------------------------------------------


async def test_the_article_title_is_the_window_title_and_a_long_one_ends_in_an_ellipsis(
    make_app,
) -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        screen = reading(app)
        title = screen.article.title
        assert app.title == title
        first_line = screen_text(app).splitlines()[0]
        assert "Reader" not in first_line
        assert title[:20] in first_line
        assert title not in first_line  # too long for 80 columns: cut...
        assert "…" in first_line  # ...with an ellipsis
        left = screen.query_one("#status-left", Label)
        assert str(left.render()).endswith(title)  # (the label holds it whole)


async def test_a_cut_title_stands_apart_from_the_search_count(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        reading(app).set_status_right("Obama 1/12")
        await pilot.pause()
        first_line = screen_text(app).splitlines()[0]
        assert "…  Obama 1/12" in first_line, first_line  # not "…Obama 1/12"


async def test_the_site_follows_the_title_when_there_is_room(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(160, 24)) as pilot:
        await settle(pilot)
        screen = reading(app)
        article = replace(screen.article, title="A Short Title", site="example.org")
        screen.show_article(article)
        await settle(pilot)
        assert app.title == "A Short Title" and app.sub_title == "example.org"
        assert "A Short Title · example.org" in screen_text(app).splitlines()[0]


# -- 5. the bookmark dialog --------------------------------------------------------------


async def test_a_bookmarked_paragraph_shows_without_quote_marks(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(120, 30)) as pilot:
        await settle(pilot)
        await pilot.press("m")  # the body has the focus: the current paragraph
        await pilot.pause()
        assert isinstance(app.screen, NoteDialog)
        shown = str(app.screen.query_one("#note-quote", Label).render())
        assert shown.strip() and not shown.startswith("“") and not shown.endswith("”")


async def test_a_bookmarked_quote_shows_in_quote_marks(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(120, 30)) as pilot:
        await settle(pilot)
        await pilot.press("tab")  # the pull quotes
        await pilot.pause()
        await pilot.press("m")
        await pilot.pause()
        assert isinstance(app.screen, NoteDialog)
        assert str(app.screen.query_one("#note-quote", Label).render()).startswith("“")


async def test_a_long_text_in_the_bookmark_dialog_ends_with_an_ellipsis(make_app) -> None:
    app = make_app()
    long = " ".join(f"word{n}" for n in range(400))
    async with app.run_test(size=(60, 24)) as pilot:
        await settle(pilot)
        app.push_screen(NoteDialog(long, quoted=False))
        await pilot.pause()
        label = app.screen.query_one("#note-quote", Label)
        lines = str(label.render()).splitlines()
        assert lines[-1].endswith("…") and len(lines) <= 6
        assert "word399" not in screen_text(app)
        assert lines[-1].rstrip("…") in screen_text(app)  # the "…" line is on screen
        assert label.size.height == len(lines)


def test_preview_cuts_to_the_lines_with_an_ellipsis() -> None:
    assert preview("a short one", 20) == "a short one"
    assert preview("a short one", 20, quoted=True) == "“a short one”"
    cut = preview("word " * 100, 20, 3)
    assert len(cut.splitlines()) == 3 and cut.endswith("…")
    assert all(len(line) <= 20 for line in cut.splitlines())
