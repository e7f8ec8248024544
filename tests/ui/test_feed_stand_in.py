"""A feed entry whose page is slow: the text its feed gave is read meanwhile, under a note
that the full article is loading, and the page takes its place when it comes (or, if it
cannot be loaded, the note says so), through the real app and a real 127.0.0.1 server that
holds the page back until the test lets it go."""

from __future__ import annotations

import socket
import threading
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from pathlib import Path

import pytest
from textual.pilot import Pilot

from reader.store import NewEntry, Store
from reader.ui.app import ReaderApp
from reader.ui.feeds import FEED_TEXT_NOTE, LOADING_NOTE
from reader.ui.screens.reading import ReadingScreen
from tests.raw_http import RawServer, head, read_request
from tests.ui.test_feeds_ui import ARTICLE, _open_first_entry
from tests.ui.ui_helpers import reading, screen_text, settle

pytestmark = pytest.mark.anyio

SUMMARY = "The feed's own account of the story, in a paragraph the reader can start on."


class HeldPage:
    """Answers ``page`` (or closes without an answer, if ``fail``) once released."""

    def __init__(self, fail: bool = False, page: str = ARTICLE) -> None:
        self.fail = fail
        self.page = page
        self.asked = threading.Event()
        self.release = threading.Event()

    def __call__(self, conn: socket.socket) -> None:
        read_request(conn)
        self.asked.set()
        self.release.wait(20)
        if not self.fail:
            body = self.page.encode()
            conn.sendall(head(Content_Length=len(body)) + body)


def _held_entry(tmp_path: Path, serve: Callable[..., RawServer], fail: bool = False,
                page: str = ARTICLE, summary: str = SUMMARY) -> tuple[HeldPage, str, int]:
    held = HeldPage(fail, page)
    link = serve(held).url("/story")
    with Store.open(tmp_path / "data") as store:
        feed, _ = store.feeds.add("http://127.0.0.1:9/feed", "Local news")
        store.feeds.add_entries(feed.id, [NewEntry("s1", link, "The full story",
                                                   summary=summary)])
    return held, link, feed.id


@asynccontextmanager
async def _opened(app: ReaderApp, held: HeldPage, size: tuple[int, int] = (100, 30)
                  ) -> AsyncIterator[Pilot[None]]:
    """``app`` run, the feed's first entry opened (its page held back); the page is let go
    at the end, however the test ends."""
    try:
        async with app.run_test(size=size) as pilot:
            await _open_first_entry(pilot)
            yield pilot
    finally:
        held.release.set()


async def _until(pilot, done: Callable[[ReadingScreen], bool]  # type: ignore[no-untyped-def]
                 ) -> ReadingScreen:
    """The reading screen, once ``done(screen)`` (polled; the load may still be held)."""
    screen = reading(pilot.app)
    for _ in range(100):
        await pilot.pause(0.05)
        if done(screen):
            break
    return screen


async def test_a_slow_pages_entry_is_read_from_its_feed_until_the_page_takes_its_place(
    make_app: Callable[..., ReaderApp], tmp_path: Path, serve: Callable[..., RawServer]
) -> None:
    page, link, feed_id = _held_entry(tmp_path, serve)
    app = make_app()
    async with _opened(app, page) as pilot:
        screen = await _until(pilot, lambda s: s.opening.pending and (
            "Loading the full article" in screen_text(app)))
        assert page.asked.is_set() and not page.release.is_set()  # (still held back)
        assert screen.opening.pending and not screen.is_loading
        assert [b.text for b in screen.article.blocks] == [LOADING_NOTE, SUMMARY]
        assert screen.article.title == "The full story"
        assert "Loading the full article" in screen_text(app)
        await pilot.press("G")  # (the end: the page's, once it comes)
        assert any(str(n.message).startswith("Still loading the full article:")
                   for n in app._notifications)
        page.release.set()
        screen = await _until(pilot, lambda s: not s.opening.pending)
        await settle(pilot)
        assert "the whole article, far longer than any summary" in screen.article.text
        assert LOADING_NOTE not in screen.article.text
        # (back goes to the article read before, not to the feed's text)
        assert [LOADING_NOTE in place.article.text for place in screen.travel.back] == [
            False]
        store = app.store
        assert store is not None
        (entry,) = store.feeds.entries(feed_id)
        assert entry.read and entry.article_key == link
        (saved,) = [a for a in store.list_articles() if a.title == "The full story"]
        assert store.get_article(saved.id).text == screen.article.text  # (the page's)


async def test_a_slow_page_that_fails_leaves_the_feeds_text_under_a_note_saying_so(
    make_app: Callable[..., ReaderApp], tmp_path: Path, serve: Callable[..., RawServer]
) -> None:
    page, _, feed_id = _held_entry(tmp_path, serve, fail=True)
    app = make_app()
    async with _opened(app, page) as pilot:
        screen = await _until(pilot, lambda s: s.opening.pending)
        assert [b.text for b in screen.article.blocks] == [LOADING_NOTE, SUMMARY]
        page.release.set()  # (the connection closed with no answer)
        screen = await _until(pilot, lambda s: not s.opening.pending)
        await settle(pilot)
        assert [b.text for b in screen.article.blocks] == [FEED_TEXT_NOTE, SUMMARY]
        assert screen.mode == "ready"
        assert any("Showing the text its feed gave" in str(n.message)
                   for n in app._notifications)
        store = app.store
        assert store is not None
        (entry,) = store.feeds.entries(feed_id)
        assert entry.read


PARAGRAPHS = [f"Paragraph {n} of the story, told at some length so that the text runs on "
              "over a good many lines of the reading view, as a long post does." for n in
              range(1, 41)]


async def test_the_page_taking_the_feeds_place_opens_where_its_reader_had_got_to(
    make_app: Callable[..., ReaderApp], tmp_path: Path, serve: Callable[..., RawServer]
) -> None:
    """Read down the feed's text while the page is held back: the page (the same paragraphs
    after a long introduction of its own, far from where they stood) opens at the words
    that were at the top of the view, not at the same offset in other words."""
    intro = "<p>" + "An introduction only the page has, about the harbour. " * 40 + "</p>"
    whole = "".join(f"<p>{text}</p>" for text in PARAGRAPHS)
    page = ("<!doctype html><html><head><title>The full story</title></head><body><article>"
            f"<h1>The full story</h1>{intro}{whole}</article></body></html>")
    held, _, _ = _held_entry(tmp_path, serve, page=page, summary="\n\n".join(PARAGRAPHS))
    app = make_app()
    async with _opened(app, held) as pilot:
        screen = await _until(pilot, lambda s: s.opening.pending and bool(
            s.body.layout_rows))
        stand_in = screen.article
        at = stand_in.text.index("Paragraph 25 ")
        screen.body.scroll_to_offset(at, center=False)
        await pilot.pause()
        top = screen.body.top_offset()
        assert stand_in.text[top:].startswith("Paragraph 25 ")
        held.release.set()
        screen = await _until(pilot, lambda s: not s.opening.pending)
        await settle(pilot)
        article = screen.article
        assert article is not stand_in and "An introduction only" in article.text
        assert article.text[screen.body.top_offset():].startswith("Paragraph 25 ")


async def test_while_the_feeds_text_stands_in_the_screen_says_the_full_article_is_coming(
    make_app: Callable[..., ReaderApp], tmp_path: Path, serve: Callable[..., RawServer]
) -> None:
    """Not a book's words ("loading the rest…", "Waiting for the rest of the text…"): the
    status line and the quotes and people panels say the full article is still to come
    (no people are looked for in the feed's text meanwhile: not "Finding the people…")."""
    page, _, _ = _held_entry(tmp_path, serve)
    app = make_app()
    async with _opened(app, page, (140, 40)) as pilot:
        await _until(pilot, lambda s: s.opening.pending and s.panels.made and (
            s.panels.quotes.is_mounted))  # (no screen drawn each poll: a loaded machine)
        await pilot.pause()
        shown = screen_text(app)
        assert shown.splitlines()[0].rstrip().endswith("loading the full article…")
        assert "Quotes come with the full article…" in shown
        assert "People come with the full article…" in shown
        assert "rest" not in shown and "Finding the people" not in shown
        page.release.set()
        await _until(pilot, lambda s: not s.opening.pending)
        await settle(pilot)
        assert "full article" not in screen_text(app).splitlines()[0]
        assert "% · " in screen_text(app).splitlines()[0]  # (the page's position)


def _threads_done() -> bool:
    """No fetch of this app's is still running (the page's, left behind by esc)."""
    return not any(t.name in {"reader-load", "reader-stand-in"} for t in threading.enumerate())


async def test_esc_stops_the_pages_fetch_and_leaves_the_feeds_text_saying_so(
    make_app: Callable[..., ReaderApp], tmp_path: Path, serve: Callable[..., RawServer]
) -> None:
    page, _, feed_id = _held_entry(tmp_path, serve)
    app = make_app()
    async with _opened(app, page) as pilot:
        screen = await _until(pilot, lambda s: s.opening.pending)
        stand_in = screen.article
        await pilot.press("escape")
        await settle(pilot)  # (the load's worker has stopped: settle waits for none)
        assert page.asked.is_set() and not page.release.is_set()
        assert not screen.opening.pending and not screen.is_loading
        assert screen.mode == "ready" and screen.article is not stand_in
        note = ("The full article was not loaded: this is the text the feed gave. Open "
                "the entry again (F) to load it.")
        assert [b.text for b in screen.article.blocks] == [note, SUMMARY]
        shown = screen_text(app)
        assert "The full article was not loaded" in shown and "loading" not in shown
        assert any(n.title == "Cancelled" and "full article" in str(n.message)
                   for n in app._notifications)
        page.release.set()  # (the page comes after all: too late, not shown)
        for _ in range(100):
            if _threads_done():
                break
            await pilot.pause(0.05)
        await settle(pilot)
        assert [b.text for b in screen.article.blocks] == [note, SUMMARY]
        store = app.store
        assert store is not None
        (entry,) = store.feeds.entries(feed_id)
        assert entry.read


async def test_the_entry_is_read_once_its_feeds_text_stands_in_and_only_then(
    make_app: Callable[..., ReaderApp], tmp_path: Path, serve: Callable[..., RawServer]
) -> None:
    """Read as its text shows (the reader is reading it), not again when the page comes:
    marked unread meanwhile, it stays unread."""
    page, link, feed_id = _held_entry(tmp_path, serve)
    app = make_app()
    async with _opened(app, page) as pilot:
        await _until(pilot, lambda s: s.opening.pending)
        store = app.store
        assert store is not None
        (entry,) = store.feeds.entries(feed_id)
        assert entry.read and entry.article_key == link
        store.feeds.mark([entry.id], read=False)
        page.release.set()
        screen = await _until(pilot, lambda s: not s.opening.pending)
        await settle(pilot)
        assert "the whole article, far longer than any summary" in screen.article.text
        (entry,) = store.feeds.entries(feed_id)
        assert not entry.read
