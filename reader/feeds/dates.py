"""An entry's date as its feed writes it, in ISO 8601 UTC, or None where it names no moment.

feedparser reads most dates; three shapes it gets wrong are read here. A Unix timestamp
("1712822400", in milliseconds too) is read as one, where feedparser takes its digits for a
date of 2017. A day name in another language ("Di, 16 Apr 2024", "lun., 15 avril 2024"),
which makes feedparser give up, is left out, and a month named in another language (as the
date readers of pages know them) is read. A placeholder is no date: the zero moment of the
generator's language (Go's and .NET's year 1, which Hugo writes for an undated page) and the
Unix epoch of a timestamp left at 0, anything before :data:`EARLIEST`.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime
from typing import Any

from reader.clean.months import month_number
from reader.core.lazy import lazy_re

EARLIEST = datetime(1970, 1, 2, tzinfo=UTC)  # before it: a placeholder, not a moment
MONTH_ABBREVIATIONS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct",
                       "nov", "dec")
_TIMESTAMP = lazy_re(r"\d{9,10}|\d{13}")  # seconds (from 1973) or milliseconds
_DAY_NAME = lazy_re(r"[^\W\d_]{2,12}\.?,\s*")  # "Di, ", "lun., ", "Dienstag, "
_WORD = lazy_re(r"[^\W\d_]{3,12}\.?")


def entry_date(entry: Any) -> str | None:
    """A feedparser entry's date (published, else updated) in ISO 8601 UTC, or None."""
    for key in ("published", "updated"):
        text = dict.get(entry, key)
        parsed = dict.get(entry, f"{key}_parsed")
        moment = _moment(text if isinstance(text, str) else "", parsed)
        if moment is not None:
            return moment
    return None


def iso_text(value: str) -> str | None:
    """A JSON Feed date (RFC 3339) in ISO 8601 UTC; None when invalid or a placeholder."""
    try:
        moment = datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    except ValueError:
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    try:
        return _iso(moment.astimezone(UTC))
    except (ValueError, OverflowError):
        return None


def iso_struct(value: object) -> str | None:
    """feedparser's parsed date (UTC) in ISO 8601; None when absent, impossible or a
    placeholder."""
    try:
        return _iso(datetime(*value[:6], tzinfo=UTC))  # type: ignore[index, misc]
    except (TypeError, ValueError, OverflowError):
        return None


def _moment(text: str, parsed: object) -> str | None:
    """The moment of a date's ``text``, which feedparser read as ``parsed`` (or did not)."""
    text = text.strip()
    if _TIMESTAMP.fullmatch(text):
        seconds = int(text) / (1000 if len(text) > 10 else 1)
        return _iso(datetime.fromtimestamp(seconds, UTC))
    if parsed:
        return iso_struct(parsed)
    if not text:
        return None
    english = _in_english(text)
    if english == text:
        return None
    try:  # (feedparser's own date reader: private, so a release without it reads none)
        from feedparser.datetimes import _parse_date
    except ImportError:
        return None
    try:
        return iso_struct(_parse_date(english))
    except (ValueError, TypeError, OverflowError):
        return None


def _in_english(text: str) -> str:
    """``text`` without a leading day name, its month names English abbreviations."""
    text = _DAY_NAME.sub("", text, count=1) if _DAY_NAME.match(text) else text

    def month(found: re.Match[str]) -> str:
        number = month_number(found.group())
        return MONTH_ABBREVIATIONS[number - 1] if number else found.group()

    return _WORD.sub(month, text)


def _iso(moment: datetime) -> str | None:
    return moment.isoformat() if moment >= EARLIEST else None


__all__ = ["EARLIEST", "entry_date", "iso_struct", "iso_text"]
