"""One command list feeds bindings, footer, palette, help and the README's Keys table."""

from __future__ import annotations

from pathlib import Path

from reader.ui import commands
from reader.ui.screens.reading import ReadingScreen

README = Path(__file__).resolve().parents[2] / "README.md"


def test_every_key_of_every_command_is_bound_on_the_reading_screen() -> None:
    bound = {(b.key, b.action) for b in ReadingScreen.BINDINGS}
    for command in commands.for_screen("reading"):
        for key in command.keys:
            if key != "enter":
                assert any(b[1] == command.action and key in b[0] for b in bound), (key, command)


def test_no_key_is_declared_twice() -> None:
    seen: dict[str, str] = {}
    for command in commands.COMMANDS:
        for key in command.keys:
            assert key not in seen, f"{key} is both {seen[key]} and {command.name}"
            seen[key] = command.name


def test_readme_lists_every_shown_command() -> None:
    text = README.read_text(encoding="utf-8")
    keys = text.split("## Keys", 1)[1].split("\n## ", 1)[0]
    for items in commands.by_group().values():
        for command in items:
            assert command.description in keys, command.name


def test_the_feeds_commands_are_bound_on_the_feeds_screens() -> None:
    from reader.ui.screens.feeds import EntriesScreen, FeedsScreen

    feeds = commands.for_screen("feeds")
    assert feeds
    for screen in (FeedsScreen, EntriesScreen):
        bound = {(b.key, b.action) for b in screen.BINDINGS}
        for command in feeds:
            for key in command.keys:
                assert any(b[1] == command.action and key in b[0] for b in bound), key
    assert len(commands.for_screen("reading")) + len(feeds) == len(commands.COMMANDS)


def test_the_search_bar_binds_its_declared_keys() -> None:
    from reader.ui.widgets.search_bar import SearchBar

    bound = {(b.key, b.action, b.priority) for b in SearchBar.BINDINGS}
    for command in commands.SEARCH_BAR:
        for key in command.keys:
            if key != "enter":
                assert (key, command.action, command.priority) in bound, command
    keys = [key for command in commands.SEARCH_BAR for key in command.keys]
    assert len(keys) == len(set(keys))
    assert commands.BY_ID["search_word"].priority  # the input would type the "w"
