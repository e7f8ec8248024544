"""``reader feeds ...`` through a real process, against a local server."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from pytest_httpserver import HTTPServer

from tests.feeds import feed_docs as docs


def reader(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "reader", "feeds", *args], capture_output=True, text=True,
        timeout=120,
    )


def test_add_list_refresh_export_remove(tmp_path: Path, httpserver: HTTPServer) -> None:
    data = ("--data-dir", str(tmp_path))
    httpserver.expect_request("/feed").respond_with_data(
        docs.HOSTILE_TEXT, content_type="application/rss+xml")
    httpserver.expect_request("/json").respond_with_data(
        docs.JSON_FEED, content_type="application/feed+json")
    added = reader("add", httpserver.url_for("/feed"), *data)
    assert added.returncode == 0, added.stderr
    assert "Subscribed to Evil" in added.stdout and "(2 new entries)" in added.stdout
    assert reader("add", httpserver.url_for("/json"), *data).returncode == 0
    listed = reader("list", *data)
    assert "2 unread  Evil" in listed.stdout and "2 unread  JSON feed" in listed.stdout
    for output in (added.stdout, listed.stdout, added.stderr):
        assert "\x1b" not in output and "\x07" not in output and "\x9b" not in output
    refreshed = reader("refresh", *data)
    assert refreshed.returncode == 0, refreshed.stderr
    assert "Refreshed 2 feeds: 0 new entries" in refreshed.stdout
    exported = reader("export", *data)
    assert exported.stdout.startswith('<?xml version="1.0"') and "JSON feed" in exported.stdout
    (tmp_path / "feeds.opml").write_text(exported.stdout, encoding="utf-8")
    removed = reader("remove", "JSON feed", *data)
    assert removed.returncode == 0 and "Unsubscribed from JSON feed." in removed.stdout
    assert "JSON feed" not in reader("list", *data).stdout
    imported = reader("import", str(tmp_path / "feeds.opml"), *data)
    assert "Imported 1 feed; 1 already subscribed." in imported.stdout
    missing = reader("remove", "nope", *data)
    assert missing.returncode == 1 and missing.stderr.startswith("reader: No feed 'nope'")


def test_a_failing_feed_is_a_sentence_and_kept(tmp_path: Path, httpserver: HTTPServer) -> None:
    data = ("--data-dir", str(tmp_path))
    httpserver.expect_ordered_request("/f").respond_with_data(docs.rss(1))
    httpserver.expect_ordered_request("/f").respond_with_data("", status=500)
    assert reader("add", httpserver.url_for("/f"), *data).returncode == 0
    refreshed = reader("refresh", *data)
    assert refreshed.returncode == 1
    url = httpserver.url_for("/f")
    assert f"The server answered 500 Internal Server Error for {url}." in refreshed.stderr
    assert "Traceback" not in refreshed.stderr
    listed = reader("list", *data)
    assert "Last error: The server answered 500 Internal Server Error for" in listed.stdout


def test_billion_laughs_is_refused_in_a_sentence(tmp_path: Path, httpserver: HTTPServer):
    httpserver.expect_request("/evil").respond_with_data(docs.BILLION_LAUGHS)
    result = reader("add", httpserver.url_for("/evil"), "--data-dir", str(tmp_path))
    assert result.returncode == 1
    assert result.stderr.startswith("reader: The feed declares XML entities")
    assert "lollol" not in result.stderr + result.stdout


def test_an_address_that_cannot_be_read_spoils_no_other_feed(
    tmp_path: Path, httpserver: HTTPServer
) -> None:
    data = ("--data-dir", str(tmp_path))
    httpserver.expect_request("/f").respond_with_data(docs.rss(2))
    opml = tmp_path / "feeds.opml"
    opml.write_text(
        '<?xml version="1.0"?><opml version="2.0"><body>'
        '<outline text="broken" xmlUrl="http://[::1"/>'
        f'<outline text="good" xmlUrl="{httpserver.url_for("/f")}"/></body></opml>',
        encoding="utf-8",
    )
    imported = reader("import", str(opml), *data)
    assert "Imported 1 feed" in imported.stdout, imported.stderr
    from reader.store import Store

    with Store.open(tmp_path) as store:  # (as a copy saved before addresses were checked)
        store.feeds.add("http://[::1", "broken")
    refreshed = reader("refresh", *data)
    assert "Refreshed 2 feeds: 2 new entries, 0 unchanged, 1 failed." in refreshed.stdout
    with Store.open(tmp_path) as store:
        (broken,) = [feed for feed in store.feeds.list_feeds() if feed.name == "broken"]
    assert f"broken (feed {broken.id}): This is not a valid web address" in refreshed.stderr
    assert "Traceback" not in refreshed.stderr and "unexpected" not in refreshed.stderr


def test_a_long_subscription_list_is_imported_in_one_go(tmp_path: Path) -> None:
    data = ("--data-dir", str(tmp_path))
    outlines = "".join(
        f'<outline text="Feed {n}" xmlUrl="http://127.0.0.1:1/{n}"/>' for n in range(3000)
    )
    opml = tmp_path / "many.opml"
    opml.write_text(f'<opml version="2.0"><body>{outlines}</body></opml>', encoding="utf-8")
    first = reader("import", str(opml), *data)
    assert "Imported 3000 feeds; 0 already subscribed." in first.stdout, first.stderr
    again = reader("import", str(opml), *data)
    assert "Imported 0 feeds; 3000 already subscribed." in again.stdout, again.stderr
    listed = reader("list", *data).stdout
    assert "Feed 0" in listed and "Feed 2999" in listed


def test_a_json_feed_served_as_a_web_page_is_subscribed_to(
    tmp_path: Path, httpserver: HTTPServer
) -> None:
    """``reader dump`` names a JSON Feed served as text/html a feed: ``feeds add`` takes it."""
    httpserver.expect_request("/json").respond_with_data(
        docs.JSON_FEED, content_type="text/html; charset=utf-8")
    added = reader("add", httpserver.url_for("/json"), "--data-dir", str(tmp_path))
    assert added.returncode == 0, added.stderr
    assert "Subscribed to JSON feed" in added.stdout


def test_an_import_reads_xmlurl_in_any_capitals_and_tells_what_it_skipped(
    tmp_path: Path,
) -> None:
    """``xmlURL`` is ``xmlUrl``; a ``javascript:`` or ``file:`` address is no feed to follow:
    left out, and the output says how many and why (each named), never silently."""
    data = ("--data-dir", str(tmp_path))
    opml = tmp_path / "feeds.opml"
    opml.write_text(
        '<?xml version="1.0"?><opml version="2.0"><body>'
        '<outline text="Old" xmlUrl="https://old.example/rss"/>'
        '<outline text="Capitals" xmlURL="https://caps.example/rss"/>'
        '<outline text="Folder"><outline text="Lower" xmlurl="https://low.example/atom"/>'
        '<outline text="Evil\x9b31m" xmlUrl="javascript:alert(1)"/></outline>'
        '<outline text="Local" xmlUrl="file:///home/me/feed.xml"/>'
        '<outline text="New" xmlUrl="https://new.example/rss"/></body></opml>',
        encoding="utf-8",
    )
    from reader.store import Store

    with Store.open(tmp_path) as store:
        store.feeds.add("https://old.example/rss", "Old")
    imported = reader("import", str(opml), *data)
    assert imported.returncode == 0, imported.stderr
    assert ("Imported 3 feeds; 1 already subscribed; 2 skipped (not web addresses)."
            in imported.stdout), imported.stdout
    assert "Skipped Evil: javascript:alert(1) (not a web address)." in imported.stdout
    assert "Skipped Local: file:///home/me/feed.xml (not a web address)." in imported.stdout
    assert "\x9b" not in imported.stdout
    with Store.open(tmp_path) as store:
        urls = {feed.url for feed in store.feeds.list_feeds()}
    assert urls == {"https://old.example/rss", "https://caps.example/rss",
                    "https://low.example/atom", "https://new.example/rss"}


def test_a_feed_is_found_by_part_of_its_title_when_only_one_has_it(tmp_path: Path) -> None:
    """``refresh NAME`` and ``remove NAME``: part of a title names the one feed that has it;
    a part two feeds share is told, with their names, and nothing is done."""
    from reader.store import Store

    with Store.open(tmp_path) as store:
        store.feeds.add("http://127.0.0.1:9/a", "Harbour News Daily")
        store.feeds.add("http://127.0.0.1:9/b", "Harbour Tides")
    data = ("--data-dir", str(tmp_path))
    listed = reader("list", *data).stdout  # (never fetched: not "0 unread")
    assert "not fetched  Harbour Tides" in listed and "unread" not in listed
    shared = reader("remove", "harbour", *data)
    assert shared.returncode == 1
    assert "'harbour' names 2 feeds (Harbour News Daily, Harbour Tides)" in shared.stderr
    removed = reader("remove", "news daily", *data)
    assert removed.returncode == 0, removed.stderr
    assert "Unsubscribed from Harbour News Daily." in removed.stdout
    assert "Harbour News" not in reader("list", *data).stdout


def test_adding_a_word_says_it_is_no_web_address_and_what_to_give(tmp_path: Path) -> None:
    added = reader("add", "abc", "--data-dir", str(tmp_path))
    assert added.returncode == 1 and added.stdout == ""
    assert added.stderr == ("reader: abc is not a web address: give the feed's address "
                            "(https://example.org/feed.xml) or its site's (example.org).\n")
