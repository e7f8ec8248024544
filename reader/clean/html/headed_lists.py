"""Lists used for layout: a list whose items hold headings is the page's sections, not a
list of items.

javadoc sets a class page's summaries and details as ``<ul class="summary-list"><li>
<section><h2>Field Summary</h2>...``, each member a further item with its ``<h3>``; read as
a list, every heading, signature and description becomes one item's line. A list holding a
heading anywhere inside it (``h1``-``h6``) is walked into like a container instead: its
headings stay headings, its paragraphs paragraphs.
"""

from __future__ import annotations

from lxml.html import HtmlElement

__all__ = ["lists_holding_headings"]

_HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")
_LISTS = frozenset({"ul", "ol"})


def lists_holding_headings(root: HtmlElement) -> set[HtmlElement]:
    """The ``<ul>`` and ``<ol>`` elements of ``root`` with a heading inside them. Each
    element above a heading is looked at once (the walk up stops where another heading's
    walk went), so the whole is linear in the page."""
    seen: set[HtmlElement] = set()
    found: set[HtmlElement] = set()
    for heading in root.iter(*_HEADINGS):
        for ancestor in heading.iterancestors():
            if ancestor in seen:
                break
            seen.add(ancestor)
            if ancestor.tag in _LISTS:
                found.add(ancestor)
            if ancestor is root:
                break
    return found
