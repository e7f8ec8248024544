"""The panels' column: on the first screen (it keeps the body's width from the start); the
panels in it (reader.ui.widgets.panels) are mounted after the first frame."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from textual.containers import Vertical

if TYPE_CHECKING:
    from reader.ui.widgets.panels import PanelList


ROOMY = 34  # rows of the column from which its two panels stand a row apart


class SideColumn(Vertical):
    """The panels' column, split by content: the shorter list takes its own height, the
    longer the rest (``-quotes-long`` in styles/reader.tcss)."""

    def on_resize(self) -> None:
        """A tall column keeps a row between its panels (``-roomy``); a short one has none
        to spare (each list keeps its rows)."""
        self.set_class(self.size.height >= ROOMY, "-roomy")

    def on_panel_list_filled(self, event: PanelList.Filled) -> None:
        """(By handler name: the panels' module loads after the first frame.)"""
        event.stop()
        self.call_after_refresh(self.balance)

    def balance(self) -> None:
        """Give the rest of the column to the longer of the two panels."""
        width = self.content_region.width
        quotes = sum(cast("PanelList", found).natural_rows(width)
                     for found in self.query("PanelList#quotes-list"))
        people = sum(cast("PanelList", found).natural_rows(width)
                     for found in self.query("#people-panel PanelList"))
        self.set_class(quotes > people, "-quotes-long")
