"""A date as a reader reads it: ``2014-11-18T10:00:00Z`` is "18 November 2014"."""

from __future__ import annotations

from datetime import datetime

from reader.core.lazy import lazy_re

__all__ = ["format_date"]

_YEAR_MONTH = lazy_re(r"\d{4}-(?:0[1-9]|1[0-2])")


def format_date(value: str | None) -> str | None:
    """``2014-11-18T10:00:00Z`` → ``18 November 2014``, ``2022-06`` → ``June 2022``; anything
    else unchanged."""
    if not value:
        return None
    if _YEAR_MONTH.fullmatch(value):
        return f"{datetime(int(value[:4]), int(value[5:]), 1):%B %Y}"
    try:
        moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return value
    return f"{moment.day} {moment:%B %Y}"
