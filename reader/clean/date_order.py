"""Which way round a page writes its days and months, for a date that could be either.

"03/10/2023" is the 10th of March in the United States and the 3rd of October in most of the
world. Read alone it is taken month first; a page that writes its other dates day first
("3 October 2023", "27/10/2023") means the 3rd of October.
"""

from __future__ import annotations

import re

from reader.clean.months import month_alternation
from reader.core.lazy import lazy_re

_MONTHS = month_alternation()
_DAY_MONTH_YEAR = lazy_re(
    rf"\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{_MONTHS})\.?,?\s+(?:19|20)\d\d\b", re.I
)
_MONTH_DAY_YEAR = lazy_re(
    rf"\b(?:{_MONTHS})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+(?:19|20)\d\d\b", re.I
)
_NUMERIC = lazy_re(r"(?<![\w./-])(\d\d?)([/-])(\d\d?)\2(?:19|20)\d\d(?![\w/])")


def writes_day_first(text: str) -> bool:
    """Whether ``text`` writes more of its dates day first than month first, counting the
    dates that can be read one way only ("27/10/2023", "3 October 2023" against "10/27/2023",
    "October 3, 2023")."""
    day_first = len(_DAY_MONTH_YEAR.findall(text))
    month_first = len(_MONTH_DAY_YEAR.findall(text))
    for first, _, second in _NUMERIC.findall(text):
        day_first += int(first) > 12 >= int(second)
        month_first += int(second) > 12 >= int(first)
    return day_first > month_first


def could_be_either(published: str) -> bool:
    """Whether the day of ``published`` (``YYYY-MM-DD``) could be read the other way round:
    its day and month both 12 or under, and not the same."""
    month, day = published[5:7], published[8:10]
    return month.isdigit() and day.isdigit() and month != day and int(day) <= 12


def in_page_order(published: str, text: str, day_first: bool | None = None) -> str:
    """``published`` (``YYYY-MM-DD``, read from ``text``) with its day and month swapped
    when ``text`` writes it in numbers that could be either ("03/10/2023") and writes its
    other dates day first (or ``day_first`` says the page's language does); else as it
    is."""
    if not could_be_either(published):
        return published
    year, month, day = published[:4], published[5:7], published[8:10]
    numeric = (
        f"{m}{sep}{d}{sep}{year}"
        for m in (month, month.lstrip("0"))
        for d in (day, day.lstrip("0"))
        for sep in "/-"
    )
    if not any(form in text for form in numeric):
        return published
    if not (writes_day_first(text) if day_first is None else day_first):
        return published
    return f"{year}-{day}-{month}{published[10:]}"


# English as written in the United States (or not said where) and in Canada, which also
# writes the month first; every other language tag writes the day first.
_MONTH_FIRST_TAGS = ("en", "en-us", "en-ca")


def writes_day_first_in(language: str) -> bool:
    """Whether a page in ``language`` (its lower-cased tag, "fr-fr") writes the day first;
    False when it names none."""
    return bool(language) and language.replace("_", "-") not in _MONTH_FIRST_TAGS


__all__ = ["could_be_either", "in_page_order", "writes_day_first", "writes_day_first_in"]
