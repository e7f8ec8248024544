"""A block quote's credit (``<blockquote><p>…</p><footer>— <cite>Author</cite></footer>``,
HTML's own way to say who is quoted) stays with its quote. readability weighs every
``<footer>`` as page furniture and drops it, and the quotation loses its source."""

from __future__ import annotations

from lxml.html import HtmlElement

from reader.clean.html.blocks import BLOCK_TAGS


def keep_quote_credits(tree: HtmlElement) -> None:
    """Turn each ``<footer>`` inside a ``<blockquote>`` of ``tree`` into a paragraph (a
    ``<div>`` when it holds blocks of its own), in place."""
    for footer in [part for quote in tree.iter("blockquote") for part in quote.iter("footer")]:
        holds_blocks = any(
            isinstance(part.tag, str) and part.tag in BLOCK_TAGS
            for part in footer.iterdescendants()
        )
        footer.tag = "div" if holds_blocks else "p"


__all__ = ["keep_quote_credits"]
