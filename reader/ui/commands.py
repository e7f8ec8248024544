"""Every user action, declared once.

The one list :data:`COMMANDS` feeds the key bindings (:func:`bindings`), the footer (the
``footer`` flag), the command palette (:class:`CommandsProvider`) and the ``?`` help screen,
so they can never disagree. Other features append their commands to the list at import time.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import partial

from textual.binding import Binding
from textual.command import DiscoveryHit, Hit, Hits, Provider

GROUPS: tuple[str, ...] = ("Reading", "Panels", "Search", "Library", "App")


@dataclass(frozen=True)
class Command:
    """One user action: its keys, what it says, and the Textual action it runs."""

    name: str
    keys: tuple[str, ...]
    description: str
    action: str
    group: str = "Reading"
    footer: bool = False
    show: bool = True  # listed in help and palette
    priority: bool = False
    key_display: str | None = None

    @property
    def keys_label(self) -> str:
        """The keys as the help screen shows them: ``j / down``."""
        return self.key_display or " / ".join(_KEY_LABELS.get(key, key) for key in self.keys)


_KEY_LABELS = {
    "pagedown": "PgDn",
    "pageup": "PgUp",
    "home": "Home",
    "end": "End",
    "down": "↓",
    "up": "↑",
    "shift+tab": "shift+tab",
    "escape": "esc",
}

COMMANDS: list[Command] = [
    Command("Line down", ("j", "down"), "Scroll down one line", "line_down", key_display="j ↓"),
    Command("Line up", ("k", "up"), "Scroll up one line", "line_up", key_display="k ↑"),
    Command(
        "Page down", ("space", "pagedown"), "Scroll down one page", "page_down",
        key_display="space PgDn",
    ),
    Command("Page up", ("b", "pageup"), "Scroll up one page", "page_up", key_display="b PgUp"),
    Command("Top", ("g", "home"), "Go to the top of the article", "top", key_display="g Home"),
    Command(
        "Bottom", ("G", "end"), "Go to the end of the article", "bottom", key_display="G End"
    ),
    Command("Next paragraph", ("}",), "Go to the next paragraph", "next_paragraph"),
    Command("Previous paragraph", ("{",), "Go to the previous paragraph", "previous_paragraph"),
    Command(
        "Copy", ("y",), "Copy the selected quote, or the current paragraph", "copy",
    ),
    Command(
        "Clear", ("escape",), "Cancel loading, close panels over the text, clear marks",
        "clear", key_display="esc",
    ),
    Command(
        "Next panel", ("tab",), "Move focus to the next panel", "app.focus_next",
        group="Panels", key_display="tab",
    ),
    Command(
        "Previous panel", ("shift+tab",), "Move focus to the previous panel",
        "app.focus_previous", group="Panels",
    ),
    Command(
        "Go to", ("enter",), "Go to the selected quote or person in the text", "go_to",
        group="Panels", show=True,
    ),
    Command(
        "Panels", ("p",), "Show or hide the side panels", "toggle_panels",
        group="Panels", footer=True,
    ),
    Command("Open", ("o",), "Open a URL or a file", "app.open", group="App", footer=True),
    Command("Theme", ("t",), "Switch between light and dark", "app.toggle_theme", group="App"),
    Command("Help", ("question_mark",), "Show every key", "app.help", group="App",
            footer=True, key_display="?"),
    Command(
        "Command palette", ("ctrl+p",), "Search every command by name",
        "app.command_palette", group="App",
    ),
    Command("Quit", ("q",), "Quit the reader", "app.quit", group="App", footer=True),
    Command(
        "Bookmark", ("m",), "Bookmark the selected quote, or the current paragraph",
        "bookmark", group="Library", footer=True,
    ),
    Command("Bookmarks", ("B",), "Show your bookmarks", "app.bookmarks", group="Library"),
    Command("Library", ("L",), "Show saved and recent articles", "app.library",
            group="Library", footer=True),
]


def bindings(commands: Iterable[Command] | None = None) -> list[Binding]:
    """Textual bindings for the commands (the first key is the one the footer shows)."""
    result: list[Binding] = []
    for command in COMMANDS if commands is None else commands:
        for index, key in enumerate(command.keys):
            if key == "enter":  # enter belongs to the focused list; see ReadingScreen
                continue
            result.append(
                Binding(
                    key,
                    command.action,
                    command.name,
                    show=command.footer and index == 0,
                    priority=command.priority,
                    tooltip=command.description,
                )
            )
    return result


def by_group(commands: Iterable[Command] | None = None) -> dict[str, list[Command]]:
    """Shown commands in help order: groups in :data:`GROUPS` order, then any others."""
    groups: dict[str, list[Command]] = {group: [] for group in GROUPS}
    for command in COMMANDS if commands is None else commands:
        if command.show:
            groups.setdefault(command.group, []).append(command)
    return {group: items for group, items in groups.items() if items}


class CommandsProvider(Provider):
    """The command palette's view of :data:`COMMANDS`."""

    def _commands(self) -> list[Command]:
        return [c for c in COMMANDS if c.show and c.action != "app.command_palette"]

    async def _run(self, action: str) -> None:
        await self.app.run_action(action, self.screen)

    async def discover(self) -> Hits:
        for command in self._commands():
            yield DiscoveryHit(
                f"{command.name}  ({command.keys_label})",
                partial(self._run, command.action),
                help=command.description,
            )

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for command in self._commands():
            score = max(matcher.match(command.name), matcher.match(command.description) * 0.5)
            if score > 0:
                yield Hit(
                    score,
                    matcher.highlight(f"{command.name}  ({command.keys_label})"),
                    partial(self._run, command.action),
                    help=command.description,
                )
