"""A link to an audio or video file (an episode's "Audio: ..." line, a page's link to an
.mp3 or a .webm) is handed to the system's player, through the real app and a real local
server: told by its address's extension or the type its feed gave, never fetched as a
page; a link that says nothing of what it is is fetched as before."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from pytest_httpserver import HTTPServer

from reader.ui.app import ReaderApp
from reader.ui.screens.link_screen import LinksScreen
from tests.ui.test_feed_enclosures_ui import _open_entry, _reader, _subscribe
from tests.ui.test_links import linked_page
from tests.ui.ui_helpers import reading, settle

pytestmark = pytest.mark.anyio

TYPED_ONLY = b"""<?xml version="1.0"?><rss version="2.0"><channel><title>Talks</title>
<item><guid>t1</guid><title>A talk</title>
<description>The talk, in one short paragraph of notes.</description>
<enclosure url="/play?id=7" type="audio/mpeg" length="1200000"/></item>
</channel></rss>"""


def _players(monkeypatch: pytest.MonkeyPatch, answer: bool = True) -> list[str]:
    """What the system's opener (``webbrowser.open``) is handed, in order."""
    opened: list[str] = []
    monkeypatch.setattr("webbrowser.open",
                        lambda url, *a, **k: opened.append(url) or answer)
    return opened


def _add_feed(tmp_path: Path, httpserver: HTTPServer, path: str, feed: bytes) -> None:
    """Serve ``feed`` at ``path`` and ``reader feeds add`` it."""
    httpserver.expect_request(path).respond_with_data(feed, content_type="application/xml")
    added = _reader("feeds", "add", httpserver.url_for(path), "--data-dir",
                    str(tmp_path / "data"))
    assert added.returncode == 0, added.stderr


def app_on_page(make_app: Callable[..., ReaderApp], httpserver: HTTPServer, title: str,
                links: list[tuple[str, str]]) -> ReaderApp:
    """The app, opening a page titled ``title`` whose paragraphs hold ``links``."""
    httpserver.expect_request("/page").respond_with_data(linked_page(title, links),
                                                         content_type="text/html")
    return make_app(httpserver.url_for("/page"))


def _said(app: ReaderApp) -> list[str]:
    return [str(notice.message) for notice in app._notifications]


async def _follow(pilot, number: str) -> None:  # type: ignore[no-untyped-def]
    """f, the link's number, enter."""
    await pilot.press("f")
    await pilot.pause()
    assert isinstance(pilot.app.screen, LinksScreen)
    await pilot.press(*number, "enter")
    await settle(pilot)


def _media_requests(httpserver: HTTPServer) -> list[str]:
    return [request.path for request, _ in httpserver.log
            if request.path.startswith(("/pod/media/", "/play", "/clips/"))]


async def test_an_episodes_audio_line_opens_in_the_player_not_as_a_page(
    make_app: Callable[..., ReaderApp], tmp_path: Path, httpserver: HTTPServer,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    opened = _players(monkeypatch)
    _subscribe(tmp_path, httpserver)
    httpserver.expect_request("/pod/episodes/9").respond_with_data("Not Found", status=404)
    app = make_app(None)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("escape")
        screen = await _open_entry(pilot, "Episode 9: No notes")
        article = screen.article
        await _follow(pilot, "1")
        assert opened == [httpserver.url_for("/pod/media/episode-9.mp3")]
        assert "Opening episode-9.mp3 in your player." in _said(app)
        assert reading(app).article is article and not reading(app).is_loading
        assert not any("cannot read" in line for line in _said(app))
    assert _media_requests(httpserver) == []  # (never fetched)


async def test_an_enclosure_typed_audio_without_an_extension_opens_in_the_player(
    make_app: Callable[..., ReaderApp], tmp_path: Path, httpserver: HTTPServer,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Its address names no format; the feed's type says audio."""
    opened = _players(monkeypatch)
    _add_feed(tmp_path, httpserver, "/talks.rss", TYPED_ONLY)
    app = make_app(None)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("escape")
        await _open_entry(pilot, "A talk")
        await _follow(pilot, "1")
        assert opened == [httpserver.url_for("/play") + "?id=7"]
        assert "Opening play in your player." in _said(app)
    assert _media_requests(httpserver) == []


async def test_hostile_names_are_told_as_text_and_no_player_is_said(
    make_app: Callable[..., ReaderApp], tmp_path: Path, httpserver: HTTPServer,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """An escape and Rich markup in the file's name reach the notice as plain text; with no
    program to take the file, the notice says so and names the key that copies it."""
    opened = _players(monkeypatch, answer=False)
    _subscribe(tmp_path, httpserver)
    app = make_app(None)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("escape")
        await _open_entry(pilot, "Episode 10: [bold]Storms[/bold]")
        await _follow(pilot, "1")
        (url,) = opened
        assert url.endswith("/pod/media/%1B%5B31m%5Bred%5Dstorm%5B%2Fred%5D.m4a")
        said = _said(app)
        assert "No player to open [red]storm[/red].m4a; y in the links list copies the " \
            "address." in said, said
        assert not any("\x1b" in line or line.startswith("Opening") for line in said)
    assert _media_requests(httpserver) == []


async def test_a_pages_links_to_media_files_open_in_the_player_others_are_read(
    make_app: Callable[..., ReaderApp], httpserver: HTTPServer,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """By the address's extension, in any case and before a query; a link that names no
    format is fetched, and handed to the player once its server answers with audio; a
    media file's address that is no http(s) one goes to no program."""
    opened = _players(monkeypatch)
    httpserver.expect_request("/clips/stream").respond_with_data(
        b"ID3\x03\x00\x00\x00\x00\x00\x00" + bytes(200), content_type="audio/mpeg")
    clip = httpserver.url_for("/clips/harbour.WEBM") + "?t=30"
    talk = httpserver.url_for("/clips/talk.opus")
    app = app_on_page(make_app, httpserver, "The harbour films", [
        ("the film", clip), ("the talk", talk), ("the stream", httpserver.url_for(
            "/clips/stream")), ("the old copy", "ftp://files.example.org/talk.mp3")])
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        screen = reading(app)
        article = screen.article
        await _follow(pilot, "1")
        await _follow(pilot, "2")
        assert opened == [clip, talk]
        said = _said(app)
        assert "Opening harbour.WEBM in your player." in said
        assert "Opening talk.opus in your player." in said
        await _follow(pilot, "4")
        assert opened == [clip, talk]
        assert screen.article is article
        assert [r.path for r, _ in httpserver.log if r.path.startswith("/clips/")] == []
        await _follow(pilot, "3")  # (no telling extension: fetched; its answer is audio)
        for _ in range(30):
            await settle(pilot)
            if not screen.is_loading:
                break
        assert opened == [clip, talk, httpserver.url_for("/clips/stream")]
        assert "Opening stream in your player." in _said(app)
        assert screen.article is article and screen.mode == "ready"
        assert [r.path for r, _ in httpserver.log if r.path.startswith("/clips/")] == [
            "/clips/stream"]


async def test_a_youtube_entry_reads_as_its_description_its_video_page_a_line_atop(
    make_app: Callable[..., ReaderApp], tmp_path: Path, httpserver: HTTPServer,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A YouTube feed (its hosts made this server's): the Flash player's <media:content> is
    the video at its watch page, so the entry opens as the description its feed gave under a
    "Video" line (the watch page, a script's shell, is never fetched as an article), and
    following the line opens the page in the browser."""
    opened = _players(monkeypatch)
    base = httpserver.url_for("").rstrip("/")
    feed = (Path(__file__).parents[1] / "fixtures" / "feeds" / "youtube.atom").read_bytes()
    _add_feed(tmp_path, httpserver, "/channel.atom",
              feed.replace(b"https://www.youtube.com", base.encode()))
    app = make_app(None)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("escape")
        article = (await _open_entry(pilot, "Tide tables explained")).article
        assert [b.text for b in article.blocks] == [
            "Video: its page on localhost", "How to read a tide table."]
        watch = f"{base}/watch?v=abc123"
        assert article.links[0].href == watch
        await _follow(pilot, "1")
        assert opened == [watch]
        assert f"Opening {watch} in the browser." in _said(app)
    assert not any(request.path in ("/watch", "/v/abc123") for request, _ in httpserver.log)
