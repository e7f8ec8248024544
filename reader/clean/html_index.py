"""A cheap index of the elements that carry an id or a class, searched with one regex.

Walking every element and testing a regex on each costs microseconds per element; joining the
``id class`` strings once and running each regex over the joined text is several times faster.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from lxml.html import HtmlElement


class ClassIndex:
    """Elements with an ``id`` or ``class``, in document order, with their joined features."""

    def __init__(self, root: HtmlElement) -> None:
        self.elements: list[HtmlElement] = root.xpath(".//*[@id or @class]")
        features = [f"{el.get('id', '')} {el.get('class', '')}" for el in self.elements]
        self._starts: list[int] = []
        position = 0
        for feature in features:
            self._starts.append(position)
            position += len(feature) + 1
        self._text = "\n".join(features).lower()

    def search(self, pattern: re.Pattern[str]) -> list[HtmlElement]:
        """Elements whose lower-cased ``"id class"`` matches ``pattern`` (no newlines in it)."""
        found: list[HtmlElement] = []
        last = -1
        for match in pattern.finditer(self._text):
            index = bisect_right(self._starts, match.start()) - 1
            if index != last:
                found.append(self.elements[index])
                last = index
        return found
