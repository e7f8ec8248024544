"""Tab panels named by their tabs.

A documentation page shows one platform's or one language's steps at a time, in tab panels
(``role="tabpanel"``) that its tabs (``role="tab"``, ``aria-controls`` or ``href="#id"``)
name: "Windows", "macOS", "Linux"; "GCP", "AWS", "Azure". The reader shows every panel of
such a page (:func:`reader.clean.html.doc_page.keeps_tab_panels`) and drops the row of tabs
as a page's control: the panels stood one after another with nothing to say which was which
(nine YAML blocks, no cloud named). Each panel is headed by its tab's words, a heading one
level under the page's heading before it (an h3 at the highest).
"""

from __future__ import annotations

from lxml.html import HtmlElement

from reader.clean.html.blocks import HEADINGS
from reader.clean.meta.text import element_text

__all__ = ["label_tab_panels"]

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


def label_tab_panels(tree: HtmlElement) -> None:
    """Head each tab panel of ``tree`` that a tab names with the tab's words."""
    panels = _panel_ids(tree)
    if len(panels) < 2:
        return
    named = _named(tree, panels)
    if not named:
        return
    level = 2  # the level of the page's last heading before the panel
    for element in list(tree.iter(*_HEADINGS, *{panel.tag for panel in named})):
        if element.tag in _HEADINGS:
            level = int(element.tag[1])
        elif element in named:
            heading = element.makeelement(f"h{min(6, max(MIN_LEVEL, level + 1))}", {})
            heading.text = named[element]
            element.insert(0, heading)
