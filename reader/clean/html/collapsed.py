"""Collapsed sections: hidden text a reader opens with a click (accordions, disclosures).

A page hides much that is not the article (menus, dialogs, other languages' copies), and
``readable`` drops what is hidden. But a guide often folds its own sections into an
accordion: each heading is a button and its text is hidden until pressed. That text is
the article. A hidden element is such a section when it reads as prose and the page marks it
as one that opens:

- the WAI-ARIA accordion panel: ``role="region"`` named by its header (``aria-labelledby``);
- the disclosure pattern: its id is in the ``aria-controls`` of a button with ``aria-expanded``;
- a name that says so ("accordion", "collapsible", "faq-answer") on it or its parent;
- a heading or button just before it, its toggle.

Never a dialog, a modal or a popup, even with a toggle: those are the page's, not the story's.
"""

from __future__ import annotations

import re

from lxml import etree
from lxml.html import HtmlElement

from reader.clean.html.prose import SENTENCE_END, linked_words
from reader.core.lazy import lazy_re

__all__ = ["OPENS", "Toggles", "in_dialog", "is_collapsed_section", "is_prose"]

COLLAPSED_WORDS = 12  # the fewest words of prose a collapsed section holds
COLLAPSED_LINKS = 0.3  # at most this share of its words in links
DIALOG_DEPTH = 4  # how far up a dialog around it is looked for
OPENS = lazy_re(r"accordion|collaps|expand|disclosure|faq|toggle", re.IGNORECASE)
_DIALOG = lazy_re(r"modal|dialog|popup|pop-up|lightbox|overlay|drawer", re.IGNORECASE)
_DIALOG_ROLES = frozenset({"dialog", "alertdialog"})
_TOGGLE_TAGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6", "button", "summary", "dt"})
_CONTROLLERS = etree.XPath("descendant-or-self::*[@aria-controls and @aria-expanded]")

class Toggles:
    """The ids named by the page's toggle buttons (``aria-controls`` with ``aria-expanded``),
    looked up on the first question: most hidden elements are settled before it."""

    def __init__(self, root: HtmlElement) -> None:
        self._root = root
        self._ids: frozenset[str] | None = None

    def __contains__(self, name: object) -> bool:
        if self._ids is None:
            self._ids = frozenset(
                name
                for el in _CONTROLLERS(self._root)
                for name in (el.get("aria-controls") or "").split()
            )
        return name in self._ids


def _names(element: HtmlElement) -> str:
    """Its class, id and ``data-*`` values: where a page names what an element does."""
    values = [element.get("class", ""), element.get("id", "")]
    values.extend(v for k, v in element.attrib.items() if k.startswith("data-") and len(v) < 80)
    return " ".join(values)


def in_dialog(element: HtmlElement) -> bool:
    node: HtmlElement | None = element
    for _ in range(DIALOG_DEPTH):
        if node is None or not isinstance(node.tag, str):
            return False
        if node.get("role") in _DIALOG_ROLES or node.get("aria-modal") == "true":
            return True
        if _DIALOG.search(f"{node.get('class', '')} {node.get('id', '')}"):
            return True
        node = node.getparent()
    return False


def _opens(element: HtmlElement, controlled: Toggles) -> bool:
    """The page marks ``element`` as a section that opens (see the module's list)."""
    if element.get("role") == "region" and element.get("aria-labelledby"):
        return True
    parent = element.getparent()
    if OPENS.search(_names(element)) or (parent is not None and OPENS.search(_names(parent))):
        return True
    before = element.getprevious()
    while before is not None and not isinstance(before.tag, str):
        before = before.getprevious()
    if before is not None and (
        before.tag in _TOGGLE_TAGS or before.get("aria-expanded") is not None
    ):
        return True
    name = element.get("id")
    return bool(name) and name in controlled


def is_prose(element: HtmlElement) -> bool:
    text = element.text_content()
    words = len(text.split())
    if words < COLLAPSED_WORDS or not SENTENCE_END.search(text):
        return False
    return linked_words(element) <= COLLAPSED_LINKS * words


def is_collapsed_section(element: HtmlElement, controlled: Toggles) -> bool:
    """``element`` (hidden) is a section of text the reader opens with a click."""
    return _opens(element, controlled) and not in_dialog(element) and is_prose(element)
