"""A feed's entries in the store: their order, dates from the future, their content."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from reader.store import NewEntry, Store, db


def _titles(store: Store, feed_id: int) -> list[str]:
    return [entry.title for entry in store.feeds.entries(feed_id)]


def test_undated_entries_are_dated_by_when_they_were_stored(store: Store) -> None:
    """A new undated entry goes above the undated ones stored before it, and above dated
    ones older than its arrival; undated entries of one refresh keep the feed's order."""
    feed, _ = store.feeds.add("https://notes.example/feed")
    store.feeds.add_entries(feed.id, [
        NewEntry("a", None, "First undated"),
        NewEntry("b", None, "Second undated"),
        NewEntry("d", None, "Dated 2021", published="2021-01-01T00:00:00+00:00"),
    ])
    store.feeds.add_entries(feed.id, [NewEntry("c", None, "Undated, stored later")])
    assert _titles(store, feed.id) == [
        "Undated, stored later", "First undated", "Second undated", "Dated 2021"]


def test_a_date_in_the_future_is_stored_as_the_time_it_was_fetched(store: Store) -> None:
    feed, _ = store.feeds.add("https://future.example/feed")
    store.feeds.add_entries(feed.id, [
        NewEntry("f", None, "From 2100", published="2100-01-01T00:00:00+00:00"),
        NewEntry("p", None, "Past", published="2021-01-01T00:00:00+00:00"),
    ])
    store.feeds.add_entries(feed.id, [NewEntry("n", None, "Newer, undated")])
    assert _titles(store, feed.id) == ["Newer, undated", "From 2100", "Past"]
    future = store.feeds.entries(feed.id)[1]
    assert future.published is not None and future.published < "2100"


def test_a_future_date_stored_before_dates_were_capped_is_not_first_forever(
    store: Store,
) -> None:
    feed, _ = store.feeds.add("https://old.example/feed")
    store.feeds.add_entries(feed.id, [NewEntry("f", None, "From 2100")])
    store._write("poison", lambda c: c.execute(
        "UPDATE entries SET published = '2100-01-01T00:00:00+00:00'"))
    store.feeds.add_entries(feed.id, [NewEntry("n", None, "Newer")])
    assert _titles(store, feed.id) == ["Newer", "From 2100"]


def _version_three(path: Path) -> None:
    """A library of schema version 3 (before entries kept their content), one entry in it."""
    path.parent.mkdir(parents=True, exist_ok=True)
    conn = sqlite3.connect(path)
    for script in db.MIGRATIONS[:3]:
        conn.executescript(script)
    conn.execute("INSERT INTO feeds (url, title, added) VALUES ('https://o.example/f', 'O', 'x')")
    conn.execute(
        "INSERT INTO entries (feed_id, guid, link, title, summary, added) "
        "VALUES (1, 'g', 'https://o.example/1', 'Old entry', 'Its summary', '2024-01-01')"
    )
    conn.execute("PRAGMA user_version = 3")
    conn.commit()
    conn.close()


def test_an_entry_keeps_its_content_for_when_its_page_cannot_be_fetched(store: Store) -> None:
    feed, _ = store.feeds.add("https://c.example/feed")
    store.feeds.add_entries(feed.id, [
        NewEntry("a", "https://c.example/a", "A", summary="Short", content="<ul><li>x</li></ul>"),
    ])
    (entry,) = store.feeds.entries(feed.id)
    assert store.feeds.content(entry.id) == "<ul><li>x</li></ul>"
    assert store.feeds.content(entry.id + 1) == ""


def test_a_library_of_version_three_gains_the_entries_content(data_dir: Path) -> None:
    _version_three(data_dir / db.DB_NAME)
    with Store.open(data_dir) as store:
        (feed,) = store.feeds.list_feeds()
        (entry,) = store.feeds.entries(feed.id)
        assert (entry.title, store.feeds.content(entry.id)) == ("Old entry", "")


def test_a_damaged_library_of_an_older_version_is_salvaged_whole(tmp_path: Path) -> None:
    """The new database has a column the old file has not: the rows are copied all the
    same, column by column of both."""
    old = tmp_path / "old.db"
    _version_three(old)
    conn = sqlite3.connect(tmp_path / "new.db")
    db.migrate(conn)
    assert db.salvage(conn, old) == 2  # the feed and its entry
    assert conn.execute("SELECT title, content FROM entries").fetchall() == [("Old entry", "")]
    conn.close()
