"""A quotation shown in quotation marks once, whether or not the page set it in its own."""

from __future__ import annotations

__all__ = ["in_quotes", "unquoted"]

_OPENING, _CLOSING, _ANY = "\"“„«", "\"”»", "\"“”„«»"


def unquoted(text: str) -> str:
    """``text`` without the quotation marks the page set around it ("“This wall …”" ->
    "This wall …"); marks inside it keep it as it is ("Go," he said, "now")."""
    inner = text.strip()
    own = len(inner) > 2 and inner[0] in _OPENING and inner[-1] in _CLOSING
    if own and not any(mark in _ANY for mark in inner[1:-1]):
        return inner[1:-1].strip()
    return inner


def in_quotes(text: str) -> str:
    """``text`` in quotation marks, once (never "““This wall …””")."""
    return f"“{unquoted(text)}”"
