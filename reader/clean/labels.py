"""Words a page uses for its own furniture, shared by the HTML and plain-text cleaners."""

from __future__ import annotations

# A table of contents' label ("Contents", "In this article", "Sommaire"), as a pattern source.
CONTENTS_LABEL = (
    r"(?:table of contents?|contents|in this (?:article|story|guide|post|page)|on this page|"
    r"índice|inhalt(?:sverzeichnis)?|sommaire|sumário|indice)"
)

__all__ = ["CONTENTS_LABEL"]
