"""Split plain text into paragraph units: blank lines part them, hard-wrapped lines are joined.

A page copied from a browser puts each paragraph on one long line (often with no blank line
between a pull quote and its attribution); a text file wrapped at ~72 columns breaks every
paragraph over many lines. The layout is told apart by the line lengths of the whole document.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# A line that starts something of its own: a list item or a dashed attribution.
_STARTER = re.compile(r"^\s*(?:[-*+•·‣◦▪–—―]\s|\d{1,3}[.)]\s|[—―]|--\s?\S)")
_SENTENCE_END = re.compile(r"[.!?…][\"'”’)\]]*$")
_INDENT = re.compile(r"^(?: {2,}|\t)\S")
_MAX_WRAP = 100


@dataclass
class Unit:
    """One paragraph-sized piece of the text.

    ``chunk`` numbers the blank-line-separated chunks; ``joined`` is True when the unit
    follows the previous one after a single newline (same chunk).
    """

    text: str
    chunk: int
    joined: bool = False


def wrap_width(lines: list[str]) -> int | None:
    """The column the text was hard-wrapped at, or None when lines are paragraph-long."""
    lengths = sorted(len(line.rstrip()) for line in lines if len(line.strip()) >= 30)
    if len(lengths) < 3:
        return None
    long = sum(1 for n in lengths if n > _MAX_WRAP)
    if long > 0.2 * len(lengths):
        return None
    wrapped = [n for n in lengths if n <= _MAX_WRAP]
    # The lines that were broken cluster just under the width: take a high percentile.
    return wrapped[min(len(wrapped) - 1, int(len(wrapped) * 0.9))]


def _looks_like_attribution(line: str) -> bool:
    words = line.split()
    return 0 < len(words) <= 12 and not _SENTENCE_END.search(line) and line[:1].isupper()


def _soft_break(line: str, following: str, is_last: bool, width: int) -> bool:
    """Whether the newline between ``line`` and ``following`` only wrapped a paragraph."""
    if _STARTER.match(following) or _INDENT.match(following):
        return False
    stripped = following.strip()
    first_word = stripped.split()[0] if stripped else ""
    if len(line) + 1 + len(first_word) <= width and len(line) < 0.75 * width:
        return False
    return not (is_last and _SENTENCE_END.search(line) and _looks_like_attribution(stripped))


def _join(parts: list[str]) -> str:
    """Join wrapped lines; a word hyphenated at the line end is put back together."""
    out = parts[0]
    if len(parts) == 1:
        return out
    pieces = [out]
    for part in parts[1:]:
        previous = pieces[-1]
        if previous.endswith("-") and previous[-2:-1].isalpha() and part[:1].islower():
            pieces.append(part)
        else:
            pieces.append(" " + part)
    return "".join(pieces)


def split_units(text: str) -> list[Unit]:
    """Paragraph units of ``text`` (newlines already normalised to ``\\n``)."""
    raw_lines = text.split("\n")
    width = wrap_width(raw_lines)
    units: list[Unit] = []
    chunk = 0
    current: list[str] = []

    def flush() -> None:
        nonlocal chunk
        if not current:
            return
        groups: list[list[str]] = []
        for index, line in enumerate(current):
            stripped = line.strip()
            if (
                groups
                and width is not None
                and _soft_break(
                    current[index - 1].rstrip(), line, index == len(current) - 1, width
                )
            ):
                groups[-1].append(stripped)
            else:
                groups.append([stripped])
        pieces = [_join(group) for group in groups]
        for index, piece in enumerate(pieces):
            units.append(Unit(piece, chunk, joined=index > 0))
        chunk += 1
        current.clear()

    for line in raw_lines:
        if line.strip():
            current.append(line.rstrip())
        else:
            flush()
    flush()
    return units
