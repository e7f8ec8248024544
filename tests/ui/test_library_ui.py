"""The library through the app: saved on open, position kept across widths, L screen."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from textual.widgets import Input
from ui_helpers import SAMPLE, burst, reading, screen_after, screen_text, settle

from reader.article.model import build_article
from reader.store import Store
from reader.ui.screens.bookmarks import BookmarksScreen
from reader.ui.screens.library import LibraryScreen

pytestmark = pytest.mark.anyio


async def test_opened_article_is_saved_and_position_restored_at_another_width(
    make_app, tmp_path: Path
) -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        screen = reading(app)
        await pilot.press("}", "}", "}", "}")
        await pilot.pause()
        article = screen.article
        offset = screen.body.top_offset()
        assert offset == article.blocks[3].start > 0
        wide_row = screen.body.scroll_y
    # the app has quit: the article and the position are in the library
    with Store.open(tmp_path / "data") as store:
        (entry,) = store.list_articles()
        assert entry.title == article.title and entry.position == offset
        assert store.get_article(entry.id).text == article.text
    again = make_app()
    async with again.run_test(size=(70, 30)) as pilot:
        await settle(pilot)
        screen = reading(again)
        assert screen.body.top_offset() == offset
        assert screen.body.scroll_y != wide_row  # other width, other row, same text


async def test_library_screen_recent_first_search_open_delete_undo(
    make_app, tmp_path: Path
) -> None:
    with Store.open(tmp_path / "data") as store:
        for n, word in enumerate(("quokka", "zanzibar")):
            saved = build_article(
                title=f"Saved {word}", blocks=[("paragraph", f"All about the {word} {n}.")],
                source=f"https://example.org/{word}",
            )
            saved_id = store.save_article(saved)
        store.set_position(saved_id, 6, 0.25)
        store.add_bookmark(saved, 0, 9)
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("L")
        await pilot.pause()
        library = app.screen
        assert isinstance(library, LibraryScreen)
        titles = [item.title for item in library.items]
        assert titles[0] == reading(app).article.title  # the sample, just read
        assert titles[1:] == ["Saved zanzibar", "Saved quokka"]
        assert "3 articles" in screen_text(app)
        library.query_one("#list-search", Input).value = "quokka"
        await pilot.pause()
        assert [item.title for item in library.items] == ["Saved quokka"]
        library.query_one("#list-search", Input).value = ""
        await pilot.pause()
        # delete one, undo: it is back as it was (its id, its place, its bookmark); delete
        # the oldest, undo, then open it
        library.item_list.focus()
        library.item_list.highlighted = 1
        before = app.store.get_entry(saved_id)
        await pilot.press("d")
        await settle(pilot)  # (the write: off the UI thread)
        assert app.store.get_entry(saved_id) is None
        assert app.store.list_bookmarks()[0].article_id is None
        await pilot.press("u")
        await settle(pilot)  # (the write: off the UI thread)
        assert app.store.get_entry(saved_id) == before  # (same id, place, dates)
        assert app.store.list_bookmarks()[0].article_id == saved_id
        library.item_list.highlighted = 2
        await pilot.press("d")
        await settle(pilot)  # (the write: off the UI thread)
        assert app.store.count_articles() == 2
        await pilot.press("u")
        await settle(pilot)  # (the write: off the UI thread)
        assert app.store.count_articles() == 3
        target = next(i for i, e in enumerate(library.items) if e.title == "Saved quokka")
        library.item_list.highlighted = target
        await pilot.press("enter")
        await settle(pilot)
        assert reading(app).article.title == "Saved quokka"
        assert "All about the quokka" in screen_text(app)


async def test_reader_without_an_argument_opens_the_library_with_the_sample(make_app) -> None:
    app = make_app(None)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        library = app.screen
        assert isinstance(library, LibraryScreen)
        assert len(library.items) == 1
        assert library.items[0].source == str(Path(library.items[0].key))
        assert "Obama" in library.items[0].title
        await pilot.press("enter")
        await settle(pilot)
        assert reading(app).article is not None
        assert "Obama" in reading(app).article.title
        kept = reading(app).keeper.kept_key
        assert SAMPLE.name in kept or kept.endswith(".txt")


async def test_the_sample_is_not_added_after_the_user_emptied_a_new_library(
    make_app, tmp_path: Path
) -> None:
    page = tmp_path / "page.txt"
    page.write_text("A note of mine.\n\nIt is long enough to be read as an article here.\n")
    app = make_app(page)  # a new library, made by opening a file
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        library = await screen_after(pilot, "L", LibraryScreen)
        await settle(pilot)
        assert len(library.items) == 1
        library.item_list.focus()
        await pilot.press("d")
        await settle(pilot)
        await pilot.press("escape")
        await pilot.pause()
        library = await screen_after(pilot, "L", LibraryScreen)
        await settle(pilot)
        assert library.items == [] and app.store.count_articles() == 0


async def test_a_damaged_database_is_moved_aside_and_the_app_says_so(
    make_app, tmp_path: Path
) -> None:
    data = tmp_path / "data"
    data.mkdir()
    (data / "reader.db").write_bytes(b"not a database " * 100)
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        messages = [notification.message for notification in app._notifications]
        assert any("damaged" in message for message in messages)
        assert app.store.count_articles() == 1  # the article opened is kept in the new one
    moved = [
        p for p in data.glob("reader.db.damaged-*") if not p.name.endswith(("-wal", "-shm"))
    ]
    assert len(moved) == 1 and moved[0].read_bytes() == b"not a database " * 100


async def test_a_source_that_cannot_be_read_now_opens_its_saved_copy(
    make_app, tmp_path: Path
) -> None:
    page = tmp_path / "gone.txt"
    page.write_text(SAMPLE.read_text(encoding="utf-8"), encoding="utf-8")
    first = make_app(page)
    async with first.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        title = reading(first).article.title
    page.unlink()  # offline, moved, deleted: the library still has it
    again = make_app(page)
    async with again.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        assert reading(again).article is not None
        assert reading(again).article.title == title
        messages = [notification.message for notification in again._notifications]
        assert any("saved in the library" in message for message in messages)


async def test_enter_twice_at_once_on_the_library_opens_the_article_once(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        screen = reading(app)
        await screen_after(pilot, "L", LibraryScreen)
        burst(app, "enter", "enter")  # the second before the library has gone
        await settle(pilot)
        assert app.screen is screen and app.is_running
        assert "Obama" in screen.article.title


async def test_damaged_values_in_the_database_are_listed_as_their_defaults(
    make_app, tmp_path: Path
) -> None:
    with Store.open(tmp_path / "data") as store:
        article = build_article(title="Saved quokka", blocks=[
            ("paragraph", "All about the quokka and its island.")
        ], source="https://example.org/quokka")
        store.save_article(article)
        store.add_bookmark(article, 0, 20)
    with sqlite3.connect(tmp_path / "data" / "reader.db") as conn:
        conn.execute("UPDATE articles SET authors = '{not json', chars = 'zz'")
        conn.execute("INSERT INTO positions VALUES (1, 'a', 'zz', X'00ff')")
        conn.execute("UPDATE bookmarks SET authors = '{bad', created = X'00ff'")
    conn.close()
    app = make_app(None)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        library = app.screen
        assert isinstance(library, LibraryScreen)
        assert [(item.title, item.authors, item.progress) for item in library.items] == [
            ("Saved quokka", (), 0.0)
        ]
        await pilot.press("enter")
        await settle(pilot)
        assert reading(app).article.title == "Saved quokka"
        marks = await screen_after(pilot, "B", BookmarksScreen)
        assert [mark.text for mark in marks.items] == ["All about the quokka"]
        assert "All about the quokka" in screen_text(app)


async def test_a_line_break_written_into_a_saved_title_is_shown_on_one_line(
    make_app, tmp_path: Path
) -> None:
    with Store.open(tmp_path / "data") as store:
        store.save_article(build_article(
            title="Saved quokka", blocks=[("paragraph", "All about the quokka.")],
            source="https://example.org/quokka",
        ))
    with sqlite3.connect(tmp_path / "data" / "reader.db") as conn:
        broken = "'Saved' || char(10) || 'quokka'"
        conn.execute(f"UPDATE articles SET title = {broken}, "
                     f"data = json_set(data, '$.title', {broken}, '$.site', {broken})")
    conn.close()
    app = make_app(None)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        assert [item.title for item in app.screen.items] == ["Saved quokka"]
        await pilot.press("enter")
        await settle(pilot)
        article = reading(app).article
        assert (article.title, article.site) == ("Saved quokka", "Saved quokka")
        assert "Saved quokka" in screen_text(app)


def _keep_three_of_each(data: Path) -> None:
    """Three articles, three bookmarks and three feeds in the library at ``data``."""
    with Store.open(data) as store:
        for word in ("quokka", "zanzibar", "walrus"):
            article = build_article(
                title=f"Saved {word}", blocks=[("paragraph", f"All about the {word}.")],
                source=f"https://example.org/{word}",
            )
            store.save_article(article)
            store.add_bookmark(article, 0, 9)
            store.feeds.add(f"https://example.org/{word}/feed", f"Feed {word}")


async def _moves_in_every_list(pilot, down: str, up: str) -> None:  # type: ignore[no-untyped-def]
    from reader.ui.screens.bookmarks import BookmarksScreen
    from reader.ui.screens.feeds import FeedsScreen
    from reader.ui.screens.library import ListScreen

    for key, kind in (("L", LibraryScreen), ("B", BookmarksScreen), ("F", FeedsScreen)):
        screen: ListScreen = await screen_after(pilot, key, kind)
        await settle(pilot)
        listing = screen.item_list
        assert len(screen.items) >= 3 and listing.highlighted == 0  # (the sample too)
        await pilot.press(down, down)
        assert listing.highlighted == 2, kind
        await pilot.press(up)
        assert listing.highlighted == 1, kind
        await pilot.press("slash", down)  # in the search field, the key is typed
        assert screen.query_one("#list-search", Input).value == down
        assert listing.highlighted in (0, None)
        await pilot.press("escape", "escape")  # empty the field, then close the screen
        await pilot.pause()
        assert pilot.app.screen is reading(pilot.app), kind


async def test_j_and_k_move_in_the_library_bookmarks_and_feeds_lists(
    make_app, tmp_path: Path
) -> None:
    _keep_three_of_each(tmp_path / "data")
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await _moves_in_every_list(pilot, "j", "k")


async def test_the_users_keys_for_the_next_and_previous_item_move_in_the_lists_too(
    make_app, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from reader.ui import commands

    config = tmp_path / "config.toml"
    config.write_text('[keys]\nitem_down = "x"\nitem_up = "z"\n', encoding="utf-8")
    monkeypatch.setenv("READER_CONFIG", str(config))
    _keep_three_of_each(tmp_path / "data")
    app = make_app()
    try:
        async with app.run_test(size=(120, 40)) as pilot:
            await settle(pilot)
            await _moves_in_every_list(pilot, "x", "z")
    finally:
        commands.set_keymap({})


async def test_question_mark_shows_the_keys_on_the_library_bookmarks_and_feeds_screens(
    make_app, tmp_path: Path
) -> None:
    """The help lists ``?`` with the keys that work everywhere: on a list screen too it
    shows every key (and esc comes back to the list); typed in the search field, it is
    typed."""
    from reader.ui.screens.bookmarks import BookmarksScreen
    from reader.ui.screens.feeds import FeedsScreen
    from reader.ui.screens.help import HelpScreen

    _keep_three_of_each(tmp_path / "data")
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        for key, kind in (("L", LibraryScreen), ("B", BookmarksScreen), ("F", FeedsScreen)):
            screen = await screen_after(pilot, key, kind)
            await screen_after(pilot, "question_mark", HelpScreen)
            await pilot.press("escape")
            await pilot.pause()
            assert app.screen is screen, kind
            await pilot.press("slash", "question_mark")
            await pilot.pause()
            assert app.screen is screen, kind
            assert screen.query_one("#list-search", Input).value == "?"
            await pilot.press("escape", "escape")
            await pilot.pause()
            assert app.screen is reading(app), kind


async def test_g_and_G_go_to_the_first_and_last_item_of_every_list(
    make_app, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """As Home and End do (a vim or less user's keys); declared as commands, so the help
    lists them and ``[keys]`` remaps them."""
    from reader.ui import commands
    from reader.ui.config import report
    from reader.ui.screens.feeds import FeedsScreen
    from reader.ui.screens.library import ListScreen

    _keep_three_of_each(tmp_path / "data")
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        for key, kind in (("L", LibraryScreen), ("B", BookmarksScreen), ("F", FeedsScreen)):
            screen: ListScreen = await screen_after(pilot, key, kind)
            await settle(pilot)
            listing = screen.item_list
            assert len(screen.items) >= 3 and listing.highlighted == 0
            await pilot.press("G")
            assert listing.highlighted == len(screen.items) - 1, kind
            await pilot.press("g")
            assert listing.highlighted == 0, kind
            await pilot.press("escape")
            await pilot.pause()
    listed = {command.id for items in commands.by_group().values() for command in items}
    assert {"item_first", "item_last"} <= listed  # (what the help shows)
    assert "item_first" in report(str(tmp_path / "data"))  # (reader config)
    config = tmp_path / "config.toml"
    config.write_text('[keys]\nitem_first = "a"\nitem_last = "z"\n', encoding="utf-8")
    monkeypatch.setenv("READER_CONFIG", str(config))
    app = make_app()
    try:
        async with app.run_test(size=(120, 40)) as pilot:
            await settle(pilot)
            screen = await screen_after(pilot, "L", LibraryScreen)
            await settle(pilot)
            await pilot.press("z")
            assert screen.item_list.highlighted == len(screen.items) - 1
            await pilot.press("a")
            assert screen.item_list.highlighted == 0
    finally:
        commands.set_keymap({})


async def test_u_undoes_a_delete_made_before_the_library_was_closed_and_opened_again(
    make_app,
) -> None:
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        library = await screen_after(pilot, "L", LibraryScreen)
        (entry,) = library.items
        await pilot.press("d", "escape")
        await pilot.pause()
        assert app.store.count_articles() == 0
        library = await screen_after(pilot, "L", LibraryScreen)
        assert library.items == []
        await pilot.press("u")
        await settle(pilot)  # (the write: off the UI thread)
        assert [item.id for item in library.items] == [entry.id]
        assert app.store.get_entry(entry.id) == entry
