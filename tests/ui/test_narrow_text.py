"""Small terminals: the search query keeps its room (the message gives way), hints wrap
between their items, and nothing is drawn over the help's notes."""

from __future__ import annotations

from pathlib import Path

import pytest
from rich.text import Text
from ui_helpers import screen_after, screen_text, settle

from reader.ui.screens.bookmarks import BookmarksScreen
from reader.ui.screens.feeds import FeedsScreen
from reader.ui.screens.help import HelpScreen
from reader.ui.screens.link_screen import LinksScreen, hint

pytestmark = pytest.mark.anyio

REGEX_ERROR = "Invalid regex: missing ), unterminated subpattern at position 15."


def search_row(app) -> str:
    """The search bar's row: the last but one (the footer is last)."""
    return screen_text(app).splitlines()[-2]


@pytest.mark.parametrize(("width", "message"), [
    (60, "Invalid regex"), (80, "Invalid regex"), (140, REGEX_ERROR),
])
async def test_an_invalid_regex_leaves_the_query_in_view(make_app, width, message) -> None:
    app = make_app()
    async with app.run_test(size=(width, 20)) as pilot:
        await settle(pilot)
        await pilot.press("slash", *"administration(", "ctrl+r")
        await pilot.pause()
        await pilot.pause()
        row = search_row(app)
        assert "/ administration(" in row
        assert row.rstrip().endswith(message), row


async def test_a_regex_errors_tooltip_shows_its_words_not_as_markup(make_app) -> None:
    """The whole message is the status's tooltip: a pattern's own "[b]" in it (a group's
    name Python quotes back) is words, never markup."""
    app = make_app()
    async with app.run_test(size=(60, 20)) as pilot:
        await settle(pilot)
        await pilot.press("slash", *"(?P<[b]>x)", "ctrl+r")
        await pilot.pause()
        await pilot.pause()
        tooltip = app.screen.query_one("#search-status").tooltip
        assert isinstance(tooltip, Text) and "[b]" in tooltip.plain


def hint_items(app, hint: str) -> None:
    """Every item of ``hint`` is on screen whole (on one row)."""
    shown = screen_text(app)
    for item in hint.split(" · "):
        assert item in shown, item


@pytest.mark.parametrize("width", [60, 80])
async def test_list_hints_wrap_between_their_items(make_app, width) -> None:
    app = make_app()
    async with app.run_test(size=(width, 20)) as pilot:
        await settle(pilot)
        marks = await screen_after(pilot, "B", BookmarksScreen)
        await pilot.pause()
        hint_items(app, marks.hint)
        await pilot.press("escape")
        await pilot.pause()
        feeds = await screen_after(pilot, "F", FeedsScreen)
        await pilot.pause()
        hint_items(app, feeds.hint)


async def test_the_links_list_keeps_its_hint_on_a_small_terminal(make_app, tmp_path) -> None:
    links = "".join(f'<p>Paragraph {n} of the story, with <a href="https://example.org/{n}">'
                    f"link number {n}</a> in it.</p>" for n in range(20))
    page = tmp_path / "links.html"
    page.write_text(f"<html><head><title>Many links</title></head><body><article>"
                    f"<h1>Many links</h1>{links}</article></body></html>")
    app = make_app(page)
    async with app.run_test(size=(60, 20)) as pilot:
        await settle(pilot)
        await screen_after(pilot, "f", LinksScreen)
        await pilot.pause()
        hint_items(app, hint())
        await pilot.press("end")
        await pilot.pause()
        assert "https://example.org/19" in screen_text(app)  # the last row, above the hint


async def test_the_help_notes_wrap_beside_the_scrollbar(make_app) -> None:
    app = make_app(Path(__file__).resolve().parents[1] / "fixtures" / "structure.html")
    async with app.run_test(size=(60, 20)) as pilot:
        await settle(pilot)
        await screen_after(pilot, "question_mark", HelpScreen)
        await pilot.press("G")
        await pilot.pause()
        shown = screen_text(app)
        assert "finds any command." in shown
        assert "Mouse: scroll the text, click an item." in shown
