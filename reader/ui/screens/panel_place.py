"""Where the side panels stand: beside the body, over it at the right (a narrow terminal,
opened with ``p``), or hidden (``p`` on a wide one, remembered in the settings). Each is a
class on the reading screen (styles/reader.tcss).

Composed on the reading screen as ``screen.panel_place``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from reader.ui.screens.reading import ReadingScreen

NARROW = 100  # below this many columns the panels fold away
OVERLAY_WIDTH = 44  # the panels' width when they open over the body (styles/reader.tcss)


class PanelPlace:
    """The panels' place on one reading screen."""

    def __init__(self, screen: ReadingScreen) -> None:
        self.screen = screen

    def fit(self, width: int) -> None:
        """The screen is ``width`` columns wide: fold the panels away below ``NARROW``."""
        screen = self.screen
        narrow = width < NARROW
        if narrow != screen.has_class("-narrow"):
            screen.set_class(narrow, "-narrow")
            screen.remove_class("-panels-open")
            focused = screen.focused
            if narrow and focused is not None and screen.query_one("#panels") in focused.ancestors:
                screen.body.focus()  # the panels folded away: the keys go back to the text
        screen.query_one("#panels").styles.offset = (  # narrow: over the body, at the right
            (max(0, width - OVERLAY_WIDTH), 0) if narrow else (0, 0))

    def close_overlay(self) -> bool:
        """After a jump from the panels over the body (narrow): close them, so the passage
        shows, and give the keys back to the body. False if they were not open."""
        screen = self.screen
        if not screen.has_class("-panels-open"):
            return False
        screen.remove_class("-panels-open")
        screen.body.focus()
        return True

    async def toggle(self) -> None:
        """Show or hide the panels (over the body on a narrow terminal)."""
        screen = self.screen
        if not screen.has_article:  # an error page: nothing to show, and nothing to remember
            return
        if screen.has_class("-narrow"):
            opened = not screen.has_class("-panels-open")
            screen.set_class(opened, "-panels-open")
            if opened:
                if not screen.panels.quotes.is_mounted:
                    await screen.wait_for_extras()
                screen.query_one("#quotes-list").focus()
            else:
                screen.body.focus()
            return
        hidden = not screen.has_class("-panels-hidden")
        screen.set_class(hidden, "-panels-hidden")
        if hidden:
            screen.body.focus()
        settings = screen.reader.settings
        settings.panels = not hidden
        settings.save()
