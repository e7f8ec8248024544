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
_STARTS_OWN = re.compile(rf"(?:{_STARTER.pattern[1:]})|(?:{_INDENT.pattern[1:]})")
_MAX_WRAP = 100
# One or more whitespace-only lines (``\\s`` is exactly what ``str.strip`` removes).
_BLANK_LINES = re.compile(r"\n(?:[^\S\n]*\n)+")


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
    return _wrap_width([len(line.rstrip()) for line in lines if len(line.strip()) >= 30])


def _wrap_width(lengths: list[int]) -> int | None:
    """``wrap_width`` from the right-stripped lengths of the lines of 30+ characters."""
    if len(lengths) < 3:
        return None
    long = sum(1 for n in lengths if n > _MAX_WRAP)
    if long > 0.2 * len(lengths):
        return None
    wrapped = sorted(n for n in lengths if n <= _MAX_WRAP)
    # The lines that were broken cluster just under the width: take a high percentile.
    return wrapped[min(len(wrapped) - 1, int(len(wrapped) * 0.9))]


def _looks_like_attribution(line: str) -> bool:
    words = line.split()
    return 0 < len(words) <= 12 and not _SENTENCE_END.search(line) and line[:1].isupper()


def _soft_break(line: str, following: str, is_last: bool, width: int) -> bool:
    """Whether the newline between ``line`` and ``following`` only wrapped a paragraph."""
    if _STARTS_OWN.match(following):
        return False
    stripped = following.strip()
    first_word = stripped.split(None, 1)[0] if stripped else ""
    if len(line) + 1 + len(first_word) <= width and len(line) < 0.75 * width:
        return False
    return not (is_last and _SENTENCE_END.search(line) and _looks_like_attribution(stripped))


def _join(parts: list[str]) -> str:
    """Join wrapped lines; a word hyphenated at the line end is put back together."""
    out = parts[0]
    if len(parts) == 1:
        return out
    joined = " ".join(parts)
    if "- " not in joined:  # no line but the last ends with a hyphen
        return joined
    pieces = [out]
    for part in parts[1:]:
        previous = pieces[-1]
        if previous.endswith("-") and previous[-2:-1].isalpha() and part[:1].islower():
            pieces.append(part)
        else:
            pieces.append(" " + part)
    return "".join(pieces)


def _chunks(text: str) -> list[list[str]]:
    """The blank-line-separated chunks of ``text``: their non-blank lines, right-stripped."""
    chunks: list[list[str]] = []
    for chunk in _BLANK_LINES.split(text):
        if "\n" not in chunk:  # the common case for text copied from a browser
            line = chunk.rstrip()
            if line:
                chunks.append([line])
            continue
        # (Blank lines can only remain at the very start or end of the text.)
        lines = [line for line in map(str.rstrip, chunk.split("\n")) if line]
        if lines:
            chunks.append(lines)
    return chunks


def _is_paragraph(lines: list[str], width: int) -> bool:
    """Whether every newline of a chunk only wraps one paragraph, by a quick sufficient test:
    all lines but the last are long, none starts something of its own, and the last line is
    no attribution (``_soft_break`` is True for every line)."""
    if min(map(len, lines[:-1])) < 0.75 * width or any(map(_STARTS_OWN.match, lines[1:])):
        return False
    return not (_SENTENCE_END.search(lines[-2]) and _looks_like_attribution(lines[-1].strip()))


def _units_of(lines: list[str], chunk: int, width: int | None, units: list[Unit]) -> None:
    """Append the units of one chunk (its lines right-stripped) to ``units``."""
    if len(lines) == 1 or width is None:
        for index, line in enumerate(lines):
            units.append(Unit(line.strip(), chunk, joined=index > 0))
        return
    if _is_paragraph(lines, width):  # the common case in a hard-wrapped text
        units.append(Unit(_join([line.strip() for line in lines]), chunk))
        return
    group = [lines[0].strip()]
    joined = False
    for index in range(1, len(lines)):
        line = lines[index]
        if _soft_break(lines[index - 1], line, index == len(lines) - 1, width):
            group.append(line.strip())
        else:
            units.append(Unit(_join(group), chunk, joined))
            group, joined = [line.strip()], True
    units.append(Unit(_join(group), chunk, joined))


def split_units(text: str) -> list[Unit]:
    """Paragraph units of ``text`` (newlines already normalised to ``\\n``)."""
    chunks = _chunks(text)
    lengths = [
        n
        for lines in chunks
        for line in lines
        if (n := len(line)) >= 30 and (not line[0].isspace() or len(line.lstrip()) >= 30)
    ]
    width = _wrap_width(lengths)
    units: list[Unit] = []
    for chunk, lines in enumerate(chunks):
        if len(lines) == 1:
            units.append(Unit(lines[0].lstrip(), chunk))
        else:
            _units_of(lines, chunk, width, units)
    return units
