"""Which entries of a feed longer than the cap are read: the newest by date, whatever the
order the feed lists them in (some write theirs oldest first), undated ones in the feed's
order after them.

A feed document's entries are found with their places in its bytes and the text of their
dates (:class:`EntrySpans`, on the safety check's SAX pass; :func:`spans_by_pattern` for a
document that is not well-formed), and the document is rebuilt with only the entries kept
(:func:`keep_newest`), so feedparser never reads the rest.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from itertools import islice
from typing import Any
from xml.sax.handler import ContentHandler

from reader.core.lazy import lazy_re

ENTRY_NAMES = ("item", "entry")
PUBLISHED_NAMES = ("pubDate", "published", "issued", "created")  # (feedparser's published)
UPDATED_NAMES = ("updated", "date", "modified")  # (its updated: read when none is published)
MAX_DATE_TEXT = 200
_ENTRY_START = lazy_re(rb"<(?:[\w.-]+:)?(?:item|entry)[\s/>]", re.IGNORECASE)
_ENTRY_END = lazy_re(rb"</(?:[\w.-]+:)?(?:item|entry)\s*>", re.IGNORECASE)
_DATE = lazy_re(
    rb"<(?:[\w.-]+:)?(pubDate|published|issued|created|updated|date|modified)(?:\s[^>]*)?>"
    rb"([^<]{1,200})<",
    re.IGNORECASE,
)


@dataclass
class Span:
    """Where an entry stands in a document's bytes (``end`` past its closing tag), and the
    text of its date ("" for none)."""

    start: int
    end: int = 0
    published: str = ""
    updated: str = ""

    @property
    def date(self) -> str:
        return self.published or self.updated


class EntrySpans(ContentHandler):
    """A SAX handler that records the :class:`Span` of each entry (an ``item`` or an
    ``entry`` that is not inside another). ``where`` gives the parser's byte index."""

    def __init__(self, data: bytes, where: Callable[[], int]) -> None:
        super().__init__()
        self.data = data
        self.where = where
        self.spans: list[Span] = []
        self.depth = 0  # inside an entry: 1 in the entry itself, 2 in its children, ...
        self.date: list[str] | None = None  # the text of the date being read
        self.date_kind = "published"  # (or "updated": which of the span's it is)

    def startElement(self, name: str, attrs: object) -> None:
        local = name.rpartition(":")[2]
        if self.depth:
            self.depth += 1
            if self.depth == 2 and local in PUBLISHED_NAMES + UPDATED_NAMES:
                self.date = []
                self.date_kind = "published" if local in PUBLISHED_NAMES else "updated"
        elif local in ENTRY_NAMES:
            self.depth = 1
            self.spans.append(Span(self.where()))

    def characters(self, content: str) -> None:
        if self.date is not None and sum(map(len, self.date)) < MAX_DATE_TEXT:
            self.date.append(content)

    def endElement(self, name: str) -> None:
        if not self.depth:
            return
        self.depth -= 1
        span = self.spans[-1]
        if self.depth == 1 and self.date is not None:
            if not getattr(span, self.date_kind):
                setattr(span, self.date_kind, "".join(self.date).strip()[:MAX_DATE_TEXT])
            self.date = None
        elif not self.depth:
            span.end = self.data.find(b">", self.where()) + 1


def spans_by_pattern(data: bytes) -> list[Span]:
    """The spans of a document that is not well-formed: each entry from its opening tag to
    the next one's (the last to its closing tag), its date the first one inside."""
    starts = [match.start() for match in _ENTRY_START.finditer(data)]
    spans = []
    for index, start in enumerate(starts):
        if index + 1 < len(starts):
            end = starts[index + 1]
        else:
            closing = _ENTRY_END.search(data, start)
            end = closing.end() if closing else len(data)
        span = Span(start, end)
        for found in _DATE.finditer(data, start, min(end, start + 65536)):
            kind = "published" if found.group(1).decode() in PUBLISHED_NAMES else "updated"
            if not getattr(span, kind):
                setattr(span, kind, found.group(2).decode("utf-8", "replace").strip())
        spans.append(span)
    return spans


def newest(keys: Sequence[Any], limit: int) -> list[int]:
    """The indexes of the ``limit`` newest of ``keys`` (dates that sort in time; None for
    an undated one), newest first, then the undated in their order; returned in order."""
    dated = sorted((i for i, key in enumerate(keys) if key is not None),
                   key=lambda i: keys[i], reverse=True)
    undated = (i for i, key in enumerate(keys) if key is None)
    chosen = dated[:limit]
    return sorted(chosen + list(islice(undated, limit - len(chosen))))


def keep_newest(data: bytes, spans: list[Span], limit: int) -> bytes:
    """``data`` with only its ``limit`` newest entries (all of it when it has no more)."""
    if len(spans) <= limit:
        return data
    if data[:2] in (b"\xff\xfe", b"\xfe\xff") or b"\x00" in data[:4] or not all(
        span.end > span.start for span in spans
    ):  # (UTF-16 or UTF-32: no ">" to find by its byte; the first ones, as they stand)
        return data[: spans[limit].start]
    kept = newest([date_key(span.date) for span in spans], limit)
    body = b"".join(data[spans[i].start : spans[i].end] for i in kept)
    return data[: spans[0].start] + body + data[spans[-1].end :]


def date_key(text: str) -> tuple[int, ...] | None:
    """A date's text as feedparser reads it (UTC), in a form that sorts; None if none."""
    if not text:
        return None
    from feedparser.datetimes import _parse_date

    try:
        parsed = _parse_date(text)
    except (ValueError, TypeError, OverflowError):
        return None
    return tuple(parsed[:6]) if parsed else None


__all__ = ["EntrySpans", "Span", "date_key", "keep_newest", "newest", "spans_by_pattern"]
