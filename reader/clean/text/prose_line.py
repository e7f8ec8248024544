"""Whether a line of a plain text reads as prose: it ends like a sentence, or holds
sentences when long, and is not a run of capitalised menu items or a headline."""

from __future__ import annotations

from reader.core.lazy import lazy_re

_SENTENCE_MARKS = ".!?:…。！？："  # a colon too: a list follows it (and CJK's own marks)
_CLOSERS = "\"'”’)]」』）"
_SENTENCE_INSIDE = lazy_re(r"\w[.!?][\"'”’)]?\s+[\"'“‘(]?[A-Z]")
_CAPITALISABLE = lazy_re(r"\b[^\W\d_]{2,}\b")
TITLE_CASE_SHARE = 0.6  # more capitalised words than this: menu items or a headline


def title_case(text: str) -> bool:
    """Most words capitalised: a run of menu items or a headline, not a sentence."""
    words = _CAPITALISABLE.findall(text[:2000])
    return len(words) >= 4 and sum(w[0].isupper() for w in words) > TITLE_CASE_SHARE * len(words)


def is_prose(text: str) -> bool:
    """Reads as running text: ends like a sentence, or holds sentences when long; not a run
    of capitalised menu items."""
    if title_case(text):
        return False
    last = text.rstrip().rstrip(_CLOSERS)[-1:]
    if last and last in _SENTENCE_MARKS:
        return True
    return len(text) >= 120 and _SENTENCE_INSIDE.search(text) is not None


__all__ = ["TITLE_CASE_SHARE", "is_prose", "title_case"]
