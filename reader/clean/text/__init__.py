"""The plain-text cleaner: paragraphs, the consent region, the head (title, dek, byline),
the caption and pull quotes."""

from reader.core.lazy import lazy_exports

_WHERE = {"clean_plain_text": "pipeline"}
__all__ = sorted(_WHERE)
__getattr__, __dir__ = lazy_exports(__name__, _WHERE)
