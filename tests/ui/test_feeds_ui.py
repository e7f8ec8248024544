"""The feeds screens through the real app: F, entries, opening the full article, r and R."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from pytest_httpserver import HTTPServer
from textual.pilot import Pilot
from textual.widgets import OptionList
from werkzeug import Request, Response

from reader.store import NewEntry, Store
from reader.ui import commands
from reader.ui.app import ReaderApp
from reader.ui.feeds import FEED_TEXT_NOTE
from reader.ui.screens.feeds import EntriesScreen, FeedsScreen
from tests.feeds import feed_docs as docs
from tests.ui.ui_helpers import reading, screen_after, screen_text, settle

if TYPE_CHECKING:
    from reader.ui.screens.reading import ReadingScreen

pytestmark = pytest.mark.anyio

ARTICLE = """<!doctype html><html><head><title>The full story</title></head><body>
<article><h1>The full story</h1>
<p>This is the whole article, far longer than any summary a feed carries with it.</p>
<p>A second paragraph that only the page itself has, so the test can tell them apart.</p>
<p>A third paragraph, for good measure, about rivers and bridges and the people on them.</p>
</article></body></html>"""


def _subscribe(tmp_path: Path, httpserver: HTTPServer) -> int:
    httpserver.expect_request("/story").respond_with_data(ARTICLE, content_type="text/html")
    with Store.open(tmp_path / "data") as store:
        feed, _ = store.feeds.add(httpserver.url_for("/feed"), "Local news")
        store.feeds.add_entries(feed.id, [
            NewEntry("old", httpserver.url_for("/old"), "Older entry",
                     published="2021-01-01T00:00:00+00:00", summary="Old summary"),
            NewEntry("new", httpserver.url_for("/story"), "The full story",
                     published="2021-02-01T00:00:00+00:00", summary="Only the summary"),
        ])
        return feed.id


async def test_enter_on_an_entry_opens_the_full_article_saves_it_and_marks_it_read(
    make_app: Callable[..., ReaderApp], tmp_path: Path, httpserver: HTTPServer
) -> None:
    feed_id = _subscribe(tmp_path, httpserver)
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await screen_after(pilot, "F", FeedsScreen)
        assert "Local news" in screen_text(app) and "2 unread" in screen_text(app)
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, EntriesScreen)
        text = screen_text(app)
        assert text.index("The full story") < text.index("Older entry")  # newest first
        await pilot.press("enter")
        await settle(pilot)
        screen = reading(app)
        assert app.screen is screen
        assert "only the page itself has" in screen.article.text
        store = app.store
        assert store is not None
        entry = store.feeds.entries(feed_id)[0]
        assert entry.read and entry.article_key == httpserver.url_for("/story")
        assert any(e.title == "The full story" for e in store.list_articles())


async def test_F_after_reading_an_entry_returns_to_its_feed_at_the_next_entry(
    make_app: Callable[..., ReaderApp], tmp_path: Path, httpserver: HTTPServer
) -> None:
    """A feed is read entry after entry: F, enter, read, F, enter on the next one."""
    _subscribe(tmp_path, httpserver)
    with Store.open(tmp_path / "data") as store:
        other, _ = store.feeds.add("http://127.0.0.1:9/other", "Another feed")
        store.feeds.add_entries(other.id, [NewEntry("o1", "http://127.0.0.1:9/o1", "Other")])
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        feeds = await screen_after(pilot, "F", FeedsScreen)
        feeds.item_list.highlighted = next(
            i for i, feed in enumerate(feeds.items) if feed.name == "Local news")
        await pilot.press("enter")
        await pilot.pause()
        await pilot.press("enter")  # the newest: "The full story"
        await settle(pilot)
        assert reading(app).article.title == "The full story"
        entries = await screen_after(pilot, "F", EntriesScreen)
        assert entries.feed.name == "Local news"
        assert entries.current.title == "Older entry"  # the one after the entry read
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, FeedsScreen)  # esc: up to every feed


async def test_an_entry_whose_load_is_cancelled_stays_unread_and_F_returns_to_it(
    make_app: Callable[..., ReaderApp], tmp_path: Path, httpserver: HTTPServer,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """esc while an entry's page loads: the entry is not read (not shown), and F opens its
    feed at that entry, not the one after it."""
    feed_id = _subscribe(tmp_path, httpserver)
    release = threading.Event()
    # (its summary would stand in for the page after a while: esc while it has not)
    monkeypatch.setattr("reader.ui.jobs.stand_in.SHOW_AFTER", 60.0)

    def hang(_request: Request) -> Response:
        release.wait(5)
        return Response(ARTICLE, content_type="text/html")

    httpserver.expect_request("/old").respond_with_handler(hang)
    app = make_app()
    try:
        async with app.run_test(size=(120, 40)) as pilot:
            await settle(pilot)
            await screen_after(pilot, "F", FeedsScreen)
            entries = await screen_after(pilot, "enter", EntriesScreen)
            entries.item_list.highlighted = 1  # "Older entry": its page hangs
            await pilot.press("enter")
            await pilot.pause(0.2)
            assert reading(app).is_loading
            await pilot.press("escape")
            await pilot.pause()
            store = app.store
            assert store is not None
            older = next(e for e in store.feeds.entries(feed_id) if e.title == "Older entry")
            assert not older.read and older.article_key is None
            entries = await screen_after(pilot, "F", EntriesScreen)
            assert entries.current.title == "Older entry"  # itself: it was not read
    finally:
        release.set()


async def test_r_marks_read_and_unread_and_the_filter_finds_feeds(
    make_app: Callable[..., ReaderApp], tmp_path: Path, httpserver: HTTPServer
) -> None:
    feed_id = _subscribe(tmp_path, httpserver)
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("F", "slash", *"nothing")
        await pilot.pause()
        assert "Nothing matches" in screen_text(app)
        await pilot.press("escape")  # clears the filter
        await pilot.press("down", "enter")
        await pilot.pause()
        await pilot.press("r")
        await pilot.pause()
        assert app.store.feeds.entries(feed_id)[0].read
        await pilot.press("r")
        await pilot.pause()
        assert not app.store.feeds.entries(feed_id)[0].read
        await pilot.press("escape")  # back to the feeds
        await pilot.pause()
        assert isinstance(app.screen, FeedsScreen)
        await pilot.press("r")  # a feed: all its entries read
        await pilot.pause()
        assert "all read" in screen_text(app)
        await pilot.press("r")  # (read already: nothing to mark, no step for u to undo)
        await pilot.pause()
        assert any("is read already" in n.message for n in app._notifications)
        await pilot.press("u")
        await settle(pilot)  # (the write: off the UI thread)
        assert "2 unread" in screen_text(app)
        await pilot.press("u")
        await settle(pilot)  # (the write: off the UI thread)
        assert any(n.message == "Nothing to undo." for n in app._notifications)


async def test_R_refreshes_in_the_background_and_shows_new_counts(
    make_app: Callable[..., ReaderApp], tmp_path: Path, httpserver: HTTPServer
) -> None:
    _subscribe(tmp_path, httpserver)
    def slow(request: Request) -> Response:
        time.sleep(0.5)  # long enough to see the refresh running
        return Response(docs.rss(3, title="Renamed \x1b[31m"))

    httpserver.expect_request("/feed").respond_with_handler(slow)
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        screen = await screen_after(pilot, "F", FeedsScreen)
        await pilot.press("R")
        assert screen.refreshing and screen.check_action("refresh_feeds", ()) is None
        assert screen.query_one("#list-status").has_class("-refreshing")
        await app.workers.wait_for_complete()
        await pilot.pause()
        text = screen_text(app)
        assert not screen.refreshing
        assert "Renamed" in text and "5 unread" in text and "\x1b" not in text
        assert "Refreshed 1 feed: 3 new entries." in text


async def test_the_feeds_keys_are_bound_and_offered_only_on_the_feeds_screens(
    make_app: Callable[..., ReaderApp],
) -> None:
    for command in commands.for_screen("feeds"):
        assert any(b.action == command.action for b in FeedsScreen.BINDINGS)
        assert all(b.action != command.action for b in reading_bindings())
    app = make_app(None)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await pilot.press("escape", "F")  # (no source: the library opened first)
        await pilot.pause()
        assert isinstance(app.screen, FeedsScreen)
        shown = " ".join(screen_text(app).split())  # (the way in the app, not the shell's)
        assert "No feeds yet: press o, give a feed's address, then s to subscribe." in shown
        assert app.screen.check_action("toggle_read", ()) is None  # nothing highlighted
        assert isinstance(app.screen.query_one("#list-items"), OptionList)


def reading_bindings() -> list:
    from reader.ui.screens.reading import ReadingScreen

    return ReadingScreen.BINDINGS


async def _open_first_entry(pilot: Pilot[None]) -> None:
    """F (the feeds), enter (the first feed), enter (its first entry)."""
    await settle(pilot)
    await pilot.press("F", "enter")
    await pilot.pause()
    await pilot.press("enter")


async def _read_first_entry(pilot: Pilot[None]) -> ReadingScreen:
    """``_open_first_entry``, then wait until its article is shown (its page may fail first
    and the text its feed gave be read after)."""
    await _open_first_entry(pilot)
    for _ in range(50):
        await settle(pilot)
        screen = reading(pilot.app)
        if screen.article is not None and screen.mode == "ready" and not (
                screen.opening.pending):  # (the text its feed gave while the page loads)
            break
    return screen


async def test_an_entry_without_a_link_opens_the_text_its_feed_gave(
    make_app: Callable[..., ReaderApp], tmp_path: Path
) -> None:
    with Store.open(tmp_path / "data") as store:
        feed, _ = store.feeds.add("http://127.0.0.1:9/feed", "Notes")
        store.feeds.add_entries(feed.id, [
            NewEntry("n1", None, "A note with no page", author="Ann Lee",
                     published="2021-03-04T00:00:00+00:00",
                     summary="The first paragraph of the note, which is all there is of it.\n\n"
                             "A second paragraph, which the feed gave as well."),
        ])
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await _open_first_entry(pilot)
        await settle(pilot)
        screen = reading(app)
        assert app.screen is screen
        assert screen.article.title == "A note with no page"
        assert screen.article.authors == ("Ann Lee",)
        assert [b.text for b in screen.article.blocks] == [
            "The first paragraph of the note, which is all there is of it.",
            "A second paragraph, which the feed gave as well.",
        ]
        store = app.store
        assert store is not None
        (entry,) = store.feeds.entries(feed.id)
        assert entry.read and entry.article_key == f"feed-entry://{entry.id}"
        assert any(e.title == "A note with no page" for e in store.list_articles())


async def test_an_entry_whose_page_cannot_be_fetched_opens_the_text_its_feed_gave(
    make_app: Callable[..., ReaderApp], tmp_path: Path, httpserver: HTTPServer
) -> None:
    """The page answers 503 (a site that turns scripts away, a server down): the entry's
    own text opens instead, with a warning that says so, not an error screen."""
    httpserver.expect_request("/gone").respond_with_data("down", status=503)
    link = httpserver.url_for("/gone")
    with Store.open(tmp_path / "data") as store:
        feed, _ = store.feeds.add(httpserver.url_for("/feed"), "Notes")
        store.feeds.add_entries(feed.id, [
            NewEntry("g1", link, "A post its site will not serve", author="Ann Lee",
                     summary="The whole post, as the feed carried it, in one paragraph."),
        ])
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await _read_first_entry(pilot)
        assert screen.article is not None
        assert screen.article.title == "A post its site will not serve"
        assert [b.text for b in screen.article.blocks] == [
            FEED_TEXT_NOTE, "The whole post, as the feed carried it, in one paragraph."
        ]
        assert any("Showing the text its feed gave" in str(n.message)
                   for n in app._notifications)


async def test_the_text_its_feed_gave_is_the_entrys_whole_content_with_its_own_title(
    make_app: Callable[..., ReaderApp], tmp_path: Path, httpserver: HTTPServer
) -> None:
    """A GitHub release whose page answers 404: its title ("v2.4.0", never "Untitled"),
    author and date are the entry's, and its whole content (a heading, a list, a
    paragraph) is read as HTML, not a summary run into one paragraph."""
    from dataclasses import replace

    from reader.feeds import parse_feed

    httpserver.expect_request("/gone").respond_with_data("Not Found", status=404)
    atom = (Path(__file__).parents[1] / "fixtures" / "feeds" / "releases.atom").read_bytes()
    release = parse_feed(atom, "https://gh.example/releases.atom").entries[0]
    with Store.open(tmp_path / "data") as store:
        feed, _ = store.feeds.add(httpserver.url_for("/releases.atom"), "Releases")
        store.feeds.add_entries(feed.id, [replace(release, link=httpserver.url_for("/gone"))])
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        article = (await _read_first_entry(pilot)).article
        assert article is not None
        assert (article.title, article.authors) == ("v2.4.0", ("kim",))
        assert (article.published or "").startswith("2024-05-10")
        assert [(b.type, b.text) for b in article.blocks] == [
            ("paragraph", FEED_TEXT_NOTE),
            ("heading", "What's Changed"),
            ("list", "Add --json output by @kim in #812\n"
                     "Fix crash when HOME is unset by @lee in #815"),
            ("paragraph", "Full Changelog: v2.3.1...v2.4.0"),
        ]


async def test_an_untitled_entry_is_listed_by_the_opening_of_its_text_not_its_address(
    make_app: Callable[..., ReaderApp], tmp_path: Path
) -> None:
    long_note = ("Low tide at six, and the whole bay smelled of weed. " * 4).strip()
    with Store.open(tmp_path / "data") as store:
        feed, _ = store.feeds.add("http://127.0.0.1:9/notes", "Notes")
        store.feeds.add_entries(feed.id, [
            NewEntry("n1", "http://127.0.0.1:9/notes/1", "",
                     published="2021-03-04T00:00:00+00:00", summary="Boats out early today."),
            NewEntry("n2", "http://127.0.0.1:9/notes/2", "",
                     published="2021-03-03T00:00:00+00:00", summary=long_note),
        ])
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("F", "enter")
        await pilot.pause()
        text = screen_text(app)
        assert "● Boats out early today." in text
        assert text.count("Boats out early today.") == 1  # (its text is its title)
        lines = [line.strip() for line in text.splitlines()]
        assert "● Low tide at six, and the whole bay smelled of weed." in lines
        assert "http://127.0.0.1:9/notes/" not in text
        await pilot.press("slash", *"weed")  # (the filter finds a note by its text)
        await pilot.pause(0.3)
        text = screen_text(app)
        assert "Low tide at six" in text and "Boats out early today." not in text


async def test_an_entry_with_nothing_to_open_says_so_and_the_list_stays(
    make_app: Callable[..., ReaderApp], tmp_path: Path
) -> None:
    with Store.open(tmp_path / "data") as store:
        feed, _ = store.feeds.add("http://127.0.0.1:9/odd", "Odd")
        store.feeds.add_entries(feed.id, [NewEntry("e1", None, "Only a title")])
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await _open_first_entry(pilot)
        await pilot.pause()
        assert isinstance(app.screen, EntriesScreen)
        assert any("no link and no text to open" in str(n.message) for n in app._notifications)


async def test_what_the_database_holds_is_shown_without_its_escapes(
    make_app: Callable[..., ReaderApp], tmp_path: Path
) -> None:
    """The store is hostile too: an entry written there by another program, bypassing the
    feed parser's cleaning, reaches the screen without its escape sequences."""
    with Store.open(tmp_path / "data") as store:
        feed, _ = store.feeds.add("http://127.0.0.1:9/evil", "Evil \x1b]0;owned\x07feed [/]")
        store.feeds.add_entries(feed.id, [
            NewEntry("e1", "http://127.0.0.1:9/e1", "", author="Ann \x1b[2JLee",
                     published="2021-03-04T00:00:00+00:00",
                     summary="A note \x1b[31mred\x1b[0m and long enough to be its own name."),
            NewEntry("e2", "http://127.0.0.1:9/e2", "Titled \x1b[5mblink",
                     summary="Its summary \x1b[1mbold."),
            NewEntry("e3", "http://127.0.0.1:9/e3", "Dated by a poisoner",
                     published="2030\x1b]52;c;cHduZWQ=\x07", summary="Short."),
        ])
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("F")
        await pilot.pause()
        assert "\x1b" not in screen_text(app) and "\x07" not in screen_text(app)
        assert "Evil feed [/]" in screen_text(app)
        await pilot.press("enter")
        await pilot.pause()
        text = screen_text(app)
        assert "\x1b" not in text
        assert "A note red and long enough to be its own name." in text
        assert "Titled blink" in text and "Ann Lee" in text
        assert "2030" not in text and "52;c" not in text  # no date is better than its payload
        assert "Evil feed [/]" in text  # (its name heads the list, as text, not markup)
        await pilot.press("escape", "d")  # (unsubscribed: the notice names it as text)
        await pilot.pause()
        assert any(n.message == "Unsubscribed from “Evil feed [/]”. Press u to undo."
                   for n in app._notifications)


async def test_a_feed_opened_as_an_article_offers_s_to_subscribe_and_shows_its_entries(
    make_app: Callable[..., ReaderApp], tmp_path: Path, httpserver: HTTPServer
) -> None:
    base = httpserver.url_for("").rstrip("/")
    httpserver.expect_request("/feed.xml").respond_with_data(
        docs.rss(3, title="Harbour news", base=base), content_type="application/rss+xml"
    )
    httpserver.expect_request("/post/2").respond_with_data(ARTICLE, content_type="text/html")
    app = make_app(httpserver.url_for("/feed.xml"))
    async with app.run_test(size=(110, 30)) as pilot:
        await settle(pilot)
        screen = reading(app)
        assert "press s to subscribe" in screen_text(app)
        assert screen.check_action("subscribe", ()) is True
        await pilot.press("s")
        for _ in range(100):  # (subscribing fetches the feed again, in a thread)
            await pilot.pause(0.05)
            if isinstance(app.screen, EntriesScreen):
                break
        assert isinstance(app.screen, EntriesScreen)
        assert "Entry 2" in screen_text(app)
        assert any(n.message == "Subscribed to “Harbour news”: 3 new entries."
                   for n in app._notifications)
        assert "3 entries shown" in screen_text(app)
        with Store.open(tmp_path / "data") as store:
            assert [feed.name for feed in store.feeds.list_feeds()] == ["Harbour news"]
        await pilot.press("enter")  # (the newest entry first: Entry 2, the full story)
        await settle(pilot)
        assert app.screen is screen and screen.article is not None
        assert screen.article.title == "The full story"
        assert screen.check_action("subscribe", ()) is False  # (an article: nothing offered)
        await pilot.press("F")  # (as after an entry chosen on F: at that feed's entries)
        await settle(pilot)
        assert isinstance(app.screen, EntriesScreen)
        assert app.screen.items[app.screen.item_list.highlighted].title == "Entry 1"


async def test_subscribing_to_a_feed_with_a_long_name_cuts_it_in_the_notice(
    make_app: Callable[..., ReaderApp], httpserver: HTTPServer
) -> None:
    base = httpserver.url_for("").rstrip("/")
    name = "Harbour news, from every quay and every boat in the bay " * 4
    httpserver.expect_request("/feed.xml").respond_with_data(
        docs.rss(3, title=name, base=base), content_type="application/rss+xml"
    )
    app = make_app(httpserver.url_for("/feed.xml"))
    async with app.run_test(size=(110, 30)) as pilot:
        await settle(pilot)
        await pilot.press("s")
        for _ in range(400):  # (subscribing fetches the feed again, in a thread: on a
            await pilot.pause(0.05)  # loaded machine 5 s was once not enough)
            if isinstance(app.screen, EntriesScreen) and any(
                    "Subscribed to" in n.message for n in app._notifications):
                break
        [told] = [n.message for n in app._notifications if "Subscribed to" in n.message]
        assert told.startswith("Subscribed to “Harbour news, from every quay")
        assert "…”: 3 new entries." in told and len(told) < 120, told


async def test_a_page_that_is_no_feed_offers_no_subscription(
    make_app: Callable[..., ReaderApp], tmp_path: Path
) -> None:
    page = tmp_path / "notes.bin"
    page.write_bytes(b"\x00\x01\x02" * 400)
    app = make_app(page)
    async with app.run_test(size=(110, 30)) as pilot:
        await settle(pilot)
        assert "subscribe" not in screen_text(app)
        assert reading(app).check_action("subscribe", ()) is False


async def test_undoing_an_unsubscribe_brings_the_feed_back_as_it_was(
    make_app: Callable[..., ReaderApp], tmp_path: Path, httpserver: HTTPServer
) -> None:
    feed_id = _subscribe(tmp_path, httpserver)
    with Store.open(tmp_path / "data") as store:
        store.feeds.add(httpserver.url_for("/other"), "Zebra news")  # (a later id)
        old = next(e for e in store.feeds.entries(feed_id) if e.guid == "old")
        store.feeds.mark([old.id], True)
        before = store.feeds.entries(feed_id)
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        feeds = await screen_after(pilot, "F", FeedsScreen)
        assert feeds.current.id == feed_id and "1 unread" in screen_text(app)
        await pilot.press("d")
        await settle(pilot)  # (the write: off the UI thread)
        assert app.store.feeds.find(feed_id) is None
        await pilot.press("u")
        await settle(pilot)  # (the write: off the UI thread)
        assert "1 unread" in screen_text(app)
    with Store.open(tmp_path / "data") as store:
        feed = store.feeds.find(httpserver.url_for("/feed"))
        assert feed is not None and feed.id == feed_id  # `feeds refresh 1` still names it
        assert (feed.title, feed.unread, feed.total) == ("Local news", 1, 2)
        assert store.feeds.entries(feed_id) == before  # same ids, same read marks


async def test_a_feed_never_fetched_says_so_not_all_read(
    make_app: Callable[..., ReaderApp], tmp_path: Path
) -> None:
    """Just imported from OPML, a feed has no entries because it was never fetched: the
    feeds screen says so (and how to fetch it); one fetched with nothing in it says that."""
    from reader.feeds import read_opml

    opml = (b'<opml version="2.0"><body><outline text="Imported" '
            b'xmlUrl="https://example.org/imported.xml"/></body></opml>')
    with Store.open(tmp_path / "data") as store:
        store.feeds.add_many(read_opml(opml))
        empty, _ = store.feeds.add("https://example.org/empty.xml", "Empty")
        store.feeds.checked(empty.id)
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await screen_after(pilot, "F", FeedsScreen)
        lines = screen_text(app).splitlines()  # (the state: on the row under the name)
        imported = lines[next(i for i, line in enumerate(lines) if "Imported" in line) + 1]
        assert "not fetched yet" in imported and "all read" not in imported
        empty_line = lines[next(i for i, line in enumerate(lines) if "Empty" in line) + 1]
        assert "no entries" in empty_line and "all read" not in empty_line


async def test_once_subscribed_the_offer_to_press_s_is_taken_down(
    make_app: Callable[..., ReaderApp], httpserver: HTTPServer
) -> None:
    """Neither its notice nor the text in place of the body still says "press s to
    subscribe" (which no longer does anything); the body says it is done."""
    base = httpserver.url_for("").rstrip("/")
    httpserver.expect_request("/feed.xml").respond_with_data(
        docs.rss(2, title="Harbour news", base=base), content_type="application/rss+xml"
    )
    app = make_app(httpserver.url_for("/feed.xml"))
    async with app.run_test(size=(110, 30), notifications=True) as pilot:
        await settle(pilot)
        assert any("press s to subscribe" in n.message for n in app._notifications)
        await pilot.press("s")
        for _ in range(100):  # (subscribing fetches the feed again, in a thread)
            await pilot.pause(0.05)
            if isinstance(app.screen, EntriesScreen):
                break
        assert isinstance(app.screen, EntriesScreen)
        assert not any("press s to subscribe" in n.message for n in app._notifications)
        assert not any("Subscribing" in f"{n.title} {n.message}" for n in app._notifications)
        await pilot.press("escape")
        await pilot.pause()
        assert app.screen is reading(app)
        shown = screen_text(app)
        assert "press s to subscribe" not in shown
        assert "Subscribed to “Harbour news”: F shows your feeds" in shown


async def test_an_entrys_long_summary_keeps_to_its_row_cut_with_an_ellipsis(
    make_app: Callable[..., ReaderApp], tmp_path: Path
) -> None:
    long = "Subword tokenization of ship logbooks " * 12
    with Store.open(tmp_path / "data") as store:
        feed, _ = store.feeds.add("http://127.0.0.1:9/feed", "Logs")
        store.feeds.add_entries(feed.id, [
            NewEntry("l1", "http://127.0.0.1:9/l1", "Tokenizing tides", author="Thi Nguyen",
                     published="2024-06-01T00:00:00+00:00", summary=long),
        ])
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await screen_after(pilot, "F", FeedsScreen)
        await screen_after(pilot, "enter", EntriesScreen)
        await pilot.pause()
        lines = screen_text(app).splitlines()
        (row,) = [line for line in lines if "Subword tokenization" in line]
        assert row.rstrip().endswith("…")
        assert row.startswith("    Subword")  # (under the title, past its mark)
        assert not any(line.strip().startswith("logbooks") for line in lines)
