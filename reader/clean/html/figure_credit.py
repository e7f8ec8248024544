"""A figure caption's credit, where the page sets it in an element of its own.

``<figcaption>The river at dawn. <span class="credit">Photo: Jane Doe</span></figcaption>``
is a caption ("The river at dawn.") and a credit ("Jane Doe", in the form
:func:`reader.clean.credit.clean_credit` gives every credit): the element is classed as a
credit, a byline, a copyright, a photographer's, a source's (or its ``itemprop`` says so), or
is a ``<small>`` or a ``<cite>``. The lead image's caption (``reader.clean.meta.caption``,
``reader.clean.html.caption``) and a figure in the body (``reader.clean.html.structured``)
find their credit here.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Callable

from lxml.html import HtmlElement

from reader.clean.credit import clean_credit
from reader.core.lazy import lazy_re

CREDIT_CLASS = lazy_re(r"credit|copyright|attribution|photographer|byline|source", re.I)
CREDIT_TAGS = frozenset({"small", "cite"})


def is_credit(element: HtmlElement) -> bool:
    """Whether an element inside a caption holds its credit (by its class, its ``itemprop``
    or its tag)."""
    names = f"{element.get('class') or ''} {element.get('itemprop') or ''}"
    return element.tag in CREDIT_TAGS or bool(CREDIT_CLASS.search(names))


def credit_elements(caption: HtmlElement) -> list[HtmlElement]:
    """The elements inside ``caption`` that hold its credit, outermost ones only."""
    found: list[HtmlElement] = []
    for element in caption.iterdescendants():
        if not isinstance(element.tag, str) or not is_credit(element):
            continue
        if not any(ancestor in found for ancestor in element.iterancestors()):
            found.append(element)
    return found


def caption_and_credit(
    caption: HtmlElement, inline_text: Callable[[HtmlElement], str]
) -> tuple[str, str | None]:
    """A caption element's words without its credit, and the credit (None when it sets none
    apart); ``inline_text`` reads an element's words."""
    credits = credit_elements(caption)
    if not credits:
        return inline_text(caption), None
    credit = " ".join(filter(None, (inline_text(element) for element in credits)))
    clone = copy.deepcopy(caption)
    dropped = set(credits)
    for original, copied in list(zip(caption.iter(), clone.iter(), strict=True)):
        if original in dropped:
            copied.drop_tree()  # (its tail stays: the words after it)
    return inline_text(clone), clean_credit(credit)
