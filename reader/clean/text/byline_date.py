"""The date on the byline that names a copied article's writer, when nothing else dated it:
"... beyond the U.S. and Canada. By Lisa Jennings on Dec. 19, 2025" (a dek the byline ran
onto), "By Amanda FurrerUpdated: Dec 19, 2025 1:06 PM EST"."""

from __future__ import annotations

import re
from collections.abc import Sequence

from reader.clean.byline import parse_date
from reader.core.lazy import lazy_re

MAX_LINE = 400  # characters of a line that may hold the byline
DAY_WITHIN = 40  # characters after the writer's name its date stands in
_BY_BEFORE = lazy_re(r"\bby\s*:?\s*$", re.I)  # ("By", "by:" right before the name)


def date_by_name(texts: Sequence[str], name: str) -> str | None:
    """The day written right after "By ``name``" on the page's lines (``texts``), when its
    bylines give one day; else None (a list of the writer's other posts gives many).

    Measured (``benchmarks/copied_text.py``, articles, date, when nothing else gave one):
    copied whole 0.688 -> 0.692 dev (2 pages, both right), held-out unchanged; from the
    headline down 0.624 -> 0.626 dev; the plain documents' dates unchanged."""
    days: set[str] = set()
    for text in texts:
        at = text.find(name) if len(text) <= MAX_LINE else -1
        if at < 0 or not _BY_BEFORE.search(text[:at]):
            continue
        after = at + len(name)
        day = parse_date(text[after : after + DAY_WITHIN])
        if day:
            days.add(day)
    return days.pop() if len(days) == 1 else None


__all__ = ["date_by_name"]
