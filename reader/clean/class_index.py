"""A cheap index of the elements that carry an id, a class or an itemprop.

Walking every element and testing a regex on each costs microseconds per element. Built once
per page (one XPath query) and shared by the metadata, consent and pull-quote steps, the index
joins the attribute values once and finds candidates with plain substring scans, so a regex
only ever runs on the few elements that can match.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable
from functools import partial
from itertools import accumulate
from operator import add

from lxml import etree
from lxml.html import HtmlElement

from reader.core.lazy import lazy_re

# "descendant::" rather than ".//": libxml2 evaluates "//*[test]" child by child, 3-10x slower.
_FEATURED = etree.XPath("descendant::*[@id or @class or @itemprop]")
_BODIES = etree.XPath("//body")
# a layout modifier names where an element stands beside the page's furniture ("has-sidebar",
# "under-menu", "no-sidebar", "with-nav"), not furniture
_LAYOUT_MODIFIER = lazy_re(
    r"(?<!\S)(?:no|has|with|without|under|below|above|after|before)[-_]\S*", re.I
)


def without_modifiers(names: str) -> str:
    """A ``"class id"`` string without its layout modifiers ("wrap has-sidebar" -> "wrap")."""
    if "-" not in names and "_" not in names:
        return names
    return _LAYOUT_MODIFIER.sub(" ", names)


def page_root(tree: HtmlElement) -> HtmlElement:
    """The document's root element (what an XPath starting with "//" searches)."""
    return tree.getroottree().getroot()


# the attributes whose values :meth:`ClassIndex.search` and :meth:`ClassIndex.find` scan
_SCANNED = ("id", "class")


class ClassIndex:
    """Elements with an ``id``, ``class`` or ``itemprop``, in document order."""

    def __init__(self, root: HtmlElement, elements: list[HtmlElement] | None = None) -> None:
        self.elements: list[HtmlElement] = elements if elements is not None else _FEATURED(root)
        self._joined: dict[tuple[str, ...], tuple[str, list[int]]] = {}
        self._columns: dict[str, list[str]] = {}

    @classmethod
    def of_page(cls, tree: HtmlElement) -> ClassIndex:
        """The index of a whole page: the elements inside its ``<body>``."""
        return cls(tree, [element for body in _BODIES(tree) for element in _FEATURED(body)])

    def _column(self, name: str) -> list[str]:
        """Each element's value of attribute ``name`` ("" if it has none), read once."""
        column = self._columns.get(name)
        if column is None:
            column = self._columns[name] = [element.get(name) or "" for element in self.elements]
        return column

    def having(self, name: str, value: str) -> list[HtmlElement]:
        """Elements whose attribute ``name`` (one the index holds: id, class, itemprop) is
        ``value``, in document order, each once: what "//body/descendant::*/@itemprop[. =
        'value']/.." finds in the page, without walking it again."""
        column = self._column(name)
        return list(dict.fromkeys(
            element for element, own in zip(self.elements, column, strict=True) if own == value
        ))

    def _values(self, attributes: tuple[str, ...]) -> list[str]:
        """Per element the space-joined values of ``attributes``."""
        columns = [self._column(name) for name in attributes]
        if len(columns) == 1:
            return columns[0]
        return list(map(" ".join, zip(*columns, strict=True)))

    def _text(self, attributes: tuple[str, ...]) -> tuple[str, list[int]]:
        """The elements' values of ``attributes``, lower-cased and joined by a blank line,
        and where each element starts in that text."""
        cached = self._joined.get(attributes)
        if cached is None:
            values = self._values(attributes)
            joined = "\n\n".join(values)
            text = joined.lower()  # (at once: one call, not one a value)
            if len(text) != len(joined):  # a capital whose small letter is longer ("İ")
                values = [value.lower() for value in values]
                text = "\n\n".join(values)
            cached = self._joined[attributes] = (text, value_starts(values, 2))
        return cached

    def search(self, pattern: re.Pattern[str]) -> list[HtmlElement]:
        """Elements whose lower-cased ``"id class"`` matches ``pattern`` (no newlines in it)."""
        text, starts = self._text(_SCANNED)
        found: list[HtmlElement] = []
        last = -1
        for match in pattern.finditer(text):
            # +1: a match may begin on the newline just before its element's value
            index = bisect_right(starts, match.start() + 1) - 1
            if index != last:
                found.append(self.elements[index])
                last = index
        return found

    def find(
        self, pattern: re.Pattern[str], literals: Iterable[str], *attributes: str
    ) -> list[HtmlElement]:
        """Elements whose space-joined ``attributes`` values match ``pattern``, in order.

        ``literals`` are lower-case strings of which every match of ``pattern`` contains one:
        they pick the candidates quickly, then ``pattern`` decides on each value as it is.
        """
        # the ids and classes together: one text a page, whichever of them is asked for (an
        # element holding a literal in its class holds it there)
        scanned = _SCANNED if set(attributes) <= set(_SCANNED) else attributes
        text, starts = self._text(scanned)
        candidates: set[int] = set()
        for literal in literals:
            position = text.find(literal)
            while position >= 0:
                candidates.add(bisect_right(starts, position) - 1)
                position = text.find(literal, position + 1)
        columns = [self._column(name) for name in attributes]
        return [
            self.elements[index]
            for index in sorted(candidates)
            if pattern.search(" ".join(column[index] for column in columns))
        ]


def owners(values: Iterable[etree._ElementUnicodeResult]) -> list[HtmlElement]:
    """The elements of attribute values an XPath found (in document order, an element's
    values together), in that order, each once."""
    found: list[HtmlElement] = []
    for value in values:
        element = value.getparent()
        if not found or found[-1] is not element:
            found.append(element)
    return found


def owners_matching(
    values: list[etree._ElementUnicodeResult], pattern: re.Pattern[str], fold: bool = False
) -> list[HtmlElement]:
    """The elements (as :func:`owners` gives them) of the ``values`` in which ``pattern``
    matches (each value lower-cased first, with ``fold``). The values are searched joined by
    newlines, in one pass (``pattern`` never matches a newline): a regex run on each of a
    page's values costs more than the rest of the test."""
    texts: list[str] = values  # type: ignore[assignment]
    text = "\n".join(values)
    if fold:
        lowered = text.lower()  # (at once: one call, not one a value)
        if len(lowered) != len(text):  # a capital whose small letter is longer ("İ")
            texts = [value.lower() for value in values]
            lowered = "\n".join(texts)
        text = lowered
    starts = value_starts(texts, 1)
    found: list[HtmlElement] = []
    last = -1
    for match in pattern.finditer(text):
        index = bisect_right(starts, match.start()) - 1
        if index != last:
            last = index
            element = values[index].getparent()
            if not found or found[-1] is not element:
                found.append(element)
    return found


def value_starts(values: list[str], gap: int) -> list[int]:
    """Where each of ``values`` starts in them joined by ``gap`` characters: the lengths
    before it, each with its gap (in C calls: a Python loop over a page's elements costs as
    much as the rest)."""
    starts = list(accumulate(map(partial(add, gap), map(len, values)), initial=0))
    starts.pop()
    return starts
