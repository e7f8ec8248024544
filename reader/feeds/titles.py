"""What an entry is called when its feed gives it no title (a microblog's notes, a social
account's feed): the opening of its text, as the feeds screen lists it, not its address."""

from __future__ import annotations

from reader.core.lazy import lazy_re

OPENING = 80  # characters of an untitled entry's text that name it
_FIRST_SENTENCE = lazy_re(rf"(.{{8,{OPENING}}}?[.!?…])(?=\s|$)")


def opening(summary: str) -> str:
    """The first sentence of ``summary`` when it is short, else its first words (to
    :data:`OPENING` characters) and an ellipsis; "" for no text."""
    text = " ".join(summary.split())
    if len(text) <= OPENING:
        return text
    sentence = _FIRST_SENTENCE.match(text)
    if sentence:
        return sentence.group(1)
    words = text[:OPENING].rsplit(" ", 1)[0]
    return words.rstrip(" ,;:—–-") + "…"


__all__ = ["OPENING", "opening"]
