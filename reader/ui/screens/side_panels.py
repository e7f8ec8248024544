"""The pull quotes and people panels of a reading screen, made after the first frame.

Their module (reader.ui.widgets.panels, with the search it filters by) is not imported
before the first frame: the panels are made when the screen mounts its extras (or a key
needs them), and what they are to show is held until then and given to them as they are
made. Composed on the reading screen as ``screen.panels``.
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING, TypeGuard

if TYPE_CHECKING:
    from collections.abc import Callable

    from textual.dom import DOMNode

    from reader.article.model import Article
    from reader.ui.screens.opening import Coming
    from reader.ui.widgets.panels import PanelList, PeoplePanel, QuotesPanel

    Shown = Callable[..., None]

PANELS = "reader.ui.widgets.panels"


def is_panel_list(node: DOMNode | None) -> TypeGuard[PanelList]:
    """``node`` is a panel's list (none is, before the panels' module is imported)."""
    module = sys.modules.get(PANELS)
    return module is not None and isinstance(node, module.PanelList)


class SidePanels:
    """The two panels, made on first use; ``show`` before then is held for them. Each
    ``show`` is told to ``shown`` (``shown(article, pending=...)``: their place may change)."""

    def __init__(self, shown: Shown | None = None) -> None:
        self._shown = shown
        self._quotes: QuotesPanel | None = None
        self._people: PeoplePanel | None = None
        self._held_quotes: tuple[Article | None, str] = (None, "")
        self._held_people: tuple[Article | None, bool, str] = (None, False, "")

    @property
    def made(self) -> bool:
        """The panels exist (they may not be mounted yet)."""
        return self._quotes is not None

    @property
    def quotes(self) -> QuotesPanel:
        """The pull quotes panel."""
        return self._both()[0]

    @property
    def people(self) -> PeoplePanel:
        """The people panel."""
        return self._both()[1]

    def _both(self) -> tuple[QuotesPanel, PeoplePanel]:
        """The two panels, made (and given what was held for them) on first use."""
        if self._quotes is None or self._people is None:
            from reader.ui.widgets.panels import PeoplePanel, QuotesPanel

            self._quotes, self._people = QuotesPanel(), PeoplePanel()
            article, whole_pending = self._held_quotes
            self._quotes.show(article, whole_pending=whole_pending)
            article, pending, whole_pending = self._held_people
            self._people.show(article, pending=pending, whole_pending=whole_pending)
        return self._quotes, self._people

    def show(self, article: Article | None, *, pending: bool = False,
             quotes: bool = True, coming: Coming | None = None) -> None:
        """List ``article``'s pull quotes (unless not ``quotes``) and people (``pending``:
        the people engine is still running; ``coming``: ``article`` is a long text's
        opening, its whole to come, as both panels say meanwhile)."""
        quotes_coming, people_coming = (coming.quotes, coming.people) if coming else ("", "")
        if self._quotes is None or self._people is None:
            if quotes:
                self._held_quotes = (article, quotes_coming)
            self._held_people = (article, pending, people_coming)
        else:
            if quotes:
                self._quotes.show(article, whole_pending=quotes_coming)
            self._people.show(article, pending=pending, whole_pending=people_coming)
        if self._shown is not None:
            self._shown(article, pending=pending or coming is not None)
