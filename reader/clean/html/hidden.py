"""What the page hides from its reader: left out of our reading and of the second opinion's.

An element with the ``hidden`` attribute or an inline ``display: none`` is not shown, unless a
click opens it: a collapsed section (``collapsed``) or, on a manual, a tab panel of another
platform; or a wrapper holding most of the page (``visibility: hidden`` until a script has laid
the page out). An element whose class shows it only on paper ("print-only", "print-header": the
page's address and logo atop a printout) is hidden too. The rest is a menu, a dialog, another
language's copy, or the machine-readable copy of the article some sites keep for search engines
(a ``schema.org`` block holding the headline, the publisher's name and logo address, and the
whole text again).

A class that hides at every width (``hide``, ``hidden``, ``d-none``, ``is-hidden``: the CSS
frameworks' display-none helpers) hides too, unless another of its classes shows the element
somewhere (Tailwind's ``md:block``, Bootstrap's ``d-lg-flex``, ``visible-md``) or opens it
(``show``, ``open``, ``active``). Bootstrap 3's ``hidden-xs`` hides on phones only, so it is
not among them; nor is screen-reader text (``sr-only``), which a reading view keeps. A
``<main>`` or an ``<article>`` so classed, or an element holding the page's ``<h1>``, is a
page a script shows once it has loaded: not taken out on a class alone. What the page's own
stylesheet hides (``#thankYouBox { display: none }``: a survey's box shown by its script) is
hidden too, unless a rule may show it (``sheet_hidden``), on the same terms as a class.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from lxml import etree
from lxml.html import HtmlElement

from reader.clean.class_index import owners
from reader.clean.explain import DropLog
from reader.clean.html.collapsed import Toggles, is_collapsed_section
from reader.clean.html.dropping import drop
from reader.clean.html.sheet_hidden import sheet_hidden
from reader.clean.html.streamed import place_streamed
from reader.core.deferred import defer_imports
from reader.core.lazy import lazy_re

defer_imports("urllib.request", "chardet")  # readability's, for what the reader never uses

from readability.readability import REGEXES  # noqa: E402

__all__ = ["HIDING_CLASSES", "WRAPPER_SHARE", "drop_hidden", "hidden_by_class", "hidden_elements"]

WRAPPER_SHARE = 0.8  # a hidden element with more of the page's text and of its elements than
# this is shown by a script once the page has loaded (a wrapper hiding the page until its
# styles arrive); a hidden copy of the story has most of the text but few of the elements
_ELEMENTS = etree.XPath("count(descendant::*)")

# "descendant-or-self::" rather than "//": libxml2 runs "//*[test]" child by child, slowly.
# One walk finds the three kinds of marks that may hide an element (a ``hidden`` attribute, a
# style, a class holding "hid", "none" or "print"); each kind is then read from the few
# elements found (0.67 ms a page against 1.02 for three walks). The marks are found as
# attributes, each knowing its element: libxml2 reads an element's attributes more quickly
# than it tests a predicate on every element (0.29 ms a page against 0.48).
_MARKS = etree.XPath(
    "descendant-or-self::*/@hidden | descendant-or-self::*/@style"
    " | descendant-or-self::*/@class[contains(., 'hid') or contains(., 'none')"
    " or contains(., 'print')]"
)
_DISPLAY_NONE = REGEXES["displayNoneRe"]  # display: none or visibility: hidden, as readability
# a class that shows an element on paper only ("print-header": the page's address and logo
# atop a printout); "print" alone, "no-print" and "print-button" are not among them
_PRINT_ONLY = lazy_re(
    r"(?<![\w-])(?:print-?only|only-print|visible-print(?:-block|-inline)?|show-for-print"
    r"|print-(?:header|footer|logo|url))(?![\w-])",
    re.IGNORECASE,
)
# the frameworks' classes that hide an element at every width
HIDING_CLASSES = frozenset({"hide", "hidden", "d-none", "is-hidden", "display-none"})
# classes that show or open an element that a hiding class would hide
_SHOWING_CLASSES = frozenset({"show", "open", "active", "in", "expanded", "is-visible"})
# Bootstrap's classes that show an element at some widths ("d-lg-block", "visible-md")
_SHOWN_AT_A_WIDTH = ("d-sm-", "d-md-", "d-lg-", "d-xl-", "d-xxl-", "visible-")



def hidden_elements(root: HtmlElement, keep_tabs: bool = False) -> Iterator[HtmlElement]:
    """The elements hidden by attribute or by style (``display: none``,
    ``visibility: hidden``) that no click opens (see the module), those a framework's class
    hides, and those shown only on paper (``print-only``, ``print-header``).
    React's streamed parts are moved into place first (``streamed``): they are shown."""
    return (element for element, _rule in _hidden_by_rule(root, keep_tabs))


def _hidden_by_rule(root: HtmlElement, keep_tabs: bool) -> Iterator[tuple[HtmlElement, str]]:
    """:func:`hidden_elements`, each with the rule that hides it: "hidden-class" for a
    framework's hiding class, "hidden-by-stylesheet" for a rule of the page's own
    stylesheet (``sheet_hidden``), "hidden" for the rest."""
    marked = _marked(root)
    hidden = [element for element in marked if element.get("hidden") is not None]
    if place_streamed(root, hidden):
        marked = _marked(root)  # (parts moved into place: the page's order read again)
    controlled = Toggles(root)

    page: list[int] = []  # the page's characters and elements, counted on the first question

    def wraps_page(element: HtmlElement) -> bool:
        if not page:
            body = root.find("body")
            body = root if body is None else body
            page.extend((len(body.text_content()), int(_ELEMENTS(body))))
        return len(element.text_content()) > WRAPPER_SHARE * page[0] and (
            int(_ELEMENTS(element)) > WRAPPER_SHARE * page[1]
        )

    def kept(element: HtmlElement) -> bool:
        return (
            (keep_tabs and element.get("role") == "tabpanel")
            or is_collapsed_section(element, controlled)
            or wraps_page(element)
        )

    def page_itself(element: HtmlElement) -> bool:
        """Not taken out on a class or a stylesheet's rule alone: the page's frame, a
        ``<main>`` or ``<article>``, what is kept (above), what holds the ``<h1>``."""
        return (
            element.tag in ("html", "body", "main", "article")
            or kept(element)
            or element.find(".//h1") is not None
        )

    found = 0  # elements handed out so far (the caller may have taken them out)
    for element in hidden:
        if element.get("hidden") is not None and not kept(element):
            found += 1
            yield element, "hidden"
    styled = [element for element in marked if element.get("style") is not None]
    for element in _still_in(root, styled) if found else styled:
        if _DISPLAY_NONE.search(element.get("style")) and not kept(element):
            found += 1
            yield element, "hidden"
    classed = [element for element in marked if _may_hide(element.get("class"))]
    for element in _still_in(root, classed) if found else classed:
        classes = element.get("class")
        if _PRINT_ONLY.search(classes):
            found += 1
            yield element, "hidden"
        elif hidden_by_class(classes) and not page_itself(element):
            found += 1
            yield element, "hidden-class"
    for element in sheet_hidden(root):
        # (not inside one gone already)
        if element.getroottree().getroot() is root and not page_itself(element):
            yield element, "hidden-by-stylesheet"


def _marked(root: HtmlElement) -> list[HtmlElement]:
    """``root`` and the elements in it with a mark that may hide them, in document order."""
    return owners(_MARKS(root))


def _may_hide(classes: str | None) -> bool:
    """A class attribute that may hold a hiding or a print-only class (what ``_MARKS``
    looks for in it)."""
    return classes is not None and ("hid" in classes or "none" in classes or "print" in classes)


def _still_in(root: HtmlElement, elements: list[HtmlElement]) -> list[HtmlElement]:
    """``elements`` still inside ``root``: not in a part taken out since they were found
    (as a walk of the page now would find them). Each element's way up is read once."""
    inside: dict[HtmlElement, bool] = {root: True}
    kept = []
    for element in elements:
        way: list[HtmlElement] = []
        node: HtmlElement | None = element
        while node is not None and node not in inside:
            way.append(node)
            node = node.getparent()
        verdict = node is not None and inside[node]
        inside.update(dict.fromkeys(way, verdict))
        if verdict:
            kept.append(element)
    return kept


def _shown_at_a_width(name: str) -> bool:
    """A class that shows the element from some width on: Tailwind's "md:block" (a
    variant, then a colon, then a utility) or Bootstrap's "d-lg-flex"."""
    return 0 < name.find(":") < len(name) - 1 or name.startswith(_SHOWN_AT_A_WIDTH)


def hidden_by_class(classes: str) -> bool:
    """Whether an element of these classes is hidden at every width (see the module)."""
    names = classes.split()
    return (
        not HIDING_CLASSES.isdisjoint(names)
        and _SHOWING_CLASSES.isdisjoint(names)
        and not any(_shown_at_a_width(name) for name in names)
    )


def drop_hidden(root: HtmlElement, log: DropLog | None = None, keep_tabs: bool = False) -> None:
    """Take out what :func:`hidden_elements` finds (recorded in ``log`` as "hidden", or
    "hidden-class" for a framework's hiding class)."""
    for element, rule in _hidden_by_rule(root, keep_tabs):
        drop(element, log, rule)
