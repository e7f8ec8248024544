"""Where the side panels stand: beside the body, over it at the right (a narrow terminal, or
the outline open beside the body on one not wide enough for the three: opened with ``p``;
screen class ``-panels-over``), hidden (``p`` on a wide one, remembered in the settings), or folded
away while the article has neither pull quotes nor people (``p`` opens them; not
remembered). Each is a class on the reading screen (styles/reader.tcss).

Beside the body the panels take what the body's measure leaves, between ``PANEL_LEAST``
and ``PANEL_MOST`` columns; the panels fold away when the body would keep less than a
readable measure (``READABLE``, or the reader's own text width if narrower) beside them,
and beside the outline when it is open (``OUTLINE_WIDTH``; closed, they come back). A narrow
terminal (``-narrow``) lays the outline over the body too.

Composed on the reading screen as ``screen.panel_place``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from reader.article.data_kind import data_kind
from reader.ui.widgets.side_column import SideColumn

if TYPE_CHECKING:
    from textual.widget import Widget

    from reader.article.model import Article
    from reader.ui.screens.reading import ReadingScreen

READABLE = 72  # the least measure the body keeps beside the panels (SCREEN.md: 72-80)
BODY_EDGES = 6  # the body's columns around its text: two gutters, a border, a scrollbar
PANEL_LEAST = 30  # the panels' width beside the body: at least this...
PANEL_MOST = 42  # ...and at most this (the rest goes to the body's margins)
OVERLAY_WIDTH = 44  # the panels' width when they open over the body (styles/reader.tcss)
OUTLINE_WIDTH = 34  # the outline's width beside the body (styles/outline.tcss)
EMPTY = "no pull quotes or people"  # the status line's note while they are folded away


def narrowest(text_width: int, beside: int = 0) -> int:
    """The fewest columns that keep the panels beside a body of ``text_width`` (and
    ``beside`` columns more left of it: the outline)."""
    return min(text_width, READABLE) + BODY_EDGES + PANEL_LEAST + beside


def panel_width(width: int, text_width: int, beside: int = 0) -> int:
    """The panels' width beside the body on a screen ``width`` columns wide (``beside``
    of them taken left of the body: the outline)."""
    return max(PANEL_LEAST, min(PANEL_MOST, width - beside - text_width - BODY_EDGES))


def emptiness(article: Article | None, *, pending: bool) -> bool | None:
    """Whether ``article``'s panels are both empty; None while that is not known (the people
    still to find, or a long text's rest to come)."""
    if article is None:
        return None
    if data_kind(article) is not None:  # (code, a table: none looked for)
        return True
    if article.pull_quotes or article.people:
        return False
    return None if pending else True


class PanelPlace:
    """The panels' place on one reading screen."""

    def __init__(self, screen: ReadingScreen) -> None:
        self.screen = screen
        self.empty = False  # the article's panels are both empty (as last known)
        self.opened = False  # ...and ``p`` opened them all the same
        self._judged = False  # ``empty`` is known for the article shown

    def column(self) -> SideColumn:
        """The panels' column, as the screen is composed: placed for the terminal's width
        and the reader's settings before anything is styled or laid out (the body is
        styled once and wrapped once, at its width)."""
        screen = self.screen
        screen.set_class(not screen.reader.settings.panels, "-panels-hidden")
        column = SideColumn(id="panels")
        self._place(column, screen.app.size.width)
        return column

    def fit(self, width: int) -> None:
        """The screen is ``width`` columns wide: fold the panels away when the body would
        keep too narrow a measure beside them (:func:`narrowest`)."""
        screen = self.screen
        if self._place(screen.query_one("#panels"), width):
            screen.remove_class("-panels-open")
            if screen.has_class("-panels-over"):
                self._leave_panels()  # the panels folded away: the keys go back to the text

    def refit(self) -> None:
        """The outline opened or closed: the panels fold away or come back for it."""
        self.fit(self.screen.size.width)

    def _place(self, panels: Widget, width: int) -> bool:
        """Fold ``panels`` away, or size them beside the body (and the outline, if open),
        for a screen ``width`` wide; True if they have just folded away or come back."""
        screen = self.screen
        text_width = screen.reader.settings.text_width
        narrow = width < narrowest(text_width)  # (the outline then over the body too)
        beside = OUTLINE_WIDTH if screen.outline.is_open and not narrow else 0
        over = width < narrowest(text_width, beside)
        changed = over != screen.has_class("-panels-over")
        screen.set_class(narrow, "-narrow")
        screen.set_class(over, "-panels-over")
        panels.styles.offset = (  # over the body, at the right
            (max(0, width - OVERLAY_WIDTH), 0) if over else (0, 0))
        panels.styles.width = None if over else panel_width(width, text_width, beside)
        return changed

    def _leave_panels(self) -> None:
        """The focus goes back to the body if it was in the panels."""
        screen = self.screen
        focused = screen.focused
        if focused is not None and screen.query_one("#panels") in focused.ancestors:
            screen.body.focus()

    def contents(self, article: Article | None, *, pending: bool = False) -> None:
        """The panels now show ``article``'s (``pending``: a new article, not all of it known
        yet). Once known to be both empty they fold away, said once in the status line; while
        not known they stay as they are (no jump back and forth as the people are found)."""
        if pending:
            self._judged = False  # a new article: its panels not judged yet
        empty = emptiness(article, pending=pending)
        if empty is None or self._judged:
            return
        self._judged = True
        self.empty, self.opened = empty, False
        self._fold()
        if empty and not self.screen.has_class("-panels-hidden"):
            self.screen.status.note(EMPTY)

    def _fold(self) -> None:
        """Fold the panels away while they are both empty and ``p`` did not open them."""
        folded = self.empty and not self.opened
        self.screen.set_class(folded, "-panels-empty")
        if folded:
            self._leave_panels()

    def close_overlay(self) -> bool:
        """After a jump from the panels over the body: close them, so the passage
        shows, and give the keys back to the body. False if they were not open."""
        screen = self.screen
        if not screen.has_class("-panels-open"):
            return False
        screen.remove_class("-panels-open")
        screen.body.focus()
        return True

    async def toggle(self) -> None:
        """Show or hide the panels (over the body when there is no room beside it; empty
        ones folded away are opened, and folded again, without a word to the settings)."""
        screen = self.screen
        if not screen.has_article:  # an error page: nothing to show, and nothing to remember
            return
        if screen.has_class("-panels-over"):
            opened = not screen.has_class("-panels-open")
            screen.set_class(opened, "-panels-open")
            if opened:
                if not screen.panels.quotes.is_mounted:
                    await screen.wait_for_extras()
                screen.query_one("#quotes-list").focus()
            else:
                screen.body.focus()
            return
        hidden = screen.has_class("-panels-hidden")
        if self.empty:  # both empty: opened (and folded again) for this article only
            self.opened = hidden or not self.opened
            self._fold()
            if not hidden:
                return
        self._remember(hidden=not hidden)

    def _remember(self, *, hidden: bool) -> None:
        """Hide or show the panels, and remember it in the settings."""
        screen = self.screen
        screen.set_class(hidden, "-panels-hidden")
        if hidden:
            screen.body.focus()
        settings = screen.reader.settings
        settings.panels = not hidden
        settings.save()
