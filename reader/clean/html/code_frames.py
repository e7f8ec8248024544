"""The furniture a highlighter sets around a code listing, outside its ``<pre>``.

- A gutter of line numbers beside the ``<pre>`` (VitePress's ``line-numbers-wrapper``: "1",
  "2", "3" in an element of its own after the code) read as a paragraph "1 2 3" under the
  listing: an element a gutter's class names, holding only numbers counting up from 0 or
  1, beside a ``<pre>`` goes.
- A listing's frame titled for a screen reader (Expressive Code, Astro Starlight's
  highlighter: ``<figcaption><span class="sr-only">Terminal window</span></figcaption>``
  over a shell's commands) read as a line "Terminal window" over every command: text only
  a screen reader hears inside the caption of a ``<figure>`` around code and no picture
  goes. Elsewhere screen-reader text stays (a reading view keeps it).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from lxml.html import HtmlElement

from reader.clean.explain import DropLog
from reader.clean.html.code_blocks import is_line_numbers
from reader.clean.html.dropping import drop
from reader.clean.meta.caption import titles_a_listing
from reader.core.lazy import lazy_re

__all__ = ["clear_code_frames"]

_GUTTER_CLASS = lazy_re(r"(?:^|[\s_-])(?:line-?numbers?|linenos?|gutter)(?:$|[\s_-])", re.I)
_SCREEN_READER_CLASS = lazy_re(
    r"(?:^|\s)(?:sr-only|visually-?hidden|screen-reader-(?:text|only)|a11y-hidden)(?:$|\s)"
)


class _Listings:
    """Where the page's ``<pre>`` listings are: each ``<pre>`` and every element holding
    one (each found once, from the listings up), and per parent the count of its children
    among them, so that each element's siblings are counted once for all of them (a row of
    8,000 gutters beside one listing had each gutter read all the others: 2 minutes)."""

    def __init__(self, tree: HtmlElement) -> None:
        self.holders: set[HtmlElement] = set()
        for pre in tree.iter("pre"):
            for element in (pre, *_until(pre.iterancestors(), self.holders)):
                self.holders.add(element)
        self._counts: dict[HtmlElement, int] = {}

    def beside(self, element: HtmlElement) -> bool:
        """Whether a sibling of ``element`` is a ``<pre>`` or holds one."""
        parent = element.getparent()
        if parent is None:
            return False
        count = self._counts.get(parent)
        if count is None:
            count = self._counts[parent] = sum(child in self.holders for child in parent)
        return count - (element in self.holders) > 0


def _until(elements: Iterator[HtmlElement], seen: set[HtmlElement]) -> Iterator[HtmlElement]:
    """``elements`` up to the first one in ``seen`` (the way up from there is in it too)."""
    for element in elements:
        if element in seen:
            return
        yield element


def _is_gutter(element: HtmlElement, listings: _Listings) -> bool:
    """A line-number gutter standing beside its listing, outside the ``<pre>``."""
    if element.tag == "pre" or not _GUTTER_CLASS.search(element.get("class") or ""):
        return False
    text = " ".join(element.itertext()).strip()  # (spans one a line, ``<br>`` between)
    return text[:1] in ("0", "1") and is_line_numbers(text) and listings.beside(element)


def clear_code_frames(tree: HtmlElement, log: DropLog | None = None) -> None:
    """Drop the gutters beside code listings and the screen-reader titles of their frames
    (see the module's rules), each recorded in ``log`` as "code-frame". Both stand by a
    ``<pre>``: a page without one is not walked."""
    listings = _Listings(tree)
    if not listings.holders:
        return
    gone: list[HtmlElement] = []
    for element in tree.iter("div", "span", "td", "figcaption"):
        if element.tag == "figcaption":
            if titles_a_listing(element):
                gone += [
                    node
                    for node in element.iter()
                    if _SCREEN_READER_CLASS.search(node.get("class") or "")
                ]
        elif _is_gutter(element, listings):
            gone.append(element)
    for element in gone:
        if element.getparent() is not None:
            drop(element, log, "code-frame")
