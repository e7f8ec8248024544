"""Overstrike, as ``man`` and ``nroff`` write bold and underline for a terminal: "N\\bN" is a
bold N, "_\\bN" an underlined one. Piped on (``man ls | reader -``) those backspaces would make
the text look binary; each struck-over character is taken out, as ``col -b`` does, leaving the
text as the terminal showed it."""

from __future__ import annotations

from reader.core.lazy import lazy_re
from reader.sources.decoding import bom_encoding, utf16_without_bom

# a character (one byte, or a UTF-8 lead byte and its continuation bytes) and the backspace
# that strikes it over
_STRUCK = lazy_re(rb"(?:[\x00-\x07\x09-\x7f]|[\xc0-\xff][\x80-\xbf]{0,3}|[\x80-\xbf])\x08")
MIN_STRIKES = 4  # backspaces in the first bytes that make a text overstruck, not a stray one
_SAMPLE = 8192


def is_overstruck(data: bytes) -> bool:
    """Whether ``data`` uses backspaces to strike characters over (a formatted man page);
    never UTF-16 text, whose bytes may hold 0x08 as half of a character."""
    sample = data[:_SAMPLE]
    if sample.count(b"\x08") < MIN_STRIKES or bom_encoding(sample) or utf16_without_bom(sample):
        return False
    return _STRUCK.search(sample) is not None


def strip_overstrike(data: bytes) -> bytes:
    """``data`` without its struck-over characters ("N\\bN" -> "N", "_\\bN" -> "N")."""
    return _STRUCK.sub(b"", data) if b"\x08" in data else data


__all__ = ["is_overstruck", "strip_overstrike"]
