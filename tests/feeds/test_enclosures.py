"""What an entry carries beyond its text: enclosures (RSS, Atom, JSON Feed), an Atom entry's
out-of-line content as its link, and a library made before enclosures were kept."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from pytest_httpserver import HTTPServer

from reader.article.enclosures import Enclosure
from reader.feeds import parse_feed, refresh, subscribe
from reader.store import Store, db

FIXTURES = Path(__file__).parents[1] / "fixtures" / "feeds"
TIDES = (FIXTURES / "tides.rss").read_bytes()


def _tides(base: str = "https://tides.example/pod/feed.rss"):
    return {entry.guid: entry for entry in parse_feed(TIDES, base).entries}


def test_an_rss_enclosure_is_kept_with_its_type_size_and_duration_resolved_on_the_feed() -> None:
    episode = _tides()["tides-12"]
    assert episode.enclosures == (Enclosure(
        "https://tides.example/pod/media/episode-12.mp3", "audio/mpeg", 43_000_000, 2710),)
    assert episode.link == "https://tides.example/pod/episodes/12"
    assert episode.enclosures[0].line() == "Audio: episode-12.mp3 (MP3, 45 min)"
    video = _tides()["tides-11"]
    assert video.enclosures[0].duration == 3723 and video.enclosures[0].kind == "video"
    assert video.enclosures[0].line() == "Video: episode-11.mp4 (MP4, 1 h 2 min)"


def test_hostile_types_sizes_and_durations_are_left_out_never_a_failure() -> None:
    storm, silent = _tides()["tides-10"], _tides()["tides-9"]
    (enclosure,) = storm.enclosures
    assert (enclosure.type, enclosure.length, enclosure.duration) == (None, None, None)
    assert enclosure.kind == "audio"  # (by its name: .m4a)
    line = enclosure.line()
    assert line == "Audio: [red]storm[/red].m4a (M4A)"  # (its escape out, its "markup" text)
    assert "\x1b" not in line
    (huge,) = silent.enclosures
    assert (huge.length, huge.duration) == (None, None)
    for value in ("-5", "1e9", "nan", "99:99:99:99", "", "  ", "<b>3</b>", "0"):
        rss = TIDES.replace(b"<itunes:duration>45:10", f"<itunes:duration>{value}".encode())
        (entry,) = [e for e in parse_feed(rss, "https://t.example/f").entries
                    if e.guid == "tides-12"]
        assert entry.enclosures[0].duration is None, value


def test_atom_enclosures_and_out_of_line_content() -> None:
    """``<content src>`` is the link of an entry with no alternate link (never over one);
    a ``<content src>`` of audio or video, and ``<link rel="enclosure">``, are enclosures;
    a relative ``<link href>`` of its own resolves against the feed."""
    atom = (FIXTURES / "out-of-line.atom").read_bytes()
    entries = parse_feed(atom, "https://field.example/feed.atom").entries
    whole, own, talk, film = entries
    assert whole.link == "https://field.example/notes/whole.html"
    assert whole.summary == "Only a summary here; the note itself is at its own address."
    assert whole.guid == "urn:uuid:1225c695-cfb8-4ebb-aaaa-80da344efa6a"
    assert own.link == "https://field.example/notes/own.html"
    assert talk.link == "https://field.example/talks/3.html"
    assert talk.enclosures == (Enclosure(
        "https://field.example/talks/3.ogg", "audio/ogg", 2_048_000),)
    assert talk.enclosures[0].line() == "Audio: 3.ogg (OGG, 2 MB)"
    assert film.link is None
    assert film.enclosures == (Enclosure("https://cdn.example/video/film.webm", "video/webm"),)


def test_json_feed_attachments() -> None:
    feed = {
        "version": "https://jsonfeed.org/version/1.1", "title": "J", "items": [{
            "id": "1", "url": "https://j.example/1", "title": "One", "attachments": [
                {"url": "audio/one.mp3", "mime_type": "audio/mpeg", "size_in_bytes": 1e300,
                 "duration_in_seconds": 2710.4},
                {"url": "javascript:alert(1)", "mime_type": "audio/mpeg"},
                {"url": "one.pdf", "mime_type": "application/pdf", "size_in_bytes": 1234567,
                 "duration_in_seconds": -3},
                "not an attachment", {"url": ["no"]}, {"url": "one.pdf"},
            ],
        }],
    }
    (item,) = parse_feed(json.dumps(feed).encode(), "https://j.example/feed.json").entries
    assert item.enclosures == (
        Enclosure("https://j.example/audio/one.mp3", "audio/mpeg", None, 2710),
        Enclosure("https://j.example/one.pdf", "application/pdf", 1_234_567, None),
    )
    assert [e.line() for e in item.enclosures] == [
        "Audio: one.mp3 (MP3, 45 min)", "File: one.pdf (PDF, 1.2 MB)"]


def test_a_stored_entry_keeps_its_enclosures_and_damage_is_none(tmp_path: Path) -> None:
    with Store.open(tmp_path) as store:
        feed, _ = store.feeds.add("https://tides.example/pod/feed.rss")
        store.feeds.add_entries(feed.id, list(_tides().values()))
        stored = {entry.guid: entry for entry in store.feeds.entries(feed.id)}
        assert stored["tides-12"].enclosures == _tides()["tides-12"].enclosures
        conn = store._conn  # (another program's damage: not JSON, not a list, bad items)
        for guid, value in (("tides-12", "[{"), ("tides-11", '{"href": 1}'),
                            ("tides-10", '[{"href": "javascript:x"}, 5, {"href": '
                                         '"https://x.example/a.mp3", "length": -1}]')):
            conn.execute("UPDATE entries SET enclosures = ? WHERE guid = ?", (value, guid))
        stored = {entry.guid: entry for entry in store.feeds.entries(feed.id)}
        assert stored["tides-12"].enclosures == stored["tides-11"].enclosures == ()
        assert stored["tides-10"].enclosures == (Enclosure("https://x.example/a.mp3"),)


def _version_four(path: Path, feed_url: str) -> None:
    """A library as the code before enclosures made it: the first four migrations, a feed,
    its entries (one read, one opened), and an article."""
    conn = sqlite3.connect(path)
    for script in db.MIGRATIONS[:4]:
        conn.executescript(script)
    conn.execute("PRAGMA user_version = 4")
    conn.execute("INSERT INTO feeds (id, url, title, added) VALUES (1, ?, 'Harbour Tides', "
                 "'2024-01-01')", (feed_url,))
    rows = [("tides-12", "Episode 12: Spring tides", 1, "https://x.example/12"),
            ("tides-11", "Episode 11: Moon talk", 0, None),
            ("tides-old", "Episode 1: Gone from the feed", 1, None)]
    conn.executemany(
        "INSERT INTO entries (feed_id, guid, title, read, article_key, summary, content, added)"
        " VALUES (1, ?, ?, ?, ?, 'notes', '<p>notes</p>', '2024-01-01')", rows)
    conn.commit()
    conn.close()


def test_a_library_made_before_enclosures_keeps_everything_and_gains_them(
    tmp_path: Path, httpserver: HTTPServer
) -> None:
    """Every feed, entry and read mark of the old library stays; a refresh gives the
    entries still in the feed their enclosures, and doubles none."""
    httpserver.expect_request("/pod/feed.rss").respond_with_data(
        TIDES, content_type="application/rss+xml")
    feed_url = httpserver.url_for("/pod/feed.rss")
    _version_four(tmp_path / db.DB_NAME, feed_url)
    with Store.open(tmp_path) as store:
        (feed,) = store.feeds.list_feeds()
        before = {e.guid: (e.title, e.read, e.article_key) for e in store.feeds.entries(feed.id)}
        assert before == {
            "tides-12": ("Episode 12: Spring tides", True, "https://x.example/12"),
            "tides-11": ("Episode 11: Moon talk", False, None),
            "tides-old": ("Episode 1: Gone from the feed", True, None),
        }
        assert all(e.enclosures == () for e in store.feeds.entries(feed.id))
        (outcome,) = refresh(store, [feed])
        assert outcome.error is None and outcome.new == 2  # (episodes 10 and 9)
        after = {e.guid: e for e in store.feeds.entries(feed.id)}
        assert {guid: (e.title, e.read, e.article_key) for guid, e in after.items()
                if guid in before} == before
        assert after["tides-12"].enclosures[0].href == httpserver.url_for(
            "/pod/media/episode-12.mp3")
        assert after["tides-11"].enclosures[0].kind == "video"
        assert after["tides-old"].enclosures == ()
        assert store.feeds.content(after["tides-12"].id) == "<p>notes</p>"


def test_subscribing_to_a_podcast_keeps_its_audio(tmp_path: Path, httpserver: HTTPServer):
    httpserver.expect_request("/pod/feed.rss").respond_with_data(
        TIDES, content_type="application/rss+xml")
    with Store.open(tmp_path) as store:
        feed, added, new = subscribe(store, httpserver.url_for("/pod/feed.rss"))
        assert added and new == 4
        episode = {e.guid: e for e in store.feeds.entries(feed.id)}["tides-12"]
        assert episode.enclosures == (Enclosure(
            httpserver.url_for("/pod/media/episode-12.mp3"), "audio/mpeg", 43_000_000, 2710),)


def _news(base: str = "https://news.example/feed.rss"):
    feed = (FIXTURES / "media-rss.rss").read_bytes()
    return {entry.guid: entry for entry in parse_feed(feed, base).entries}


def test_media_rss_content_is_an_enclosure_resolved_on_the_feed() -> None:
    """``<media:content>`` with its type, ``fileSize`` and ``duration``; a picture stays a
    picture (its ``medium`` alone telling it: left out, never a "File:")."""
    wall = _news()["news-3"]
    assert wall.enclosures == (
        Enclosure("https://news.example/media/wall.mp4", "video/mp4", 31_000_000, 135),
        Enclosure("https://news.example/media/wall.jpg", "image/jpeg"),
    )
    assert wall.enclosures[0].line() == "Video: wall.mp4 (MP4, 2 min)"


def test_media_group_content_is_read_and_an_enclosures_address_is_kept_once() -> None:
    """The ``<enclosure>``'s own values win over a ``<media:content>`` of the same address;
    the group's other file is kept after it."""
    mayor = _news()["news-2"]
    assert mayor.enclosures == (
        Enclosure("https://news.example/media/mayor.mp3", "audio/mpeg", 2_000_000),
        Enclosure("https://news.example/media/mayor-small.webm", "video/webm", 5_000_000, 610),
    )


def test_hostile_media_content_is_checked_like_any_enclosure() -> None:
    (surge,) = _news()["news-1"].enclosures  # (the javascript: one left out)
    assert (surge.type, surge.length, surge.duration) == (None, None, None)
    assert surge.line() == "Video: [red]surge[/red].mov (MOV)"


def test_youtubes_flash_player_is_a_video_at_its_watch_page() -> None:
    """YouTube's ``<media:content>`` names a Flash player on the host of the entry's link:
    the video is the watch page (a line atop the entry's text, opened by the browser)."""
    feed = (FIXTURES / "youtube.atom").read_bytes()
    (video,) = parse_feed(feed, "https://www.youtube.com/feeds/videos.xml?channel_id=UC123"
                          ).entries
    assert video.link == "https://www.youtube.com/watch?v=abc123"
    (page,) = video.enclosures
    assert page == Enclosure("https://www.youtube.com/watch?v=abc123",
                             "application/x-shockwave-flash")
    assert (page.kind, page.is_page) == ("video", True)
    assert page.line() == "Video: its page on www.youtube.com"
    assert Enclosure.from_dict(page.to_dict()) == page  # (kept in the library as it is)


def test_a_flash_player_that_is_no_video_page_of_the_entry_is_left_out() -> None:
    """A player on another host than the entry's page (a blog's embedded Flash), one whose
    address is no clean web address, and one of an entry with no link: nothing plays
    them, and no page of the entry is theirs. A hostile type or size is dropped as ever."""
    feed = (FIXTURES / "youtube.atom").read_bytes()
    base = "https://www.youtube.com/feeds/videos.xml"
    for player in (b"https://flash.example/v/abc123", b"javascript:alert(1)",
                   b"https://www.youtube.com/v/a\x1b[31mb"):
        changed = feed.replace(b"https://www.youtube.com/v/abc123?version=3", player)
        (video,) = parse_feed(changed, base).entries
        assert video.enclosures == (), player
    unlinked = feed.replace(
        b'<link rel="alternate" href="https://www.youtube.com/watch?v=abc123"/>', b"")
    assert parse_feed(unlinked, base).entries[0].enclosures == ()
    hostile = feed.replace(b'type="application/x-shockwave-flash"',
                           b'type="application/x-shockwave-flash" fileSize="-3" '
                           b'duration="1e99"')
    (page,) = parse_feed(hostile, base).entries[0].enclosures
    assert (page.length, page.duration) == (None, None)
