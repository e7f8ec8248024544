"""The open dialog: a URL or a path; tab completes a path as a shell does."""

from __future__ import annotations

import asyncio
from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.suggester import Suggester
from textual.widgets import Input, Label

from reader.core.path_completion import complete_path
from reader.core.sanitize import clean_shown
from reader.ui.screens import DIALOGS
from reader.ui.screens.leaving import dismiss_once

HINT = "tab completes a path · enter opens · esc cancels"
MOST_SHOWN = 8  # names listed under the field when a path could become several


class PathSuggester(Suggester):
    """What tab would make of the path typed, shown dimmed after it (the folder read in a
    thread: a slow disk never freezes the typing)."""

    def __init__(self) -> None:
        super().__init__(use_cache=False, case_sensitive=True)

    async def get_suggestion(self, value: str) -> str | None:
        found = await asyncio.to_thread(complete_path, value)
        return found.value if found.value != value else None


class OpenScreen(ModalScreen[str | None]):
    """Ask for a URL or a path; dismiss with it (or None on esc). The one typed last
    stands in the field, selected: typing replaces it, an arrow key keeps it to mend (a
    mistyped address or path)."""

    CSS_PATH: ClassVar = [DIALOGS]  # read when first shown, not at start

    BINDINGS = [  # noqa: RUF012
        Binding("escape", "cancel", "Cancel", show=True),
        Binding("tab", "complete", "Complete", show=False),
    ]

    _listed_for: str | None = None  # the value the names under the field are listed for

    def __init__(self, last: str = "") -> None:
        super().__init__()
        self.last = last

    def on_mount(self) -> None:
        if self.last:
            field = self.query_one("#open-input", Input)
            field.value = self.last
            field.select_all()

    def compose(self) -> ComposeResult:
        with Vertical(id="open-dialog"):
            yield Label("Open a URL or a file", id="open-title")
            yield Input(
                placeholder="https://… or ~/saved-page.html", id="open-input",
                suggester=PathSuggester(),
            )
            yield Label(HINT, id="open-hint")

    @on(Input.Submitted, "#open-input")
    def _submitted(self, event: Input.Submitted) -> None:
        value = event.value.strip()
        dismiss_once(self, value or None)

    @on(Input.Changed, "#open-input")
    def _typed(self, event: Input.Changed) -> None:
        if event.value != self._listed_for:  # (not tab's own change: its list stays)
            self.query_one("#open-hint", Label).update(HINT)

    async def action_complete(self) -> None:
        """Tab: lengthen the path typed as far as the names it could be share, and list
        them when there are several."""
        field = self.query_one("#open-input", Input)
        typed = field.value
        found = await asyncio.to_thread(complete_path, typed)
        if field.value != typed:  # typed on meanwhile
            return
        if found.value != typed:
            field.value = found.value
            field.cursor_position = len(found.value)
        if found.names:
            names = [clean_shown(name, 40) for name in found.names[:MOST_SHOWN]]
            more = len(found.names) - len(names)
            self._listed_for = found.value
            listed = "  ".join(names) + (f"  and {more} more" if more > 0 else "")
            self.query_one("#open-hint", Label).update(Content(listed))

    def action_cancel(self) -> None:
        dismiss_once(self, None)
