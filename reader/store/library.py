"""The library: saved articles, their keys, and the light rows the library screen lists."""

from __future__ import annotations

import os
import sqlite3

from reader.core.sanitize import clean_line, clean_lines, clean_optional
from reader.store.records import (
    NamedTuple,
    stored_count,
    stored_lines,
    stored_names,
    stored_optional,
    stored_share,
    stored_text,
)

TYPE_CHECKING = False  # not typing's: importing typing slows `reader search` (records.py)
if TYPE_CHECKING:
    from typing import Any

    from reader.article.model import Article  # only for types: `reader search` starts faster


ENTRY_SCHEME = "feed-entry://"  # the source of a feed's entry read from its feed's text (no link)

ENTRY_COLUMNS = (
    "id, key, title, authors, url, source, site, published, chars, word_count, position, "
    "progress, last_read, added"
)
"""The columns of the ``library`` view (articles with their reading positions) an entry
is made of."""

RECENT_FIRST = "ORDER BY last_read DESC, id DESC LIMIT ? OFFSET ?"
_LISTED = (
    "SELECT a.id AS id, a.key AS key, a.title AS title, a.authors AS authors, a.url AS url, "
    "a.source AS source, a.site AS site, a.published AS published, a.chars AS chars, "
    "a.word_count AS word_count, coalesce(p.char_offset, 0) AS position, "
    "coalesce(p.progress, 0.0) AS progress, "
    "max(a.last_read, coalesce(p.read_at, '')) AS last_read, a.added AS added "
    "FROM articles a INDEXED BY articles_listing "
    "LEFT JOIN positions p ON p.article_id = a.id"
)
LISTED_PAGE = f"{_LISTED} {RECENT_FIRST}"
"""A page of :data:`ENTRY_COLUMNS`, most recently read first, read from the listing index
alone (:data:`reader.store.db.LISTING_INDEX`). Read from the rows, each entry's read time
and size, stored after the article's text and saved copy, took reading those too: a
whole book's for a book, and every article's (all of the database) to sort them."""
PAGE_WITHOUT_INDEX = (
    f"SELECT {ENTRY_COLUMNS} FROM library WHERE id IN "
    f"(SELECT id FROM library {RECENT_FIRST}) {RECENT_FIRST.partition(' LIMIT')[0]}"
)
"""The same page where the index could not be made (a read-only library of an older
version): the page's ids chosen from the index of read times first, its rows read then."""


class LibraryEntry(NamedTuple):
    """One saved article as the library lists it (without its text)."""

    id: int
    key: str
    title: str
    authors: tuple[str, ...] = ()
    url: str | None = None
    source: str | None = None
    site: str | None = None
    published: str | None = None
    chars: int = 0
    word_count: int = 0
    position: int = 0
    progress: float = 0.0  # how far the reader got, 0.0 to 1.0, as the status line said
    last_read: str = ""
    added: str = ""

    @property
    def location(self) -> str:
        """Where the article came from: its URL or path ("standard input" for ``-``, "a
        feed's entry" for an entry read from its feed's text)."""
        source = "standard input" if self.source == "-" else self.source
        if source and source.startswith(ENTRY_SCHEME):
            source = "a feed's entry" + (f" ({self.site})" if self.site else "")
        return self.url or source or self.key


def article_key(article: Article) -> str:
    """The library key: the URL or absolute path asked for, else the article's URL, else a
    hash of its content (for standard input)."""
    key = source_key(article.source)
    if key is not None:
        return key
    if article.url:
        return article.url
    import hashlib  # only for standard input; keeps `reader search` quick to start

    digest = hashlib.sha256(f"{article.title}\n{article.text}".encode()).hexdigest()
    return f"sha256:{digest[:32]}"


def source_key(source: str | None) -> str | None:
    """The library key of what the user asked for (None for standard input): a web
    address without its ``#fragment`` (which names a place in the page, not another page),
    another address as it is, a path made absolute."""
    if not source or source == "-":
        return None
    if source[:8].lower().startswith(("http://", "https://")):
        return source.partition("#")[0]
    if "://" in source:
        return source
    return os.path.abspath(os.path.expanduser(source))


def stored_source(source: str | None, key: str) -> str | None:
    """The source of an article saved under ``key``: a file path saved as typed (before
    paths were made absolute when opened) is read as its key, the absolute path it named,
    so that reopening it from another folder names the same file and the same row."""
    if source and source != "-" and "://" not in source and os.path.isabs(key):
        return key
    return source


LINE_COLUMNS = ("title", "url", "site", "published", "last_read", "added")
"""The columns of an entry shown on one line (the key and the source name the article:
they are kept as they are)."""


def from_row(row: sqlite3.Row) -> LibraryEntry:
    """A library entry from a row selected with :data:`ENTRY_COLUMNS`; a damaged value (a
    blob, text in a number's column, authors that are not a JSON list) is read as the
    field's default, so one bad row never stops the library from being listed, and each of
    :data:`LINE_COLUMNS` is folded to one line."""
    title, url, site, published, last_read, added = stored_lines(row, LINE_COLUMNS)
    return LibraryEntry(
        id=row["id"],
        key=stored_text(row["key"]),
        title=title,
        authors=stored_names(row["authors"]),
        url=url or None,
        source=stored_source(stored_optional(row["source"]), stored_text(row["key"])),
        site=site or None,
        published=published or None,
        chars=stored_count(row["chars"]),
        word_count=stored_count(row["word_count"]),
        position=stored_count(row["position"]),
        progress=stored_share(row["progress"]),
        last_read=last_read,
        added=added,
    )


def folded_storage(data: object) -> object:
    """A saved article's data (as :func:`reader.core.sanitize.clean_stored` gives it) with
    every one-line field folded to one line, as :func:`reader.engine.pipeline.assemble`
    made it: title, subtitle, byline, date, site, address, the caption, the pull quotes'
    and the people's names. The saved copy may have been changed since; the body is kept."""
    if not isinstance(data, dict):
        return data
    _fold(data, ("subtitle", "published", "site", "url"))
    data["title"] = clean_line(data["title"]) if isinstance(data.get("title"), str) else ""
    names = [name for name in _items(data.get("authors")) if isinstance(name, str)]
    data["authors"] = list(filter(None, clean_lines(names)))
    _fold(data.get("caption"), ("credit",), ("text",))
    for quote in _items(data.get("pull_quotes")):
        _fold(quote, ("attribution", "speaker"), ("text",))
    for person in _items(data.get("people")):
        _fold(person, ("role",), ("name",))
    for quotation in _items(data.get("quotations")):
        _fold(quotation, ("speaker",))
    return data


def _items(value: object) -> list[object]:
    """``value`` when it is a list, else no items."""
    return value if isinstance(value, list) else []


def _fold(item: object, optional: tuple[str, ...], required: tuple[str, ...] = ()) -> None:
    """Fold the string fields ``optional`` (empty: ``None``) and ``required`` of ``item``
    (a dict) to one line each."""
    if not isinstance(item, dict):
        return
    for name in optional + required:
        value = item.get(name)
        if isinstance(value, str):
            item[name] = clean_line(value) if name in required else clean_optional(value)


def row_values(
    article: Article, key: str, stamp: str, data: str | None = None
) -> dict[str, Any]:
    """Named parameters for saving ``article`` under ``key`` at time ``stamp`` (``data``:
    its :meth:`~reader.article.model.Article.storage_json`, when the caller has it)."""
    import json  # only when saving: `reader search` starts faster without it

    return {
        "key": key,
        "title": article.title,
        "authors": json.dumps(list(article.authors), ensure_ascii=False),
        "url": article.url,
        "source": article.source,
        "site": article.site,
        "published": article.published,
        "data": article.storage_json() if data is None else data,
        "text": article.text,
        "chars": len(article.text),
        "word_count": article.word_count,
        "stamp": stamp,
    }


UPSERT_SQL = (
    "INSERT INTO articles (key, title, authors, url, source, site, published, data, text, "
    "chars, word_count, position, last_read, added) VALUES (:key, :title, :authors, :url, "
    ":source, :site, :published, :data, :text, :chars, :word_count, 0, :stamp, :stamp) "
    "ON CONFLICT (key) DO UPDATE SET title = excluded.title, authors = excluded.authors, "
    "url = excluded.url, source = excluded.source, site = excluded.site, "
    "published = excluded.published, data = excluded.data, text = excluded.text, "
    "chars = excluded.chars, word_count = excluded.word_count, "
    "position = min(articles.position, excluded.chars), last_read = excluded.last_read "
    "RETURNING id"
)


def entries_of(conn: sqlite3.Connection, ids: list[int], listing: bool) -> list[LibraryEntry]:
    """The entries of the articles ``ids``, in that order (those still saved); from the
    listing index when the library has it (``listing``), not from the articles' rows."""
    if not ids:
        return []
    marks = ", ".join("?" * len(ids))
    query = (f"{_LISTED} WHERE a.id IN ({marks})" if listing else
             f"SELECT {ENTRY_COLUMNS} FROM library WHERE id IN ({marks})")
    found = {row["id"]: from_row(row) for row in conn.execute(query, ids)}
    return [found[id_] for id_ in ids if id_ in found]
