"""The :class:`Store`: one SQLite database holding the library and the bookmarks.

Every public method either works or raises :class:`StoreError` with one sentence. A damaged
database file is never overwritten: it is moved aside and a new one started, and the user is
told through :attr:`Store.notices`.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from _thread import RLock  # what threading.RLock is; threading is slower to import
from collections.abc import Callable
from pathlib import Path

from reader.core.errors import ReaderError, StoreError
from reader.core.paths import data_dir as resolve_data_dir
from reader.store import bookmarks as bm
from reader.store import db, undo
from reader.store import library as lib
from reader.store import search as srch

TYPE_CHECKING = False  # not typing's: importing typing slows `reader search` (records.py)
if TYPE_CHECKING:
    from typing import TypeVar

    from reader.article.model import Article  # only for types: `reader search` starts faster
    from reader.store.feeds import FeedStore

    T = TypeVar("T")

ArticleRef = int | str


class Store:
    """The library and bookmarks database in one data folder."""

    def __init__(self, path: Path, *, check: bool = False) -> None:
        self.path = path
        self.notices: list[str] = []
        self.first_run = False
        self.read_only = False
        self.listing = False  # the listing index is there (db.LISTING_INDEX)
        self.fts = db.fts5_available()
        self._fts_told = False
        self._lock = RLock()
        self._conn = self._open(check=check)

    # -- opening ----------------------------------------------------------------------------

    @classmethod
    def open(
        cls,
        data_dir: str | os.PathLike[str] | None = None,
        *,
        seed: Callable[[], Article] | None = None,
        check: bool = False,
    ) -> Store:
        """Open (creating if needed) the database in ``data_dir`` (see :mod:`reader.core.paths`).

        ``check`` runs SQLite's integrity quick check first (about 15 ms per 10 MB; the app
        runs :meth:`verify` in the background instead); ``seed`` loads the bundled sample
        article, saved into a new library (see :meth:`seed_sample`).
        """
        folder = resolve_data_dir(data_dir)
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except FileExistsError as error:  # (a file of that name where the folder should be)
            raise StoreError(
                f"Could not open the data folder {folder}: it is a file, not a folder."
            ) from error
        except OSError as error:
            raise db.store_error(f"open the data folder {folder}", error) from error
        store = cls(folder / db.DB_NAME, check=check)
        if seed is not None:
            store.seed_sample(seed)
        return store

    def _open(self, *, check: bool) -> sqlite3.Connection:
        writable = _writable(self.path)
        try:
            conn = self._connect(writable)
            if check and not self.read_only and not db.quick_check(conn):
                conn.close()
                raise sqlite3.DatabaseError("database disk image is malformed")
            return conn
        except sqlite3.DatabaseError as error:
            if not db.is_damaged(error) or self.read_only or not self.path.exists():
                raise db.store_error("open the library", error) from error
        return self._recover()

    def _connect(self, writable: bool) -> sqlite3.Connection:
        if not writable and self.path.exists():
            self.read_only = True
            conn = db.connect(self.path, read_only=True)
            db.check(conn)
            self.listing = db.has_listing_index(conn)
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            if version != len(db.MIGRATIONS):
                conn.close()
                raise StoreError("Could not open the library: the data folder is read-only.")
            return conn
        try:
            conn = db.connect(self.path)
        except sqlite3.OperationalError as error:
            if db.error_code(error) in (db.SQLITE_READONLY, db.SQLITE_CANTOPEN) and (
                self.path.exists()
            ):
                return self._connect(False)
            raise
        try:
            db.check(conn)
            self.first_run = db.migrate(conn) or self.first_run
            db.ensure_fts(conn, self.fts)
            self.listing = db.ensure_listing_index(conn)
        except BaseException:
            conn.close()
            raise
        return conn

    def _recover(self) -> sqlite3.Connection:
        """Move a damaged database aside, start a new one with every row that can still be
        read from it, and tell the user."""
        try:
            moved = db.move_aside(self.path)
        except OSError as error:
            raise StoreError(
                "The library database is damaged and could not be moved aside."
            ) from error
        try:
            conn = self._connect(True)
        except sqlite3.Error as error:
            raise db.store_error("start a new library", error) from error
        copied = db.salvage(conn, moved)
        self.first_run = False  # (a library saved before: never seeded with the sample)
        kept = (
            f"; {copied} saved record{'s' * (copied != 1)} that could still be read "
            f"{'were' if copied != 1 else 'was'} copied into it"
        ) * bool(copied)
        self.notices.append(
            f"The library database was damaged; it was moved to {moved.name} "
            f"and a new one was started{kept}."
        )
        return conn

    def close(self) -> None:
        """Close the connection (safe to call twice)."""
        with self._lock, contextlib.suppress(sqlite3.Error):
            self._conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def feeds(self) -> FeedStore:
        """The feeds and their entries (:mod:`reader.store.feeds`)."""
        from reader.store.feeds import FeedStore

        return FeedStore(self)

    def take_notices(self) -> list[str]:
        """Messages for the user (damaged database moved aside, slow search), once each."""
        notices, self.notices = self.notices, []
        return notices

    # -- running operations -----------------------------------------------------------------

    def _run(self, action: str, operation: Callable[[sqlite3.Connection], T]) -> T:
        """Run a read; SQLite errors become StoreError; a damaged file is replaced."""
        with self._lock:
            try:
                return operation(self._conn)
            except sqlite3.DatabaseError as error:
                if not db.is_damaged(error) or self.read_only:
                    raise db.store_error(action, error) from error
            self._replace_damaged()
            try:
                return operation(self._conn)
            except sqlite3.Error as error:
                raise db.store_error(action, error) from error

    def _write(self, action: str, work: Callable[[sqlite3.Connection], T]) -> T:
        """Run ``work`` in one write transaction (retried while another process writes)."""
        if self.read_only:
            raise StoreError(f"Could not {action}: the data folder is read-only.")
        return self._run(action, lambda conn: db.write(conn, work))

    def _replace_damaged(self) -> None:
        self.close()
        self._conn = self._recover()

    def verify(self) -> bool:
        """Run the integrity quick check now; a damaged file is moved aside (see notices).

        The check runs on a connection of its own, so other calls are not held up while it
        reads the whole file (safe to run in a background thread)."""
        if self.read_only:
            return True
        try:
            conn = db.connect(self.path)
        except sqlite3.Error:
            sound = False
        else:
            try:
                sound = db.quick_check(conn)
            finally:
                conn.close()
        if sound:
            return True
        with self._lock:
            self._replace_damaged()
        return False

    # -- the library ------------------------------------------------------------------------

    def save_article(
        self, article: Article, *, key: str | None = None, data: str | None = None
    ) -> int:
        """Save (or update) ``article``; its reading position is kept. Returns its id.
        ``data``: the article's ``storage_json()`` made by the caller (who may hold its
        blocks packed: ``article.blocks`` is then not read)."""
        key = key or lib.article_key(article)
        values = lib.row_values(article, key, db.now(), data)
        del data

        return self._write("save the article", lambda c: _upsert(c, values))

    def save_articles(self, articles: list[Article]) -> list[int]:
        """Save many articles in one transaction (faster than one by one). Returns ids."""
        stamp = db.now()
        rows = [lib.row_values(article, lib.article_key(article), stamp) for article in articles]
        return self._write("save the articles", lambda c: [_upsert(c, row) for row in rows])

    def _where(self, ref: ArticleRef) -> tuple[str, tuple[object, ...]]:
        if isinstance(ref, int):
            return "id = ?", (ref,)
        return "key = ?", (ref,)

    def get_entry(self, ref: ArticleRef) -> lib.LibraryEntry | None:
        """The library entry for an id or key, or None."""
        where, params = self._where(ref)
        row = self._run(
            "read the library",
            lambda c: c.execute(
                f"SELECT {lib.ENTRY_COLUMNS} FROM library WHERE {where}", params
            ).fetchone(),
        )
        return lib.from_row(row) if row else None

    def get_article(self, ref: ArticleRef) -> Article | None:
        """The saved article for an id or key, rebuilt exactly, or None."""
        where, params = self._where(ref)
        row = self._run(
            "read the article",
            lambda c: c.execute(
                f"SELECT key, data FROM articles WHERE {where}", params
            ).fetchone(),
        )
        if row is None:
            return None
        import json

        from reader.article.model import Article
        from reader.core.sanitize import clean_stored

        try:
            data = lib.folded_storage(clean_stored(json.loads(row["data"])))
            if isinstance(data, dict) and isinstance(data.get("source"), str):
                data["source"] = lib.stored_source(data["source"], lib.stored_text(row["key"]))
            return Article.from_storage(data)  # type: ignore[arg-type]
        except (ValueError, KeyError, TypeError, AttributeError, RecursionError) as error:
            # (AttributeError: JSON, but a list or a number where an object should be)
            raise StoreError("Could not read the article: its saved copy is damaged.") from error

    def list_articles(
        self, query: str | None = None, *, limit: int = 100, offset: int = 0
    ) -> list[lib.LibraryEntry]:
        """Saved articles, most recently read first (or best match first for ``query``)."""
        if query and query.strip() and self.fts:  # (the entries alone: never their snippets)
            return self._run("search the library", lambda c: lib.entries_of(
                c, srch.article_ids(c, query, limit), self.listing))
        if query and query.strip():
            return [hit.entry for hit in self.search(query, limit=limit).articles]
        rows = self._run(
            "read the library",
            lambda c: c.execute(
                lib.LISTED_PAGE if self.listing else lib.PAGE_WITHOUT_INDEX, (limit, offset)
            ).fetchall(),
        )
        return [lib.from_row(row) for row in rows]

    def count_articles(self) -> int:
        """How many articles the library holds."""
        return self._run(
            "read the library",
            lambda c: c.execute("SELECT count(*) FROM articles").fetchone()[0],
        )

    def delete_article(self, ref: ArticleRef) -> undo.RemovedArticle | None:
        """Remove an article from the library (its bookmarks stay): it as it was, for
        :meth:`restore_article`, or None if it was not there."""
        where, params = self._where(ref)
        return self._write("delete the article", lambda c: undo.take_out(c, where, params))

    def restore_article(self, removed: undo.RemovedArticle) -> int:
        """Put back an article :meth:`delete_article` removed, as it was (its id, its place,
        its bookmarks linked again). Returns its id."""
        return self._write("restore the article", lambda c: undo.put_back(c, removed))

    def set_position(
        self, ref: ArticleRef, offset: int, progress: float | None = None
    ) -> bool:
        """Remember the reading position (a character offset), how far that is (``progress``,
        0..1, as the status line shows it; by default the offset's share of the text) and
        the time read. Only the small positions row is written, never the article's.
        False when the article is not in the library."""
        where, params = self._where(ref)
        done = None if progress is None else max(0.0, min(1.0, float(progress)))

        def work(c: sqlite3.Connection) -> bool:
            row = c.execute(f"SELECT id, chars FROM articles WHERE {where}", params).fetchone()
            if row is None:
                return False
            chars = row["chars"]
            if not isinstance(chars, int):  # damaged: the offset given is taken as it is
                chars = max(0, int(offset))
            place = max(0, min(int(offset), chars))
            share = done if done is not None else (min(1.0, place / chars) if chars else 0.0)
            c.execute(
                "INSERT INTO positions (article_id, char_offset, progress, read_at) "
                "VALUES (?, ?, ?, ?) ON CONFLICT (article_id) DO UPDATE SET "
                "char_offset = excluded.char_offset, progress = excluded.progress, "
                "read_at = excluded.read_at",
                (row["id"], place, share, db.now()),
            )
            return True

        return self._write("save the reading position", work)

    # -- bookmarks --------------------------------------------------------------------------

    def add_bookmark(
        self,
        article: Article,
        start: int,
        end: int,
        *,
        text: str | None = None,
        speaker: str | None = None,
        note: str = "",
        key: str | None = None,
    ) -> bm.Bookmark:
        """Keep the passage ``start:end`` of ``article`` (``text`` defaults to that passage;
        a pull quote passes its own wording). The same passage kept twice is one bookmark
        (its note is updated when a new one is given)."""
        mark = _passage(article, start, end, text, key)._replace(
            speaker=speaker, note=bm.clean_note(note)
        )
        return self._write("save the bookmark", lambda c: _insert(c, mark, update_note=True))

    def find_bookmark(
        self, article: Article, start: int, end: int, *, text: str | None = None,
        key: str | None = None,
    ) -> bm.Bookmark | None:
        """The bookmark keeping this passage already (as :meth:`add_bookmark` names it), or
        None."""
        mark = _passage(article, start, end, text, key)
        row = self._run("read the bookmarks", lambda c: _find(c, mark))
        return None if row is None else bm.from_row(row)

    def restore_bookmark(self, bookmark: bm.Bookmark) -> bm.Bookmark:
        """Put a deleted bookmark back as it was (undo)."""
        return self._write("restore the bookmark", lambda c: _insert(c, bookmark))

    def get_bookmark(self, bookmark_id: int) -> bm.Bookmark | None:
        """One bookmark by id, or None."""
        row = self._run(
            "read the bookmarks",
            lambda c: c.execute(
                f"SELECT {bm.BOOKMARK_COLUMNS} FROM bookmarks WHERE id = ?", (bookmark_id,)
            ).fetchone(),
        )
        return bm.from_row(row) if row else None

    def list_bookmarks(
        self,
        query: str | None = None,
        *,
        article_key: str | None = None,
        limit: int = -1,
        offset: int = 0,
    ) -> list[bm.Bookmark]:
        """Bookmarks, newest first (best match first for ``query``; one article's with
        ``article_key``, in text order)."""
        if query and query.strip():  # (the bookmarks alone: not the articles too)
            find = srch.search_bookmarks if self.fts else srch.like_bookmarks
            hits = self._run("search the bookmarks", lambda c: find(
                c, query, limit if limit > 0 else 1000))
            return [hit.bookmark for hit in hits]
        if article_key is not None:
            sql = (
                f"SELECT {bm.BOOKMARK_COLUMNS} FROM bookmarks WHERE article_key = ? "
                "ORDER BY start_offset, id LIMIT ? OFFSET ?"
            )
            params: tuple[object, ...] = (article_key, limit, offset)
        else:
            sql = (
                f"SELECT {bm.BOOKMARK_COLUMNS} FROM bookmarks "
                "ORDER BY created DESC, id DESC LIMIT ? OFFSET ?"
            )
            params = (limit, offset)
        rows = self._run("read the bookmarks", lambda c: c.execute(sql, params).fetchall())
        return [bm.from_row(row) for row in rows]

    def count_bookmarks(self) -> int:
        """How many bookmarks are kept."""
        return self._run(
            "read the bookmarks",
            lambda c: c.execute("SELECT count(*) FROM bookmarks").fetchone()[0],
        )

    def bookmarks_in(self, article: Article) -> list[tuple[bm.Bookmark, tuple[int, int] | None]]:
        """The article's bookmarks with where each passage is now (None if it is gone)."""
        marks = self.list_bookmarks(article_key=lib.article_key(article))
        return [(mark, bm.relocate(mark, article)) for mark in marks]

    def update_note(self, bookmark_id: int, note: str) -> bm.Bookmark:
        """Change a bookmark's note."""

        def work(c: sqlite3.Connection) -> bm.Bookmark:
            c.execute("UPDATE bookmarks SET note = ? WHERE id = ?",
                      (bm.clean_note(note), bookmark_id))
            row = c.execute(
                f"SELECT {bm.BOOKMARK_COLUMNS} FROM bookmarks WHERE id = ?", (bookmark_id,)
            ).fetchone()
            if row is None:
                raise StoreError("Could not save the note: the bookmark is gone.")
            return bm.from_row(row)

        return self._write("save the note", work)

    def delete_bookmark(self, bookmark_id: int) -> bm.Bookmark | None:
        """Delete a bookmark; returns it (for :meth:`restore_bookmark`), or None."""

        def work(c: sqlite3.Connection) -> bm.Bookmark | None:
            row = c.execute(
                f"SELECT {bm.BOOKMARK_COLUMNS} FROM bookmarks WHERE id = ?", (bookmark_id,)
            ).fetchone()
            c.execute("DELETE FROM bookmarks WHERE id = ?", (bookmark_id,))
            return bm.from_row(row) if row else None

        return self._write("delete the bookmark", work)

    def import_bookmarks(self, marks: list[bm.Bookmark]) -> tuple[int, int]:
        """Add bookmarks (from an export); returns (added, skipped duplicates)."""

        def work(c: sqlite3.Connection) -> tuple[int, int]:
            added = skipped = 0
            for mark in marks:
                if _find(c, mark) is not None:
                    skipped += 1
                    continue
                _insert(c, mark._replace(id=None, created=mark.created or db.now()))
                added += 1
            return added, skipped

        return self._write("import the bookmarks", work)

    def import_json(self, path: str | os.PathLike[str]) -> tuple[int, int]:
        """Import a JSON export file; returns (added, skipped duplicates)."""
        from reader.store.export import read_json

        return self.import_bookmarks(read_json(path))

    def export(self, fmt: str) -> str:
        """All bookmarks as ``markdown``, ``json`` or ``csv`` text."""
        from reader.store.export import render

        return render(self.list_bookmarks(), fmt)

    # -- search -----------------------------------------------------------------------------

    def search(self, query: str, *, limit: int = 20) -> srch.SearchResults:
        """Articles and bookmarks matching every word of ``query``, with snippets."""
        if self.fts:
            find_articles, find_marks = srch.search_articles, srch.search_bookmarks
        else:
            if not self._fts_told:
                self._fts_told = True
                self.notices.append(db.FTS_NOTICE)
            find_articles, find_marks = srch.like_articles, srch.like_bookmarks
        return self._run(
            "search the library",
            lambda c: srch.SearchResults(
                find_articles(c, query, limit), find_marks(c, query, limit)
            ),
        )

    # -- first run --------------------------------------------------------------------------

    def seed_sample(self, load: Callable[[], Article]) -> bool:
        """Save the article ``load`` returns (the bundled sample) into the library this store
        has just made (:attr:`first_run`), once: never into one made before, nor once
        anything was saved in it (its user may have emptied it since). True if it was added.
        The loader is the caller's: the store knows no engine."""
        if self.read_only or not self.first_run:
            return False
        seeded = self._run(
            "read the library",
            lambda c: c.execute("SELECT 1 FROM meta WHERE key = 'sample_seeded'").fetchone(),
        )
        if seeded:
            return False
        added = not self.count_articles()
        if added:
            try:
                article = load()
            except (ReaderError, ImportError, OSError):
                return False
            self.save_article(article)
        self._write(  # (decided once, seeded or not: an article was there first)
            "save the library",
            lambda c: c.execute(
                "INSERT OR REPLACE INTO meta (key, value) VALUES ('sample_seeded', '1')"
            ),
        )
        return added


def _writable(path: Path) -> bool:
    folder = path.parent
    if not os.access(folder, os.W_OK):
        return False
    return not path.exists() or os.access(path, os.W_OK)


def _upsert(conn: sqlite3.Connection, values: dict[str, object]) -> int:
    """Insert or update one article row and link the bookmarks kept under its key."""
    # (the row first, then its JSON: one statement with both made SQLite hold a book's JSON,
    # its copies and the full-text index of its text at once: ~250 MB for a million lines)
    article_id = int(conn.execute(lib.UPSERT_SQL, {**values, "data": ""}).fetchone()[0])
    conn.execute("UPDATE articles SET data = ? WHERE id = ?", (values["data"], article_id))
    conn.execute(
        "UPDATE bookmarks SET article_id = ? WHERE article_key = ? AND article_id IS NOT ?",
        (article_id, values["key"], article_id),
    )
    return article_id


def _passage(
    article: Article, start: int, end: int, text: str | None, key: str | None
) -> bm.Bookmark:
    """A new bookmark of the passage ``start:end`` of ``article`` (or of ``text``, a pull
    quote's own wording), under ``key`` or the article's key."""
    start = max(0, min(start, len(article.text)))
    end = max(start, min(end, len(article.text)))
    quote = (text if text is not None else article.text[start:end]).strip()
    if not quote:
        raise StoreError("Could not save the bookmark: there is no text to keep.")
    before, after = bm.context(article.text, start, end)
    return bm.Bookmark(
        id=None, article_key=key or lib.article_key(article), text=quote, title=article.title,
        authors=article.authors, url=article.url or article.source, start=start, end=end,
        before=before, after=after, created=db.now(),
    )


def _find(conn: sqlite3.Connection, mark: bm.Bookmark) -> sqlite3.Row | None:
    return conn.execute(
        f"SELECT {bm.BOOKMARK_COLUMNS} FROM bookmarks WHERE article_key = ? "
        "AND start_offset = ? AND end_offset = ? AND text = ?",
        mark.identity,
    ).fetchone()


def _insert(
    conn: sqlite3.Connection, mark: bm.Bookmark, *, update_note: bool = False
) -> bm.Bookmark:
    """Insert ``mark`` (or return the same passage already kept), linked to its article."""
    existing = _find(conn, mark)
    if existing is not None:
        if update_note and mark.note:
            conn.execute("UPDATE bookmarks SET note = ? WHERE id = ?", (mark.note, existing["id"]))
            return bm.from_row(existing)._replace(note=mark.note)
        return bm.from_row(existing)
    row = conn.execute("SELECT id FROM articles WHERE key = ?", (mark.article_key,)).fetchone()
    mark = mark._replace(article_id=row["id"] if row else None)
    if mark.id is not None and conn.execute(
        "SELECT 1 FROM bookmarks WHERE id = ?", (mark.id,)
    ).fetchone():
        mark = mark._replace(id=None)
    cursor = conn.execute(bm.INSERT_SQL, bm.row_values(mark))
    return mark._replace(id=cursor.lastrowid)
