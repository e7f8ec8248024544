"""The error view: what went wrong, as a sentence, and what to do next."""

from __future__ import annotations

from textual.widgets import Static


class ErrorView(Static):
    """Shown in place of the body when nothing could be opened."""

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__("", id=id, markup=False)

    def show_message(self, message: str) -> None:
        """Show ``message`` (one or two sentences)."""
        self.update(message)
