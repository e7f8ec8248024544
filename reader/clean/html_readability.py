"""Find the article's main content with readability-lxml, on an already parsed tree."""

from __future__ import annotations

import logging
import re

from lxml.etree import tounicode
from lxml.html import HtmlElement
from readability import Document
from readability.readability import Unparseable

_UNLIKELY = re.compile(r"tweet|twitter|instagram|social|embed", re.IGNORECASE)
logging.getLogger("readability.readability").setLevel(logging.CRITICAL)


class _Summary(Document):
    """readability's Document, keeping the summary as a tree instead of re-parsing a string."""

    node: HtmlElement | None = None

    def get_clean_html(self) -> str:  # the documented hook for subclasses
        self.node = self.html
        return tounicode(self.html, method="html")


def readability_main(tree: HtmlElement, url: str | None = None) -> HtmlElement | None:
    """readability-lxml's ``summary(html_partial=True)`` as an element (None if it fails)."""
    document = _Summary(tree, url=url)
    try:
        document.summary(html_partial=True)
    except (Unparseable, RecursionError):
        return None
    return document.node


def protect_embedded_quotes(tree: HtmlElement) -> None:
    """Embedded posts (tweets...) are quotations: readability drops them for their class."""
    for quote in tree.iter("blockquote"):
        parent = quote.getparent()
        for element in (quote, parent):
            if element is not None and _UNLIKELY.search(element.get("class", "")):
                del element.attrib["class"]


def extract_main(tree: HtmlElement, url: str | None = None) -> HtmlElement:
    """The article's main content: readability's choice, or the body if it finds nothing."""
    protect_embedded_quotes(tree)
    main = readability_main(tree, url)
    if main is not None:
        return main
    body = tree.find("body")
    return body if body is not None else tree
