"""A line of key hints ("enter open · / search · esc close") that wraps between its hints,
never inside one, so a narrow terminal shows each hint whole on as many rows as it needs."""

from __future__ import annotations

from rich.cells import cell_len
from rich.text import Text
from textual.widgets import Static

from reader.ui.commands import SEPARATOR


def hint_rows(hint: str, width: int) -> list[str]:
    """``hint``'s items (split at " · ") on rows of at most ``width`` cells, each whole (one
    longer than a row has a row of its own)."""
    rows: list[str] = []
    for item in hint.split(SEPARATOR):
        if rows and cell_len(rows[-1] + SEPARATOR + item) <= width:
            rows[-1] += SEPARATOR + item
        else:
            rows.append(item)
    return rows


class Hints(Static):
    """Key hints on as many rows as the width needs (its height follows)."""

    DEFAULT_CSS = "Hints { height: auto; }"

    def __init__(self, hint: str, *, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(Text(hint), id=id, classes=classes)
        self.hint = hint

    def set_hint(self, hint: str) -> None:
        """Show ``hint`` instead."""
        self.hint = hint
        self._lay_out()

    def on_resize(self) -> None:
        self._lay_out()

    def _lay_out(self) -> None:
        width = self.content_size.width
        rows = hint_rows(self.hint, width) if width > 0 else [self.hint]
        self.update(Text("\n".join(rows)))
