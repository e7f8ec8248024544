"""Ruby annotations (``<ruby>東京<rt>とうきょう</rt></ruby>``): a browser sets the reading
small above its characters, and a page that gives ``<rp>(</rp>`` fallbacks shows it in
brackets where ruby is not drawn. A terminal draws no ruby, so every reading without its
brackets gets them: "東京(とうきょう)", not "東京とうきょう"."""

from __future__ import annotations

from lxml.html import HtmlElement


def bracket_ruby(tree: HtmlElement) -> None:
    """Put brackets round each ``<rt>`` of ``tree`` that has no ``<rp>`` before it."""
    for reading in list(tree.iter("rt")):
        before = reading.getprevious()
        if before is not None and before.tag == "rp":
            continue  # (the page's own brackets)
        text = (reading.text_content() or "").strip()
        if not text or text[0] in "(（":
            continue  # (nothing to read, or the page bracketed it itself)
        reading.text = "(" + (reading.text or "")
        last = reading[-1] if len(reading) else None
        if last is not None:
            last.tail = (last.tail or "") + ")"
        else:
            reading.text += ")"


__all__ = ["bracket_ruby"]
