"""Dates as pages write them ("Nov. 14, 2014", "14.11.2014", "2014年11月14日", ISO, epoch)
parsed to ISO 8601.

``published`` decides which of a page's dates is the publication date."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, timedelta, timezone

from reader.clean.meta.text import as_text
from reader.clean.months import month_number
from reader.core.lazy import lazy_re

_MONTH = r"(?P<month>[^\W\d_]{3,10})\.?"
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th|er|º)?"
_YEAR = r"(?P<year>\d{4})"
_TEXT_DATES = [
    lazy_re(rf"\b{_MONTH}\s+{_DAY},?\s+{_YEAR}\b", re.I),  # Nov. 14, 2014
    # 14 Nov 2014, 14 de noviembre de 2014, the 14th of November 2014
    lazy_re(rf"\b{_DAY}\.?\s+(?:(?:de|of)\s+)?{_MONTH},?\s+(?:de\s+)?{_YEAR}\b", re.I),
    lazy_re(rf"\b{_DAY}-{_MONTH}-{_YEAR}\b", re.I),  # 14-Nov-2014
    lazy_re(rf"\b{_MONTH}\s+{_YEAR}\b", re.I),  # November 2014 (day unknown: skipped)
]
_ISO = lazy_re(
    r"(?P<year>\d{4})-(?P<month>\d{1,2})-(?P<day>\d{1,2})"
    r"(?:[T\s](?P<hour>\d{1,2}):(?P<minute>\d{2})(?::(?P<second>\d{2})(?:[.,]\d+)?)?"
    r"\s*(?P<zone>Z|UTC|GMT|[+-]\d{2}(?::?\d{2})?)?)?",
    re.I,
)
_NUMERIC = lazy_re(
    r"\b(?P<a>\d{1,4})(?P<sep>[/.-])(?P<b>\d{1,2})(?P=sep)(?P<c>\d{2,4})\b"
)
# 2024年3月18日 (Chinese, Japanese), 2024년 3월 18일 (Korean)
CJK_DATE = r"(?P<year>\d{4})\s*[年년]\s*(?P<month>\d{1,2})\s*[月월]\s*(?P<day>\d{1,2})\s*[日일]?"
_CJK = lazy_re(CJK_DATE)
_DIGIT = lazy_re(r"\d")
_COMPACT = lazy_re(r"^(?P<year>(?:19|20)\d{2})(?P<month>[01]\d)(?P<day>[0-3]\d)(?:\D|$)")


def parse_date(text: str | None) -> str | None:
    """An ISO 8601 date ("2014-11-14") or datetime with zone, from common written forms."""
    if not text:
        return None
    text = as_text(text)
    if not text or _DIGIT.search(text) is None:
        return None  # (every form below holds a digit: most words are passed by at once)
    if re.fullmatch(r"\d{9,13}", text):
        stamp = int(text) / (1000 if len(text) > 11 else 1)
        try:
            return datetime.fromtimestamp(stamp, UTC).isoformat()
        except (OverflowError, OSError, ValueError):
            return None
    match = _ISO.search(text)
    if match:
        return _iso_result(match)
    match = _COMPACT.match(text)
    if match:
        return _day(int(match["year"]), int(match["month"]), int(match["day"]))
    for pattern in _TEXT_DATES[:3]:
        for match in pattern.finditer(text):
            month = month_number(match["month"])
            if month:
                result = _day(int(match["year"]), month, int(match["day"]))
                if result:
                    return result
    match = _CJK.search(text)
    if match:
        return _day(int(match["year"]), int(match["month"]), int(match["day"]))
    match = _NUMERIC.search(text)
    if match:
        a, b, c = int(match["a"]), int(match["b"]), int(match["c"])
        if len(match["a"]) == 4:
            return _day(a, b, c)
        if match["sep"] == "-" and len(match["c"]) != 4:
            return None  # "12-11-14": a code or a range more often than a date
        year = c + 2000 if c < 100 else c
        # Month first unless impossible (as US English writes it; the page's language may
        # turn it round: published.find_published); a dotted date is European ("14.11.2014").
        if a > 12 or "." in match.group(0):
            return _day(year, b, a)
        return _day(year, a, b) or _day(year, b, a)
    return None


def written_date(text: str) -> str | None:
    """The words of the first full date ``text`` writes ("March 2, 2026", "2 Mar 2026",
    "2026-03-02", "03/02/2026"), as written, or None."""
    if _DIGIT.search(text) is None:
        return None
    found: list[re.Match[str]] = []
    for pattern in (*_TEXT_DATES[:3], _ISO, _CJK, _NUMERIC):
        match = next((match for match in pattern.finditer(text)
                      if parse_date(match.group(0))), None)
        if match is not None:
            found.append(match)
    return min(found, key=lambda match: match.start()).group(0) if found else None


def within_a_day(first: str, second: str) -> bool:
    """Whether two ISO dates (or datetimes) fall on days at most one apart (time zones)."""
    return abs((date.fromisoformat(first[:10]) - date.fromisoformat(second[:10])).days) <= 1


def _day(year: int, month: int, day: int) -> str | None:
    try:
        return date(year, month, day).isoformat() if 1900 < year < 2200 else None
    except ValueError:
        return None


def _iso_result(match: re.Match[str]) -> str | None:
    day = _day(int(match["year"]), int(match["month"]), int(match["day"]))
    if not day or match["hour"] is None:
        return day
    try:
        moment = datetime(
            int(match["year"]),
            int(match["month"]),
            int(match["day"]),
            int(match["hour"]),
            int(match["minute"]),
            int(match["second"] or 0),
        )
    except ValueError:
        return day
    zone = (match["zone"] or "").upper()
    if zone in ("Z", "UTC", "GMT"):
        moment = moment.replace(tzinfo=UTC)
    elif zone:
        sign = -1 if zone[0] == "-" else 1
        digits = zone[1:].replace(":", "")
        hours, minutes = int(digits[:2]), int(digits[2:4] or 0)
        try:
            moment = moment.replace(tzinfo=timezone(sign * timedelta(hours=hours, minutes=minutes)))
        except ValueError:
            return day
    return moment.isoformat()
