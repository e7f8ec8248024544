"""Wide characters: Chinese, Japanese and Korean take two terminal cells and carry about a
word's meaning each."""

from __future__ import annotations

import unicodedata

from reader.core.lazy import lazy_re

__all__ = ["WIDE", "WIDE_CHARS", "cell_width"]

# Hangul Jamo, CJK radicals to Yi, Hangul syllables, compatibility ideographs, vertical and
# compatibility forms, full-width forms and signs
WIDE_CHARS = (
    "\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6"
)
WIDE = lazy_re(f"[{WIDE_CHARS}]")


def cell_width(text: str) -> int:
    """Cells ``text`` takes in a terminal (two for a wide character)."""
    if not WIDE.search(text):
        return len(text)
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)
