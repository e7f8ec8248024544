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
    """Every text, tail and attribute of ``tree`` without controls (see the module)."""
    for element in tree.iter():
        text, tail = element.text, element.tail
        if text and (cleared := without_tree_controls(text)) != text:
            element.text = cleared
        if tail and (cleared := without_tree_controls(tail)) != tail:
            element.tail = cleared
        if not isinstance(element.tag, str):
            continue
        for name, value in list(element.attrib.items()):
            cleared = without_tree_controls(value)
            if cleared == value:
                continue
            if name.lower() in _ADDRESSES:
                del element.attrib[name]
            else:
                element.set(name, cleared)
