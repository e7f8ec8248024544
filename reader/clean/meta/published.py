"""The publication date: structured data and meta tags, the dates the page shows, the address.

A date element that says in words which day was the first publication ("This article was
originally published on 26 Sep 2019 but has been regularly updated") is taken at its word.

Machine-readable dates come first (JSON-LD ``datePublished``, ``article:published_time`` and
kin), but on the day the page shows when that is within a day of them (meta dates are often
in UTC), and not when the page shows another date beside the headline, unmarked as an
update (the stored date is then often the first draft's or an import's): a date element, or
without one a day written alone in the headline's block before the prose begins (not in a
list or a table, not labelled or classed as an update). Without one: the
address's date, a date element next to the headline, an unmarked date in the headline's
block, a ``<time datetime>``. (``reader.clean.html.page_meta`` asks htmldate when all of
these fail.)"""

from __future__ import annotations

from urllib.parse import urlsplit

import lxml.html

from reader.clean.class_index import ClassIndex
from reader.clean.date_order import could_be_either, in_page_order, writes_day_first_in
from reader.clean.meta.authors import page_language
from reader.clean.meta.dates import month_number, parse_date, within_a_day
from reader.clean.meta.jsonld import ArticleLD
from reader.clean.meta.shown import days_of, headline_block_date, ranked_dates
from reader.clean.meta.text import in_boilerplate
from reader.core.lazy import lazy_re

# Names that say "published" first; the generic "date" and Dublin Core ones after them.
_DATE_META = (
    "article:published_time",
    "article:published",
    "og:article:published_time",
    "og:published_time",
    "datepublished",
    "article.published",
    "parsely-pub-date",
    "sailthru.date",
    "publishdate",
    "publish-date",
    "publish_date",
    "pubdate",
    "published",
    "citation_publication_date",
    "dc.date.issued",
    "date",
    "dc.date",
    "dcterms.date",
    "dcterms.created",
    "displaydate",
    "dc.date.created",
)
# /2019/11/18/, /2019-11-18-, /20191118, /2023/october/03/: one separator throughout.
_URL_DATE = lazy_re(
    r"/(?P<year>(?:19|20)\d{2})(?:(?P<sep>[/-])(?P<month>\d{1,2}|[^\W\d_]{3,9})(?P=sep)"
    r"(?P<day>\d{1,2})|(?P<mm>[01]\d)(?P<dd>[0-3]\d))(?=[/_.+-]|\d{6}|$)"
)


def find_published(
    tree: lxml.html.HtmlElement,
    ld: ArticleLD,
    meta: dict[str, str],
    url: str | None,
    index: ClassIndex | None = None,
) -> str | None:
    """The publication date: machine-readable first, but on the day the page shows.

    A shown day within a day of the machine-readable one wins (the site's own time zone);
    a date beside the headline, not marked as an update, wins over one further away. A day
    the page shows in numbers that could be either ("05/11/2025") is read in its language's
    order: day first on a French page."""
    shown_day = _shown_day(tree, ld, meta, url, index)
    if shown_day is None or not shown_day[1] or not could_be_either(shown_day[0]):
        return None if shown_day is None else shown_day[0]
    if not writes_day_first_in(page_language(tree)):
        return shown_day[0]
    return in_page_order(shown_day[0], tree.text_content(), day_first=True)


def _shown_day(
    tree: lxml.html.HtmlElement,
    ld: ArticleLD,
    meta: dict[str, str],
    url: str | None,
    index: ClassIndex | None,
) -> tuple[str, bool] | None:
    """:func:`find_published`'s day, and whether it was read from the page's words."""
    machine = next(
        filter(None, (parse_date(c) for c in (ld.published, *map(meta.get, _DATE_META)))), None
    )
    url_day = url_date(url)
    if machine and url_day == machine[:10]:
        return machine, False
    ranked = ranked_dates(tree, index=index)
    original = next((date.day for date in ranked if date.original), None)
    if original:
        return original, True  # the page says so in words
    shown = days_of(ranked)
    if machine:
        # the page's own date beside the headline wins over a stored one far from it (the
        # first draft's, an import's, a re-publication's)
        first = ranked[0] if ranked else None
        if (
            first
            and first.near
            and not (first.listed or first.updated or within_a_day(first.day, machine))
        ):
            return first.day, True
        if first is None:
            beside = headline_block_date(tree, plain=True)
            if beside and not within_a_day(beside, machine):
                return beside, True
        for candidate in [*shown, url_day]:
            if candidate and within_a_day(candidate, machine):
                return (machine, False) if candidate == machine[:10] else (candidate, True)
        return machine, False
    if url_day:  # the address the CMS wrote at publication, before any date on the page
        return url_day, False
    if shown:
        return shown[0], True
    beside = headline_block_date(tree)
    if beside:
        return beside, True
    for element in tree.iter("time"):
        result = parse_date(element.get("datetime"))
        if result and not in_boilerplate(element):
            return result, False
    return None


def url_date(url: str | None) -> str | None:
    """A /2019/11/18/ (or 2019-11-18, 20191118, 2019/nov/18) date in the URL's path."""
    if not url:
        return None
    try:
        path = urlsplit(url).path
    except ValueError:
        return None
    for match in _URL_DATE.finditer(path):
        month = match["month"] or match["mm"]
        number = int(month) if month.isdigit() else month_number(month)
        if number:
            day = int(match["day"] or match["dd"])
            found = parse_date(f"{match['year']}-{number:02d}-{day:02d}")
            if found:
                return found
    return None
