"""Inline quotations (``<q>``): a browser draws their quotation marks (“…”, ‘…’ inside
another), the text holds none. Read without them, "She said <q>we will be back</q>" loses
what was said and who is quoted: the marks are written in."""

from __future__ import annotations

from lxml.html import HtmlElement

_MARKS = (("“", "”"), ("‘", "’"))  # outer, and a quotation inside one
_OPENING_MARKS = "“‘\"'„‚«»「『‹›"


def mark_inline_quotes(tree: HtmlElement) -> None:
    """Write the quotation marks of each ``<q>`` of ``tree`` into its text, in place."""
    for quote in list(tree.iter("q")):
        text = (quote.text_content() or "").strip()
        if not text or text[0] in _OPENING_MARKS:
            continue  # (nothing to mark, or the page typed its marks in: not twice)
        depth = sum(1 for up in quote.iterancestors() if up.tag == "q")
        opening, closing = _MARKS[depth % 2]
        quote.text = opening + (quote.text or "")
        if len(quote):
            quote[-1].tail = (quote[-1].tail or "") + closing
        else:
            quote.text += closing


__all__ = ["mark_inline_quotes"]
