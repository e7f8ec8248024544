"""The SQLite connection: WAL, busy timeout, schema migrations, damage and error handling.

Every write goes through :func:`write`, a ``BEGIN IMMEDIATE`` transaction retried while
another process holds the write lock. SQLite errors become :class:`StoreError` with one
sentence (:func:`store_error`).
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import time
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path

from reader.core.errors import StoreError

TYPE_CHECKING = False  # not typing's: importing typing slows `reader search` (records.py)
if TYPE_CHECKING:
    from typing import TypeVar

    T = TypeVar("T")

DB_NAME = "reader.db"
BUSY_TIMEOUT_MS = 5000
RETRY_SECONDS = 30.0

# SQLite primary result codes (the low byte of the extended code).
SQLITE_BUSY, SQLITE_LOCKED, SQLITE_READONLY, SQLITE_IOERR = 5, 6, 8, 10
SQLITE_CORRUPT, SQLITE_FULL, SQLITE_CANTOPEN, SQLITE_NOTADB = 11, 13, 14, 26

_SCHEMA_V1 = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT);
CREATE TABLE articles (
    id INTEGER PRIMARY KEY,
    key TEXT NOT NULL UNIQUE,
    title TEXT NOT NULL DEFAULT '',
    authors TEXT NOT NULL DEFAULT '[]',
    url TEXT,
    source TEXT,
    site TEXT,
    published TEXT,
    data TEXT NOT NULL,
    text TEXT NOT NULL DEFAULT '',
    chars INTEGER NOT NULL DEFAULT 0,
    word_count INTEGER NOT NULL DEFAULT 0,
    position INTEGER NOT NULL DEFAULT 0,
    last_read TEXT NOT NULL,
    added TEXT NOT NULL
);
CREATE INDEX articles_recent ON articles (last_read DESC, id DESC);
CREATE TABLE bookmarks (
    id INTEGER PRIMARY KEY,
    article_id INTEGER REFERENCES articles (id) ON DELETE SET NULL,
    article_key TEXT NOT NULL,
    text TEXT NOT NULL,
    speaker TEXT,
    title TEXT NOT NULL DEFAULT '',
    authors TEXT NOT NULL DEFAULT '[]',
    url TEXT,
    start_offset INTEGER NOT NULL DEFAULT 0,
    end_offset INTEGER NOT NULL DEFAULT 0,
    before TEXT NOT NULL DEFAULT '',
    after TEXT NOT NULL DEFAULT '',
    note TEXT NOT NULL DEFAULT '',
    created TEXT NOT NULL
);
CREATE INDEX bookmarks_article ON bookmarks (article_id);
CREATE INDEX bookmarks_key ON bookmarks (article_key);
CREATE UNIQUE INDEX bookmarks_place ON bookmarks (article_key, start_offset, end_offset, text);
CREATE INDEX bookmarks_created ON bookmarks (created DESC, id DESC);
"""

_SCHEMA_V2_FEEDS = """
CREATE TABLE feeds (
    id INTEGER PRIMARY KEY,
    url TEXT NOT NULL UNIQUE,
    title TEXT NOT NULL DEFAULT '',
    site TEXT,
    etag TEXT,
    last_modified TEXT,
    last_checked TEXT,
    last_error TEXT,
    added TEXT NOT NULL
);
CREATE TABLE entries (
    id INTEGER PRIMARY KEY,
    feed_id INTEGER NOT NULL REFERENCES feeds (id) ON DELETE CASCADE,
    guid TEXT NOT NULL,
    link TEXT,
    title TEXT NOT NULL DEFAULT '',
    author TEXT,
    published TEXT,
    summary TEXT NOT NULL DEFAULT '',
    read INTEGER NOT NULL DEFAULT 0,
    article_key TEXT,
    added TEXT NOT NULL,
    UNIQUE (feed_id, guid)
);
CREATE INDEX entries_newest ON entries (feed_id, published DESC, id DESC);
CREATE INDEX entries_unread ON entries (feed_id, read);
"""

# Version 3: reading positions in a table of their own. Saving a position every few seconds
# rewrote the article's whole row (a book's text and data: about 8 MB); a positions row is a
# few bytes. ``progress`` is the status line's fraction (0..1, 1 at the end), beside the
# character offset at the top of the view. ``library`` is what the library lists: each
# article with its position, progress and the later of saved and read times.
_SCHEMA_V3_POSITIONS = """
CREATE TABLE positions (
    article_id INTEGER PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
    char_offset INTEGER NOT NULL DEFAULT 0,
    progress REAL NOT NULL DEFAULT 0,
    read_at TEXT NOT NULL
);
INSERT INTO positions (article_id, char_offset, progress, read_at)
    SELECT id, position, CASE WHEN chars > 0 THEN min(1.0, 1.0 * position / chars) ELSE 0.0 END,
    last_read FROM articles WHERE position > 0;
CREATE VIEW library AS SELECT a.id AS id, a.key AS key, a.title AS title,
    a.authors AS authors, a.url AS url, a.source AS source, a.site AS site,
    a.published AS published, a.chars AS chars, a.word_count AS word_count,
    a.text AS text, coalesce(p.char_offset, 0) AS position,
    coalesce(p.progress, 0.0) AS progress,
    max(a.last_read, coalesce(p.read_at, '')) AS last_read, a.added AS added
    FROM articles a LEFT JOIN positions p ON p.article_id = a.id;
"""

# Version 4: an entry's fullest text as its feed gave it, as HTML (content:encoded, Atom
# content, JSON Feed content_html; else its description): what is read of it when its page
# cannot be fetched. Not in the entries' list (``summary`` is): read for one entry at a time.
_SCHEMA_V4_ENTRY_CONTENT = """
ALTER TABLE entries ADD COLUMN content TEXT NOT NULL DEFAULT '';
"""

# Version 5: an entry's enclosures (a podcast's audio, a video, a file), as a JSON list of
# {"href", "type", "length", "duration"}; "" for none (and for an entry stored before).
_SCHEMA_V5_ENCLOSURES = """
ALTER TABLE entries ADD COLUMN enclosures TEXT NOT NULL DEFAULT '';
"""

# Version 6: no schema change; the entry dates older versions stored for a placeholder (Hugo's
# year 1, a timestamp left at 0: anything before 1970-01-02, ``reader.feeds.dates.EARLIEST``)
# are no dates. Safe to re-read from the stored value alone: no entry a feed lists was
# published before 1970. (A date misread from its text, such as a Unix timestamp read as
# 2017, cannot be told from a right one without that text: such dates are left as they are.)
_SCHEMA_V6_PLACEHOLDER_DATES = """
UPDATE entries SET published = NULL WHERE published IS NOT NULL AND published < '1970-01-02';
"""

# Each migration takes the schema from version i to i + 1; never edit a released one.
MIGRATIONS: list[str] = [
    _SCHEMA_V1, _SCHEMA_V2_FEEDS, _SCHEMA_V3_POSITIONS, _SCHEMA_V4_ENTRY_CONTENT,
    _SCHEMA_V5_ENCLOSURES, _SCHEMA_V6_PLACEHOLDER_DATES,
]

_FTS_TABLES = """
CREATE VIRTUAL TABLE IF NOT EXISTS articles_fts USING fts5(
    title, authors, text, content='articles', content_rowid='id',
    tokenize='unicode61 remove_diacritics 2'
);
CREATE VIRTUAL TABLE IF NOT EXISTS bookmarks_fts USING fts5(
    text, note, title, speaker, content='bookmarks', content_rowid='id',
    tokenize='unicode61 remove_diacritics 2'
);
"""

_FTS_TRIGGERS = """
CREATE TRIGGER IF NOT EXISTS articles_fts_insert AFTER INSERT ON articles BEGIN
    INSERT INTO articles_fts (rowid, title, authors, text)
    VALUES (new.id, new.title, new.authors, new.text);
END;
CREATE TRIGGER IF NOT EXISTS articles_fts_delete AFTER DELETE ON articles BEGIN
    INSERT INTO articles_fts (articles_fts, rowid, title, authors, text)
    VALUES ('delete', old.id, old.title, old.authors, old.text);
END;
CREATE TRIGGER IF NOT EXISTS articles_fts_update AFTER UPDATE OF title, authors, text
ON articles WHEN old.title IS NOT new.title OR old.authors IS NOT new.authors
    OR old.text IS NOT new.text BEGIN
    INSERT INTO articles_fts (articles_fts, rowid, title, authors, text)
    VALUES ('delete', old.id, old.title, old.authors, old.text);
    INSERT INTO articles_fts (rowid, title, authors, text)
    VALUES (new.id, new.title, new.authors, new.text);
END;
CREATE TRIGGER IF NOT EXISTS bookmarks_fts_insert AFTER INSERT ON bookmarks BEGIN
    INSERT INTO bookmarks_fts (rowid, text, note, title, speaker)
    VALUES (new.id, new.text, new.note, new.title, new.speaker);
END;
CREATE TRIGGER IF NOT EXISTS bookmarks_fts_delete AFTER DELETE ON bookmarks BEGIN
    INSERT INTO bookmarks_fts (bookmarks_fts, rowid, text, note, title, speaker)
    VALUES ('delete', old.id, old.text, old.note, old.title, old.speaker);
END;
CREATE TRIGGER IF NOT EXISTS bookmarks_fts_update AFTER UPDATE OF text, note, title, speaker
ON bookmarks WHEN old.text IS NOT new.text OR old.note IS NOT new.note
    OR old.title IS NOT new.title OR old.speaker IS NOT new.speaker BEGIN
    INSERT INTO bookmarks_fts (bookmarks_fts, rowid, text, note, title, speaker)
    VALUES ('delete', old.id, old.text, old.note, old.title, old.speaker);
    INSERT INTO bookmarks_fts (rowid, text, note, title, speaker)
    VALUES (new.id, new.text, new.note, new.title, new.speaker);
END;
"""
_TRIGGER_NAMES = tuple(
    f"{table}_fts_{event}"
    for table in ("articles", "bookmarks")
    for event in ("insert", "delete", "update")
)

FTS_NOTICE = "Full-text search is not available in this SQLite build; searching more slowly."


def now() -> str:
    """The current UTC time, ISO 8601 to the microsecond (sorts as text)."""
    return datetime.now(UTC).isoformat(timespec="microseconds")


def error_code(error: sqlite3.Error) -> int:
    """The primary SQLite result code of an error (0 when unknown)."""
    code = getattr(error, "sqlite_errorcode", None)
    if code is None:
        message = str(error).lower()
        if "locked" in message or "busy" in message:
            return SQLITE_BUSY
        if "full" in message:
            return SQLITE_FULL
        if "readonly" in message or "read-only" in message:
            return SQLITE_READONLY
        if "not a database" in message:
            return SQLITE_NOTADB
        if "malformed" in message:
            return SQLITE_CORRUPT
        return 0
    return int(code) & 0xFF


def is_busy(error: sqlite3.Error) -> bool:
    """True when another connection holds a lock we need (worth a retry)."""
    return error_code(error) in (SQLITE_BUSY, SQLITE_LOCKED)


def is_damaged(error: sqlite3.Error) -> bool:
    """True when the file is not a database or is corrupt."""
    return error_code(error) in (SQLITE_CORRUPT, SQLITE_NOTADB)


def store_error(action: str, error: BaseException) -> StoreError:
    """One sentence for the user: ``Could not <action>: <reason>.``"""
    reason = "the database could not be used"
    if isinstance(error, sqlite3.Error):
        code = error_code(error)
        reason = {
            SQLITE_FULL: "the disk is full",
            SQLITE_READONLY: "the data folder is read-only",
            SQLITE_CANTOPEN: "the database file could not be opened",
            SQLITE_IOERR: "the disk could not be read or written",
            SQLITE_BUSY: "another copy of reader kept the database busy",
            SQLITE_LOCKED: "another copy of reader kept the database busy",
            SQLITE_CORRUPT: "the database is damaged",
            SQLITE_NOTADB: "the database file is damaged",
        }.get(code, reason)
    elif isinstance(error, OSError):
        reason = error.strerror.lower() if error.strerror else "the disk could not be used"
    return StoreError(f"Could not {action}: {reason}.")


def fts5_available() -> bool:
    """Whether this SQLite build has the FTS5 module (it registers the SQL function
    ``fts5()``; asking for it is cheaper than creating a table)."""
    try:
        probe = sqlite3.connect(":memory:")
        try:
            probe.execute("SELECT fts5(NULL)").fetchone()
        finally:
            probe.close()
    except sqlite3.Error:
        return False
    return True


def connect(path: Path, *, read_only: bool = False) -> sqlite3.Connection:
    """Open ``path`` with our settings (autocommit; transactions are explicit)."""
    if read_only:
        conn = _connect_read_only(path)
    else:
        conn = sqlite3.connect(
            str(path), isolation_level=None, timeout=BUSY_TIMEOUT_MS / 1000,
            check_same_thread=False,
        )
    conn.row_factory = sqlite3.Row
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    conn.execute("PRAGMA foreign_keys = ON")
    if not read_only:
        retry(lambda: conn.execute("PRAGMA journal_mode = WAL"))
        conn.execute("PRAGMA synchronous = NORMAL")
    return conn


def _connect_read_only(path: Path) -> sqlite3.Connection:
    """Read-only: ``mode=ro`` sees the WAL's recent rows; ``immutable`` is the last resort
    (when the -shm file cannot be made in a read-only folder)."""
    base = path.resolve().as_uri()
    error: sqlite3.Error | None = None
    for query in ("mode=ro", "mode=ro&immutable=1"):
        conn = sqlite3.connect(
            f"{base}?{query}", uri=True, isolation_level=None, check_same_thread=False
        )
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except sqlite3.OperationalError as failed:
            conn.close()
            error = failed
            continue
        return conn
    assert error is not None
    raise error


def retry(operation: Callable[[], T], *, seconds: float = RETRY_SECONDS) -> T:
    """Run ``operation``, retrying with backoff while the database is busy."""
    deadline = time.monotonic() + seconds
    delay = 0.005
    while True:
        try:
            return operation()
        except sqlite3.OperationalError as error:
            if not is_busy(error) or time.monotonic() > deadline:
                raise
            time.sleep(delay)
            delay = min(delay * 2, 0.2)


@contextlib.contextmanager
def transaction(conn: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """``BEGIN IMMEDIATE`` … ``COMMIT``; rolled back on any error."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield conn
    except BaseException:
        with contextlib.suppress(sqlite3.Error):
            conn.rollback()
        raise
    conn.commit()


def write(conn: sqlite3.Connection, work: Callable[[sqlite3.Connection], T]) -> T:
    """Run ``work`` in one write transaction, retried while another process writes."""

    def attempt() -> T:
        with transaction(conn):
            return work(conn)

    return retry(attempt)


def migrate(conn: sqlite3.Connection) -> bool:
    """Bring the schema up to date. True when the database was new (version 0)."""

    def work(c: sqlite3.Connection) -> bool:
        version = c.execute("PRAGMA user_version").fetchone()[0]
        if version > len(MIGRATIONS):
            raise StoreError(
                "The library was written by a newer version of reader; please upgrade reader."
            )
        for index in range(version, len(MIGRATIONS)):
            for statement in _statements(MIGRATIONS[index]):
                c.execute(statement)
            c.execute(f"PRAGMA user_version = {index + 1}")
        return version == 0

    version = conn.execute("PRAGMA user_version").fetchone()[0]
    if version == len(MIGRATIONS):
        return False
    return write(conn, work)


def ensure_fts(conn: sqlite3.Connection, available: bool) -> None:
    """Create (or rebuild) the FTS5 indexes, or drop their triggers when FTS5 is missing."""
    names = {row[0] for row in conn.execute("SELECT name FROM sqlite_master")}
    triggers_ok = all(name in names for name in _TRIGGER_NAMES)
    tables_ok = "articles_fts" in names and "bookmarks_fts" in names
    stale = conn.execute("SELECT value FROM meta WHERE key = 'fts_stale'").fetchone()
    if available and triggers_ok and tables_ok and not stale:
        return
    if not available and not any(name in names for name in _TRIGGER_NAMES) and stale:
        return

    def work(c: sqlite3.Connection) -> None:
        if available:
            for statement in _statements(_FTS_TABLES + _FTS_TRIGGERS):
                c.execute(statement)
            if not tables_ok or stale:
                c.execute("INSERT INTO articles_fts (articles_fts) VALUES ('rebuild')")
                c.execute("INSERT INTO bookmarks_fts (bookmarks_fts) VALUES ('rebuild')")
            c.execute("DELETE FROM meta WHERE key = 'fts_stale'")
        else:
            for name in _TRIGGER_NAMES:
                c.execute(f"DROP TRIGGER IF EXISTS {name}")
            c.execute("INSERT OR REPLACE INTO meta (key, value) VALUES ('fts_stale', '1')")

    write(conn, work)


# What the library lists, in the order it lists it, in an index of its own: a page of the
# list is read from it alone (not from the articles' rows, where the read time and size are
# stored after the text and saved copy). Made when a library is opened, not a migration:
# a reader of the same schema before it reads the library as ever.
LISTING_INDEX = (
    "CREATE INDEX IF NOT EXISTS articles_listing ON articles (last_read DESC, id DESC, key, "
    "title, authors, url, source, site, published, chars, word_count, added)"
)


def has_listing_index(conn: sqlite3.Connection) -> bool:
    """Whether the library has :data:`LISTING_INDEX`."""
    found = conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'index' AND name = 'articles_listing'"
    ).fetchone()
    return found is not None


def ensure_listing_index(conn: sqlite3.Connection) -> bool:
    """Make :data:`LISTING_INDEX` if it is missing (once: it reads every article); False
    when it cannot be made now (a full disk, a library locked too long)."""
    if has_listing_index(conn):
        return True
    try:
        write(conn, lambda c: c.execute(LISTING_INDEX))
    except sqlite3.Error:
        return False
    return True


def check(conn: sqlite3.Connection) -> bool:
    """A cheap look (header and schema) or raise ``sqlite3.DatabaseError`` when damaged."""
    conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    return True


def quick_check(conn: sqlite3.Connection) -> bool:
    """``PRAGMA quick_check``: True when the file is sound."""
    try:
        rows = conn.execute("PRAGMA quick_check").fetchall()
    except sqlite3.DatabaseError:
        return False
    return [tuple(row) for row in rows] == [("ok",)]


SALVAGED = ("articles", "bookmarks", "positions", "feeds", "entries")  # (parents first)


def salvage(conn: sqlite3.Connection, damaged: Path) -> int:
    """Copy every row that can still be read from the ``damaged`` file (moved aside, opened
    read-only: it is kept as it was) into the new database ``conn``, table by table; how
    many. A damaged search index or one bad table leaves the rest of what the user saved in
    the new library (the triggers index it anew)."""
    try:
        old = _connect_read_only(damaged)
    except sqlite3.Error:
        return 0
    copied = 0
    try:
        for table in SALVAGED:
            names = [row[1] for row in conn.execute(f"PRAGMA table_info({table})")]
            try:  # (the columns of both: the damaged file may be of an older version)
                had = {row[1] for row in old.execute(f"PRAGMA table_info({table})")}
                columns = ", ".join(name for name in names if name in had or not had)
                marks = ", ".join("?" * len(columns.split(", ")))
                rows = old.execute(f"SELECT {columns} FROM {table}").fetchall()
                with conn:
                    copied += conn.executemany(
                        f"INSERT OR IGNORE INTO {table} ({columns}) VALUES ({marks})", rows
                    ).rowcount
            except sqlite3.Error:
                continue  # (this table is past saving; the others may not be)
    finally:
        old.close()
    return copied


def move_aside(path: Path) -> Path:
    """Rename a damaged database (with its -wal and -shm) to ``<name>.damaged-<time>``."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.name}.damaged-{stamp}")
    counter = 1
    while target.exists():
        counter += 1
        target = path.with_name(f"{path.name}.damaged-{stamp}-{counter}")
    os.replace(path, target)
    for suffix in ("-wal", "-shm"):
        extra = path.with_name(path.name + suffix)
        if extra.exists():
            os.replace(extra, target.with_name(target.name + suffix))
    return target


def _statements(script: str) -> list[str]:
    """Split a schema script into statements (triggers keep their inner semicolons)."""
    statements: list[str] = []
    current = ""
    for line in script.splitlines(keepends=True):
        current += line
        if sqlite3.complete_statement(current):
            if current.strip():
                statements.append(current.strip())
            current = ""
    if current.strip():
        statements.append(current.strip())
    return statements
