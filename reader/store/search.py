"""Search across saved articles and bookmarks: SQLite FTS5, or LIKE when FTS5 is missing."""

from __future__ import annotations

import re
import sqlite3

from reader.core.lazy import lazy_re
from reader.store import bookmarks as bm
from reader.store import library as lib
from reader.store.records import NamedTuple

OPEN, CLOSE = "\ue000", "\ue001"  # private-use markers around a hit inside a snippet
SNIPPET_TOKENS = 14
SNIPPET_CHARS = 90
# FTS5's snippet() takes a time growing with the square of a text's hits (a minute for a
# common word in a 3 MB book): a longer text's snippet is found here (text_snippet)
SNIPPET_MAX_CHARS = 100_000
_TOKEN = lazy_re(r"\w+", re.UNICODE)


class Snippet(NamedTuple):
    """A piece of text around the hits; ``spans`` are the hits as offsets into ``text``."""

    text: str
    spans: tuple[tuple[int, int], ...] = ()

    def marked(self, before: str = "[", after: str = "]") -> str:
        """The snippet with each hit wrapped in ``before``/``after``."""
        out, last = [], 0
        for start, end in self.spans:
            out += [self.text[last:start], before, self.text[start:end], after]
            last = end
        out.append(self.text[last:])
        return "".join(out)


class ArticleHit(NamedTuple):
    entry: lib.LibraryEntry
    snippet: Snippet


class BookmarkHit(NamedTuple):
    bookmark: bm.Bookmark
    snippet: Snippet


class SearchResults(NamedTuple):
    """What a search found, best first."""

    articles: list[ArticleHit]
    bookmarks: list[BookmarkHit]


def terms(query: str) -> list[str]:
    """The words of a query (what both FTS5 and the fallback look for)."""
    return _TOKEN.findall(query)


_PHRASE = lazy_re(r'"([^"]*)"')


def fts_query(query: str) -> str | None:
    """A safe FTS5 query: every word required, the last one as a prefix (search as you type);
    words in double quotes are a phrase (in that order, side by side)."""
    parts: list[str] = []
    for index, piece in enumerate(_PHRASE.split(query)):
        words = terms(piece)
        if not words:
            continue
        if index % 2:  # inside quotes
            parts.append('"' + " ".join(words) + '"')
        else:
            parts.extend(f'"{word}"' for word in words)
    if not parts:
        return None
    if not query.rstrip().endswith('"'):
        parts[-1] += "*"
    return " AND ".join(parts)


def parse_snippet(raw: str) -> Snippet:
    """Turn FTS5 ``snippet()`` output (with our markers) into text and hit spans."""
    text: list[str] = []
    spans: list[tuple[int, int]] = []
    length = 0
    start = None
    for piece in re.split(f"([{OPEN}{CLOSE}])", raw):
        if piece == OPEN:
            start = length
        elif piece == CLOSE:
            if start is not None:
                spans.append((start, length))
            start = None
        else:
            text.append(piece)
            length += len(piece)
    return Snippet(" ".join("".join(text).split("\n")), tuple(spans))


def _fts_rows(
    conn: sqlite3.Connection, fts: str, table: str, columns: str, match: str, limit: int,
    long: tuple[str, str] = ("0", "''"),
) -> list[sqlite3.Row]:
    """Rows of ``table`` whose ``fts`` index matches, best first, each with a ``snip``; a
    row whose size (``long``'s first expression) is over :data:`SNIPPET_MAX_CHARS` has its
    ``body`` (the second) instead, to find the snippet in."""
    selected = ", ".join(f"t.{name.strip()}" for name in columns.split(","))
    size, body = long
    return conn.execute(
        f"SELECT {selected}, CASE WHEN {size} <= ? THEN "
        f"snippet({fts}, -1, ?, ?, '…', ?) END AS snip, "
        f"CASE WHEN {size} <= ? THEN NULL ELSE {body} END AS body "
        f"FROM {fts} JOIN {table} t ON t.id = {fts}.rowid "
        f"WHERE {fts} MATCH ? ORDER BY rank LIMIT ?",
        (SNIPPET_MAX_CHARS, OPEN, CLOSE, SNIPPET_TOKENS, SNIPPET_MAX_CHARS, match, limit),
    ).fetchall()


def article_ids(conn: sqlite3.Connection, query: str, limit: int) -> list[int]:
    """The ids of the articles matching every word of ``query``, best first: the search
    index alone (no snippet: FTS5's takes a time growing with the square of an article's
    hits, a minute for a common word in a few books; nor the articles' rows)."""
    match = fts_query(query)
    if match is None:
        return []
    rows = conn.execute(
        "SELECT rowid FROM articles_fts WHERE articles_fts MATCH ? ORDER BY rank LIMIT ?",
        (match, limit),
    )
    return [row[0] for row in rows]


def search_articles(conn: sqlite3.Connection, query: str, limit: int) -> list[ArticleHit]:
    """Articles matching every word of ``query``, best first, with a snippet of their text."""
    match = fts_query(query)
    if match is None:
        return []
    rows = _fts_rows(conn, "articles_fts", "library", lib.ENTRY_COLUMNS, match, limit, long=(
        "t.chars", "t.title || ' ' || t.text"))
    words = terms(query)
    return [ArticleHit(lib.from_row(row), parse_snippet(row["snip"]) if row["snip"] is not None
                       else text_snippet(row["body"] or "", words)) for row in rows]


def search_bookmarks(conn: sqlite3.Connection, query: str, limit: int) -> list[BookmarkHit]:
    """Bookmarks whose quote, note, article title or speaker match, best first."""
    match = fts_query(query)
    if match is None:
        return []
    rows = _fts_rows(conn, "bookmarks_fts", "bookmarks", bm.BOOKMARK_COLUMNS, match, limit)
    return [BookmarkHit(bm.from_row(row), parse_snippet(row["snip"])) for row in rows]


def like_pattern(word: str) -> str:
    """A LIKE pattern for ``word`` anywhere (``%`` and ``_`` escaped with ``\\``)."""
    escaped = word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def _like_where(columns: tuple[str, ...], words: list[str]) -> tuple[str, list[str]]:
    clauses, params = [], []
    for word in words:
        ors = " OR ".join(f"{column} LIKE ? ESCAPE '\\'" for column in columns)
        clauses.append(f"({ors})")
        params += [like_pattern(word)] * len(columns)
    return " AND ".join(clauses), params


def like_articles(conn: sqlite3.Connection, query: str, limit: int) -> list[ArticleHit]:
    """The fallback without FTS5: every word somewhere in title, authors or text."""
    words = terms(query)
    if not words:
        return []
    where, params = _like_where(("title", "authors", "text"), words)
    rows = conn.execute(
        f"SELECT {lib.ENTRY_COLUMNS}, title || ' ' || text AS body FROM library "
        f"WHERE {where} ORDER BY last_read DESC, id DESC LIMIT ?",
        (*params, limit),
    ).fetchall()
    return [ArticleHit(lib.from_row(row), text_snippet(row["body"], words)) for row in rows]


def like_bookmarks(conn: sqlite3.Connection, query: str, limit: int) -> list[BookmarkHit]:
    """The fallback without FTS5 for bookmarks."""
    words = terms(query)
    if not words:
        return []
    where, params = _like_where(("text", "note", "title", "speaker"), words)
    rows = conn.execute(
        f"SELECT {bm.BOOKMARK_COLUMNS} FROM bookmarks WHERE {where} "
        "ORDER BY created DESC, id DESC LIMIT ?",
        (*params, limit),
    ).fetchall()
    hits = []
    for row in rows:
        mark = bm.from_row(row)
        body = " ".join(filter(None, (mark.text, mark.note, mark.title, mark.speaker)))
        hits.append(BookmarkHit(mark, text_snippet(body, words)))
    return hits


def text_snippet(text: str, words: list[str], width: int = SNIPPET_CHARS) -> Snippet:
    """A window of ``text`` around the first hit, every hit of ``words`` marked."""
    folded = text.lower()
    first = min(
        (at for at in (folded.find(word.lower()) for word in words) if at >= 0), default=0
    )
    start = max(0, first - width // 3)
    end = min(len(text), start + width)
    piece = text[start:end]
    prefix = "…" if start > 0 else ""
    suffix = "…" if end < len(text) else ""
    window = " ".join((prefix + piece + suffix).split("\n"))
    spans = []
    lowered = window.lower()
    for word in words:
        needle = word.lower()
        at = lowered.find(needle)
        while needle and at != -1:
            spans.append((at, at + len(needle)))
            at = lowered.find(needle, at + len(needle))
    merged: list[tuple[int, int]] = []
    for span in sorted(spans):
        if merged and span[0] <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], span[1]))
        else:
            merged.append(span)
    return Snippet(window, tuple(merged))
