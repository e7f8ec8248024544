"""A documentation page's pager that names no direction, found by the site's menu.

Most documentation themes label the links to the previous and next pages ("Previous",
"Next", "« Installing"), which :mod:`reader.clean.html.doc_furniture` knows. Nextra's theme
only draws an arrow before each: the page ended with a line "HomeAPI", the two pages'
titles run together. Such a pager is the content's last element, one or two short links and
nothing else, each to a page the site's menu (a ``<nav>``, an ``<aside>``, a
``role="navigation"``, of three links or more) links to as well: the menu's entries again.
"""

from __future__ import annotations

from lxml.html import HtmlElement

__all__ = ["find_menu_pager"]

MAX_LINKS = 2  # the previous page and the next
MAX_LINK_WORDS = 8  # a page's title, not a sentence
MIN_MENU_LINKS = 3
_MENUS = ("nav", "aside")
_SKIPPED = frozenset({"svg", "script", "style", "template"})
_TEXT_BLOCKS = frozenset({"p", "pre", "table", "ul", "ol", "dl", "blockquote"})  # the text's


def _menu_addresses(tree: HtmlElement) -> set[str]:
    """The addresses the page's menus (three links or more: not a pager's own ``<nav>``)
    link to."""
    addresses: set[str] = set()
    for menu in tree.iter():
        if isinstance(menu.tag, str) and (menu.tag in _MENUS or menu.get("role") == "navigation"):
            links = [(a.get("href") or "").strip() for a in menu.iter("a")]
            if len(links) >= MIN_MENU_LINKS:
                addresses.update(links)
    return addresses - {""}


def _last_element(main: HtmlElement) -> HtmlElement | None:
    """The last element of ``main`` holding words, nothing with words after it."""
    last = None
    for child in reversed(main):
        if not isinstance(child.tag, str) or child.tag in _SKIPPED:
            if (child.tail or "").strip():
                return None
            continue
        if (child.tail or "").strip():
            return None
        if child.text_content().strip():
            last = child
            break
    return last


def _is_pager(element: HtmlElement, menu: set[str]) -> bool:
    links = list(element.iter("a"))
    if not 1 <= len(links) <= MAX_LINKS:
        return False
    linked = " ".join(" ".join(a.text_content().split()) for a in links)
    if " ".join(element.text_content().split()).replace(" ", "") != linked.replace(" ", ""):
        return False  # words beside the links: a sentence, not a pager
    return all(
        (a.get("href") or "").strip() in menu
        and 0 < len(a.text_content().split()) <= MAX_LINK_WORDS
        for a in links
    )


def find_menu_pager(main: HtmlElement, tree: HtmlElement) -> list[HtmlElement]:
    """The pager ending ``main`` (see the module; ``tree``: the whole page, whose menus
    ``main``, a copy, may not hold), as a list of none or one element."""
    menu = _menu_addresses(tree)
    last = _last_element(main) if menu else None
    while last is not None and last.tag not in _TEXT_BLOCKS:  # (down the wrappers' ends)
        if _is_pager(last, menu):
            return [last]
        last = _last_element(last)
    return []
