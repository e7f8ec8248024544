"""The footer: the keys that work now, read from the one command list.

A single Static (Textual's Footer mounts a widget per key and recomposes on every focus
change, which costs more than the whole article body to draw). When the keys do not fit,
the ones of the highest ``rank`` go first (``n``/``N`` while there are matches, never).
"""

from __future__ import annotations

from typing import ClassVar

from rich.cells import cell_len
from rich.text import Text
from textual.events import Resize
from textual.widgets import Static

from reader.ui import commands

CONTEXTS = ("body", "panel", "search")
# Under a dialog (help, open, links, a bookmark's note) the reading screen's keys do not
# run: the bar says the one key every dialog shares.
CLOSE_DIALOG = commands.Command("close_dialog", "Close", ("escape",), "Close the dialog", "",
                                footer=True, show=False, screen="dialog", remappable=False)


class KeyBar(Static):
    """``key Label  key Label ...``: the body's keys, with ``enter Go to`` when a panel has
    focus, the search bar's keys while it has focus, or ``esc Close`` under a dialog."""

    COMPONENT_CLASSES: ClassVar[set[str]] = {"keybar--key", "keybar--label"}

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__("", id=id)
        self.context = "body"
        self._covered = "body"  # the context a dialog covers
        self.shown: list[commands.Command] = []
        self._drawn: tuple[object, ...] = ()  # what the bar shows now (not redrawn alike)

    @property
    def in_panel(self) -> bool:
        """A side panel has focus."""
        return self.context == "panel"

    def on_mount(self) -> None:
        self.screen.bindings_updated_signal.subscribe(self, self._bindings_changed)
        self.update_keys()

    def on_resize(self, event: Resize) -> None:
        self.update_keys()

    def _bindings_changed(self, _screen: object) -> None:
        """The screen's ``check_action`` may answer differently now."""
        if self.is_mounted:
            self.update_keys()

    def _can_run(self, command: commands.Command) -> bool:
        if command.action.startswith("app."):
            return True
        return self.screen.check_action(command.action, ()) is True

    def notify_style_update(self) -> None:
        super().notify_style_update()
        if self.is_mounted:
            self.update_keys()

    def set_context(self, context: str = "body") -> None:
        """Show the keys for the body, a focused panel or the search bar (``CONTEXTS``); under
        a dialog, the keys its closing gives back."""
        if self.context == "dialog":
            self._covered = context
        elif context != self.context:
            self.context = context
            self.update_keys()

    def cover(self) -> None:
        """A dialog is over the screen: its one shared key, ``esc Close``."""
        if self.context != "dialog":
            self._covered, self.context = self.context, "dialog"
            self.update_keys()

    def uncover(self) -> None:
        """The dialog closed: the keys it covered."""
        if self.context == "dialog":
            self.context = self._covered
            self.update_keys()

    def _wanted(self) -> list[commands.Command]:
        if self.context == "dialog":
            return [CLOSE_DIALOG]
        if self.context == "search":
            return [c for c in commands.SEARCH_BAR if c.footer]
        shown = [  # (the reading screen's own: a list screen's never leaks in)
            c for c in commands.COMMANDS
            if c.footer and c.screen == "reading" and self._can_run(c)
        ]
        if self.context == "panel":
            shown = [commands.BY_ID["go_to"], *shown]
        return shown

    def update_keys(self) -> None:
        """Redraw from :data:`reader.ui.commands.COMMANDS`, as many keys as fit."""
        shown = fitting(self._wanted(), self.size.width)
        self.shown = shown
        key_style = self.get_component_rich_style("keybar--key", partial=True)
        label_style = self.get_component_rich_style("keybar--label", partial=True)
        drawn = (*[command.id for command in shown], key_style, label_style)
        if drawn == self._drawn:  # (mount, resize and each restyle ask again at start)
            return
        self._drawn = drawn
        text = Text(no_wrap=True, overflow="ellipsis")
        for command in shown:
            text.append(f" {command.first_key} ", style=key_style)
            text.append(f"{command.name} ", style=label_style)
        self.update(text)


def _cells(command: commands.Command) -> int:
    return cell_len(f" {command.first_key} {command.name} ")


def fitting(wanted: list[commands.Command], width: int) -> list[commands.Command]:
    """``wanted`` in order, dropping the highest rank (the last of it first) until the
    rest fits in ``width`` cells (all of them before the bar has a size)."""
    shown = list(wanted)
    if width <= 0:
        return shown
    while shown and sum(map(_cells, shown)) > width:
        worst = max(command.rank for command in shown)
        if worst == 0:
            break
        last = max(i for i, command in enumerate(shown) if command.rank == worst)
        del shown[last]
    return shown
