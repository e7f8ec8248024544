"""The date of a page of comments on a submission it shows no text of (Reddit's, Hacker
News's comment pages): the submission's, never its first comment's.

The submission's date is the one the page shows above the first comment, outside its
furniture ("submitted <time> by pinewright"). Without one, a date the page's metadata gave
is kept unless a comment shows that day (the metadata's reader then took a comment's
date, the first ``<time>`` of the page): such a page is undated rather than misdated.
"""

from __future__ import annotations

from lxml.html import HtmlElement

from reader.clean.html.listing import in_furniture
from reader.clean.meta.dates import parse_date, within_a_day

_DATED = ("datetime", "title")  # where a page writes a machine-readable date ("3 hours ago")


def shown_date(element: HtmlElement) -> str | None:
    """The date ``element`` states in its ``datetime`` (a ``<time>``) or, written as a date
    alone, its ``title`` ("2026-02-09T14:00:00" over "3 hours ago")."""
    for attribute in _DATED:
        value = element.get(attribute)
        if value and (attribute == "datetime" or value[:4].isdigit()):
            found = parse_date(value)
            if found:
                return found
    return None


def submission_date(body: HtmlElement, first: HtmlElement) -> str | None:
    """The last date shown before the thread's first post, outside the page's furniture."""
    furniture: dict[HtmlElement, bool] = {}
    found = None
    for element in body.iter():
        if element is first:
            return found
        if isinstance(element.tag, str) and (date := shown_date(element)) is not None and (
                not in_furniture(element, furniture)):
            found = date
    return found


def comments_date(stated: str | None, body: HtmlElement, posts: list[HtmlElement]) -> str | None:
    """The date of a page of comments whose metadata found ``stated`` (see the module)."""
    submitted = submission_date(body, posts[0])
    if submitted is not None:
        return stated if stated and within_a_day(stated, submitted) else submitted
    if stated is None:
        return None
    days = {date[:10] for post in posts for element in post.iter()
            if isinstance(element.tag, str) and (date := shown_date(element))}
    return None if stated[:10] in days else stated


__all__ = ["comments_date", "shown_date", "submission_date"]
