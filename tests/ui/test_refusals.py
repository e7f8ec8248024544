"""A key whose command cannot run now says why in one sentence (and the footer hides it)."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.ui.screens.library import LibraryScreen
from reader.ui.screens.reading import ReadingScreen
from tests.ui.ui_helpers import reading, screen_text, settle

pytestmark = pytest.mark.anyio

NOTHING_OPEN = "Nothing is open: press o to open a URL or a file, or L for the library."
ARTICLE_KEYS = ("slash", "n", "N", "m", "f", "p", "T", "y", "j", "space", "G",
                "right_curly_bracket", "O", "Y")


def _notices(app) -> list[str]:
    return [notice.message for notice in app._notifications]


async def _nothing_open(pilot) -> ReadingScreen:
    await settle(pilot)
    if isinstance(pilot.app.screen, LibraryScreen):  # (a new library shows the sample)
        await pilot.press("escape")
        await settle(pilot)
    screen = pilot.app.screen
    assert isinstance(screen, ReadingScreen) and screen.article is None
    return screen


@pytest.mark.parametrize("key", ARTICLE_KEYS)
async def test_an_article_key_with_nothing_open_says_nothing_is_open(make_app, key) -> None:
    app = make_app(None)
    async with app.run_test(size=(100, 30)) as pilot:
        await _nothing_open(pilot)
        await pilot.press(key)
        await pilot.pause()
        assert _notices(app) == [NOTHING_OPEN]
        assert isinstance(app.screen, ReadingScreen)  # (nothing opened over it)
        await pilot.press(key)  # pressed again: still one notice
        await pilot.pause()
        assert _notices(app) == [NOTHING_OPEN]


async def test_with_nothing_open_the_footer_offers_only_what_can_run(make_app) -> None:
    app = make_app(None)
    async with app.run_test(size=(100, 30)) as pilot:
        await _nothing_open(pilot)
        footer = screen_text(app).splitlines()[-1]
        assert "Search" not in footer and "Bookmark" not in footer
        assert "Panels" not in footer and "Open" in footer
        await pilot.press("o")  # the keys that can run still do, and say no refusal
        await pilot.pause()
        assert app.screen is not reading(app) and _notices(app) == []


async def test_n_before_any_search_and_f_without_links_say_why(
    make_app, tmp_path: Path
) -> None:
    page = tmp_path / "note.txt"
    page.write_text("A note with no links at all.\n\nIt is long enough to be read here.\n")
    app = make_app(page)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        assert reading(app).article is not None
        await pilot.press("n")
        await pilot.pause()
        assert _notices(app) == ["Nothing to step through: press / to search the text."]
        await pilot.press("f")
        await pilot.pause()
        assert _notices(app)[-1] == "This article has no links."
        await pilot.press("j")  # (a key that runs says nothing)
        await pilot.pause()
        assert len(_notices(app)) == 2


async def test_with_nothing_open_the_palette_offers_no_article_command(make_app) -> None:
    from reader.ui.commands import CommandsProvider

    app = make_app(None)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await _nothing_open(pilot)
        offered = {command.id for command in CommandsProvider(screen)._commands()}
        assert not offered & {"go_to", "search", "bookmark", "links", "outline", "copy",
                              "line_down", "top", "next_paragraph", "next_match"}
        assert {"open", "library", "help", "quit"} <= offered


NO_FEEDS = "No feeds yet: press o, give a feed's address, then s to subscribe."


async def test_an_empty_feeds_screen_says_why_R_d_and_r_do_nothing(make_app) -> None:
    from reader.ui.screens.feeds import FeedsScreen

    app = make_app(None)
    async with app.run_test(size=(100, 30)) as pilot:
        await _nothing_open(pilot)
        await pilot.press("F")
        await settle(pilot)
        assert isinstance(app.screen, FeedsScreen)
        hint = " ".join(screen_text(app).splitlines()[-2:])
        assert "enter" not in hint and "refresh" not in hint  # (nothing to open nor fetch)
        for key in ("R", "d", "r"):
            await pilot.press(key)
            await settle(pilot)
            assert _notices(app) == [NO_FEEDS], key  # (not "Refreshed 0 feeds")
            app.clear_notifications()


async def test_an_empty_library_says_so_when_d_is_pressed(make_app) -> None:
    app = make_app(None)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        library = app.screen
        assert isinstance(library, LibraryScreen)
        library.item_list.focus()
        await pilot.press("d")  # (the sample, the one article: gone)
        await settle(pilot)
        app.clear_notifications()
        assert "enter" not in screen_text(app).splitlines()[-1]
        await pilot.press("d")
        await pilot.pause()
        assert _notices(app) == [
            "The library is empty: every article you open is kept here."]


async def test_P_says_whether_pictures_are_now_on_or_off(make_app) -> None:
    app = make_app()  # (the sample: no pictures in it)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        before = app.settings.pictures
        await pilot.press("P")
        await pilot.pause()
        assert app.settings.pictures is not before
        assert _notices(app) == [{
            True: "Pictures on: drawn below their [image] rows (this article has none).",
            False: "Pictures off: their [image] rows only (this article has none).",
        }[app.settings.pictures]]
