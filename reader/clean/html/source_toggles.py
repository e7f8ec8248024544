"""An API reference's "View Source" listings: the code of each documented item, shown only
when its toggle is clicked.

A reference page generated from code (pdoc, and others like it) puts the item's whole source
under each description, folded away behind a "View Source" toggle: a ``<details>`` whose
``<summary>`` says so, or a checkbox (``<input type=checkbox id=X>``) with its ``<label
for=X>`` and the listing after it (shown by the page's stylesheet once it is checked). The
listing repeats the module's code, often several times over (a class's, then each method's);
the reader's text is the documentation. The toggle and its listing go together, and only a
listing that is code alone (a ``<pre>``) goes; they go before the page is read, and a second
reading of the page (trafilatura's, which reads the page as it came) leaves them out too.
"""

from __future__ import annotations

import re

from lxml.html import HtmlElement

from reader.clean.explain import DropLog
from reader.clean.html.blocks import BlockTuple
from reader.clean.html.dropping import drop
from reader.clean.html.fusion import compact_words
from reader.clean.html.prose import one_line
from reader.core.lazy import lazy_re

__all__ = ["remove_source_listings", "source_listings", "without_listings"]

# the toggle's label: "View Source", "Show source code", "Source" (an arrow or icon aside)
_SOURCE_LABEL = lazy_re(r"^\W*(?:(?:view|show|expand)\s+)?source(?:\s+code)?\W*$", re.I)
_CODE_FRAMES = frozenset({"div", "pre"})


def _label(element: HtmlElement) -> bool:
    return bool(_SOURCE_LABEL.match(one_line(element)))


def _listing(element: HtmlElement) -> bool:
    """A ``<pre>``, or a frame holding one ``<pre>`` and no other words."""
    if element.tag == "pre":
        return True
    if element.tag not in _CODE_FRAMES:
        return False
    pres = list(element.iter("pre"))
    if len(pres) != 1:
        return False
    return one_line(element) == one_line(pres[0])


def _after(toggle: HtmlElement) -> HtmlElement | None:
    """The first listing after ``toggle``: among its siblings, else its parent's (a label
    set in the item's signature line, the listing after that line)."""
    for element in (toggle, toggle.getparent()):
        if element is None:
            return None
        for sibling in element.itersiblings():
            if isinstance(sibling.tag, str) and _listing(sibling):
                return sibling
    return None


def source_listings(main: HtmlElement) -> list[HtmlElement]:
    """The folded source listings of ``main`` with their toggles (labels, checkboxes; a
    label's checkbox may be gone already, hidden from the reader)."""
    found: list[HtmlElement] = []
    for details in main.iter("details"):
        summary = next(details.iter("summary"), None)
        if summary is not None and _label(summary):
            rest = [child for child in details if child is not summary]
            if rest and all(isinstance(c.tag, str) and _listing(c) for c in rest):
                found.append(details)
    labels = [label for label in main.iter("label") if label.get("for") and _label(label)]
    ids = {e.get("id"): e for e in main.iter() if e.get("id")} if labels else {}
    for label in labels:
        box = ids.get(label.get("for"))
        if box is not None and (box.get("type") or "").lower() != "checkbox":
            continue
        listing = _after(label if box is None else box)
        if listing is not None:
            found.extend(e for e in (label, box, listing) if e is not None)
    return found


def remove_source_listings(tree: HtmlElement, log: DropLog | None = None) -> frozenset[str]:
    """Drop the folded source listings and their toggles from ``tree`` in place (each
    recorded in ``log`` as "source-listing"); return the listings' words (as
    :func:`compact_words` has them), for :func:`without_listings`."""
    found = source_listings(tree)
    words = frozenset(compact_words(e.text_content()) for e in found if e.tag != "label")
    for element in found:
        if element.getparent() is not None:
            drop(element, log, "source-listing")
    return words - {""}


def without_listings(blocks: list[BlockTuple], listings: frozenset[str]) -> list[BlockTuple]:
    """``blocks`` without those that are one of the listings word for word (a second
    reading of the page, which still holds them)."""
    if not listings:
        return blocks
    return [block for block in blocks if compact_words(block[1]) not in listings]
