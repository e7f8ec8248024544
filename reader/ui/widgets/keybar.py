"""The footer: the keys that work now, read from the one command list.

A single Static (Textual's Footer mounts a widget per key and recomposes on every focus
change, which costs more than the whole article body to draw).
"""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual.widgets import Static

from reader.ui import commands


class KeyBar(Static):
    """``key Label  key Label ...``, with ``enter Go to`` when a panel has focus."""

    COMPONENT_CLASSES: ClassVar[set[str]] = {"keybar--key", "keybar--label"}

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__("", id=id)
        self.in_panel = False

    def on_mount(self) -> None:
        self.screen.bindings_updated_signal.subscribe(self, self._bindings_changed)
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

    def set_context(self, *, in_panel: bool) -> None:
        """Show the keys for the body or for a focused panel."""
        if in_panel != self.in_panel:
            self.in_panel = in_panel
            self.update_keys()

    def update_keys(self) -> None:
        """Redraw from :data:`reader.ui.commands.COMMANDS`."""
        key_style = self.get_component_rich_style("keybar--key", partial=True)
        label_style = self.get_component_rich_style("keybar--label", partial=True)
        shown = [c for c in commands.COMMANDS if c.footer and self._can_run(c)]
        if self.in_panel:
            shown = [commands.BY_ID["go_to"], *shown]
        text = Text(no_wrap=True, overflow="ellipsis")
        for command in shown:
            text.append(f" {command.first_key} ", style=key_style)
            text.append(f"{command.name} ", style=label_style)
        self.update(text)
