"""What a feed entry carries beyond its text, through the real app and the real CLI: a
podcast's audio on its article (linked, listed by f, marked in the entries list, dumped),
an Atom entry's out-of-line content, and an entry whose page fails."""

from __future__ import annotations

import json
import subprocess
import sys
import threading
from collections.abc import Callable
from pathlib import Path

import pytest
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

from reader.store import Store
from reader.ui.app import ReaderApp
from reader.ui.feeds import FEED_TEXT_NOTE
from reader.ui.screens.feeds import EntriesScreen, FeedsScreen
from tests.ui.ui_helpers import reading, screen_after, screen_text, settle

pytestmark = pytest.mark.anyio

FEEDS = Path(__file__).parents[1] / "fixtures" / "feeds"
EPISODE_PAGE = """<!doctype html><html><head><title>Spring tides</title></head><body>
<article><h1>Spring tides</h1>
<p>The harbour master explains why the spring tides come twice a month, and why the wall
was built where it stands.</p>
<p>A second paragraph of the episode's page: the moon, the sun and the pull between them.</p>
</article></body></html>"""


def _subscribe(tmp_path: Path, httpserver: HTTPServer, name: str = "tides.rss",
               path: str = "/pod/feed.rss") -> None:
    """``reader feeds add`` the fixture feed ``name``, served at ``path``."""
    kind = "application/atom+xml" if name.endswith(".atom") else "application/rss+xml"
    httpserver.expect_request(path).respond_with_data(
        (FEEDS / name).read_bytes(), content_type=kind)
    added = _reader("feeds", "add", httpserver.url_for(path), "--data-dir",
                    str(tmp_path / "data"))
    assert added.returncode == 0, added.stderr


async def _open_entry(pilot, title: str):
    """F, enter on the feed (F opens at the feed of an entry read before), enter on the
    entry titled ``title``; its article once shown (its page's, or the text its feed gave
    once the page failed: not that text while the page loads)."""
    await settle(pilot)
    await pilot.press("F")
    await pilot.pause()
    if isinstance(pilot.app.screen, FeedsScreen):
        await pilot.press("enter")
        await pilot.pause()
    entries = pilot.app.screen
    assert isinstance(entries, EntriesScreen)
    entries.item_list.highlighted = next(
        i for i, entry in enumerate(entries.items) if entry.title == title)
    await pilot.press("enter")
    screen = reading(pilot.app)
    for _ in range(50):
        await settle(pilot)
        if screen.article is not None and screen.mode == "ready" and not (
                screen.is_loading or screen.opening.pending):  # (its feed's text meanwhile)
            break
    return screen


async def _entries_listed(pilot) -> str:  # type: ignore[no-untyped-def]
    """From the library the app opens on: F, enter on the first feed; the entries list's
    text, once back on the library."""
    await settle(pilot)
    await pilot.press("escape")  # (no source: the library opened first)
    await screen_after(pilot, "F", FeedsScreen)
    await screen_after(pilot, "enter", EntriesScreen)
    listed = screen_text(pilot.app)
    await pilot.press("escape", "escape")
    return listed


def _reader(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "reader", *args], capture_output=True,
                          text=True, timeout=120)


async def test_a_podcast_entry_shows_its_audio_linked_listed_marked_and_dumped(
    make_app: Callable[..., ReaderApp], tmp_path: Path, httpserver: HTTPServer
) -> None:
    _subscribe(tmp_path, httpserver)
    httpserver.expect_request("/pod/episodes/12").respond_with_data(
        EPISODE_PAGE, content_type="text/html")
    audio = httpserver.url_for("/pod/media/episode-12.mp3")
    app = make_app(None)
    async with app.run_test(size=(120, 40)) as pilot:
        listed = await _entries_listed(pilot)
        assert "2024-05-08 · Audio, 45 min" in listed
        assert "2024-04-24 · Video, 1 h 2 min" in listed
        screen = await _open_entry(pilot, "Episode 12: Spring tides")
        article = screen.article
        assert article.blocks[0].text == "Audio: episode-12.mp3 (MP3, 45 min)"
        assert "why the spring tides come twice a month" in article.text  # (the page's)
        assert (article.links[0].text, article.links[0].href) == (article.blocks[0].text, audio)
        assert "Audio: episode-12.mp3 (MP3, 45 min)" in screen_text(app)
        await pilot.press("f")
        await pilot.pause()
        links = screen_text(app)
        assert "1  Audio: episode-12.mp3 (MP3, 45 min)" in links and audio in links
        await pilot.press("escape")
        await pilot.pause()
    data = str(tmp_path / "data")
    with Store.open(data) as store:
        (saved,) = [a for a in store.list_articles() if a.title == "Spring tides"]
    dumped = _reader("dump", f"library:{saved.id}", "-f", "json", "--data-dir", data)
    assert dumped.returncode == 0, dumped.stderr
    record = json.loads(dumped.stdout)
    assert record["enclosures"] == [
        {"href": audio, "type": "audio/mpeg", "length": 43_000_000, "duration": 2710}]
    assert record["body"][0]["text"] == "Audio: episode-12.mp3 (MP3, 45 min)"
    assert record["links"][0] == {"text": "Audio: episode-12.mp3 (MP3, 45 min)",
                                  "href": audio, "start": 0, "end": 35}
    markdown = _reader("--data-dir", data, "dump", str(saved.id), "--format", "markdown")
    assert markdown.returncode == 0, markdown.stderr
    assert f"[Audio: episode-12.mp3 (MP3, 45 min)]({audio})" in markdown.stdout


async def test_an_episode_whose_link_is_its_video_opens_its_notes_not_the_file(
    make_app: Callable[..., ReaderApp], tmp_path: Path, httpserver: HTTPServer
) -> None:
    """Its <link> is the video itself: its show notes open (the file is never fetched as a
    page), the video a line atop them."""
    _subscribe(tmp_path, httpserver)
    app = make_app(None)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("escape")
        article = (await _open_entry(pilot, "Episode 11: Moon talk")).article
        assert [b.text for b in article.blocks] == [
            "Video: episode-11.mp4 (MP4, 1 h 2 min)",
            "The whole show as video. Notes: the moon pulls, the sea follows.",
        ]
        assert article.links[0].href == httpserver.url_for("/pod/media/episode-11.mp4")
    assert not any("/media/" in request.path for request, _ in httpserver.log)


async def test_hostile_enclosure_names_show_as_text_and_no_notes_still_open(
    make_app: Callable[..., ReaderApp], tmp_path: Path, httpserver: HTTPServer
) -> None:
    """An escape and Rich markup in a file's name never reach the terminal as such; an
    episode with no notes whose page fails opens with its audio, not an error."""
    _subscribe(tmp_path, httpserver)
    httpserver.expect_request("/pod/episodes/9").respond_with_data("Not Found", status=404)
    app = make_app(None)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("escape")
        article = (await _open_entry(pilot, "Episode 10: [bold]Storms[/bold]")).article
        assert article.blocks[0].text == "Audio: [red]storm[/red].m4a (M4A)"
        shown = screen_text(app)
        assert "Audio: [red]storm[/red].m4a (M4A)" in shown and "\x1b" not in shown
        article = (await _open_entry(pilot, "Episode 9: No notes")).article
        assert article.title == "Episode 9: No notes"
        assert [b.text for b in article.blocks] == [
            FEED_TEXT_NOTE, "Audio: episode-9.mp3 (MP3)"]
        assert reading(app).mode == "ready"


async def test_out_of_line_atom_content_is_the_entrys_link_and_is_fetched(
    make_app: Callable[..., ReaderApp], tmp_path: Path, httpserver: HTTPServer
) -> None:
    _subscribe(tmp_path, httpserver, "out-of-line.atom", "/field/feed.atom")
    httpserver.expect_request("/field/notes/whole.html").respond_with_data(
        EPISODE_PAGE.replace("Spring tides", "The whole note"), content_type="text/html")
    app = make_app(None)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("escape")
        article = (await _open_entry(pilot, "The whole note is elsewhere")).article
        assert article.title == "The whole note"
        assert "The harbour master explains" in article.text
        assert article.url == httpserver.url_for("/field/notes/whole.html")


SUMMARY_ONLY = b"""<?xml version="1.0"?><rss version="2.0"><channel><title>Notes</title>
<item><guid>gone</guid><title>A page gone</title><link>/gone</link>
<description>Only the summary of the gone page, in one short paragraph.</description></item>
<item><guid>slow</guid><title>A slow page</title><link>/slow</link>
<description>Only the summary of the slow page, in one short paragraph.</description></item>
</channel></rss>"""


@pytest.mark.parametrize("failure", ["404", "timeout"])
async def test_a_summary_whose_page_fails_opens_under_a_one_line_note(
    make_app: Callable[..., ReaderApp], tmp_path: Path, httpserver: HTTPServer,
    monkeypatch: pytest.MonkeyPatch, failure: str,
) -> None:
    """Its page answers 404, or keeps the reader waiting past the fetch's deadline: the
    summary its feed gave opens, a note in italics on one line above it saying so, and no
    error screen."""
    import reader.sources.load as load

    fetch = load.read_url
    monkeypatch.setattr(load, "read_url", lambda url, **options: fetch(
        url, **{**options, "timeout": 1.0}))  # (30 s in use)
    released = threading.Event()

    def hang(_request: Request) -> Response:
        released.wait(10)
        return Response("late", content_type="text/html")

    httpserver.expect_request("/feed").respond_with_data(
        SUMMARY_ONLY, content_type="application/rss+xml")
    httpserver.expect_request("/gone").respond_with_data("Not Found", status=404)
    httpserver.expect_request("/slow").respond_with_handler(hang)
    assert _reader("feeds", "add", httpserver.url_for("/feed"), "--data-dir",
                   str(tmp_path / "data")).returncode == 0
    title, name = {"404": ("A page gone", "gone"), "timeout": ("A slow page", "slow")}[failure]
    app = make_app(None)
    try:
        async with app.run_test(size=(80, 30)) as pilot:
            await pilot.press("escape")
            screen = await _open_entry(pilot, title)
            article = screen.article
            assert article.title == title
            assert [b.text for b in article.blocks] == [
                FEED_TEXT_NOTE, f"Only the summary of the {name} page, in one short paragraph."]
            (style,) = [s for s in article.styles if s.start == 0]
            assert (style.kind, style.end) == ("emphasis", len(FEED_TEXT_NOTE))
            assert screen.mode == "ready"
            lines = screen_text(app).splitlines()
            assert any(line.strip(" ▏") == FEED_TEXT_NOTE for line in lines)  # one line
    finally:
        released.set()


async def test_a_news_feeds_media_rss_video_stands_atop_its_entry_and_is_dumped(
    make_app: Callable[..., ReaderApp], tmp_path: Path, httpserver: HTTPServer
) -> None:
    """``<media:content>`` read as an enclosure: a line atop the entry ("Video: ..."), the
    entries list's "Video, 2 min", the JSON's enclosures; its pictures get no line."""
    _subscribe(tmp_path, httpserver, "media-rss.rss", "/news/feed.rss")
    video = httpserver.url_for("/news/media/wall.mp4")
    app = make_app(None)
    async with app.run_test(size=(120, 40)) as pilot:
        listed = await _entries_listed(pilot)
        assert all(line in listed for line in ("2024-05-08 · Video, 2 min", "2024-05-01 · Audio"))
        article = (await _open_entry(pilot, "The wall at high tide")).article
        assert [b.text for b in article.blocks] == [
            "Video: wall.mp4 (MP4, 2 min)",
            "Waves over the harbour wall, filmed from the pier."]
        assert article.links[0].href == video
        shown = screen_text(app)
        assert "wall.jpg" not in shown and "still" not in shown
        article = (await _open_entry(pilot, "A [bold]storm[/bold] warning")).article
        assert article.blocks[0].text == "Video: [red]surge[/red].mov (MOV)"
        assert "\x1b" not in screen_text(app)
    data = str(tmp_path / "data")
    with Store.open(data) as store:
        (saved,) = [a for a in store.list_articles() if a.title == "The wall at high tide"]
    dumped = _reader("dump", f"library:{saved.id}", "-f", "json", "--data-dir", data)
    assert dumped.returncode == 0, dumped.stderr
    assert json.loads(dumped.stdout)["enclosures"] == [
        {"href": video, "type": "video/mp4", "length": 31_000_000, "duration": 135}]
    assert not any("/news/media/" in request.path for request, _ in httpserver.log)
