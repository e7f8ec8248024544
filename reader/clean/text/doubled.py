"""A line a copied page shows twice, run together: "Jan 5, 2026Jan 5, 2026".

A page often sets the same byline or date twice, one for narrow screens and one for wide, and
hides one of them; "select all, copy" takes both, on one line ("Colin Gray Colin Gray", "30
January 2025 / 23:07 GMT30 January 2025 / 23:07 GMT"). Such a line is read once.
"""

from __future__ import annotations

from reader.core.lazy import lazy_re

MAX_DOUBLED = 300  # characters of a line looked at (a byline's, a date's, a heading's)
MIN_HALF = 6  # characters of each copy
_CAPITALISED = lazy_re(r"\b[^\W\d_][^\W\d_]*")


def _stands_alone(half: str) -> bool:
    """A copy worth reading once: a date or a number in it, or two capitalised words ("Colin
    Gray"), not a refrain ("la la")."""
    if len(half) < MIN_HALF:
        return False
    if any(ch.isdigit() for ch in half):
        return True
    return sum(word[0].isupper() for word in _CAPITALISED.findall(half)) >= 2


def undoubled(text: str) -> str:
    """``text`` once when it is the same words twice, run together or a space apart."""
    if not 2 * MIN_HALF <= len(text) <= MAX_DOUBLED or text.find(text[:MIN_HALF], 1) < 0:
        return text  # (quick: a line twice holds its first letters twice)
    line = text.strip()
    if len(line) < 2 * MIN_HALF or "\t" in line:
        return text  # (a table's row may well repeat its cells: "Excellent  Average")
    half = len(line) // 2
    if len(line) % 2 == 0 and line[:half] == line[half:] and _stands_alone(line[:half]):
        return line[:half].strip()
    words = line.split()
    count = len(words) // 2
    if len(words) % 2 == 0 and count >= 2 and words[:count] == words[count:]:
        once = " ".join(words[:count])
        if _stands_alone(once):
            return once
    return text


__all__ = ["undoubled"]
