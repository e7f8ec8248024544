"""Rows made of pieces, shared by the structured blocks' layouts (pure Python).

A piece is ``(start, end, literal, style)``: ``literal`` None shows ``Article.text[start:end]``
(searchable, highlighted by offset), a string shows itself; ``style`` names a ``body--``
component ("" for the row's own style). See :mod:`reader.ui.widgets.block_render`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from reader.ui.widgets.layout import Layout

Piece = tuple[int, int, "str | None", str]
Wrap = Callable[[str, int, int, int], list[tuple[int, int]]]
INDENT = "  "
QUOTE_BAR = "▏ "  # before a quotation's rows (one a level: a quotation it quotes)


def add_row(
    layout: Layout, kind: str, pieces: Iterable[Piece], block: int, prefix: str = "",
) -> None:
    """One row of pieces; its offsets are those of its first and last pieces."""
    pieces = tuple(pieces)
    layout.add(kind, pieces[0][0], pieces[-1][1], prefix=prefix, block=block)
    layout.pieces[len(layout) - 1] = pieces


def line_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """``(start, end)`` of each ``\\n``-separated line of ``text[start:end]``."""
    spans, pos = [], start
    while True:
        stop = text.find("\n", pos, end)
        if stop < 0:
            spans.append((pos, end))
            return spans
        spans.append((pos, stop))
        pos = stop + 1
