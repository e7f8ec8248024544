"""Dates an older version stored wrong, through the real CLI and a local server: a
placeholder (Hugo's year 1, a timestamp left at 0) is no date once the library is opened,
and an entry left undated (a date in another language) gains its date at the next refresh;
a right date stays as it was."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

from pytest_httpserver import HTTPServer

from reader.store import Store, db

FEED = b"""<?xml version="1.0"?><rss version="2.0"><channel><title>Tides</title>
<item><guid>hugo</guid><title>Undated page</title>
<pubDate>Mon, 01 Jan 0001 00:00:00 +0000</pubDate></item>
<item><guid>zero</guid><title>Zero stamp</title><pubDate>0</pubDate></item>
<item><guid>german</guid><title>Ebbe</title>
<pubDate>Di, 16 Apr 2024 10:00:00 +0000</pubDate></item>
<item><guid>right</guid><title>Flood</title>
<pubDate>Wed, 08 May 2024 06:00:00 +0000</pubDate></item>
</channel></rss>"""
STORED = [  # (guid, title, the date the version before stored)
    ("hugo", "Undated page", "0001-01-01T00:00:00+00:00"),
    ("zero", "Zero stamp", "1970-01-01T00:00:00+00:00"),
    ("german", "Ebbe", None),
    ("right", "Flood", "2024-05-08T06:00:00+00:00"),
]


def _version_five(path: Path, feed_url: str) -> None:
    """A library as the version before made it: five migrations, a feed, its entries."""
    conn = sqlite3.connect(path)
    for script in db.MIGRATIONS[:5]:
        conn.executescript(script)
    conn.execute("PRAGMA user_version = 5")
    conn.execute("INSERT INTO feeds (id, url, title, added) VALUES (1, ?, 'Tides', "
                 "'2024-06-01T00:00:00+00:00')", (feed_url,))
    conn.executemany(
        "INSERT INTO entries (feed_id, guid, title, published, read, added) "
        "VALUES (1, ?, ?, ?, 1, '2024-06-01T00:00:00+00:00')", STORED)
    conn.commit()
    conn.close()


def _dates(data: Path) -> dict[str, str | None]:
    with Store.open(data) as store:
        (feed,) = store.feeds.list_feeds()
        return {entry.guid: entry.published for entry in store.feeds.entries(feed.id)}


def test_placeholder_dates_go_on_opening_and_missing_ones_come_at_refresh(
    tmp_path: Path, httpserver: HTTPServer
) -> None:
    httpserver.expect_request("/feed.rss").respond_with_data(
        FEED, content_type="application/rss+xml")
    data = tmp_path / "data"
    data.mkdir()
    _version_five(data / db.DB_NAME, httpserver.url_for("/feed.rss"))
    listed = subprocess.run([sys.executable, "-m", "reader", "feeds", "list", "--data-dir",
                             str(data)], capture_output=True, text=True, timeout=120)
    assert listed.returncode == 0, listed.stderr
    assert _dates(data) == {"hugo": None, "zero": None, "german": None,
                            "right": "2024-05-08T06:00:00+00:00"}
    refreshed = subprocess.run([sys.executable, "-m", "reader", "feeds", "refresh",
                                "--data-dir", str(data)], capture_output=True, text=True,
                               timeout=120)
    assert refreshed.returncode == 0, refreshed.stderr
    assert _dates(data) == {"hugo": None, "zero": None,
                            "german": "2024-04-16T10:00:00+00:00",
                            "right": "2024-05-08T06:00:00+00:00"}
    with Store.open(data) as store:  # (read marks kept, nothing doubled)
        (feed,) = store.feeds.list_feeds()
        assert all(entry.read for entry in store.feeds.entries(feed.id))
        assert len(store.feeds.entries(feed.id)) == 4
