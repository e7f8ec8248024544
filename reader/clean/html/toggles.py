"""Accordion toggles read as the headings they are.

A guide or an FAQ folds its sections: each section's heading is a button that opens it, and
the reader drops buttons as controls, so the answers stood without their questions. A button
that opens a section (``aria-expanded``, ``aria-controls``, or a name that says so:
"accordion", "faq", "toggle") is its section's heading:

- inside a heading (the WAI-ARIA accordion, ``<h3><button aria-expanded>Fit</button></h3>``):
  the button becomes a ``<span>``, so its words are the heading's, and it still names its
  panel; holding a heading: the heading takes the button's place;
- standing alone before its panel (``<button aria-controls="a1">Is it worth it?</button>
  <div id="a1">...</div>``): the button becomes a heading one level under the page's heading
  before it, when its label is a few words and not a control's ("Show more"), and its panel
  (the element it names, or the next one) reads as prose.

Never a tab (``role="tab"``), nor a toggle inside a dialog or a menu: those are the page's.
"""

from __future__ import annotations

import re

from lxml.html import HtmlElement

from reader.clean.html.blocks import HEADINGS
from reader.clean.html.collapsed import OPENS, in_dialog, is_prose
from reader.clean.meta.text import element_text
from reader.core.lazy import lazy_re

__all__ = ["read_toggle_headings"]

MAX_LABEL_WORDS = 40  # a heading (a long FAQ question), not a paragraph set in a button
MAX_LABEL_CHARS = 300
WRAPPER_DEPTH = 2  # wrappers holding only the button climbed to find its panel
_HEADINGS = tuple(HEADINGS)
_MENUS = frozenset({"nav", "menu"})
_MENU_ROLES = frozenset({"navigation", "menu", "menubar", "tablist"})
# a control's label: "Show more", "Read more", "Expand all", "Close", "Menu"
_CONTROL_LABEL = lazy_re(
    r"^(?:show|hide|expand|collapse|open|close|toggle|view|see|load|skip|back|"
    r"read\s+(?:more|less|full)|more|less|menu)\b",
    re.IGNORECASE,
)


def read_toggle_headings(tree: HtmlElement) -> None:
    """Make each section toggle of the page the heading it is (see the module's rules)."""
    buttons = [b for b in tree.iter("button") if _is_toggle(b)]
    if not buttons:
        return
    chosen = set(buttons)
    ids: dict[str, HtmlElement] | None = None
    level = 2  # the level of the page's last heading of its own (not a toggle made one)
    for element in list(tree.iter("button", *_HEADINGS)):
        if element.tag != "button":
            level = int(element.tag[1])
            continue
        if element not in chosen:
            continue
        heading = _heading_around(element)
        inner = next(element.iterdescendants(*_HEADINGS), None)
        label = element_text(element, skip=frozenset({"svg"}))
        if heading is None and inner is None and not _is_label(label):
            continue
        if ids is None and element.get("aria-controls"):
            ids = {node.get("id"): node for node in tree.iter() if node.get("id")}
        panel = _panel(element, heading, ids or {})
        if panel is None or not is_prose(panel):
            continue  # opens nothing to read (or nothing yet: a page that streams it later)
        if heading is not None:  # its words read as the heading's; it still opens its panel
            element.tag = "span"
        elif inner is not None:
            _stand_for(element, inner)
        else:
            element.tag = f"h{min(level + 1, 6)}"


def _stand_for(button: HtmlElement, heading: HtmlElement) -> None:
    """The heading in its place (the button's icons and wrappers gone), opening its panel."""
    for name in ("aria-controls", "aria-expanded"):
        if button.get(name) is not None:
            heading.set(name, button.get(name))
    heading.tail = button.tail
    parent = button.getparent()
    if parent is not None:
        parent.replace(button, heading)


def _is_toggle(button: HtmlElement) -> bool:
    if button.get("role") == "tab" or _in_menu(button) or in_dialog(button):
        return False
    if button.get("aria-expanded") is not None or button.get("aria-controls"):
        return True
    parent = button.getparent()
    return bool(
        OPENS.search(_names(button)) or (parent is not None and OPENS.search(_names(parent)))
    )


def _names(element: HtmlElement) -> str:
    return f"{element.get('class', '')} {element.get('id', '')}"


def _in_menu(element: HtmlElement) -> bool:
    return any(
        node.tag in _MENUS or node.get("role") in _MENU_ROLES for node in element.iterancestors()
    )


def _heading_around(element: HtmlElement) -> HtmlElement | None:
    return next(element.iterancestors(*_HEADINGS), None)


def _is_label(label: str) -> bool:
    words = label.split()
    return (
        0 < len(words) <= MAX_LABEL_WORDS
        and len(label) <= MAX_LABEL_CHARS
        and not _CONTROL_LABEL.match(label)
    )


def _panel(
    button: HtmlElement, heading: HtmlElement | None, ids: dict[str, HtmlElement]
) -> HtmlElement | None:
    """The section the button opens: the element its ``aria-controls`` names, or the next
    element after it, or after the heading around it (past the wrappers that hold it alone)."""
    for name in (button.get("aria-controls") or "").split():
        if name in ids:
            return ids[name]
    node = heading if heading is not None else button
    for _ in range(WRAPPER_DEPTH + 1):
        after = node.getnext()
        while after is not None and not isinstance(after.tag, str):
            after = after.getnext()
        if after is not None:
            return after
        parent = node.getparent()
        if parent is None or len(parent) != 1 or (parent.text or "").strip():
            return None
        node = parent
    return None
