"""The open dialog: a URL or a path."""

from __future__ import annotations

from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Label

from reader.ui.screens import DIALOGS
from reader.ui.screens.leaving import dismiss_once


class OpenScreen(ModalScreen[str | None]):
    """Ask for a URL or a path; dismiss with it (or None on esc)."""

    CSS_PATH: ClassVar = [DIALOGS]  # read when first shown, not at start

    BINDINGS = [Binding("escape", "cancel", "Cancel", show=True)]  # noqa: RUF012

    def compose(self) -> ComposeResult:
        with Vertical(id="open-dialog"):
            yield Label("Open a URL or a file", id="open-title")
            yield Input(placeholder="https://… or ~/saved-page.html", id="open-input")
            yield Label("enter opens · esc cancels", id="open-hint")

    @on(Input.Submitted, "#open-input")
    def _submitted(self, event: Input.Submitted) -> None:
        value = event.value.strip()
        dismiss_once(self, value or None)

    def action_cancel(self) -> None:
        dismiss_once(self, None)
