"""Cleaners: a raw document (HTML, plain text, Markdown) → an ``Extracted`` draft.

``html/`` (consent → readability → second pass → blocks), ``text/`` (paragraphs, consent
region, head, caption, pull quotes), ``markdown``, ``meta`` (JSON-LD, OpenGraph, visible
byline and date). Pure functions; nothing here imports Textual."""

from reader.core.lazy import lazy_exports

_WHERE = {
    "Extracted": "extracted",
    "clean_html": "html",
    "clean_plain_text": "text",
    "clean_markdown": "markdown",
    "extract_metadata": "meta",
}
__all__ = sorted(_WHERE)
__getattr__, __dir__ = lazy_exports(__name__, _WHERE)
