"""Wrapping text to a width in terminal cells, Chinese, Japanese and Korean too.

``textwrap`` counts characters and breaks only at spaces: a paragraph of Chinese, which has no
spaces and whose characters take two cells each, came out as one line twice the width. Text
with wide characters is wrapped here by cells, with a break allowed between any two of them,
but never before closing punctuation ("。", "」": the character before it goes down with it).
Other text is left to ``textwrap``, as before.
"""

from __future__ import annotations

import textwrap

from reader.core.cells import WIDE, WIDE_CHARS, cell_width
from reader.core.lazy import lazy_re

__all__ = ["CellWrapper", "cell_width", "fill"]

# a wide character alone, a run of spaces, or a run of anything else
_CHUNK = lazy_re(f"[{WIDE_CHARS}]|\\s+|[^\\s{WIDE_CHARS}]+")
MAX_CARRIED = 3  # characters at most taken down to the next line with closing punctuation
# never at a line's start: closing punctuation and the small kana
_CLOSING = frozenset(
    "。，、．・：；！？）」』】〕〉》”’ー々ぁぃぅぇぉっゃゅょァィゥェォッャュョ,.;:!?)]"
)


class CellWrapper(textwrap.TextWrapper):
    """``textwrap.TextWrapper`` that measures in cells when the text has wide characters."""

    def wrap(self, text: str) -> list[str]:
        if not WIDE.search(text):
            return super().wrap(text)
        lines: list[str] = []
        line, used = self.initial_indent, cell_width(self.initial_indent)
        fresh = True  # nothing but the indent on the line yet
        for chunk in _CHUNK.findall(" ".join(text.split())):
            size = cell_width(chunk)
            if chunk.isspace():
                if not fresh:
                    line, used = line + " ", used + 1
                continue
            if not fresh and used + size > self.width:
                carried = _carried(line, chunk, len(self.subsequent_indent if lines
                                                     else self.initial_indent))
                line = line[: len(line) - len(carried)]
                lines.append(line.rstrip())
                line = self.subsequent_indent + carried
                used = cell_width(line)
            line, used, fresh = line + chunk, used + size, False
        if not fresh:
            lines.append(line.rstrip())
        return lines


def _carried(line: str, chunk: str, indent: int) -> str:
    """The end of ``line`` that goes down with ``chunk`` when it opens with closing
    punctuation: the closing marks before it and the character they close (none when that
    would empty the line)."""
    if chunk[0] not in _CLOSING:
        return ""
    start = len(line) - 1
    while start > indent and line[start] in _CLOSING and len(line) - start < MAX_CARRIED:
        start -= 1
    if start <= indent or not WIDE.match(line[start]) or line[start] in _CLOSING:
        return ""
    return line[start:]


def fill(text: str, width: int = 70, **options: str) -> str:
    """``textwrap.fill`` by cells (see :class:`CellWrapper`)."""
    return CellWrapper(width=width, **options).fill(text)
