"""A section made of links: a tutorial's topics under their heading, part of the article.

A learning site's guide lists, under each heading of its text ("1. Data Preprocessing",
"Sorting Algorithms"), the pages that teach it: the list is that section's text.
readability drops every list mostly of links, leaving the heading with nothing under it.
A list of links is kept where it is a section's body: a heading (or a line introducing it,
"...are:", or the heading and one paragraph) just before it, and more of the article (a
heading or a paragraph) after it.
A heading that names related reading ("Related articles", "Read more", "Popular") does not
make one, nor does a list that ends its container (where related links stand).
"""

from __future__ import annotations

import re

from lxml.html import HtmlElement

from reader.clean.html.prose import one_line
from reader.core.lazy import lazy_re

_HEADINGS = frozenset({"h2", "h3", "h4", "h5", "h6"})
_AFTER = _HEADINGS | {"p"}
MIN_ITEMS = 2
_RELATED = lazy_re(
    r"\b(?:related|read (?:more|next|also)|more (?:from|on|in|stories|articles|news|reads?)|"
    r"also (?:read|see|like)|see also|recommended|popular|trending|latest|you (?:may|might)|"
    r"further reading|similar|tags?|categor(?:y|ies)|share|follow|newsletter|sponsored)\b",
    re.IGNORECASE,
)


def _names_a_page(link: HtmlElement) -> bool:
    href = (link.get("href") or "").strip()
    return bool(href) and not href.startswith("#") and bool(one_line(link))


def _all_linked(items: list[HtmlElement]) -> bool:
    """Every item names another page: a link in each ("The <a>BITFIELD</a> command." too),
    not a place in this one (a table of contents)."""
    return all(any(_names_a_page(a) for a in item.iter("a")) for item in items)


def _introduced(before: HtmlElement | None) -> bool:
    """A heading of the article's own (not of related reading), or a line ending in ':'."""
    if before is None:
        return False
    text = one_line(before)
    if before.tag in _HEADINGS:
        return bool(text) and _RELATED.search(text) is None
    return before.tag == "p" and text.endswith(":") and _RELATED.search(text) is None


def is_section_links(element: HtmlElement) -> bool:
    """Whether the list ``element`` is a section's body of links (see the module)."""
    items = [child for child in element if child.tag == "li"]
    if len(items) < MIN_ITEMS or not _all_linked(items):
        return False
    after = element.getnext()
    if after is None or after.tag not in _AFTER:
        return False
    before = element.getprevious()
    if before is not None and before.tag == "p" and not _introduced(before):
        before = before.getprevious()  # (a section's line of introduction, under its heading)
        return before is not None and before.tag in _HEADINGS and _introduced(before)
    return _introduced(before)


__all__ = ["is_section_links"]
