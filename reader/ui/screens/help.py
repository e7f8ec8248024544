"""The help screen: every command, grouped, read from the one command list."""

from __future__ import annotations

from typing import ClassVar

from rich.cells import cell_len
from rich.table import Table
from rich.text import Text
from textual import events
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Label, Static

from reader.ui import commands
from reader.ui.screens import DIALOGS

CHROME = 6  # rows of the dialog around the scrolling part: border 2, padding 2, title 2
GAP = 2  # cells between the table's columns
MIN_DESCRIPTION = 24  # a description column narrower than this is left out


class HelpTable(Static):
    """The commands as a table; styles from component classes."""

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "help--group", "help--keys", "help--name", "help--description", "help--id",
    }

    def on_mount(self) -> None:
        self.update(self.table())

    def notify_style_update(self) -> None:
        super().notify_style_update()
        if self.is_mounted:
            self.update(self.table())

    def on_resize(self) -> None:
        self.update(self.table())

    def table(self) -> Table:
        """One section per group: keys, name, description, id. Where the width cannot hold
        them all, the id goes first, then the description: never a key or a name."""
        style = self.get_component_rich_style
        listed = [command for items in commands.by_group().values() for command in items]
        keys, name, ids = (max(cell_len(part(c)) for c in listed) for part in (
            lambda c: c.keys_label, lambda c: c.name, lambda c: c.id))
        room = self.size.width or 200
        with_description = keys + name + 2 * GAP + MIN_DESCRIPTION <= room
        with_id = keys + name + ids + 2 * GAP + (
            MIN_DESCRIPTION + GAP if with_description else 0) <= room
        table = Table.grid(padding=(0, GAP), expand=False)
        table.add_column(justify="right", no_wrap=True, min_width=keys)
        table.add_column(no_wrap=True, min_width=name)
        if with_description:
            table.add_column()
        if with_id:
            table.add_column(no_wrap=True)

        def row(*cells: Text | str) -> None:
            keys_cell, name_cell, description_cell, id_cell = cells
            table.add_row(keys_cell, name_cell, *([description_cell] if with_description else []),
                          *([id_cell] if with_id else []))

        first = True
        for group, items in commands.by_group().items():
            if not first:
                row("", "", "", "")
            first = False
            row(
                "", Text(group.upper(), style=style("help--group", partial=True)), "",
                Text("id in config.toml" if group == "Reading" else "",
                     style=style("help--id", partial=True)),
            )
            for command in items:
                row(
                    Text(command.keys_label, style=style("help--keys", partial=True)),
                    Text(command.name, style=style("help--name", partial=True)),
                    Text(command.description, style=style("help--description", partial=True)),
                    Text(command.id, style=style("help--id", partial=True)),
                )
        return table


class HelpScreen(ModalScreen[None]):
    """Every key, as declared in :data:`reader.ui.commands.COMMANDS`."""

    CSS_PATH: ClassVar = [DIALOGS]  # read when first shown, not at start

    BINDINGS = [  # noqa: RUF012
        Binding("escape,question_mark", "app.pop_screen", "Close", show=True),
        *commands.bindings([commands.BY_ID["quit"]]),  # (a modal screen skips the app's)
        Binding("j,down", "scroll(1)", "Down", show=False),
        Binding("k,up", "scroll(-1)", "Up", show=False),
        Binding("space,pagedown", "page(1)", "Page down", show=False),
        Binding("b,pageup", "page(-1)", "Page up", show=False),
        Binding("g,home", "edge(0)", "Top", show=False),
        Binding("G,end", "edge(1)", "End", show=False),
    ]

    def compose(self) -> ComposeResult:
        with Vertical(id="help-dialog"):
            yield Label("Keys", id="help-title")
            with VerticalScroll(id="help-scroll"):  # all of it: a short terminal scrolls
                yield HelpTable(id="help-table")
                yield Label("Mouse: scroll the text, click an item. "
                            f"{commands.key('command_palette')} finds any command.",
                            id="help-footnote")
                yield Label("esc closes this help", id="help-close")

    def on_resize(self, event: events.Resize) -> None:
        # The dialog is at most 90% of the screen (styles/dialogs.tcss); the scrolling part
        # gets what its border, padding and title leave, so its end is always reachable.
        self.scroller.styles.max_height = max(3, event.size.height * 9 // 10 - CHROME)

    @property
    def scroller(self) -> VerticalScroll:
        """The scrolling part: the keys and the notes below them."""
        return self.query_one("#help-scroll", VerticalScroll)

    def action_scroll(self, lines: int) -> None:
        self.scroller.scroll_relative(y=lines, animate=False, immediate=True)

    def action_page(self, pages: int) -> None:
        scroller = self.scroller
        step = max(1, scroller.scrollable_content_region.height - 1)
        scroller.scroll_relative(y=pages * step, animate=False, immediate=True)

    def action_edge(self, end: int) -> None:
        scroller = self.scroller
        scroller.scroll_to(y=scroller.max_scroll_y if end else 0, animate=False,
                           immediate=True)
