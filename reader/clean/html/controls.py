"""Controls out of a parsed page: a stray NUL, backspace, form feed or ESC in one paragraph
(raw, or as "&#x1b;") must not make the whole page unreadable, as lxml refuses any change to
text that holds one. Text is cleared of them; an address holding one is dropped, not made
into a plausible one ("/p/\\x1b]52;..." is not "/p/")."""

from __future__ import annotations

from lxml.html import HtmlElement

from reader.core.sanitize import without_tree_controls

# Attributes that hold addresses (a page's links, pictures, sources, forms).
_ADDRESSES = frozenset(
    {"href", "src", "srcset", "data-src", "data-srcset", "data-lazy-src", "data-original",
     "poster", "action", "formaction", "cite", "background", "longdesc", "usemap", "data"}
)


def clear_controls(tree: HtmlElement) -> None:
    """Every text, tail and attribute of ``tree`` without controls (see the module); an
    attribute whose name holds one goes whole (lxml can neither change nor delete it alone:
    the element's attributes are set again without it)."""
    for element in tree.iter():
        text, tail = element.text, element.tail
        if text and (cleared := without_tree_controls(text)) != text:
            element.text = cleared
        if tail and (cleared := without_tree_controls(tail)) != tail:
            element.tail = cleared
        if not isinstance(element.tag, str):
            continue
        items = list(element.attrib.items())
        kept = []
        for name, value in items:
            cleared = without_tree_controls(value)
            if without_tree_controls(name) != name or (
                    cleared != value and name.lower() in _ADDRESSES):
                continue
            kept.append((name, cleared))
        if kept != items:
            element.attrib.clear()
            for name, value in kept:
                element.set(name, value)
