"""Leaving a screen while work for it is still running elsewhere: quitting at once (the
library still being opened in its thread, the people still being found) ends cleanly and
keeps the article; a feeds screen closed while it refreshes lets the refresh finish."""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

from reader.store import Store
from reader.ui.app import ReaderApp
from reader.ui.library import Library
from reader.ui.screens.feeds import FeedsScreen
from reader.ui.screens.library import LibraryScreen
from reader.ui.screens.reading import ReadingScreen
from tests.feeds.feed_docs import rss
from tests.ui.conftest import SAMPLE
from tests.ui.ui_helpers import screen_after, settle

pytestmark = pytest.mark.anyio


@pytest.fixture
def slow_library(monkeypatch: pytest.MonkeyPatch) -> Iterator[threading.Event]:
    """The library's thread opens the store, and the people are found, only once the event
    is set (a slow disk, a long article): the app quits before either is done."""
    go = threading.Event()
    opening = Library._open_in_thread
    finding = ReadingScreen._analysis_job

    def held_open(self: Library) -> None:
        go.wait(2)
        opening(self)

    def held_job(self: ReadingScreen, article: object) -> Callable[[], object]:
        job = finding(self, article)  # type: ignore[arg-type]

        def waiting() -> object:
            go.wait(2)
            return job()

        return waiting

    monkeypatch.setattr(Library, "_open_in_thread", held_open)
    monkeypatch.setattr(ReadingScreen, "_analysis_job", held_job)
    yield go
    go.set()


def _kept(tmp_path: Path) -> list[str]:
    """Where the library's articles were read from."""
    with Store.open(tmp_path / "data") as store:
        return [entry.location for entry in store.list_articles()]


async def test_quitting_at_once_after_an_article_opens_keeps_it(
    make_app: Callable[..., ReaderApp], slow_library: threading.Event, tmp_path: Path
) -> None:
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, ReadingScreen) and app.screen.article is not None
        await pilot.press("q")
    assert app.return_code == 0
    assert str(SAMPLE) in _kept(tmp_path)  # (saved as the screen went)


async def test_quitting_at_once_after_opening_the_library(
    make_app: Callable[..., ReaderApp], slow_library: threading.Event, tmp_path: Path
) -> None:
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        await pilot.press("L", "q")
    assert app.return_code == 0
    assert str(SAMPLE) in _kept(tmp_path)


async def test_quitting_at_once_as_the_library_opens_first(
    make_app: Callable[..., ReaderApp], slow_library: threading.Event
) -> None:
    app = make_app(None)  # (`reader` alone: the library is the first screen)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("q")
    assert app.return_code == 0


async def test_a_feeds_refresh_goes_on_after_its_screen_is_closed(
    make_app: Callable[..., ReaderApp], tmp_path: Path, httpserver: HTTPServer
) -> None:
    asked_first, go, asked_second = threading.Event(), threading.Event(), threading.Event()

    def first(request: Request) -> Response:
        asked_first.set()
        go.wait(10)  # (until the screen is closed)
        return Response(rss(1, title="First"), content_type="application/rss+xml")

    def second(request: Request) -> Response:
        asked_second.set()
        return Response(rss(1, title="Second"), content_type="application/rss+xml")

    httpserver.expect_request("/first").respond_with_handler(first)
    httpserver.expect_request("/second").respond_with_handler(second)
    with Store.open(tmp_path / "data") as store:
        store.feeds.add(httpserver.url_for("/first"), "First")
        store.feeds.add(httpserver.url_for("/second"), "Second")
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await screen_after(pilot, "F", FeedsScreen)
        await pilot.press("R")
        assert await asyncio.to_thread(asked_first.wait, 10)
        await pilot.press("escape")
        await pilot.pause()
        assert not isinstance(app.screen, (FeedsScreen, LibraryScreen))
        go.set()
        assert await asyncio.to_thread(asked_second.wait, 10)  # (the progress said nothing)
