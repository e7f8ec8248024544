"""Bookmarks out (Markdown, JSON, Readwise CSV) and back in (JSON)."""

from __future__ import annotations

import csv
import io
import json
import os
from datetime import UTC, datetime
from typing import Any

from reader.core.errors import StoreError
from reader.core.markdown_text import escape_markdown, escape_markdown_line
from reader.core.sanitize import clean_line, clean_optional, clean_shown, clean_text
from reader.store.bookmarks import Bookmark, clean_note

FORMATS = ("markdown", "json", "csv")
JSON_KIND = "article-reader-bookmarks"
JSON_VERSION = 1
READWISE_COLUMNS = ("Highlight", "Title", "Author", "URL", "Note", "Location", "Date")
# A cell starting with one of these is a formula to a spreadsheet (OWASP, CSV injection),
# the full-width forms too (some spreadsheets read "＝1+1" as "=1+1"), and a line break.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "\n", "＝", "＋", "－", "＠")
# What a spreadsheet may drop before reading a cell as a formula: spaces (not tabs or line
# breaks: they are formula starts themselves) and quote marks, typographic and full-width too.
BEFORE_FORMULA = (
    " \u00a0\u1680" + "".join(map(chr, range(0x2000, 0x200B))) + "\u202f\u205f\u3000\x0b\x0c"
    "\"'\u201c\u201d\u201e\u201f\u2018\u2019\u201a\u201b\uff02\uff07"
)


def csv_cell(value: object) -> str:
    """``value`` as a CSV cell a spreadsheet shows as text: a formula gets a leading ``'``,
    also behind spaces and quote marks (a spreadsheet may drop them)."""
    text = str(value)
    return "'" + text if text.lstrip(BEFORE_FORMULA).startswith(FORMULA_STARTS) else text


def clean_bookmark(mark: Bookmark) -> Bookmark:
    """``mark`` with every string sanitised: an export is a file other programs open, and the
    database may hold text written before imports were sanitised."""
    return mark._replace(
        article_key=clean_line(mark.article_key),
        text=clean_text(mark.text),
        title=clean_line(mark.title),
        authors=tuple(clean_line(name) for name in mark.authors),
        url=clean_optional(mark.url),
        speaker=clean_optional(mark.speaker),
        before=clean_text(mark.before),
        after=clean_text(mark.after),
        note=clean_note(mark.note),  # (as import reads it: the same note back)
        created=clean_line(mark.created),
    )


def render(marks: list[Bookmark], fmt: str) -> str:
    """All ``marks`` in one of :data:`FORMATS`, sanitised."""
    marks = [clean_bookmark(mark) for mark in marks]
    if fmt == "json":
        return to_json(marks)
    if fmt == "csv":
        return to_csv(marks)
    if fmt == "markdown":
        return to_markdown(marks)
    raise StoreError(f"Could not export the bookmarks: unknown format {fmt!r}.")


def to_json(marks: list[Bookmark]) -> str:
    """Every field of every bookmark (what :func:`read_json` reads back exactly)."""
    document = {
        "kind": JSON_KIND,
        "version": JSON_VERSION,
        "bookmarks": [mark.to_json() for mark in marks],
    }
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


def to_csv(marks: list[Bookmark]) -> str:
    """Readwise's CSV import columns: Highlight, Title, Author, URL, Note, Location, Date."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(READWISE_COLUMNS)
    for mark in marks:
        note = "\n".join(filter(None, (mark.note, f"— {mark.speaker}" if mark.speaker else "")))
        cells = (
            mark.text,
            mark.title,
            ", ".join(mark.authors),
            mark.url or "",
            note,
            mark.start,
            readwise_date(mark.created),
        )
        writer.writerow([csv_cell(cell) for cell in cells])
    return out.getvalue()


def readwise_date(stamp: str) -> str:
    """``YYYY-MM-DD HH:MM:SS`` in UTC, the date form Readwise's importer reads."""
    try:
        moment = datetime.fromisoformat(stamp)
    except ValueError:
        return stamp
    if moment.tzinfo is not None:
        moment = moment.astimezone(UTC)
    return moment.strftime("%Y-%m-%d %H:%M:%S")


def to_markdown(marks: list[Bookmark]) -> str:
    """Bookmarks grouped by article, oldest article first, quotes in text order."""
    groups: dict[str, list[Bookmark]] = {}
    for mark in sorted(marks, key=lambda m: (m.created, m.id or 0)):
        groups.setdefault(mark.article_key, []).append(mark)
    lines = ["# Bookmarks", ""]
    for group in groups.values():
        first = group[0]
        lines.append(f"## {escape_markdown_line(first.title or first.article_key)}")
        byline = escape_markdown_line(", ".join(first.authors))
        where = escape_markdown_line(first.url or first.article_key)
        lines += [f"{byline} — {where}" if byline else where, ""]
        for mark in sorted(group, key=lambda m: (m.start, m.id or 0)):
            text = escape_markdown(mark.text)
            lines += [f"> {line}" if line else ">" for line in text.split("\n")]
            if mark.speaker:
                lines.append(f"> — {escape_markdown_line(mark.speaker)}")
            lines.append("")
            if mark.note:
                lines += [f"Note: {escape_markdown(mark.note, line_start=False)}", ""]
            lines += [f"*Kept {escape_markdown_line(readwise_date(mark.created))} UTC*", ""]
    return "\n".join(lines).rstrip("\n") + "\n"


def read_json(path: str | os.PathLike[str]) -> list[Bookmark]:
    """Read a JSON export (a byte-order mark is accepted); raises StoreError naming what is
    wrong, with the path shown clean."""
    name = clean_shown(path)
    try:
        with open(path, encoding="utf-8-sig") as handle:
            content = handle.read()
    except FileNotFoundError as error:
        raise StoreError(f"Could not import the bookmarks: {name} does not exist.") from error
    except (OSError, UnicodeDecodeError) as error:
        raise StoreError(f"Could not import the bookmarks: {name} could not be read.") from error
    try:
        document: Any = json.loads(content, parse_constant=_not_json)
    except ValueError as error:  # JSONDecodeError, NaN/Infinity, a number too long to read
        raise StoreError(
            f"Could not import the bookmarks: {name} is not JSON; import reads the JSON export "
            "(reader bookmarks export --format json)."
        ) from error
    except RecursionError as error:
        raise StoreError(
            f"Could not import the bookmarks: {name} is nested too deeply to be an export."
        ) from error
    return parse_json(document, name)


def _not_json(constant: str) -> Any:
    """NaN and Infinity are not JSON (Python's reader accepts them unless told)."""
    raise ValueError(f"{constant} is not JSON")


def parse_json(document: Any, name: str = "the file") -> list[Bookmark]:
    """Bookmarks from a parsed JSON export (a bare list of bookmarks is accepted too)."""
    items = document.get("bookmarks") if isinstance(document, dict) else document
    if not isinstance(items, list):
        raise StoreError(f"Could not import the bookmarks: {name} holds no bookmark list.")
    if isinstance(document, dict):
        version = document.get("version")
        version = JSON_VERSION if version is None else version
        if isinstance(version, bool) or not isinstance(version, int) or version < 1:
            raise StoreError(
                f"Could not import the bookmarks: {name} has no valid version number."
            )
        if version > JSON_VERSION:
            raise StoreError(
                f"Could not import the bookmarks: {name} was written by a newer version of "
                "reader."
            )
    marks = []
    for index, item in enumerate(items, 1):
        try:
            if not isinstance(item, dict):
                raise TypeError("not an object")
            marks.append(Bookmark.from_json(item))
        except (KeyError, TypeError, ValueError) as error:
            raise StoreError(
                f"Could not import the bookmarks: bookmark {index} in {name} is incomplete "
                "or damaged."
            ) from error
    return marks
