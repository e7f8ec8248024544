"""The texts that name a key (empty lists, the links list's hint, notices, the loading and
nothing-open texts) name the user's key when ``[keys]`` remaps its command; the reading
screen's footer shows only the reading screen's commands."""

from __future__ import annotations

import dataclasses
from collections.abc import AsyncIterator, Callable, Iterator
from contextlib import AbstractAsyncContextManager, asynccontextmanager
from pathlib import Path

import pytest
from pytest_httpserver import HTTPServer
from textual.pilot import Pilot
from ui_helpers import SAMPLE, reading, screen_after, screen_text, settle

from reader.store import Store
from reader.ui import commands
from reader.ui.app import ReaderApp
from reader.ui.screens.bookmarks import BookmarksScreen
from reader.ui.screens.feeds import EntriesScreen, FeedsScreen
from reader.ui.screens.help import HelpScreen
from reader.ui.screens.library import LibraryScreen
from reader.ui.screens.link_screen import LinksScreen
from reader.ui.screens.links import Links
from reader.ui.widgets.keybar import KeyBar
from tests.feeds import feed_docs as docs

pytestmark = pytest.mark.anyio

LINKED = ("<!doctype html><html><head><title>Linked</title></head><body><article>"
          "<h1>Linked</h1>" + "".join(
              f'<p>Paragraph {n} of the story, with <a href="https://example.org/{n}">link '
              f"number {n}</a> in it, and more words after it to make a paragraph.</p>"
              for n in range(1, 6)) + "</article></body></html>")


@pytest.fixture(autouse=True)
def _default_keys() -> Iterator[None]:
    """Each test's app sets the user's keys: back to none after."""
    yield
    commands.set_keymap({})


Run = Callable[..., AbstractAsyncContextManager[tuple[ReaderApp, Pilot]]]


@pytest.fixture
def run_with_keys(make_app, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Run:
    """Run the app on ``source`` with ``keys`` as the config's ``[keys]``."""

    @asynccontextmanager
    async def started(keys: str, source: object = None) -> AsyncIterator[tuple[ReaderApp, Pilot]]:
        path = tmp_path / "config.toml"
        path.write_text(f"[keys]\n{keys}\n", encoding="utf-8")
        monkeypatch.setenv("READER_CONFIG", str(path))
        app = make_app(source)
        async with app.run_test(size=(120, 40)) as pilot:
            await settle(pilot)
            assert not [n for n in app._notifications if n.title.startswith("Config")]
            yield app, pilot

    return started


def _status(screen: object) -> str:
    assert isinstance(screen, LibraryScreen | BookmarksScreen | FeedsScreen | EntriesScreen)
    return str(screen.query_one("#list-status").render())


async def test_the_empty_bookmarks_name_the_users_bookmark_key(run_with_keys: Run) -> None:
    async with run_with_keys('bookmark = "x"') as (app, pilot):
        assert isinstance(app.screen, LibraryScreen)
        await pilot.press("escape")
        await pilot.pause()
        marks = await screen_after(pilot, "B", BookmarksScreen)
        await settle(pilot)
        status = _status(marks)
        assert "press x on a quote" in status, status
        assert "press m" not in status


async def test_nothing_open_names_the_users_library_and_open_keys(run_with_keys: Run) -> None:
    async with run_with_keys('library = "ctrl+l"\nopen = "ctrl+o"') as (app, pilot):
        await pilot.press("escape")  # (the library, opened at start, closes: nothing open)
        await pilot.pause()
        shown = screen_text(app)
        assert "Press ctrl+l for the library, or ctrl+o to open" in shown, shown


async def test_the_feeds_texts_name_the_users_refresh_key(
    run_with_keys: Run, tmp_path: Path
) -> None:
    with Store.open(tmp_path / "data") as store:
        store.feeds.add("https://example.org/feed.xml", "Quiet news")  # (never fetched)
    async with run_with_keys('refresh_feeds = "X"', SAMPLE) as (app, pilot):
        feeds = await screen_after(pilot, "F", FeedsScreen)
        await settle(pilot)
        shown = screen_text(app)
        assert "not fetched yet: X fetches it" in shown, shown
        assert "X refresh" in str(feeds.query_one(".list-hint").render())
        await pilot.press("enter")
        await pilot.pause()
        entries = app.screen
        assert isinstance(entries, EntriesScreen)
        status = _status(entries)
        assert status == "No entries yet: press X to refresh the feed.", status


async def test_the_feed_offer_names_the_users_subscribe_and_open_keys(
    run_with_keys: Run, httpserver: HTTPServer
) -> None:
    base = httpserver.url_for("").rstrip("/")
    httpserver.expect_request("/feed.xml").respond_with_data(
        docs.rss(2, title="Harbour news", base=base), content_type="application/rss+xml"
    )
    keys = 'subscribe = "S"\nopen = "ctrl+o"'
    async with run_with_keys(keys, httpserver.url_for("/feed.xml")) as (app, _):
        shown = screen_text(app)
        assert "press S to subscribe" in shown and "Press ctrl+o to open" in shown
        assert "press s to subscribe" not in shown


async def test_the_links_list_hint_names_the_users_keys(
    run_with_keys: Run, tmp_path: Path
) -> None:
    page = tmp_path / "linked.html"
    page.write_text(LINKED, encoding="utf-8")
    keys = 'links_copy = "c"\nlinks_browser = "w"\nlinks_erase = "x"'
    async with run_with_keys(keys, page) as (_, pilot):
        listed = await screen_after(pilot, "f", LinksScreen)
        await pilot.pause()
        hint = str(listed.query_one("#links-hint").render())
        assert "w browser" in hint and "c copy" in hint and "esc close" in hint, hint
        assert "o browser" not in hint and "y copy" not in hint
        await pilot.press("9")
        await pilot.pause()
        hint = str(listed.query_one("#links-hint").render())
        assert hint.endswith("· x"), hint  # (what erases the digit)


async def test_a_remapped_follow_follows_with_its_key_and_the_hint_says_so(
    run_with_keys: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = tmp_path / "linked.html"
    page.write_text(LINKED, encoding="utf-8")
    followed: list[str] = []
    monkeypatch.setattr(Links, "follow", lambda _, link: followed.append(link.href))
    async with run_with_keys('links_follow = "l"', page) as (app, pilot):
        listed = await screen_after(pilot, "f", LinksScreen)
        await pilot.pause()
        hint = str(listed.query_one("#links-hint").render())
        assert hint.startswith("a number and l, or l: follow"), hint
        await pilot.press("2")
        await pilot.pause()
        assert "Link 2 · l follows it" in str(listed.query_one("#links-hint").render())
        await pilot.press("l")
        await pilot.pause()
        assert not isinstance(app.screen, LinksScreen)
        assert followed == ["https://example.org/2"]


async def test_the_help_names_the_users_palette_key(run_with_keys: Run) -> None:
    async with run_with_keys('command_palette = "ctrl+k"', SAMPLE) as (app, pilot):
        await screen_after(pilot, "question_mark", HelpScreen)
        await pilot.press("G")
        await pilot.pause()
        assert "ctrl+k finds any command." in screen_text(app)


async def test_the_reading_footer_shows_only_the_reading_screens_commands(
    make_app, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A list screen's command marked for the footer stays off the reading screen's."""
    marked = tuple(
        dataclasses.replace(command, footer=True) if command.id == "list_delete" else command
        for command in commands.COMMANDS
    )
    monkeypatch.setattr(commands, "COMMANDS", marked)
    app = make_app()
    async with app.run_test(size=(200, 40)) as pilot:
        await settle(pilot)
        bar = reading(app).query_one(KeyBar)
        bar.update_keys()
        shown = [command.id for command in bar.shown]
        assert "list_delete" not in shown, shown
        assert "toggle_panels" in shown and "quit" in shown
