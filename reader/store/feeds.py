"""Feeds and their entries in the library database (the tables of migrations 2, 4 and 5).

:class:`FeedStore` is reached as ``store.feeds``; it runs its SQL through the store's
connection, lock and error handling, so every failure is a :class:`StoreError` sentence.
Fetching and parsing feeds is :mod:`reader.feeds`' job; this module only keeps them.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from reader.store.db import now
from reader.store.records import stored_count, stored_lines, stored_optional, stored_text
from reader.store.undo import insert_row

if TYPE_CHECKING:
    from reader.article.enclosures import Enclosure
    from reader.store.core import Store

MAX_ENTRIES_PER_FEED = 1000  # the newest kept per refresh; older ones stay until removed


@dataclass(frozen=True)
class NewEntry:
    """An entry as a feed gives it (parsed, cleaned): what a refresh stores."""

    guid: str
    link: str | None
    title: str
    author: str | None = None
    published: str | None = None  # ISO 8601, or None when missing or invalid
    summary: str = ""
    content: str = ""  # HTML: its fullest text as the feed gave it (read when its page fails)
    enclosures: tuple[Enclosure, ...] = ()  # its audio, video, files


@dataclass(frozen=True)
class Feed:
    """A subscribed feed with its unread count and the state of its last refresh."""

    id: int
    url: str
    title: str
    site: str | None
    etag: str | None
    last_modified: str | None
    last_checked: str | None
    last_error: str | None
    unread: int = 0
    total: int = 0

    @property
    def name(self) -> str:
        """The title, else the address."""
        return self.title or self.url

    @property
    def fetched(self) -> bool:
        """Refreshed at least once (one just imported from OPML has not been)."""
        return self.last_checked is not None or self.total > 0


@dataclass(frozen=True)
class Entry:
    """One stored entry of a feed."""

    id: int
    feed_id: int
    guid: str
    link: str | None
    title: str
    author: str | None
    published: str | None
    summary: str
    read: bool
    article_key: str | None
    enclosures: tuple[Enclosure, ...] = ()  # its audio, video, files


_FEED_COLUMNS = (
    "f.id, f.url, f.title, f.site, f.etag, f.last_modified, f.last_checked, f.last_error"
)
_ENTRY_COLUMNS = (
    "id, feed_id, guid, link, title, author, published, summary, read, article_key, enclosures"
)


# an entry's date, else when it was stored; never later than that (ISO 8601 UTC: text order)
NEWEST_FIRST = "min(COALESCE(published, added), added) DESC, id ASC"


@dataclass(frozen=True)
class RemovedFeed:
    """A feed as it was when it was unsubscribed from: its row and its entries' rows (every
    column, ids and read marks included), for :meth:`FeedStore.restore`."""

    feed: dict[str, object]
    entries: tuple[dict[str, object], ...]


def _not_after(published: str | None, stamp: str) -> str | None:
    """``published``, or ``stamp`` when it is later (a date in the future)."""
    return stamp if published is not None and published > stamp else published


_FEED_LINES = ("title", "site", "etag", "last_modified", "last_checked", "last_error")
_ENTRY_LINES = ("title", "author", "published")


def _feed(row: sqlite3.Row) -> Feed:
    """A feed from a row of :data:`_FEED_COLUMNS` and its counts. A damaged value (a blob,
    text in a count) is read as its field's default and each one-line field is folded to
    one line, so one bad row never stops the feeds from being listed; the address, which
    names the feed, is kept as it is."""
    title, site, etag, modified, checked, error = stored_lines(row, _FEED_LINES)
    return Feed(
        id=row["id"], url=stored_text(row["url"]), title=title, site=site or None,
        etag=etag or None, last_modified=modified or None, last_checked=checked or None,
        last_error=error or None, unread=stored_count(row["unread"]),
        total=stored_count(row["total"]),
    )


def _entry(row: sqlite3.Row) -> Entry:
    """An entry from a row of :data:`_ENTRY_COLUMNS`, read as :func:`_feed` reads a feed
    (its summary is text of many lines; read unless its mark is 0, as the counts say)."""
    title, author, published = stored_lines(row, _ENTRY_LINES)
    return Entry(
        id=row["id"], feed_id=row["feed_id"], guid=stored_text(row["guid"]),
        link=stored_optional(row["link"]), title=title, author=author or None,
        published=published or None, summary=stored_text(row["summary"]),
        read=row["read"] != 0, article_key=stored_optional(row["article_key"]),
        enclosures=stored_enclosures(row["enclosures"]),
    )


def stored_enclosures(value: object) -> tuple[Enclosure, ...]:
    """An entry's stored enclosures (a JSON list; "" for none), each checked: a damaged
    value is none, a damaged item left out."""
    if not isinstance(value, str) or not value.startswith("["):
        return ()
    import json

    from reader.article.enclosures import Enclosure

    try:
        items = json.loads(value)
    except (ValueError, RecursionError):
        return ()
    found = map(Enclosure.from_dict, items if isinstance(items, list) else ())
    return tuple(enclosure for enclosure in found if enclosure is not None)


def enclosures_json(enclosures: Sequence[Enclosure]) -> str:
    """Enclosures as the entries table keeps them ("" for none)."""
    if not enclosures:
        return ""
    import json

    return json.dumps([e.to_dict() for e in enclosures], ensure_ascii=False)


class FeedStore:
    """The feeds side of one :class:`Store`."""

    def __init__(self, store: Store) -> None:
        self.store = store

    # -- feeds ------------------------------------------------------------------------------

    def add(self, url: str, title: str = "", site: str | None = None) -> tuple[Feed, bool]:
        """Subscribe to ``url`` (once); the feed and whether it is new."""

        def work(conn: sqlite3.Connection) -> bool:
            cursor = conn.execute(
                "INSERT OR IGNORE INTO feeds (url, title, site, added) VALUES (?, ?, ?, ?)",
                (url, title, site, now()),
            )
            return cursor.rowcount == 1

        added = self.store._write("subscribe to the feed", work)
        feed = self.find(url)
        assert feed is not None
        return feed, added

    def add_many(self, feeds: Sequence[tuple[str, str]]) -> int:
        """Subscribe to every (address, title) not yet subscribed to, in one transaction (an
        OPML file of thousands); how many were new."""

        def work(conn: sqlite3.Connection) -> int:
            added = now()
            return conn.executemany(
                "INSERT OR IGNORE INTO feeds (url, title, site, added) VALUES (?, ?, NULL, ?)",
                [(url, title, added) for url, title in feeds],
            ).rowcount

        return self.store._write("subscribe to the feeds", work)

    def list_feeds(self, query: str | None = None) -> list[Feed]:
        """Every feed with its unread and total counts, by title; ``query`` filters by
        words in the title or the address."""
        sql = (
            f"SELECT {_FEED_COLUMNS}, c.unread, c.total FROM feeds f LEFT JOIN ("
            "SELECT feed_id, sum(read = 0) AS unread, count(*) AS total FROM entries "
            "GROUP BY feed_id) c ON c.feed_id = f.id"
        )
        params: list[str] = []
        words = (query or "").split()
        if words:
            sql += " WHERE " + " AND ".join(
                "(f.title LIKE ? ESCAPE '\\' OR f.url LIKE ? ESCAPE '\\')" for _ in words
            )
            for word in words:
                pattern = "%" + word.replace("\\", "\\\\").replace("%", "\\%").replace(
                    "_", "\\_") + "%"
                params += [pattern, pattern]
        sql += " ORDER BY lower(CASE WHEN f.title = '' THEN f.url ELSE f.title END), f.id"
        return self.store._run(
            "list the feeds", lambda c: [_feed(row) for row in c.execute(sql, params)]
        )

    def find(self, ref: int | str) -> Feed | None:
        """A feed by id, address, or exact title (case-insensitive)."""
        feeds = self.list_feeds()
        if isinstance(ref, int) or (isinstance(ref, str) and ref.isdigit()):
            found = [f for f in feeds if f.id == int(ref)]
            if found:
                return found[0]
        for feed in feeds:
            if feed.url == ref:
                return feed
        folded = str(ref).casefold()
        for feed in feeds:
            if feed.title.casefold() == folded:
                return feed
        return None

    def remove(self, feed_id: int) -> RemovedFeed | None:
        """Unsubscribe (its entries go too; saved articles stay in the library); the feed
        as it was, for :meth:`restore` (None: there was no such feed)."""

        def work(conn: sqlite3.Connection) -> RemovedFeed | None:
            row = conn.execute("SELECT * FROM feeds WHERE id = ?", (feed_id,)).fetchone()
            if row is None:
                return None
            entries = conn.execute("SELECT * FROM entries WHERE feed_id = ?", (feed_id,))
            removed = RemovedFeed(dict(row), tuple(dict(entry) for entry in entries))
            conn.execute("DELETE FROM feeds WHERE id = ?", (feed_id,))
            return removed

        return self.store._write("remove the feed", work)

    def restore(self, removed: RemovedFeed) -> int:
        """Subscribe again to a feed :meth:`remove` took away, as it was: its id (unless
        another feed has it now), its entries with their ids and read marks. Subscribed to
        again meanwhile: its entries go back to that feed, those it has again left as they
        are. Returns the feed's id."""

        def work(conn: sqlite3.Connection) -> int:
            feed = removed.feed
            found = conn.execute("SELECT id FROM feeds WHERE url = ?", (feed["url"],)).fetchone()
            feed_id = int(found[0]) if found is not None else insert_row(conn, "feeds", feed)
            for entry in removed.entries:
                insert_row(conn, "entries", {**entry, "feed_id": feed_id}, ignore=True)
            return feed_id

        return self.store._write("subscribe to the feed again", work)

    def checked(
        self,
        feed_id: int,
        *,
        error: str | None = None,
        etag: str | None = None,
        last_modified: str | None = None,
        title: str | None = None,
        site: str | None = None,
        url: str | None = None,
    ) -> None:
        """Record a refresh: its error (or none), validators, and a new title or address."""

        def work(conn: sqlite3.Connection) -> None:
            conn.execute(
                "UPDATE feeds SET last_checked = ?, last_error = ? WHERE id = ?",
                (now(), error, feed_id),
            )
            if error is None:
                conn.execute(
                    "UPDATE feeds SET etag = ?, last_modified = ? WHERE id = ?",
                    (etag, last_modified, feed_id),
                )
            if title:
                conn.execute("UPDATE feeds SET title = ? WHERE id = ?", (title, feed_id))
            if site:
                conn.execute("UPDATE feeds SET site = ? WHERE id = ?", (site, feed_id))
            if url:  # a permanent redirect: unless the new address is subscribed already
                conn.execute(
                    "UPDATE OR IGNORE feeds SET url = ? WHERE id = ?", (url, feed_id)
                )

        self.store._write("record the feed's refresh", work)

    # -- entries ----------------------------------------------------------------------------

    def add_entries(self, feed_id: int, entries: Iterable[NewEntry]) -> int:
        """Store new entries (an id seen before is kept as it was, never doubled, but gains
        the enclosures and the date an older version did not read); how many new. A date
        later than now is stored as now (an entry "from 2100" is not first forever); an
        undated entry is dated by when it was stored (its ``added``)."""
        rows = list(entries)[:MAX_ENTRIES_PER_FEED]

        def work(conn: sqlite3.Connection) -> int:
            before = conn.total_changes
            stamp = now()
            conn.executemany(
                "INSERT OR IGNORE INTO entries (feed_id, guid, link, title, author, "
                "published, summary, content, enclosures, added) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [
                    (feed_id, e.guid, e.link, e.title, e.author, _not_after(e.published, stamp),
                     e.summary, e.content, enclosures_json(e.enclosures), stamp)
                    for e in rows
                ],
            )
            added = conn.total_changes - before
            conn.executemany(  # (an entry stored before enclosures were kept gains its own)
                "UPDATE entries SET enclosures = ? WHERE feed_id = ? AND guid = ? "
                "AND enclosures = ''",
                [(enclosures_json(e.enclosures), feed_id, e.guid) for e in rows if e.enclosures],
            )
            conn.executemany(  # (one stored undated by an older version gains its date)
                "UPDATE entries SET published = ? WHERE feed_id = ? AND guid = ? "
                "AND published IS NULL",
                [(_not_after(e.published, stamp), feed_id, e.guid) for e in rows if e.published],
            )
            return added

        return self.store._write("save the feed's entries", work) if rows else 0

    def entries(self, feed_id: int, *, limit: int = 50, offset: int = 0,
                query: str | None = None) -> list[Entry]:
        """A feed's entries, newest first: by date, an undated one by when it was first
        stored, one dated later than that (stored before such dates were capped) by that
        time too; those of one time in the feed's order. With a ``query``, those whose
        title holds each of its words (an untitled note's text, which names it in the list)."""
        sql = f"SELECT {_ENTRY_COLUMNS} FROM entries WHERE feed_id = ?"
        params: list[object] = [feed_id]
        for word in (query or "").split():
            sql += (" AND (title LIKE ? ESCAPE '\\' OR (COALESCE(title, '') = ''"
                    " AND summary LIKE ? ESCAPE '\\'))")
            pattern = "%" + word.replace("\\", "\\\\").replace("%", "\\%").replace(
                "_", "\\_") + "%"
            params += [pattern, pattern]
        sql += f" ORDER BY {NEWEST_FIRST} LIMIT ? OFFSET ?"
        params += [limit, offset]
        return self.store._run(
            "list the feed's entries", lambda c: [_entry(r) for r in c.execute(sql, params)]
        )

    def entry(self, entry_id: int) -> Entry | None:
        """One entry by id."""
        rows = self.store._run(
            "read the entry",
            lambda c: c.execute(
                f"SELECT {_ENTRY_COLUMNS} FROM entries WHERE id = ?", (entry_id,)
            ).fetchall(),
        )
        return _entry(rows[0]) if rows else None

    def content(self, entry_id: int) -> str:
        """An entry's fullest text as its feed gave it (HTML); "" for none, or for an entry
        stored before it was kept."""
        rows = self.store._run(
            "read the entry",
            lambda c: c.execute(
                "SELECT content FROM entries WHERE id = ?", (entry_id,)
            ).fetchall(),
        )
        return str(rows[0][0] or "") if rows else ""

    def mark(self, entry_ids: Sequence[int], read: bool) -> None:
        """Mark entries read or unread."""
        self.store._write(
            "mark the entry",
            lambda c: c.executemany(
                "UPDATE entries SET read = ? WHERE id = ?", [(int(read), i) for i in entry_ids]
            ),
        )

    def opened(self, entry_id: int, article_key: str) -> None:
        """The entry was opened as an article: read, and saved under ``article_key``."""
        self.store._write(
            "mark the entry",
            lambda c: c.execute(
                "UPDATE entries SET read = 1, article_key = ? WHERE id = ?",
                (article_key, entry_id),
            ),
        )
