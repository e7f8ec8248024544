"""lxml HTML parsers whose elements are all ``HtmlElement``, their classes chosen in C.

lxml.html's own parser looks each element's class up in a Python function (for form,
input and label classes the reader never uses): every element the code touches in a tree
it made costs a Python call, and readability's summary moves the article into such a tree
(its ``fragment_fromstring("<div/>")``).
"""

from __future__ import annotations

from typing import Any

from lxml import etree
from lxml.html import (
    HtmlComment,
    HtmlElement,
    HtmlEntity,
    HTMLParser,
    HtmlProcessingInstruction,
    fragment_fromstring,
)

__all__ = ["fragment", "plain_parser"]


def plain_parser(**options: Any) -> HTMLParser:
    """An ``HTMLParser`` (with lxml's ``options``) making every element an ``HtmlElement``."""
    parser = HTMLParser(**options)
    parser.set_element_class_lookup(
        etree.ElementDefaultClassLookup(
            element=HtmlElement,
            comment=HtmlComment,
            pi=HtmlProcessingInstruction,
            entity=HtmlEntity,
        )
    )
    return parser


_FRAGMENT_PARSER = plain_parser()


def fragment(html: str, create_parent: bool | str = False) -> HtmlElement:
    """lxml.html's ``fragment_fromstring``, read by a parser of plain ``HtmlElement``s."""
    return fragment_fromstring(html, create_parent=create_parent, parser=_FRAGMENT_PARSER)
