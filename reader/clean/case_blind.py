"""Case-blind patterns searched quickly: an ASCII text is lower-cased and searched with the
case-sensitive pattern (a few times quicker than ``re.IGNORECASE``), other text as before."""

from __future__ import annotations

import re

from lxml import etree
from lxml.html import HtmlElement

from reader.clean.class_index import owners_matching
from reader.core.lazy import lazy_re

__all__ = ["CaseBlind"]


class CaseBlind:
    """A pattern of lower-case ASCII words (``"comment|foot-?notes?"``) found in any case.

    For an ASCII text both ways find the same; a non-ASCII text (the Kelvin sign matches
    "k" case-blind) is searched with ``re.IGNORECASE``."""

    def __init__(self, pattern: str) -> None:
        if not pattern.isascii() or pattern != pattern.lower():
            raise ValueError(f"not a lower-case ASCII pattern: {pattern!r}")
        self.pattern = lazy_re(pattern, re.IGNORECASE)  # (compiled on first use)
        self._lower = lazy_re(pattern)

    def found(self, text: str) -> bool:
        """Whether the pattern occurs in ``text``, in any case."""
        if text.isascii():
            return self._lower.search(text.lower()) is not None
        return self.pattern.search(text) is not None

    def owners(self, values: list[etree._ElementUnicodeResult]) -> list[HtmlElement]:
        """The elements of attribute values an XPath found (``class_index.owners``) whose
        value holds the pattern, in any case: each element whose words :meth:`found` would
        find it in (with other words beside them), at the cost of one search."""
        if all(map(str.isascii, values)):
            return owners_matching(values, self._lower, fold=True)
        return owners_matching(values, self.pattern)
