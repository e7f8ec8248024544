"""Shop product cards out of the article: a name, a price and shop words, no sentence.

Shop blogs and affiliate widgets set a grid of products in the article ("Essentials for happy
plants:" then cards reading "Grow Kit Sale Grow Kit Regular price $49.99 USD Sale"). A card
is the widest element around a shop phrase ("Regular price", "Add to cart") whose text is
still short, holds a price and no sentence; never inside a table, a definition list or code,
where documentation describes prices.
"""

from __future__ import annotations

import re

from lxml.html import HtmlElement

from reader.clean.explain import DropLog
from reader.clean.html.dropping import drop
from reader.clean.html.prose import short_text
from reader.core.lazy import lazy_re

MAX_CARD_WORDS = 60
_PRICE = lazy_re(r"[$€£¥]\s?\d[\d,.]*|\b\d[\d,.]*\s?(?:USD|EUR|GBP|CAD|AUD)\b")
_SHOP_WORDS = lazy_re(
    r"\b(?:regular price|sale price|unit price|add to (?:cart|bag|basket)|sold out|"
    r"out of stock|quick view|shop now|buy now)\b",
    re.IGNORECASE,
)
_NOT_CARDS = frozenset({"table", "pre", "code", "dl"})
_SENTENCE = lazy_re(r"[a-z]{2}[.!?](?:\s|$)")


def is_product_card(text: str) -> bool:
    """A short text with a price and a shop phrase, and no sentence in it."""
    return (
        len(text.split()) <= MAX_CARD_WORDS
        and _PRICE.search(text) is not None
        and _SHOP_WORDS.search(text) is not None
        and _SENTENCE.search(text) is None
    )


def remove_product_cards(main: HtmlElement, log: DropLog | None = None) -> int:
    """Drop product cards from ``main`` in place (rule "product-card"); return how many."""
    removed = 0
    for element in list(main.iter()):
        own = element.text if isinstance(element.tag, str) else None
        if not own or not _SHOP_WORDS.search(own) or element.getparent() is None:
            continue
        if any(ancestor.tag in _NOT_CARDS for ancestor in element.iterancestors()):
            continue  # a table or code that documents prices
        card = None
        node: HtmlElement | None = element
        while node is not None and node is not main:
            text = short_text(node, MAX_CARD_WORDS)
            if text is None:
                break
            if is_product_card(text):
                card = node
            elif card is not None:
                break  # the card's container holds a sentence: the card ends below it
            node = node.getparent()
        if card is None or card.getparent() is None:
            continue
        drop(card, log, "product-card")
        removed += 1
    return removed
