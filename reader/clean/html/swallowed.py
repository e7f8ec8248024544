"""Navigation that swallowed the article: a ``<nav>`` left unclosed.

The parser closes it where its parent ends, so the article's sections end up inside it, and
the block converter, which skips navigation whole, drops them all (a WCXB dev page of 5,000
words gave none). Inside readability's choice, a navigation that holds most of the words and
paragraphs of prose is a container, not navigation.
"""

from __future__ import annotations

from lxml.html import HtmlElement

SHARE = 0.5  # it holds more than this share of the chosen text's words ...
PARAGRAPHS = 3  # ... and at least this many paragraphs ...
PARAGRAPH_WORDS = 20  # ... of at least this many words


def unwrap_swallowing(main: HtmlElement) -> int:
    """Turn the navigation of ``main`` that swallowed its text into plain containers
    (``<div>``); return how many."""
    landmarks = [element for element in main.iter("nav") if element is not main]
    if not landmarks:
        return 0
    total = len(main.text_content().split())
    turned = 0
    for element in landmarks:
        if len(element.text_content().split()) <= SHARE * total:
            continue
        paragraphs = sum(
            1 for p in element.iter("p") if len(p.text_content().split()) >= PARAGRAPH_WORDS
        )
        if paragraphs >= PARAGRAPHS:
            element.tag = "div"
            turned += 1
    return turned


__all__ = ["unwrap_swallowing"]
