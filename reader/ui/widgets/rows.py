"""A list item drawn a row per line, each cut with an ellipsis at the list's width.

A Rich ``Text``'s ``no_wrap`` is not kept when an option list draws it: an entry's summary
ran on over two more rows, from the list's left edge rather than under its indent."""

from __future__ import annotations

from rich.console import Console, ConsoleOptions, RenderResult
from rich.measure import Measurement
from rich.text import Text

__all__ = ["Rows", "rows_if_unwrapped"]


class Rows:
    """``text`` a row per line, each cut at the width with "…"."""

    def __init__(self, text: Text) -> None:
        self.text = text

    @property
    def plain(self) -> str:
        return self.text.plain

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        width = max(1, options.max_width)
        for line in self.text.split("\n", allow_blank=True):
            line.no_wrap = True
            line.truncate(width, overflow="ellipsis")
            yield line

    def __rich_measure__(self, console: Console, options: ConsoleOptions) -> Measurement:
        return Measurement(1, options.max_width)


def rows_if_unwrapped(text: Text) -> Text | Rows:
    """``text`` as :class:`Rows` when it is meant to keep to its rows (``no_wrap``)."""
    return Rows(text) if text.no_wrap else text
