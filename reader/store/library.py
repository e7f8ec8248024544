"""The library: saved articles, their keys, and the light rows the library screen lists."""

from __future__ import annotations

import os
import sqlite3

from reader.store.records import (
    NamedTuple,
    names_from_json,
    stored_count,
    stored_optional,
    stored_share,
    stored_text,
)

TYPE_CHECKING = False  # not typing's: importing typing slows `reader search` (records.py)
if TYPE_CHECKING:
    from typing import Any

    from reader.article.model import Article  # only for types: `reader search` starts faster


ENTRY_COLUMNS = (
    "id, key, title, authors, url, source, site, published, chars, word_count, position, "
    "progress, last_read, added"
)
"""The columns of the ``library`` view (articles with their reading positions) an entry
is made of."""


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
        """Where the article came from: its URL or path."""
        return self.url or self.source or self.key


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
    """The library key of what the user asked for (None for standard input)."""
    if not source or source == "-":
        return None
    if "://" in source:
        return source
    return os.path.abspath(os.path.expanduser(source))


def from_row(row: sqlite3.Row) -> LibraryEntry:
    """A library entry from a row selected with :data:`ENTRY_COLUMNS`; a damaged value (a
    blob, text in a number's column, authors that are not a JSON list) is read as the
    field's default, so one bad row never stops the library from being listed."""
    return LibraryEntry(
        id=row["id"],
        key=stored_text(row["key"]),
        title=stored_text(row["title"]),
        authors=names_from_json(row["authors"]),
        url=stored_optional(row["url"]),
        source=stored_optional(row["source"]),
        site=stored_optional(row["site"]),
        published=stored_optional(row["published"]),
        chars=stored_count(row["chars"]),
        word_count=stored_count(row["word_count"]),
        position=stored_count(row["position"]),
        progress=stored_share(row["progress"]),
        last_read=stored_text(row["last_read"]),
        added=stored_text(row["added"]),
    )


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
