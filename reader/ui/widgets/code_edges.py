"""The blank rows around a code block drawn as its box's top and bottom edges (half a row of
its background, ``▄`` above it and ``▀`` below): the code is not cramped against its box's
edges, and no row is added."""

from __future__ import annotations

from rich.style import Style

from reader.ui.widgets.layout import Layout

ABOVE = "▄"  # the blank row over a code block: its lower half the block's background
BELOW = "▀"  # the blank row under one: its upper half


def blank_row(layout: Layout, row: int, base: Style, code: Style) -> tuple[str, Style]:
    """What the blank ``row`` shows: an edge of the code block beside it (drawn in the
    block's background, ``code``'s), else nothing."""
    kinds = layout.kinds
    if code.bgcolor is None:
        return "", base
    if row > layout.header_rows and kinds[row - 1] == "code":
        return _edge(layout, row - 1, BELOW), base + Style(color=code.bgcolor)
    if row + 1 < len(layout) and kinds[row + 1] == "code":
        return _edge(layout, row + 1, ABOVE), base + Style(color=code.bgcolor)
    return "", base


def _edge(layout: Layout, row: int, mark: str) -> str:
    """The edge of the code block whose ``row`` it is beside, past its indent (a reply's)."""
    indent = layout.indent(row)
    return " " * indent + mark * (layout.across(row) - indent)
