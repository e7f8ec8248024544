"""The HTML cleaner: consent panels out → pull quotes out → readability → second pass
(boilerplate, captions) → edges trimmed → blocks."""

from reader.core.lazy import lazy_exports

_WHERE = {"clean_html": "pipeline", "parse_html": "pipeline", "html_to_blocks": "blocks"}
__all__ = sorted(_WHERE)
__getattr__, __dir__ = lazy_exports(__name__, _WHERE)
