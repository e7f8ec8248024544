"""The article: the model every consumer reads (one text, blocks and marks as offsets
into it), search within it, and the dumps (text, Markdown, JSON)."""

from reader.core.lazy import lazy_exports

_WHERE = {
    "Article": "model",
    "Block": "model",
    "Caption": "model",
    "PullQuote": "model",
    "Quotation": "model",
    "Link": "model",
    "Styled": "model",
    "Footnote": "footnotes",
    "footnotes": "footnotes",
    "heading_for": "anchors",
    "Person": "model",
    "build_article": "model",
    "render": "dump",
    "TextSearcher": "search",
    "Query": "search",
    "SearchError": "search",
}
__all__ = sorted(_WHERE)
__getattr__, __dir__ = lazy_exports(__name__, _WHERE)
