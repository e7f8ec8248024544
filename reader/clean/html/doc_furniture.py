"""The furniture of documentation sites: short lines about the page, not the page's text.

"Was this page helpful?", "Edit this page on GitHub", "This page was last modified on ...",
"Report a problem with this content", "Learn how to contribute", a pager's "Previous" and
"Next" (alone, or as a link with the other page's title; or no word but the pages' titles,
:mod:`reader.clean.html.menu_pager`), Sphinx's "Show Source", a
notebook's "In [1]:" prompts, a wiki's
"From ArchWiki", "Jump to navigation" and "Retrieved from ...", an API reference's link to
the item's source ("Source", "1.0.0 · const: unstable · Source", beside the item's
heading) and a toggle's label ("Expand description", "Show more").
Doc sites put them inside the content container, so taking the container
(``doc_main``) brings them in. Only short elements that are nothing but such a line go,
each recorded under the rule "doc-furniture".
"""

from __future__ import annotations

import re

from lxml.html import HtmlElement

from reader.clean.explain import DropLog
from reader.clean.html.dropping import drop
from reader.clean.html.menu_pager import find_menu_pager
from reader.core.lazy import lazy_re

MAX_CHARS = 160
_LINE = lazy_re(
    r"^(?:"
    r"(?:was|is) this (?:(?:page|article|content|section|information|documentation) )?"
    r"(?:helpful|useful)"
    r"|did this (?:page|article) help"
    r"|help (?:us )?improve (?:this page|these docs|the docs|\w+)$"
    r"|(?:edit|improve|suggest (?:an )?edits? (?:to|for)|view the source of) this page"
    r"|(?:edit|view)(?: this page| source)? on github"
    r"|edit (?:this )?page$"
    r"|learn how to contribute"
    r"|view this page on github"
    r"|report a problem with this (?:content|page)"
    r"|this page was last (?:modified|updated|edited|changed)"
    r"|last (?:modified|updated|edited|reviewed)(?: on)?\b[\s:]*[\w ,./:-]{0,40}$"
    # ... and a date with the change that made it: "Last modified May 7, 2026 at 4:12 AM: Fix"
    r"|last (?:modified|updated|edited)(?: on)?[\s:]+(?:\w{3,9} \d{1,2}, \d{4}|\d{4}-\d\d-\d\d)"
    r"[^:]{0,30}:"
    r"|jump to (?:navigation|search|content)"
    r"|retrieved from \S+"
    r"|from [\w .'-]{0,40}wiki$"
    r"|(?:[«‹←]\s*)?(?:previous|prev|next)(?:\s*[»›→])?(?:\s*\|\s*(?:previous|prev|next))?$"
    r"|(?:thanks|thank you) for (?:your|the) feedback"
    r"|powered by \S+$"
    r"|submit and view feedback for"
    r"|(?:show|view)(?: page)? source$|page source$"  # Sphinx's link to the page's source
    r"|(?:in|out)\s*\[[\s\d*]*\]:?$"  # a notebook's prompt beside a cell: "In [1]:"
    # a link to the documented item's source code, after the version it is stable since
    r")",
    re.IGNORECASE,
)
# a wiki's maintenance categories, with their list: "Hidden categories: Pages flagged with..."
_HIDDEN_CATEGORIES = lazy_re(r"^hidden categor(?:y|ies):", re.IGNORECASE)
MAX_CATEGORIES = 600
# a pager's link: "Next Prerequisites", "« Previous: Installing" (only when it is a link)
_PAGER = lazy_re(
    r"^(?:[«‹←]\s*)?(?:previous|prev|next)(?: page| article| chapter)?(?:\s*[»›→])?[:\s]+"
    r"\S[^.!?]{0,60}$",
    re.IGNORECASE,
)
MAX_PAGER_WORDS = 10
# the label of a collapsed section's toggle (a <summary> or a button: a control, not text)
_TOGGLE = lazy_re(
    r"^(?:expand|collapse|show|hide)(?: all)?(?: description| details| more| less)?$",
    re.IGNORECASE,
)
_CONTROLS = frozenset({"summary", "button"})
# a link to the documented item's source code ("Source", "[src]"), after the labels of the
# versions it is stable since ("1.0.0 (const: 1.39.0) · ", "1.0.0 · const: unstable · ")
_SOURCE = lazy_re(
    r"^(?:(?:v?\d+(?:\.\d+)+(?: \([^)]{0,30}\))?|const: ?(?:unstable|v?\d+(?:\.\d+)+))"
    r"\s*·?\s*){0,3}(?:source|\[src\])$",
    re.I,
)
_TAGS = (
    "p", "div", "span", "li", "a", "small", "footer", "aside", "summary", "button",
    "h2", "h3", "h4", "h5", "h6",
)
_HEADINGS = frozenset({"h2", "h3", "h4", "h5", "h6"})
_BLOCKS = frozenset({"p", "div", "ul", "ol", "section", "table", "pre", "blockquote", "dl"})
_LINE_ENDS = _BLOCKS | _HEADINGS | {"h1", "br", "hr", "li", "details", "summary", "header"}


def _leaf(element: HtmlElement) -> bool:
    return not any(child.tag in _BLOCKS for child in element.iterdescendants())


def _spaced(element: HtmlElement) -> str:
    """The element's text with a space between its pieces ("Previous" + "Installing")."""
    return " ".join(" ".join(element.itertext()).split())


def _is_pager(element: HtmlElement, text: str) -> bool:
    """A link (or a line that is all one link) to the next or previous page, with its title."""
    if element.tag in _HEADINGS or len(text.split()) > MAX_PAGER_WORDS or not _PAGER.match(text):
        return False  # a heading "Next steps" (with its anchor link) is the page's own
    links = [element] if element.tag == "a" else list(element.iter("a"))
    linked = " ".join(" ".join(a.text_content().split()) for a in links if a.get("href"))
    return len(linked) >= len(text) * 0.5


def _is_control(element: HtmlElement, text: str) -> bool:
    """A toggle's label, or a link (with its version) to the item's source code."""
    if element.tag in _CONTROLS and _TOGGLE.match(text):
        return True
    if not _SOURCE.match(text):
        return False
    if element.tag != "a":
        return any(a.get("href") for a in element.iter("a"))
    return bool(element.get("href")) and _apart(element)  # a link alone, not a sentence's


def _worded(text: str | None) -> bool:
    return text is not None and any(map(str.isalnum, text))


def _apart(element: HtmlElement) -> bool:
    """Whether no words stand beside ``element`` in its line: up to a block or its parent's
    edge, only marks (a heading's "§" anchor, "·") before and after it."""
    parent = element.getparent()
    if parent is None:
        return True
    if _worded(element.tail):
        return False
    before = element.getprevious()
    while before is not None and before.tag not in _LINE_ENDS:
        if _worded(before.tail) or _worded(before.text_content()):
            return False
        before = before.getprevious()
    if before is None and _worded(parent.text):
        return False
    after = element.getnext()
    while after is not None and after.tag not in _LINE_ENDS:
        if _worded(after.text_content()) or _worded(after.tail):
            return False
        after = after.getnext()
    return True


def _is_furniture(element: HtmlElement, text: str) -> bool:
    """A furniture line (or a wiki's hidden categories box), nothing else."""
    if _HIDDEN_CATEGORIES.match(text):
        return len(text) <= MAX_CATEGORIES
    if not text or len(text) > MAX_CHARS:
        return False
    pager = _is_pager(element, _spaced(element))
    if not _leaf(element) and not (element.tag == "a" and pager):
        return False  # a pager's link may lay its label and title out in blocks
    return pager or bool(_LINE.match(text)) or _is_control(element, text)


def find_doc_furniture(main: HtmlElement, tree: HtmlElement | None = None) -> list[HtmlElement]:
    """The furniture elements of ``main`` (none inside another, none inside code); with the
    whole page's ``tree``, a pager its menu tells too."""
    found: set[HtmlElement] = set()
    ordered: list[HtmlElement] = []
    code = {node for block in main.iter("pre", "code") for node in block.iter()}  # verbatim
    for element in main.iter(*_TAGS):
        if element is main or element in code:
            continue
        if any(a in found for a in element.iterancestors()):
            continue
        if _is_furniture(element, " ".join(element.text_content().split())):
            found.add(element)
            ordered.append(element)
    pager = [] if tree is None else find_menu_pager(main, tree)  # (naming no direction)
    return ordered + [p for p in pager
                      if p not in found and not any(a in found for a in p.iterancestors())]


def strip_doc_furniture(
    main: HtmlElement, log: DropLog | None = None, found: list[HtmlElement] | None = None,
    tree: HtmlElement | None = None,
) -> int:
    """Remove the furniture lines from ``main`` in place (``found``: those already found by
    :func:`find_doc_furniture`, ``tree`` the whole page); return how many went."""
    elements = find_doc_furniture(main, tree) if found is None else found
    for element in elements:
        drop(element, log, "doc-furniture")
    return len(elements)


__all__ = ["find_doc_furniture", "strip_doc_furniture"]
