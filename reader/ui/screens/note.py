"""The small dialog that asks for an optional note when a quote is bookmarked."""

from __future__ import annotations

from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Label

from reader.ui.stylesheets import stylesheet

STYLES = stylesheet("library")
PREVIEW = 220


class NoteDialog(ModalScreen[str | None]):
    """Show the quote, ask for a note; dismiss with the note ("" for none) or None on esc."""

    CSS_PATH: ClassVar = [STYLES]
    BINDINGS: ClassVar = [Binding("escape", "cancel", "Cancel", show=True)]

    def __init__(self, quote: str, *, note: str = "", title: str = "Bookmark") -> None:
        super().__init__()
        self.quote = quote
        self.note = note
        self.heading = title

    def compose(self) -> ComposeResult:
        quote = " ".join(self.quote.split())
        if len(quote) > PREVIEW:
            quote = quote[: PREVIEW - 1] + "…"
        with Vertical(id="note-dialog"):
            yield Label(self.heading, id="note-title")
            yield Label(f"“{quote}”", id="note-quote", markup=False)
            yield Input(value=self.note, placeholder="A note (optional)", id="note-input")
            yield Label("enter saves · esc cancels", id="note-hint")

    @on(Input.Submitted, "#note-input")
    def _submitted(self, event: Input.Submitted) -> None:
        self.dismiss(event.value.strip())

    def action_cancel(self) -> None:
        self.dismiss(None)
