"""The dates a page shows in its byline and date elements, the article's own first.

Ranked by where they stand: next to the headline (same header block) first, then after it,
then above it (often the masthead's "today"); dates of a list of items last (a class that
repeats with different days: related posts, cards, archives)."""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, replace
from typing import Any

import lxml.html
from lxml import etree

from reader.clean.class_index import ClassIndex
from reader.clean.meta.dates import parse_date, within_a_day
from reader.clean.meta.text import NOT_PROSE, element_text, in_boilerplate, page_headline
from reader.core.lazy import lazy_re

DATE_WORDS = ("date", "time", "publish", "posted", "byline", "author", "meta")
DATE_CLASS = lazy_re("|".join(DATE_WORDS), re.I)
_UPDATED = lazy_re(r"\b(?:updated|modified|edited)\b[^|;]*", re.I)
_ORIGINAL = lazy_re(r"\b(?:originally|first)\s+(?:published|posted)\b\W*(?:on|in)?\s*", re.I)
ORIGINAL_CHARS = 40  # the day follows those words within this many characters
# A class or itemprop naming the last change ("updated", "dateModified") and not the
# publication ("entry-date published updated" names both).
_MODIFIED_MARK = lazy_re(r"updat|modif", re.I)
_PUBLISHED_MARK = lazy_re(r"publish|posted|created", re.I)
# Classes that name a post's state or taxonomy, not a date ("status-publish", "tag-time").
_TAXONOMY = lazy_re(r"(?:^|\s)(?:(?:status|type|format|category|tag)-\S*|post-\d+)", re.I)
# A date this many levels or fewer below the block it shares with the headline stands
# next to it ("header > div.meta > time").
NEAR_LEVELS = 4
_PROSE_CHARS = 150
# What a day written on its own holds besides numbers: months, weekdays, "th", "at", "am"
_DATE_PARTS = lazy_re(
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
    r"|\b(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\b|(?<=\d)(?:st|nd|rd|th)\b"
    r"|\b(?:at|am|pm|utc|gmt|[ecmp][sd]?t|ces?t)\b",
    re.I,
)
_NOT_DATE_WORD = lazy_re(r"[^\W\d_]{2,}")
_ITEMS = ("li", "td", "th")  # a day in a list or a table is an item's
_PAGE_LEVEL = ("body", "html")
_SKIP = ("script", "style", "noscript", "template", *NOT_PROSE)
# the dated classes and the published dates (itemprop) from the page's index (no walk of
# the page for them), its times and headlines, in document order
_CANDIDATES = etree.XPath("$dated | //time | //h1 | $published")


@dataclass(frozen=True)
class ShownDate:
    """A day the page shows: beside the headline or not, in a list of items or not,
    whether only an "Updated" label stands with it, and whether its words call it the first
    publication."""

    day: str
    near: bool
    listed: bool
    updated: bool
    original: bool = False  # its words say so: "originally published on 26 Sep 2019"


def shown_dates(
    tree: lxml.html.HtmlElement, limit: int = 12, index: ClassIndex | None = None
) -> list[str]:
    """Days (YYYY-MM-DD) written in byline/date elements and ``<time>``s, best first."""
    return days_of(ranked_dates(tree, limit, index))


def days_of(ranked: list[ShownDate]) -> list[str]:
    """The days of ``ranked`` dates, each once, in their order."""
    return list(dict.fromkeys(shown.day for shown in ranked))


def ranked_dates(
    tree: lxml.html.HtmlElement, limit: int = 12, index: ClassIndex | None = None
) -> list[ShownDate]:
    """The dates of byline/date elements and ``<time>``s, best first (see the module)."""
    headline = page_headline(tree)
    lineage = _lineage(headline)
    index = index or ClassIndex.of_page(tree)
    in_order = _date_classed(index)
    dated = set(in_order)
    found: list[tuple[ShownDate, tuple[str, str], bool, Any]] = []  # date, kind, before, element
    inner: set[Any] = set()  # elements that hold a date element (or a modified one)
    seen: dict[Any, ShownDate | None] = {}  # dated elements; None: modified ones
    before = headline is not None
    # in document order: libxml2 sorts an unordered node-set variable at a quadratic cost
    for element in _CANDIDATES(
        tree, dated=in_order, published=index.having("itemprop", "datePublished")
    ):
        if element is headline:
            before = False
            continue
        if element.tag in ("script", "style", "meta", "h1"):
            continue
        wrappers = [a for a in element.iterancestors() if a in seen]
        if _modified(element) or any(seen[a] is None for a in wrappers):
            seen[element] = None  # an "updated" element and all it holds
            inner.update(element.iterancestors())
            continue
        day, updated, original = _date_of(element, dated)
        if not day:
            continue
        inner.update(element.iterancestors())
        outer = [seen[a] for a in wrappers]  # a wrapper's place and label hold for its parts
        shown = ShownDate(
            day,
            _near(element, lineage) or any(w.near for w in outer if w),
            False,
            updated or any(w.updated for w in outer if w),
            original,
        )
        seen[element] = shown
        kind = (element.tag, " ".join((element.get("class") or "").split()))
        found.append((shown, kind, before, element))
        if len(found) >= 4 * limit:
            break
    # a wrapper ("posted-on: <time published> <time updated>") speaks through its parts
    found = [entry for entry in found if entry[3] not in inner]
    days_of_kind: dict[tuple[str, str], set[str]] = defaultdict(set)
    for shown, kind, _before, _element in found:
        if not shown.updated:
            days_of_kind[kind].add(shown.day)
    listed = [len(days_of_kind[kind]) > 1 for _shown, kind, _before, _element in found]
    ranked = sorted(
        range(len(found)),
        key=lambda i: (listed[i], not found[i][0].near, found[i][0].updated, found[i][2], i),
    )
    return [replace(found[i][0], listed=listed[i]) for i in ranked][:limit]


def headline_block_date(
    tree: lxml.html.HtmlElement, levels: int = 3, budget: int = 300, plain: bool = False
) -> str | None:
    """A day written on its own, unmarked, in the headline's block ("<h1>..</h1><p>Dec 12,
    2025</p>"): the nearest block around the headline first, up to ``levels`` levels."""
    headline = page_headline(tree)
    if headline is None:
        return None
    block, inside = headline, {headline, *headline.iterdescendants()}
    for _level in range(levels):
        block = block.getparent()
        if block is None or block.tag in _PAGE_LEVEL:
            return None
        for element in block.iter():
            budget -= 1
            if budget < 0:
                return None
            if element in inside or not isinstance(element.tag, str) or element.tag in _SKIP:
                continue
            if plain and element.tag == "p" and len(element_text(element)) > _PROSE_CHARS:
                return None  # the article's prose has begun: a day further on is its subject
            text = (element.text or "").strip()
            # (a number alone is no written day: "479001600" is a result, not a timestamp)
            if 6 <= len(text) <= 60 and any(c.isdigit() for c in text) and not text.isdigit():
                found = parse_date(text)
                if found and next(element.iterancestors(*NOT_PROSE), None) is None:
                    if plain and not _plainly_published(element):
                        continue
                    return found[:10]  # (not a program's output: "{'date': '2012-05-10'}")
    return None


def _plainly_published(element: lxml.html.HtmlElement) -> bool:
    """Whether a day written on its own stands unmarked: not an update ("Last updated:",
    a ``modified`` class, here or on its parent), not an item of a list."""
    parent = element.getparent()
    around = [element] if parent is None else [element, parent]
    if any(_modified(each) for each in around) or any(
        each.tag in _ITEMS for each in (element, *element.iterancestors())
    ):
        return False
    if _NOT_DATE_WORD.search(_DATE_PARTS.sub(" ", element.text or "")):
        return False  # "As of 8/30/21 on": a day in a sentence
    words = _opening(parent if parent is not None else element, 200)
    before = element.getprevious()
    if before is not None:
        words += " " + _opening(before, 80)
    return _UPDATED.search(words) is None


def _opening(element: lxml.html.HtmlElement, chars: int) -> str:
    """About the first ``chars`` characters of ``element``'s text (a big parent is not read
    whole: this is asked of every day beside a headline)."""
    parts: list[str] = []
    size = 0
    for piece in element.itertext():
        parts.append(piece)
        size += len(piece)
        if size >= chars:
            break
    return " ".join("".join(parts)[:chars].split())


def _date_classed(index: ClassIndex) -> list[Any]:
    """Elements whose class or id names a date, a byline or post meta (not a post's state)."""
    return [
        element
        for element in index.find(DATE_CLASS, DATE_WORDS, "class", "id")
        if DATE_CLASS.search(
            _TAXONOMY.sub(" ", f"{element.get('class') or ''} {element.get('id') or ''}")
        )
    ]


def _modified(element: lxml.html.HtmlElement) -> bool:
    """Whether the element's class or itemprop marks it as the last change, not publication."""
    marks = f"{element.get('class') or ''} {element.get('itemprop') or ''}"
    return bool(_MODIFIED_MARK.search(marks)) and not _PUBLISHED_MARK.search(marks)


def _date_of(
    element: lxml.html.HtmlElement, dated: set[Any]
) -> tuple[str | None, bool, bool]:
    """The day an element shows, whether only an "Updated" label stands with it, and whether
    its words call that day the first publication (:func:`_says_original`).

    Its ``datetime`` (or ``content``) unless its text shows a day at most one from it: the
    local day of a UTC time ("Nov. 19, 2019 11:30 PM ET")."""
    is_time = element.tag == "time" or element.get("itemprop") == "datePublished"
    if not is_time and element not in dated:
        return None, False, False
    text = element_text(element)
    if not text or len(text) > 160 or in_boilerplate(element):
        return None, False, False
    published = _UPDATED.sub(" ", text) if _UPDATED.search(text) else text
    on_its_own = parse_date(published)
    shown = on_its_own or parse_date(text)
    marked = parse_date(element.get("datetime") or element.get("content")) if is_time else None
    if marked and not (shown and within_a_day(marked, shown)):
        shown = marked
    if not shown:
        return None, False, False
    day = shown[:10]
    return day, published is not text and not on_its_own, _says_original(text, day)


def _says_original(text: str, day: str) -> bool:
    """Whether ``text`` calls ``day`` the first publication ("This article was originally
    published on 26 Sep 2019 but has been regularly updated")."""
    return any(
        (parse_date(text[match.end() : match.end() + ORIGINAL_CHARS]) or "")[:10] == day
        for match in _ORIGINAL.finditer(text)
    )


def _lineage(headline: lxml.html.HtmlElement | None) -> dict[Any, int]:
    """The headline and its ancestors (below ``body``), each with its height above it."""
    lineage: dict[Any, int] = {}
    node, height = headline, 0
    while node is not None and node.tag not in _PAGE_LEVEL:
        lineage[node] = height
        node, height = node.getparent(), height + 1
    return lineage


def _near(element: lxml.html.HtmlElement, lineage: dict[Any, int]) -> bool:
    """Whether ``element`` shares a block with the headline within ``NEAR_LEVELS`` levels."""
    node, depth = element, 0
    while node is not None and depth <= NEAR_LEVELS:
        if node in lineage:
            return True
        node, depth = node.getparent(), depth + 1
    return False
