"""A link whose address says nothing of what it is, whose server answers with audio or
video: handed to the system's player as a known media link is, through the real app and a
real 127.0.0.1 server; its body is never read (the headers seen, the connection closed)."""

from __future__ import annotations

import socket
import threading
from collections.abc import Callable
from pathlib import Path

import pytest
from pytest_httpserver import HTTPServer

from reader.ui.app import ReaderApp
from reader.ui.feeds import FEED_TEXT_NOTE
from tests.raw_http import RawServer, head, read_request
from tests.ui.test_feed_enclosures_ui import _open_entry
from tests.ui.test_media_links import _add_feed, _follow, _players, _said, app_on_page
from tests.ui.ui_helpers import reading, settle

pytestmark = pytest.mark.anyio

ENTRIES = b"""<?xml version="1.0"?><rss version="2.0"><channel><title>Radio</title>
<item><guid>r1</guid><title>Live from the pier</title><link>/live?station=3</link>
<description>The pier's own station, with the tide report at noon.</description></item>
<item><guid>r2</guid><title>The [bold]bare[/bold] stream</title><link>/bare</link></item>
</channel></rss>"""


async def _until_handed(pilot, opened: list[str], count: int) -> None:  # type: ignore[no-untyped-def]
    """Wait until the player has been handed ``count`` addresses (the load is a worker's)."""
    for _ in range(50):
        await settle(pilot)
        if len(opened) >= count:
            return


class Endless:
    """A stream of audio with no end: its head, then bytes until the client closes."""

    def __init__(self, kind: str = "audio/mpeg") -> None:
        self.kind = kind
        self.closed = threading.Event()  # the client closed the connection
        self.stalled = False  # the client stopped reading but kept the connection

    def __call__(self, conn: socket.socket) -> None:
        read_request(conn)
        conn.sendall(head(Content_Type=self.kind))
        try:
            while True:
                conn.sendall(b"\xff\xfb" * 32768)
        except TimeoutError:
            self.stalled = True
        except OSError:
            self.closed.set()


async def test_a_link_answered_with_an_endless_audio_stream_goes_to_the_player(
    make_app: Callable[..., ReaderApp], httpserver: HTTPServer,
    serve: Callable[..., RawServer], monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A radio station's address ("/listen"): the player gets it with the same notice as
    an .mp3's, the article stays where it was, and the connection is closed once its
    headers are read (the stream never ends: a download would never finish)."""
    opened = _players(monkeypatch)
    radio = Endless()
    station = serve(radio).url("/listen")
    app = app_on_page(make_app, httpserver, "The harbour radio", [("listen live", station)])
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        screen = reading(app)
        article = screen.article
        await _follow(pilot, "1")
        await _until_handed(pilot, opened, 1)
        assert opened == [station]
        assert "Opening listen in your player." in _said(app)
        assert screen.article is article and screen.mode == "ready"
        assert not any("cannot read" in line or "audio file" in line for line in _said(app))
        assert radio.closed.wait(10) and not radio.stalled


async def test_an_entry_whose_link_answers_with_video_opens_its_text_and_the_player(
    make_app: Callable[..., ReaderApp], tmp_path: Path, httpserver: HTTPServer,
    serve: Callable[..., RawServer], monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The entry's link is a live video: its own text opens (no note that the page failed)
    with the file a line atop it, linked; the player gets it. An entry with no text of its
    own goes to the player alone, the article read before staying on screen."""
    opened = _players(monkeypatch)
    live = Endless("video/mp4")
    base = serve(live).url("").rstrip("/")
    _add_feed(tmp_path, httpserver, "/radio.rss",
              ENTRIES.replace(b"<link>/", f"<link>{base}/".encode()))
    app = make_app(None)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("escape")
        screen = await _open_entry(pilot, "Live from the pier")
        await _until_handed(pilot, opened, 1)
        assert opened == [f"{base}/live?station=3"]
        assert "Opening live in your player." in _said(app)
        assert [b.text for b in screen.article.blocks] == [
            "Video: live (MP4)", "The pier's own station, with the tide report at noon."]
        assert screen.article.links[0].href == f"{base}/live?station=3"
        assert FEED_TEXT_NOTE not in screen.article.text
        bare = await _open_entry(pilot, "The [bold]bare[/bold] stream")
        await _until_handed(pilot, opened, 2)
        assert opened[1] == f"{base}/bare"
        assert "Opening bare in your player." in _said(app)
        assert bare.article.title == "Live from the pier" and bare.mode == "ready"
    assert live.closed.wait(10) and not live.stalled
