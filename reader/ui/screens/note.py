"""The small dialog that asks for an optional note when a quote is bookmarked."""

from __future__ import annotations

import textwrap
from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Label

from reader.core.quoting import in_quotes
from reader.ui.screens.leaving import dismiss_once
from reader.ui.stylesheets import stylesheet

STYLES = stylesheet("library")
PREVIEW_LINES = 6  # #note-quote's max-height (styles/library.tcss)
DIALOG_WIDTH = 72  # #note-dialog: width 72, max-width 95%, border 2 and padding 4 columns
DIALOG_CHROME = 6


def preview(text: str, width: int, lines: int = PREVIEW_LINES, *, quoted: bool = False) -> str:
    """``text`` on at most ``lines`` lines of ``width`` columns, in “ ” if ``quoted``; a cut
    ends with "…"."""
    text = " ".join(text.split())
    if quoted:
        text = in_quotes(text)
    width = max(8, width)
    rows = textwrap.wrap(text, width) or [""]
    if len(rows) <= lines:
        return "\n".join(rows)
    rows = rows[:lines]
    last = rows[-1][: width - 1].rstrip()
    rows[-1] = last + "…"
    return "\n".join(rows)


class NoteDialog(ModalScreen[str | None]):
    """Show the quote (or paragraph), ask for a note; dismiss with the note ("" for none)
    or None on esc. ``quoted``: a quote, shown in quote marks (a paragraph is not). A
    ``note`` given is there to be added to: the cursor at its end, nothing selected."""

    CSS_PATH: ClassVar = [STYLES]
    BINDINGS: ClassVar = [Binding("escape", "cancel", "Cancel", show=True)]

    def __init__(
        self, quote: str, *, note: str = "", title: str = "Bookmark", quoted: bool = True,
    ) -> None:
        super().__init__()
        self.quote = quote
        self.quoted = quoted
        self.note = note
        self.heading = title

    def compose(self) -> ComposeResult:
        width = min(DIALOG_WIDTH, self.app.size.width * 95 // 100) - DIALOG_CHROME
        quote = preview(self.quote, width, quoted=self.quoted)
        with Vertical(id="note-dialog"):
            yield Label(self.heading, id="note-title")
            yield Label(quote, id="note-quote", markup=False)
            yield Input(  # (a note there already is kept: the cursor after it, none selected)
                value=self.note, placeholder="A note (optional)", id="note-input",
                select_on_focus=False,
            )
            yield Label("enter saves · esc cancels", id="note-hint")

    @on(Input.Submitted, "#note-input")
    def _submitted(self, event: Input.Submitted) -> None:
        dismiss_once(self, event.value.strip())

    def action_cancel(self) -> None:
        dismiss_once(self, None)
