"""Rough edges of the library, bookmarks, feeds and history, met through the app."""

from __future__ import annotations

import pytest
from ui_helpers import reading, screen_after, screen_text, settle

from reader.store import Store

pytestmark = pytest.mark.anyio


def _messages(app) -> list[str]:  # type: ignore[no-untyped-def]
    return [notice.message for notice in app._notifications]


async def test_back_and_forward_with_no_history_say_why_nothing_happened(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        assert reading(app).article is not None
        await pilot.press("backspace")
        await pilot.pause()
        assert "Nothing to go back to." in _messages(app)
        await pilot.press("right_square_bracket")
        await pilot.pause()
        assert "Nothing to go forward to." in _messages(app)
        assert app.screen is reading(app)  # (nothing else happened)


async def test_b_l_and_f_move_between_the_library_bookmarks_and_feeds_directly(
    make_app, tmp_path
) -> None:
    """On any list screen the others' keys open them in its place (one list at a time, not
    one stacked on another): esc then goes back to the article."""
    from reader.ui.screens.bookmarks import BookmarksScreen
    from reader.ui.screens.feeds import EntriesScreen, FeedsScreen
    from reader.ui.screens.library import LibraryScreen

    with Store.open(tmp_path / "data") as store:
        store.feeds.add("https://example.org/feed", "Feed walrus")
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        depth = len(app.screen_stack)
        await screen_after(pilot, "L", LibraryScreen)
        for key, kind in (("B", BookmarksScreen), ("L", LibraryScreen), ("F", FeedsScreen),
                          ("B", BookmarksScreen), ("F", FeedsScreen), ("L", LibraryScreen)):
            await screen_after(pilot, key, kind)
            assert len(app.screen_stack) == depth + 1, (key, app.screen_stack)
            hint = str(app.screen.query_one(".list-hint").render())
            assert "L library" in hint or "B bookmarks" in hint, hint
        await screen_after(pilot, "F", FeedsScreen)
        await screen_after(pilot, "enter", EntriesScreen)  # a feed's entries
        await screen_after(pilot, "B", BookmarksScreen)
        assert len(app.screen_stack) == depth + 1
        await pilot.press("escape")
        await pilot.pause()
        assert app.screen is reading(app)


async def test_a_long_feed_name_is_cut_in_the_feeds_screens_notices(make_app, tmp_path) -> None:
    """As the library's notices cut a long title: the name whole would fill the toast."""
    from reader.ui.screens.feeds import FeedsScreen

    name = "A feed whose name goes on " + "and on " * 40 + "\x1b[31m[b]red[/b]"
    with Store.open(tmp_path / "data") as store:
        store.feeds.add("https://example.org/feed", name)
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await screen_after(pilot, "F", FeedsScreen)
        await pilot.press("r")  # (no entry to mark read: it says so, naming the feed)
        await pilot.press("d")
        await pilot.pause()
        said = [m for m in _messages(app) if "A feed whose name" in m]
        assert len(said) == 2, _messages(app)
        for message in said:
            assert "…”" in message and len(message) < 120 and "\x1b" not in message, message
        assert said[1].startswith("Unsubscribed from “A feed whose name goes on and on")


def _hits(screen) -> list[str]:  # type: ignore[no-untyped-def]
    """The words the list's first item shows in the search-hit style."""
    prompt = screen.item_list.get_option_at_index(0).prompt
    text = getattr(prompt, "text", prompt)
    hit = screen.item_list.style_of("hit")
    return [text.plain[span.start:span.end] for span in text.spans if span.style == hit]


async def test_library_and_feeds_searches_highlight_their_words_in_the_list(
    make_app, tmp_path
) -> None:
    """As the bookmarks' search does; a title's markup or pattern characters are text."""
    from textual.widgets import Input

    from reader.article.model import build_article
    from reader.ui.screens.feeds import FeedsScreen
    from reader.ui.screens.library import LibraryScreen

    with Store.open(tmp_path / "data") as store:
        store.save_article(build_article(
            title="The [b]Quokka[/b] (.*) smiles", blocks=[("paragraph", "About quokkas.")],
            source="https://example.org/quokka"))
        store.feeds.add("https://example.org/feed", "Quokka [red]news[/red]")
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        for key, kind in (("L", LibraryScreen), ("F", FeedsScreen)):
            screen = await screen_after(pilot, key, kind)
            screen.query_one("#list-search", Input).value = "quokka"
            await pilot.pause()
            assert len(screen.items) == 1, kind
            hits = _hits(screen)
            assert "Quokka" in hits and {hit.lower() for hit in hits} == {"quokka"}, kind
            assert "[b]Quokka[/b]" in screen_text(app) or "[red]" in screen_text(app), kind
            await pilot.press("escape", "escape")
            await pilot.pause()


async def test_deleting_from_the_library_and_undoing_never_hold_the_screen(
    make_app, tmp_path, monkeypatch
) -> None:
    """A saved book's delete takes its text out of the search index (~0.2 s for 3 MB), its
    undo puts it back: both are written off the UI thread, in the order pressed; the row
    leaves the list at once."""
    import threading

    from reader.article.model import build_article
    from reader.ui.screens.library import LibraryScreen

    with Store.open(tmp_path / "data") as store:
        for word in ("quokka", "walrus"):
            store.save_article(build_article(
                title=f"Saved {word}", blocks=[("paragraph", f"All about the {word}.")],
                source=f"https://example.org/{word}"))
    threads: list[tuple[str, bool]] = []
    for name in ("delete_article", "restore_article"):
        original = getattr(Store, name)

        def watched(self, *args, _name=name, _original=original):  # type: ignore[no-untyped-def]
            threads.append((_name, threading.current_thread() is threading.main_thread()))
            return _original(self, *args)

        monkeypatch.setattr(Store, name, watched)
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        library = await screen_after(pilot, "L", LibraryScreen)
        await settle(pilot)
        library.item_list.highlighted = 1
        gone = library.items[1].title
        await pilot.press("d", "d")
        assert gone not in [item.title for item in library.items]  # (before it is written)
        await settle(pilot)
        assert app.store.count_articles() == 1
        await pilot.press("u", "u")
        await settle(pilot)
        assert app.store.count_articles() == 3 and len(library.items) == 3
        assert [name for name, _ in threads] == ["delete_article"] * 2 + ["restore_article"] * 2
        assert not any(on_main for _, on_main in threads), threads
        assert "Restored." in _messages(app)


async def test_words_typed_at_once_after_slash_are_searched_never_run_as_keys(
    make_app, tmp_path
) -> None:
    """"/" then "xdex" in one burst (a paste, a fast typist): every letter goes to the
    search field, none deletes the highlighted bookmark or opens its note."""
    from textual.widgets import Input
    from ui_helpers import burst

    from reader.article.model import build_article
    from reader.ui.screens.bookmarks import BookmarksScreen
    from reader.ui.screens.library import LibraryScreen

    with Store.open(tmp_path / "data") as store:
        article = build_article(title="Kept", blocks=[("paragraph", "All about the walrus.")],
                                source="https://example.org/walrus")
        store.save_article(article)
        store.add_bookmark(article, 0, 9)
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        for key, kind in (("B", BookmarksScreen), ("L", LibraryScreen)):
            screen = await screen_after(pilot, key, kind)
            await settle(pilot)
            burst(app, "slash", *"xdex")
            await settle(pilot)
            assert app.screen is screen, kind
            assert screen.query_one("#list-search", Input).value == "xdex", kind
            assert app.store.count_bookmarks() == 1 and app.store.count_articles() == 2, kind
            await pilot.press("escape", "escape")
            await pilot.pause()


async def test_a_long_feed_name_leaves_its_unread_count_in_sight(make_app, tmp_path) -> None:
    """At 80 columns the name is cut, never the count of entries to read."""
    from reader.store import NewEntry
    from reader.ui.screens.feeds import FeedsScreen

    with Store.open(tmp_path / "data") as store:
        feed, _ = store.feeds.add("https://example.org/feed",
                                  "Walrus Weekly, a feed whose name goes on " * 3)
        store.feeds.add_entries(feed.id, [
            NewEntry(f"e{n}", f"https://example.org/{n}", f"Entry {n}") for n in range(2)])
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await screen_after(pilot, "F", FeedsScreen)
        assert "2 unread" in screen_text(app).split("1 feed, 2 unread")[0]


async def test_a_feed_name_too_long_for_the_entries_title_ends_with_an_ellipsis(
    make_app, tmp_path
) -> None:
    from reader.ui.screens.feeds import EntriesScreen, FeedsScreen

    with Store.open(tmp_path / "data") as store:
        store.feeds.add("https://example.org/feed", "Walrus Weekly, a feed whose name goes on " * 3)
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await screen_after(pilot, "F", FeedsScreen)
        await screen_after(pilot, "enter", EntriesScreen)
        title = screen_text(app).splitlines()[0].rstrip()
        assert title.startswith(" Walrus Weekly, a feed") and title.endswith("…"), title
