"""The dates a page shows in its byline and date elements, the article's own first.

Ranked by where they stand: next to the headline (same header block) first, then after it,
then above it (often the masthead's "today"); dates of a list of items last (a class that
repeats with different days: related posts, cards, archives)."""

from __future__ import annotations

import re
from collections import defaultdict
from typing import Any

import lxml.html
from lxml import etree

from reader.clean.class_index import ClassIndex
from reader.clean.meta.dates import parse_date
from reader.clean.meta.text import element_text, in_boilerplate

DATE_WORDS = ("date", "time", "publish", "posted", "byline", "author", "meta")
DATE_CLASS = re.compile("|".join(DATE_WORDS), re.I)
_UPDATED = re.compile(r"\b(?:updated|modified|edited)\b[^|;]*", re.I)
# A date this many levels or fewer below the block it shares with the headline stands
# next to it ("header > div.meta > time").
NEAR_LEVELS = 4
_PAGE_LEVEL = ("body", "html")
_SKIP = ("script", "style", "noscript", "template")
# compiled once; "descendant::" rather than "//*[test]", which libxml2 runs child by child
_CANDIDATES = etree.XPath(
    "$dated | //time | //h1 | //body/descendant::*[@itemprop='datePublished']"
)


def shown_dates(
    tree: lxml.html.HtmlElement, limit: int = 12, index: ClassIndex | None = None
) -> list[str]:
    """Days (YYYY-MM-DD) written in byline/date elements and ``<time>``s, best first."""
    headline = next((h for h in tree.iter("h1") if not in_boilerplate(h)), None)
    lineage = _lineage(headline)
    dated = set((index or ClassIndex.of_page(tree)).find(DATE_CLASS, DATE_WORDS, "class", "id"))
    elements = _CANDIDATES(tree, dated=list(dated))
    found: list[tuple[str, tuple[str, str], bool, bool]] = []  # day, kind, near, before
    before = headline is not None
    for element in elements:
        if element is headline:
            before = False
            continue
        if element.tag in ("script", "style", "meta", "h1"):
            continue
        day = _date_of(element, dated)
        if day:
            kind = (element.tag, " ".join((element.get("class") or "").split()))
            found.append((day, kind, _near(element, lineage), before))
            if len(found) >= 4 * limit:
                break
    days_of_kind: dict[tuple[str, str], set[str]] = defaultdict(set)
    for day, kind, _near_it, _before in found:
        days_of_kind[kind].add(day)
    ranked = sorted(
        range(len(found)),
        key=lambda i: (len(days_of_kind[found[i][1]]) > 1, not found[i][2], found[i][3], i),
    )
    days: list[str] = []
    for i in ranked:
        if found[i][0] not in days:
            days.append(found[i][0])
    return days[:limit]


def headline_block_date(
    tree: lxml.html.HtmlElement, levels: int = 3, budget: int = 300
) -> str | None:
    """A day written on its own, unmarked, in the headline's block ("<h1>..</h1><p>Dec 12,
    2025</p>"): the nearest block around the headline first, up to ``levels`` levels."""
    headline = next((h for h in tree.iter("h1") if not in_boilerplate(h)), None)
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
            text = (element.text or "").strip()
            if 6 <= len(text) <= 60 and any(c.isdigit() for c in text):
                found = parse_date(text)
                if found:
                    return found[:10]
    return None


def _date_of(element: lxml.html.HtmlElement, dated: set[Any]) -> str | None:
    """The day an element shows: its own markup (``datetime``) before its visible text."""
    is_time = element.tag == "time" or element.get("itemprop") == "datePublished"
    if not is_time and element not in dated:
        return None
    text = element_text(element)
    if not text or len(text) > 160 or in_boilerplate(element):
        return None
    found = parse_date(element.get("datetime") or element.get("content")) if is_time else None
    if not found:
        published = _UPDATED.sub(" ", text) if _UPDATED.search(text) else text
        found = parse_date(published) or parse_date(text)
    return found[:10] if found else None


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
