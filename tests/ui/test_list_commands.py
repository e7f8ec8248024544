"""The library's, bookmarks' and feeds' keys are declared commands: remapped by ``[keys]``,
told when a remap clashes with them, shown with the user's keys in the hint line, listed by
the help, ``reader config`` and the command palette."""

from __future__ import annotations

import tomllib
from collections.abc import AsyncIterator, Callable, Iterator
from contextlib import AbstractAsyncContextManager, asynccontextmanager
from pathlib import Path

import pytest
from test_config import run_reader
from textual.command import CommandPalette
from textual.pilot import Pilot
from ui_helpers import screen_after, screen_text, settle

from reader.article.model import build_article
from reader.store import Store
from reader.ui import commands
from reader.ui.app import ReaderApp
from reader.ui.screens.bookmarks import BookmarksScreen
from reader.ui.screens.help import HelpTable
from reader.ui.screens.library import LibraryScreen
from reader.ui.screens.note import NoteDialog

pytestmark = pytest.mark.anyio

NEW_IDS = ("list_search", "list_delete", "list_undo", "list_close", "bookmark_edit_note")


@pytest.fixture(autouse=True)
def _default_keys() -> Iterator[None]:
    """Each test's app sets the user's keys for the footer and help: back to none after."""
    yield
    commands.set_keymap({})


def _keep_two(data: Path) -> None:
    """Two saved articles, each with a bookmark."""
    with Store.open(data) as store:
        for word in ("quokka", "zanzibar"):
            article = build_article(
                title=f"Saved {word}", blocks=[("paragraph", f"All about the {word}.")],
                source=f"https://example.org/{word}",
            )
            store.save_article(article)
            store.add_bookmark(article, 0, 9)


Started = tuple[ReaderApp, Pilot, LibraryScreen]


@pytest.fixture
def on_the_library(
    make_app, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Callable[[str], AbstractAsyncContextManager[Started]]:
    """Run the app with ``keys`` as the config's ``[keys]`` and two saved articles: it
    starts on the library."""

    @asynccontextmanager
    async def started(keys: str) -> AsyncIterator[Started]:
        path = tmp_path / "config.toml"
        path.write_text(f"[keys]\n{keys}\n", encoding="utf-8")
        monkeypatch.setenv("READER_CONFIG", str(path))
        _keep_two(tmp_path / "data")
        app = make_app(None)
        async with app.run_test(size=(120, 40)) as pilot:
            await settle(pilot)
            library = app.screen
            assert isinstance(library, LibraryScreen)
            yield app, pilot, library

    return started


def _hint(screen: LibraryScreen | BookmarksScreen) -> str:
    return str(screen.query_one(".list-hint").render())


async def test_a_remapped_delete_deletes_with_its_new_key_and_not_with_d(on_the_library) -> None:
    async with on_the_library('list_delete = "x"\nlist_undo = "z"') as (app, pilot, library):
        assert not app._notifications  # (no config problem)
        assert len(library.items) == 2
        await pilot.press("d")
        await settle(pilot)  # (the write: off the UI thread)
        assert len(library.items) == 2  # d is no longer delete
        await pilot.press("x")
        await pilot.pause()
        assert [item.title for item in library.items] == ["Saved quokka"]
        assert any(n.message.endswith("Press z to undo.") for n in app._notifications)
        await pilot.press("u")
        await settle(pilot)  # (the write: off the UI thread)
        assert len(library.items) == 1  # u is no longer undo
        await pilot.press("z")
        await pilot.pause()
        assert len(library.items) == 2
        await pilot.press("escape")
        await pilot.pause()
        marks = await screen_after(pilot, "B", BookmarksScreen)
        await settle(pilot)
        assert len(marks.items) == 2
        await pilot.press("d", "x")
        await pilot.pause()
        assert len(marks.items) == 1


async def test_the_hint_line_shows_the_users_keys(on_the_library) -> None:
    keys = 'list_delete = "x"\nlist_search = "ctrl+f"\nbookmark_edit_note = "n"'
    async with on_the_library(keys) as (_, pilot, library):
        hint = _hint(library)
        assert "x delete" in hint and "ctrl+f search" in hint, hint
        assert "d delete" not in hint and "/ search" not in hint, hint
        assert "u undo" in hint and "esc close" in hint  # (not remapped: the defaults)
        await pilot.press("escape")
        await pilot.pause()
        marks = await screen_after(pilot, "B", BookmarksScreen)
        await settle(pilot)
        hint = _hint(marks)
        assert "n edit note" in hint and "x delete" in hint, hint
        assert "e edit note" not in hint, hint
        await screen_after(pilot, "n", NoteDialog)  # and n edits the note


@pytest.mark.parametrize(("remap", "named"), [
    ('item_down = "d"', ("item_down", "list_delete")),  # the list's own key takes d first
    ('list_undo = "j"', ("list_undo", "item_down")),
    ('bookmark_edit_note = "u"', ("bookmark_edit_note", "list_undo")),
    ('refresh_feeds = "d"', ("refresh_feeds", "list_delete")),
])
async def test_a_remap_onto_a_key_a_list_screen_uses_is_told_and_left_alone(
    on_the_library, remap: str, named: tuple[str, str]
) -> None:
    async with on_the_library(remap) as (app, pilot, library):
        (notice,) = app._notifications
        assert notice.title == "Config"
        assert all(name in notice.message for name in named), notice.message
        assert len(library.items) == 2
        await pilot.press("d")  # still delete, as by default
        await pilot.pause()
        assert len(library.items) == 1
        await pilot.press("u")
        await settle(pilot)  # (the write: off the UI thread)
        assert len(library.items) == 2


async def test_the_help_on_the_library_lists_the_list_commands(make_app) -> None:
    app = make_app(None)
    async with app.run_test(size=(140, 60)) as pilot:
        await settle(pilot)
        assert isinstance(app.screen, LibraryScreen)
        await pilot.press("question_mark")
        await pilot.pause()
        table = app.screen.query_one(HelpTable).table()
        shown = "\n".join("".join(str(cell) for cell in column.cells) for column in table.columns)
        for name in NEW_IDS:
            assert name in shown, name


async def test_the_palette_on_the_library_offers_its_commands_not_the_reading_screens(
    on_the_library,
) -> None:
    async with on_the_library("") as (app, pilot, library):
        await pilot.press("ctrl+p")
        await pilot.pause()
        assert CommandPalette.is_open(app)
        await pilot.press(*"line down")
        await pilot.pause(0.3)
        assert "Line down" not in screen_text(app)  # (it would do nothing here)
        await pilot.press(*["backspace"] * 9, *"delete")
        await pilot.pause(0.3)
        assert "Delete  (d delete)" in screen_text(app)
        await pilot.press("enter")
        await pilot.pause()
        assert app.screen is library and len(library.items) == 1


def test_reader_config_lists_the_list_commands(tmp_path: Path) -> None:
    path = tmp_path / "config.toml"
    path.write_text('[keys]\nlist_delete = "x"\nitem_down = "u"\n', encoding="utf-8")
    result = run_reader("config", env={"READER_CONFIG": str(path),
                                       "READER_HOME": str(tmp_path / "home")})
    assert result.returncode == 0, result.stderr
    keys = tomllib.loads(result.stdout)["keys"]
    for name in NEW_IDS:
        assert name in keys, name
    assert keys["list_delete"] == ["x"]
    assert keys["list_undo"] == ["u"] and keys["bookmark_edit_note"] == ["e"]
    assert keys["item_down"] == ["j"]  # u is undo's: told, and left at its default
    assert "'u' is already the key of list_undo" in result.stdout
