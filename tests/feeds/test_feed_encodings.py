"""A feed's bytes are read as pages are: never a whole feed turned to mojibake by a guess."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from pytest_httpserver import HTTPServer

from reader.feeds.parse import parse_feed
from tests.feeds import feed_docs as docs

ACCENTED = "Café au lait: “quoted” words, naïve résumé, déjà vu"
POLISH = "Zażółć gęślą jaźń, Łódź"


def _add(url: str, data_dir: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "reader", "feeds", "add", url, "--data-dir", str(data_dir)],
        capture_output=True, text=True, timeout=120,
    )


def test_one_stray_byte_in_a_utf8_feed_spoils_only_itself(
    tmp_path: Path, httpserver: HTTPServer
) -> None:
    # feedparser alone hands such a feed to chardet, which read it all as Latin-2 here
    feed = docs.rss(2, title=ACCENTED).replace(b"Summary of entry 1.", b"Summary \xff of 1.")
    httpserver.expect_request("/feed").respond_with_data(feed, content_type="application/rss+xml")
    added = _add(httpserver.url_for("/feed"), tmp_path)
    assert added.returncode == 0, added.stderr
    assert f"Subscribed to {ACCENTED}" in added.stdout


def test_the_servers_charset_is_how_a_feed_without_a_declaration_is_read(
    tmp_path: Path, httpserver: HTTPServer
) -> None:
    feed = docs.rss(1, title=POLISH).replace(b' encoding="utf-8"', b"")
    httpserver.expect_request("/feed").respond_with_data(
        feed.decode().encode("iso-8859-2"), content_type="application/rss+xml; charset=iso-8859-2")
    added = _add(httpserver.url_for("/feed"), tmp_path)
    assert added.returncode == 0, added.stderr
    assert f"Subscribed to {POLISH}" in added.stdout


def test_valid_utf8_wins_over_a_declared_legacy_charset() -> None:
    feed = docs.rss(1, title=ACCENTED).replace(b'encoding="utf-8"', b'encoding="windows-1250"')
    assert parse_feed(feed, "http://example.test/feed").title == ACCENTED


def test_a_utf16_feed_with_its_mark_reads() -> None:
    feed = docs.rss(1, title=ACCENTED).decode().replace('encoding="utf-8"', 'encoding="utf-16"')
    parsed = parse_feed(feed.encode("utf-16"), "http://example.test/feed")
    assert parsed.title == ACCENTED and parsed.entries[0].link == "http://example.test/post/0"


def test_an_entry_address_with_an_invisible_override_is_no_address() -> None:
    feed = docs.rss(2).replace(b"/post/1<", "/post/1\u202egnp.exe<".encode())
    entries = {entry.guid: entry for entry in parse_feed(feed, "http://example.test/f").entries}
    assert entries["id-0"].link == "http://example.test/post/0"
    assert entries["id-1"].link is None


def test_half_an_emoji_in_a_json_feed_is_a_replacement_character(
    tmp_path: Path, httpserver: HTTPServer
) -> None:
    cut = '{"version": "https://jsonfeed.org/version/1.1", "title": "Cut \\ud83d feed", '
    items = (
        '"items": [{"id": "1", "content_text": "Half \\udcff of it", '
        '"title": "A \\ud83d\\ude00"}]}'
    )
    httpserver.expect_request("/feed").respond_with_data(
        cut + items, content_type="application/feed+json")
    added = _add(httpserver.url_for("/feed"), tmp_path)
    assert added.returncode == 0, added.stderr
    assert "Subscribed to Cut \ufffd feed (1 new entry)" in added.stdout
    parsed = parse_feed((cut + items).encode(), "http://example.test/feed")
    assert parsed.entries[0].title == "A \U0001f600"
    assert parsed.entries[0].summary == "Half \ufffd of it"


def _import(opml: Path, data_dir: Path) -> tuple[str, str]:
    """``reader feeds import OPML`` then ``reader feeds list``: their outputs."""
    command = [sys.executable, "-m", "reader", "feeds"]
    done = subprocess.run([*command, "import", str(opml), "--data-dir", str(data_dir)],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    listed = subprocess.run([*command, "list", "--data-dir", str(data_dir)],
                            capture_output=True, text=True, timeout=120)
    return done.stdout, listed.stdout


def test_an_opml_export_in_latin1_that_says_nothing_of_it_imports(tmp_path: Path) -> None:
    opml = tmp_path / "old.opml"
    opml.write_bytes(
        '<?xml version="1.0"?><opml version="2.0"><body>'
        '<outline text="Café du matin" xmlUrl="http://example.test/cafe"/>'
        "</body></opml>".encode("latin-1")
    )
    imported, listed = _import(opml, tmp_path / "data")
    assert "Imported 1 feed" in imported and "Café du matin" in listed


def test_an_opml_address_with_an_invisible_override_is_skipped(tmp_path: Path) -> None:
    opml = tmp_path / "feeds.opml"
    opml.write_text(
        '<?xml version="1.0"?><opml version="2.0"><body>'
        '<outline text="Plain" xmlUrl="http://example.test/plain"/>'
        '<outline text="Hidden" xmlUrl="http://example.test/f\u202egnp.exe"/>'
        "</body></opml>", encoding="utf-8",
    )
    imported, listed = _import(opml, tmp_path / "data")
    assert "Imported 1 feed; 0 already subscribed; 1 skipped (not a web address)" in imported
    assert "Plain" in listed and "Hidden" not in listed and "\u202e" not in imported + listed
