"""The furniture of documentation sites: short lines about the page, not the page's text.

"Was this page helpful?", "Edit this page on GitHub", "This page was last modified on ...",
"Report a problem with this content", "Learn how to contribute", a pager's "Previous" and
"Next" (alone, or as a link with the other page's title), a wiki's
"From ArchWiki", "Jump to navigation" and "Retrieved from ...".
Doc sites put them inside the content container, so taking the container
(``doc_main``) brings them in. Only short elements that are nothing but such a line go,
each recorded under the rule "doc-furniture".
"""

from __future__ import annotations

import re

from lxml.html import HtmlElement

from reader.clean.explain import DropLog, note

MAX_CHARS = 160
_LINE = re.compile(
    r"^(?:"
    r"was this (?:(?:page|article|content|section|information|documentation) )?(?:helpful|useful)"
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
    r"|jump to (?:navigation|search|content)"
    r"|retrieved from \S+"
    r"|from [\w .'-]{0,40}wiki$"
    r"|(?:[«‹←]\s*)?(?:previous|prev|next)(?:\s*[»›→])?$"
    r"|(?:thanks|thank you) for your feedback"
    r"|submit and view feedback for"
    r")",
    re.IGNORECASE,
)
# a pager's link: "Next Prerequisites", "« Previous: Installing" (only when it is a link)
_PAGER = re.compile(
    r"^(?:[«‹←]\s*)?(?:previous|prev|next)(?: page| article| chapter)?(?:\s*[»›→])?[:\s]+"
    r"\S[^.!?]{0,60}$",
    re.IGNORECASE,
)
MAX_PAGER_WORDS = 10
_TAGS = ("p", "div", "span", "li", "a", "small", "footer", "aside", "h2", "h3", "h4", "h5", "h6")
_BLOCKS = frozenset({"p", "div", "ul", "ol", "section", "table", "pre", "blockquote", "dl"})


def _leaf(element: HtmlElement) -> bool:
    return not any(child.tag in _BLOCKS for child in element.iterdescendants())


def _is_pager(element: HtmlElement, text: str) -> bool:
    """A link (or a line that is all one link) to the next or previous page, with its title."""
    if len(text.split()) > MAX_PAGER_WORDS or not _PAGER.match(text):
        return False
    links = [element] if element.tag == "a" else list(element.iter("a"))
    linked = " ".join(" ".join(a.text_content().split()) for a in links if a.get("href"))
    return len(linked) >= len(text) * 0.5


def strip_doc_furniture(main: HtmlElement, log: DropLog | None = None) -> int:
    """Remove the furniture lines from ``main`` in place; return how many went."""
    dropped: set[HtmlElement] = set()
    for element in list(main.iter(*_TAGS)):
        if element is main or any(a in dropped for a in element.iterancestors()):
            continue
        text = " ".join(element.text_content().split())
        if not text or len(text) > MAX_CHARS or not _leaf(element):
            continue
        if not (_LINE.match(text) or _is_pager(element, text)):
            continue
        note(log, "doc-furniture", element)
        element.drop_tree()
        dropped.add(element)
    return len(dropped)


__all__ = ["strip_doc_furniture"]
