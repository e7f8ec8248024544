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


SCREENS = (("reading",), ("lists", "bookmarks"), ("lists", "feeds"))
"""The screens' commands live together: the reading screen's; a list screen's (the
library's, the bookmarks', the feeds'), each with the lists' own."""


def test_no_key_is_declared_twice_on_one_screen() -> None:
    assert {command.screen for command in commands.COMMANDS} == {
        screen for screens in SCREENS for screen in screens
    }
    for screens in SCREENS:
        seen: dict[str, str] = {}
        for command in commands.for_screen(*screens):
            for key in command.keys:
                assert key not in seen, f"{key} is both {seen[key]} and {command.name}"
                seen[key] = command.name


def test_readme_lists_every_shown_command() -> None:
    text = README.read_text(encoding="utf-8")
    keys = text.split("## Keys", 1)[1].split("\n## ", 1)[0]
    for items in commands.by_group().values():
        for command in items:
            assert command.description in keys, command.name


def test_the_list_screens_bind_their_commands_and_no_other_keys() -> None:
    """Each list screen's keys are its declared commands' and the keys of the other list
    screens (with their ids, so ``[keys]`` remaps them); the palette offers the same
    commands there."""
    from reader.ui.screens.bookmarks import BookmarksScreen
    from reader.ui.screens.feeds import EntriesScreen, FeedsScreen
    from reader.ui.screens.library import LibraryScreen

    for screen, screens in (
        (LibraryScreen, ("lists",)), (BookmarksScreen, ("lists", "bookmarks")),
        (FeedsScreen, ("lists", "feeds")), (EntriesScreen, ("lists", "feeds")),
    ):
        assert screens == screen.COMMAND_SCREENS
        bound = {(b.key, b.action, b.id) for kind in screen.__mro__
                 if kind.__module__.startswith("reader.")  # (not Textual's Screen's)
                 for b in kind.__dict__.get("BINDINGS", ())}
        declared = {(",".join(c.keys), c.action, c.id)  # (L, B and F: to one another)
                    for c in commands.for_screen(*screens) + commands.LISTS}
        assert bound == declared, screen


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
