"""Bookmarks: the kept quotes, their rows, and finding a quote again in a changed article."""

from __future__ import annotations

import sqlite3

from reader.store.records import (
    NamedTuple,
    stored_count,
    stored_lines,
    stored_names,
    stored_text,
)

TYPE_CHECKING = False  # not typing's: importing typing slows `reader search` (records.py)
if TYPE_CHECKING:
    from typing import Any

    from reader.article.model import Article  # only for types: `reader search` starts faster


CONTEXT_CHARS = 30


def clean_note(note: str) -> str:
    """A note as it is kept, exported and imported: no control character or escape sequence,
    no space at either end (what removing those would leave at the end of "gist \u200b"
    too), so an export imported back gives the same note."""
    from reader.core.sanitize import clean_text

    return clean_text(note).strip()

BOOKMARK_COLUMNS = (
    "id, article_id, article_key, text, speaker, title, authors, url, start_offset, "
    "end_offset, before, after, note, created"
)


class Bookmark(NamedTuple):
    """A kept quote. ``start``/``end`` are offsets into the article's text when it was kept."""

    id: int | None
    article_key: str
    text: str
    title: str = ""
    authors: tuple[str, ...] = ()
    url: str | None = None
    speaker: str | None = None
    start: int = 0
    end: int = 0
    before: str = ""
    after: str = ""
    note: str = ""
    created: str = ""
    article_id: int | None = None

    def to_json(self) -> dict[str, Any]:
        """Everything but the database ids (for export)."""
        data = self._asdict()
        data.pop("id")
        data.pop("article_id")
        data["authors"] = list(self.authors)
        return data

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Bookmark:
        """Read one exported bookmark, every string sanitised (an export is text from outside);
        raises ``KeyError``/``TypeError``/``ValueError``."""
        from reader.core.sanitize import clean_line, clean_optional, clean_text

        text = data["text"]
        key = data["article_key"]
        if not isinstance(text, str) or not isinstance(key, str):
            raise ValueError("a bookmark needs text and an article key")
        text, key = clean_text(text).strip(), clean_line(key)
        if not text or not key:
            raise ValueError("a bookmark needs text and an article key")
        authors = data.get("authors") or ()
        if isinstance(authors, str) or not all(isinstance(a, str) for a in authors):
            raise ValueError("authors must be a list of names")
        return cls(
            id=None,
            article_key=key,
            text=text,
            title=clean_line(_string(data.get("title"))),
            authors=tuple(filter(None, (clean_line(name) for name in authors))),
            url=clean_optional(_optional(data.get("url"))),
            speaker=clean_optional(_optional(data.get("speaker"))),
            start=_offset(data.get("start")),
            end=_offset(data.get("end")),
            before=clean_text(_string(data.get("before"))),
            after=clean_text(_string(data.get("after"))),
            note=clean_note(_string(data.get("note"))),
            created=_stamp(clean_line(_string(data.get("created")))),
        )

    @property
    def identity(self) -> tuple[str, int, int, str]:
        """What makes two bookmarks the same (for import's duplicate check)."""
        return (self.article_key, self.start, self.end, self.text)


MAX_OFFSET = 2**31 - 1  # far beyond any article; SQLite and the app both hold it


def _string(value: Any) -> str:
    """A text field of an export: a string, or missing."""
    if value is None:
        return ""
    if not isinstance(value, str):
        raise ValueError("a text field holds something else")
    return value


STAMP_CHARACTERS = frozenset("0123456789-:.+TZ ")  # what an ISO 8601 date and time is made of


def _stamp(text: str) -> str:
    """When an export says a bookmark was kept: an ISO 8601 date and time as written;
    anything else (words, markup) is no time, and the import keeps it as of now."""
    if not text or not set(text) <= STAMP_CHARACTERS:
        return ""
    from datetime import datetime  # only on import: `reader search` starts faster without it

    try:
        datetime.fromisoformat(text)
    except ValueError:
        return ""
    return text


def _optional(value: Any) -> str | None:
    return _string(value) or None


def _offset(value: Any) -> int:
    """An offset of an export: a whole number from 0 to :data:`MAX_OFFSET`, or missing."""
    if value is None:
        return 0
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= MAX_OFFSET:
        raise ValueError("an offset is not a whole number in range")
    return value


LINE_COLUMNS = ("title", "speaker", "url", "created")
"""The columns of a bookmark shown on one line (its article key names the article: kept
as it is)."""


def from_row(row: sqlite3.Row) -> Bookmark:
    """A bookmark from a row selected with :data:`BOOKMARK_COLUMNS`; a damaged value is read
    as the field's default and each of :data:`LINE_COLUMNS` folded to one line (see
    :func:`reader.store.library.from_row`)."""
    article_id = row["article_id"]
    title, speaker, url, created = stored_lines(row, LINE_COLUMNS)
    return Bookmark(
        id=row["id"],
        article_id=article_id if isinstance(article_id, int) else None,
        article_key=stored_text(row["article_key"]),
        text=stored_text(row["text"]),
        speaker=speaker or None,
        title=title,
        authors=stored_names(row["authors"]),
        url=url or None,
        start=stored_count(row["start_offset"]),
        end=stored_count(row["end_offset"]),
        before=stored_text(row["before"]),
        after=stored_text(row["after"]),
        note=stored_text(row["note"]),
        created=created,
    )


def row_values(bookmark: Bookmark) -> dict[str, Any]:
    """Named parameters for an INSERT of ``bookmark``."""
    import json  # only when saving: `reader search` starts faster without it

    return {
        "id": bookmark.id,
        "article_id": bookmark.article_id,
        "article_key": bookmark.article_key,
        "text": bookmark.text,
        "speaker": bookmark.speaker,
        "title": bookmark.title,
        "authors": json.dumps(list(bookmark.authors), ensure_ascii=False),
        "url": bookmark.url,
        "start_offset": bookmark.start,
        "end_offset": bookmark.end,
        "before": bookmark.before,
        "after": bookmark.after,
        "note": bookmark.note,
        "created": bookmark.created,
    }


INSERT_SQL = (
    "INSERT INTO bookmarks (id, article_id, article_key, text, speaker, title, authors, url, "
    "start_offset, end_offset, before, after, note, created) VALUES (:id, :article_id, "
    ":article_key, :text, :speaker, :title, :authors, :url, :start_offset, :end_offset, "
    ":before, :after, :note, :created)"
)


def context(text: str, start: int, end: int) -> tuple[str, str]:
    """About :data:`CONTEXT_CHARS` characters before ``start`` and after ``end``."""
    return text[max(0, start - CONTEXT_CHARS) : start], text[end : end + CONTEXT_CHARS]


def relocate(bookmark: Bookmark, article: Article) -> tuple[int, int] | None:
    """Where the bookmarked passage is in ``article`` now, or None when it is gone.

    First the stored offsets (when the text there is the same), then every place the text
    occurs, scored by how much of the stored before/after context matches, nearest first;
    then, for a passage whose wording changed, the span between its before and after context.
    """
    text = article.text
    start, end = bookmark.start, bookmark.end
    if 0 <= start < end <= len(text) and _same(text[start:end], bookmark.text):
        return start, end
    needle = bookmark.text
    candidates = _occurrences(text, needle) or _occurrences(text.casefold(), needle.casefold())
    if candidates:
        best = max(
            candidates,
            key=lambda at: (
                _context_score(text, at, at + len(needle), bookmark),
                -abs(at - bookmark.start),
            ),
        )
        return best, best + len(needle)
    return _between_context(text, bookmark)


def _same(found: str, wanted: str) -> bool:
    return found == wanted or " ".join(found.split()) == " ".join(wanted.split())


def _occurrences(text: str, needle: str) -> list[int]:
    found: list[int] = []
    if not needle:
        return found
    at = text.find(needle)
    while at != -1:
        found.append(at)
        at = text.find(needle, at + 1)
    return found


def _context_score(text: str, start: int, end: int, bookmark: Bookmark) -> int:
    before, after = context(text, start, end)
    score = 0
    for a, b in zip(reversed(before), reversed(bookmark.before), strict=False):
        if a != b:
            break
        score += 1
    for a, b in zip(after, bookmark.after, strict=False):
        if a != b:
            break
        score += 1
    return score


def _between_context(text: str, bookmark: Bookmark) -> tuple[int, int] | None:
    if len(bookmark.before) < 10 or len(bookmark.after) < 10:
        return None
    starts = [at + len(bookmark.before) for at in _occurrences(text, bookmark.before)]
    limit = max(2 * len(bookmark.text), len(bookmark.text) + 200)
    best: tuple[int, int] | None = None
    for start in starts:
        end = text.find(bookmark.after, start)
        if end == -1 or end - start > limit or end <= start:
            continue
        if best is None or abs(start - bookmark.start) < abs(best[0] - bookmark.start):
            best = (start, end)
    return best
