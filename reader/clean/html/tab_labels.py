"""Tab panels named by their tabs.

A documentation page shows one platform's or one language's steps at a time, in tab panels
(``role="tabpanel"``) that its tabs (``role="tab"``, ``aria-controls`` or ``href="#id"``)
name: "Windows", "macOS", "Linux"; "GCP", "AWS", "Azure". The reader shows every panel of
such a page (:func:`reader.clean.html.doc_page.keeps_tab_panels`) and drops the row of tabs
as a page's control: the panels stood one after another with nothing to say which was which
(nine YAML blocks, no cloud named). Each panel is headed by its tab's words, a heading one
level under the page's heading before it (an h3 at the highest).

Tabs that name no panel (Docusaurus: ``<li role="tab">Linux</li>``, no ``aria-controls``)
name in order the panels after their row in the nearest container holding any, when there are
as many panels as tabs; the row of tabs, a list of names, goes once its panels are headed.
A panel left empty until its tab is chosen (a script fills it) gets no heading.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right

from lxml.html import HtmlElement

from reader.clean.html.blocks import HEADINGS
from reader.clean.html.dropping import drop
from reader.clean.meta.text import element_text

__all__ = ["head_panels", "label_tab_panels"]

MAX_LABEL_WORDS = 6  # a tab's name ("Red Hat Enterprise Linux 9"), not a sentence
MIN_LEVEL = 3  # under a section's h2 at least: a panel is no section of the page
_HEADINGS = tuple(HEADINGS)


def _panel_ids(tree: HtmlElement) -> dict[str, HtmlElement]:
    return {
        panel.get("id", ""): panel
        for panel in tree.iter()
        if isinstance(panel.tag, str) and panel.get("role") == "tabpanel" and panel.get("id")
    }


def _named(tree: HtmlElement, panels: dict[str, HtmlElement]) -> dict[HtmlElement, str]:
    """Each panel a tab of two or more in its row names, with the tab's words."""
    named: dict[HtmlElement, str] = {}
    for tab in tree.iter():
        if not isinstance(tab.tag, str) or tab.get("role") != "tab":
            continue
        target = tab.get("aria-controls") or (tab.get("href") or "").removeprefix("#")
        panel = panels.get(target.strip())
        label = element_text(tab)
        if panel is not None and label and len(label.split()) <= MAX_LABEL_WORDS:
            named.setdefault(panel, label)
    return named if len(named) >= 2 else {}


def _has_role(element: object, role: str) -> bool:
    return isinstance(getattr(element, "tag", None), str) and element.get("role") == role


def _labels(row: HtmlElement) -> list[str]:
    """The words of the tabs of ``row`` that name no panel (none if one does, or one is no
    tab's name)."""
    tabs = [tab for tab in row.iter() if _has_role(tab, "tab")]
    if any(tab.get("aria-controls") or (tab.get("href") or "").startswith("#") for tab in tabs):
        return []
    labels = [element_text(tab) for tab in tabs]
    if not all(label and len(label.split()) <= MAX_LABEL_WORDS for label in labels):
        return []
    return labels


class _Order:
    """The page's elements in document order: where each stands, where its subtree ends,
    and its tab panels' places, so that the panels after a row of tabs are found by
    bisection, not by walking its containers (a page of thousands of rows took minutes)."""

    def __init__(self, tree: HtmlElement) -> None:
        order = list(tree.iter())
        self.place = {element: n for n, element in enumerate(order)}
        self.end: dict[HtmlElement, int] = {}  # the place after an element's last descendant
        for element in reversed(order):
            last = element[-1] if isinstance(element.tag, str) and len(element) else None
            self.end[element] = self.end[last] if last is not None else self.place[element] + 1
        self.panels = [element for element in order if _has_role(element, "tabpanel")]
        self.panel_places = [self.place[panel] for panel in self.panels]

    def after(self, row: HtmlElement, most: int) -> list[HtmlElement]:
        """The panels after ``row`` in the nearest container of it holding any, none inside
        another of them (a panel's own tabs' panels are theirs); counted no further than
        one past ``most``."""
        first = bisect_right(self.panel_places, self.place[row])
        if first == len(self.panels):
            return []
        container = next(
            (a for a in row.iterancestors() if self.end[a] > self.panel_places[first]), None
        )
        if container is None:
            return []
        stop = bisect_left(self.panel_places, self.end[container])
        outer: list[HtmlElement] = []
        index = first
        while index < stop and len(outer) <= most:
            panel = self.panels[index]
            outer.append(panel)
            index = max(index + 1, bisect_left(self.panel_places, self.end[panel], index))
        return outer


def _named_in_order(tree: HtmlElement) -> tuple[dict[HtmlElement, str], list[HtmlElement]]:
    """Each panel named by the tab of its place in a row of tabs that name no panel, and
    those rows."""
    named: dict[HtmlElement, str] = {}
    rows: list[HtmlElement] = []
    order: _Order | None = None
    for row in [row for row in tree.iter() if _has_role(row, "tablist")]:
        labels = _labels(row)
        if len(labels) < 2:
            continue
        order = order or _Order(tree)
        outer = order.after(row, len(labels))
        if len(outer) == len(labels):
            named.update(zip(outer, labels, strict=True))
            rows.append(row)
    return named, rows


def label_tab_panels(tree: HtmlElement) -> None:
    """Head each tab panel of ``tree`` that a tab names with the tab's words."""
    panels = _panel_ids(tree)
    named = _named(tree, panels) if len(panels) >= 2 else {}
    if not named:
        named, rows = _named_in_order(tree)
        for row in rows:
            drop(row)
    named = {panel: label for panel, label in named.items() if _holds_content(panel)}
    if named:
        head_panels(tree, named)


def _holds_content(panel: HtmlElement) -> bool:
    """Whether ``panel`` holds words or a picture, a listing, a table: not a placeholder a
    script fills when its tab is chosen (headlessui's empty ``<span role="tabpanel">``),
    which a heading over nothing would only mislead about."""
    if panel.text_content().strip():
        return True
    return next(panel.iter("img", "pre", "table", "video", "iframe"), None) is not None


def head_panels(tree: HtmlElement, named: dict[HtmlElement, str]) -> None:
    """Head each panel of ``named`` with its words: a heading one level under the page's
    heading before it (an h3 at the highest)."""
    level = 2  # the level of the page's last heading before the panel
    for element in list(tree.iter(*_HEADINGS, *{panel.tag for panel in named})):
        if element.tag in _HEADINGS:
            level = int(element.tag[1])
        elif element in named:
            heading = element.makeelement(f"h{min(6, max(MIN_LEVEL, level + 1))}", {})
            heading.text = named[element]
            element.insert(0, heading)
