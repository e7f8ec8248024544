"""The keys of the list screens as a user meets them: ``o`` in the links list is the open
dialog (as ``o`` is everywhere), ``O`` the browser; ``o`` opens from the library,
bookmarks and feeds screens too; every list screen's hint line names the keys it has now,
and only those."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytest_httpserver import HTTPServer
from textual.widgets import Input
from ui_helpers import reading, screen_after, screen_text, settle

from reader.store import NewEntry, Store
from reader.ui.screens.bookmarks import BookmarksScreen
from reader.ui.screens.feeds import EntriesScreen, FeedsScreen
from reader.ui.screens.library import LibraryScreen
from reader.ui.screens.link_screen import LinksScreen
from reader.ui.screens.open import OpenScreen
from tests.pages_site import WORDS, page_html, serve

pytestmark = pytest.mark.anyio


def _linking(server: HTTPServer) -> str:
    second = serve(server, "/second", page_html("The harbour wall", "Second story"))
    paragraphs = "".join(f"<p>First story paragraph {n}. {WORDS}</p>" for n in range(6))
    return serve(server, "/first", (
        "<!doctype html><html><head><title>The budget vote</title></head><body><article>"
        f"<h1>The budget vote</h1>{paragraphs}<p>See <a href=\"{second}\">the wall</a>. "
        f"{WORDS}</p></article></body></html>"))


def _hint_of(screen) -> str:  # type: ignore[no-untyped-def]
    return " ".join(str(screen.query_one(".list-hint").render()).split())


def _hint(app) -> str:  # type: ignore[no-untyped-def]
    return _hint_of(app.screen)


async def test_o_in_the_links_list_is_the_open_dialog_with_the_link_in_it(
    make_app, httpserver: HTTPServer
) -> None:
    app = make_app(_linking(httpserver))
    async with app.run_test(size=(120, 30)) as pilot:
        await settle(pilot)
        screen = reading(app)
        await screen_after(pilot, "f", LinksScreen)
        dialog = await screen_after(pilot, "o", OpenScreen)
        field = dialog.query_one(Input)
        assert field.value == httpserver.url_for("/second")
        await pilot.press("escape")  # (back to the list, not out of it)
        await pilot.pause()
        assert isinstance(app.screen, LinksScreen)
        await screen_after(pilot, "o", OpenScreen)
        await pilot.press("enter")
        await settle(pilot)
        assert app.screen is screen and screen.article.title == "The harbour wall"
        assert app.last_opened == httpserver.url_for("/second")  # (o offers it next)


async def test_o_on_the_list_screens_opens_in_their_place(make_app, tmp_path: Path) -> None:
    notes = tmp_path / "notes.md"
    notes.write_text("# Field notes\n\nSea stars counted on Monday.\n", encoding="utf-8")
    app = make_app()
    async with app.run_test(size=(120, 30)) as pilot:
        await settle(pilot)
        screen = reading(app)
        for key, kind in (("L", LibraryScreen), ("B", BookmarksScreen), ("F", FeedsScreen)):
            await screen_after(pilot, key, kind)
            assert "o open" in _hint(app), _hint(app)
            await screen_after(pilot, "o", OpenScreen)
            await pilot.press("escape")  # (nothing given: the list stays)
            await pilot.pause()
            assert isinstance(app.screen, kind)
        await screen_after(pilot, "o", OpenScreen)
        app.screen.query_one(Input).value = str(notes)
        await pilot.press("enter")
        await settle(pilot)
        assert app.screen is screen and screen.article.title == "Field notes"


async def test_each_list_screen_s_hint_names_the_keys_it_has(make_app, tmp_path: Path) -> None:
    """The feed's entries name L and B (they move there) and not d or u (entries go with
    their feed); no screen names its own key, nor what waits for a highlighted item."""
    with Store.open(tmp_path / "data") as store:
        feed, _ = store.feeds.add("http://127.0.0.1:9/feed", "Local news")
        store.feeds.add_entries(feed.id, [NewEntry("a", "http://127.0.0.1:9/a", "An entry")])
    app = make_app()
    async with app.run_test(size=(160, 30)) as pilot:
        await settle(pilot)
        await screen_after(pilot, "F", FeedsScreen)
        feeds = _hint(app)
        assert feeds.startswith("enter entries · / filter · r all read · R refresh · "
                                "d unsubscribe · u undo · esc close · o open · L library · "
                                "B bookmarks · ? help"), feeds
        await screen_after(pilot, "enter", EntriesScreen)
        entries = _hint(app)
        assert entries == ("enter read the article · / filter · r read/unread · R refresh · "
                           "esc back · o open · L library · B bookmarks · ? help"), entries
        listed = app.screen
        await pilot.press("question_mark")  # (the help over it: the hint stays as it was)
        await pilot.pause()
        listed.refresh_bindings()  # (as a refresh ending meanwhile does)
        await pilot.pause()
        assert _hint_of(listed) == entries
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, EntriesScreen) and _hint(app) == entries
        await screen_after(pilot, "L", LibraryScreen)
        library = _hint(app)
        assert "B bookmarks · F feeds" in library and "L library" not in library, library
        await screen_after(pilot, "B", BookmarksScreen)
        marks = _hint(app)
        assert "L library · F feeds" in marks and "B bookmarks" not in marks, marks
        assert "e edit note" not in marks  # (no bookmark highlighted: nothing to edit)


async def test_the_palette_on_a_list_screen_does_not_offer_that_list(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(120, 50)) as pilot:
        await settle(pilot)
        await screen_after(pilot, "L", LibraryScreen)
        await pilot.press("ctrl+p")
        for _ in range(50):  # (the palette lists its commands as they are found)
            await pilot.pause()
            if "Bookmarks  (B)" in screen_text(app):
                break
        shown = screen_text(app)
        assert "Bookmarks  (B)" in shown and "Feeds  (F)" in shown, shown
        assert "Library  (L)" not in shown


async def test_t_switches_the_theme_on_a_list_screen_too(make_app) -> None:
    """As the help says of t: not only over an article."""
    app = make_app()
    async with app.run_test(size=(120, 30)) as pilot:
        await settle(pilot)
        before = app.settings.theme
        await screen_after(pilot, "B", BookmarksScreen)
        await pilot.press("t")
        await pilot.pause()
        assert app.settings.theme != before and isinstance(app.screen, BookmarksScreen)
