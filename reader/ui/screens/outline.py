"""The outline of the article on a reading screen: its headings in a panel left of the
body (``T`` shows and hides it), the current section marked while scrolling, enter jumps.
Open beside the body, it takes the side panels' room on a screen too narrow for the three
(``reader.ui.screens.panel_place``).

Composed on the reading screen as ``screen.outline``; the panel posts
``OutlinePanel.HeadingChosen`` and the screen routes it to :meth:`Outline.go_to`.
"""

from __future__ import annotations

from bisect import bisect_right
from typing import TYPE_CHECKING

from reader.ui.stylesheets import LATER, add_later

if TYPE_CHECKING:
    from reader.article.model import Article, Block
    from reader.ui.screens.reading import ReadingScreen
    from reader.ui.widgets.outline import OutlinePanel


def headings_of(article: Article | None) -> list[Block]:
    """The article's headings, in order."""
    if article is None:
        return []
    return [block for block in article.blocks if block.type == "heading"]


class Outline:
    """The outline panel of one reading screen and the section being read."""

    def __init__(self, screen: ReadingScreen) -> None:
        self.screen = screen
        self._panel: OutlinePanel | None = None  # made when first shown (after the first frame)
        self.headings: list[Block] = []
        self._starts: list[int] = []
        self._watching = False

    @property
    def panel(self) -> OutlinePanel:
        """The panel, made on first use with the headings listed (its module then)."""
        if self._panel is None:
            from reader.ui.widgets.outline import OutlinePanel

            self._panel = OutlinePanel()
            self._panel.show(self.headings)
        return self._panel

    @property
    def is_open(self) -> bool:
        """The panel is mounted and shown."""
        return self._panel is not None and self._panel.is_mounted and bool(self._panel.display)

    def shown(self, article: Article) -> None:
        """A new article is on screen: list its headings."""
        self.headings = headings_of(article)
        self._starts = [heading.start for heading in self.headings]
        if self._panel is not None:
            self._panel.show(self.headings)
        if self.is_open:
            self.screen.call_after_refresh(self.follow)

    def current(self) -> int | None:
        """The index of the heading whose section is at the top of the view (None before
        the first heading)."""
        if not self._starts:
            return None
        body = self.screen.body
        top = body.top_offset()
        if round(body.scroll_y) >= body.max_scroll_y and body.max_scroll_y > 0:
            top = max(top, body.visible_range()[1])  # the end: the last section in view
        index = bisect_right(self._starts, top) - 1
        return index if index >= 0 else None

    def follow(self, _value: object = None) -> None:
        """Mark the current section (the body scrolled)."""
        if self.is_open:
            self.panel.mark(self.current())

    async def toggle(self) -> None:
        """Show the outline (and focus it at the current section), or hide it."""
        screen = self.screen
        if self.is_open:
            self._display(False)
            screen.body.focus()
            return
        if not self.headings:
            screen.notify("This article has no headings.")
            return
        if not self.panel.is_mounted:
            add_later(screen.app, *LATER)
            await screen.query_one("#main").mount(self.panel, before="#body-column")
        if not self._watching:
            self._watching = True
            screen.watch(screen.body, "scroll_y", self.follow, init=False)
        self._display(True)
        self.panel.list.focus()
        self.show_current()
        screen.call_after_refresh(self.show_current)  # (once laid out: in view)

    def close_over_text(self) -> bool:
        """Esc on a narrow screen: hide the outline laid over the text, the keys back to the
        text; False when it is not open there."""
        if not (self.is_open and self.screen.has_class("-narrow")):
            return False
        self._display(False)
        self.screen.body.focus()
        return True

    def show_current(self) -> None:
        """Mark the current section and put the list's cursor on it, in view."""
        if self.is_open:
            self.panel.mark(self.current())
            self.panel.list.show_current()

    def go_to(self, heading: Block) -> None:
        """Put ``heading`` at the top of the view; the keys go back to the text."""
        screen = self.screen
        screen.body.scroll_to_offset(heading.start, center=False)
        screen.body.focus()
        screen.close_overlay()
        if screen.has_class("-narrow"):  # over the text: out of the way of the section
            self._display(False)
        self.panel.mark(self.current())

    def _display(self, shown: bool) -> None:
        """Show or hide the panel; the side panels make room for it, or take theirs back
        (``panel_place``)."""
        self.panel.display = shown
        self.screen.panel_place.refit()
