"""A library of many long articles (books): the library screen reads the rows it lists, not
every saved article's text (which it did to sort them: all of the database at each opening),
and its search reads the search index, not each found book (whose snippet, never shown there,
took FTS5 a time growing with the square of the hits: a minute and more for a common word)."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import Input
from ui_helpers import screen_after, settle

from reader.article.model import build_article
from reader.store import Store
from reader.ui.screens.bookmarks import BookmarksScreen
from reader.ui.screens.library import LibraryScreen

pytestmark = pytest.mark.anyio

ARTICLES = 120
WORDS = "tide gull quay harbour " * 2500  # 60,000 characters an article


def _bytes_read() -> int:
    """What this process has read from files so far (Linux: /proc/self/io's rchar)."""
    with open("/proc/self/io", encoding="ascii") as io:
        return next(int(line.split()[1]) for line in io if line.startswith("rchar:"))


@pytest.mark.skipif(not Path("/proc/self/io").exists(), reason="needs Linux's /proc/self/io")
async def test_opening_the_library_reads_the_listed_rows_not_the_whole_database(
    make_app, tmp_path: Path
) -> None:
    with Store.open(tmp_path / "data") as store:
        store.save_articles([
            build_article(title=f"Long read {n}", blocks=[("paragraph", f"{n} {WORDS}")],
                          source=f"https://example.org/{n}")
            for n in range(ARTICLES)
        ])
    size = sum(path.stat().st_size for path in (tmp_path / "data").glob("reader.db*"))
    assert size > 10_000_000  # (the texts and their saved copies)
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        before = _bytes_read()
        library = await screen_after(pilot, "L", LibraryScreen)
        assert [entry.title for entry in library.items[1:3]] == ["Long read 119",
                                                                 "Long read 118"]
        await pilot.press("end")  # the next rows come as the highlight nears the end
        await pilot.pause()
        assert len(library.items) == 100
        read = _bytes_read() - before
        assert read < size / 4, (read, size)


def _save_books(data: Path) -> int:
    """Three books of a million characters, "harbour" in each paragraph, and a bookmark in
    each: their texts' length."""
    chapter = "The tide came in over the wall and the gulls rose from the quay. " * 30
    with Store.open(data) as store:
        books = [
            build_article(title=f"Book {n}", source=f"/books/{n}.txt", blocks=[
                ("paragraph", f"{k} {chapter} The harbour slept.") for k in range(520)])
            for n in range(3)
        ]
        store.save_articles(books)
        for book in books:
            store.add_bookmark(book, 0, 12, note="the harbour at night")
        return sum(len(store.get_article(f"/books/{n}.txt").text) for n in range(3))


@pytest.mark.skipif(not Path("/proc/self/io").exists(), reason="needs Linux's /proc/self/io")
@pytest.mark.parametrize("key, kind", [("L", LibraryScreen), ("B", BookmarksScreen)])
async def test_searching_the_library_or_the_bookmarks_reads_the_index_not_the_books(
    make_app, tmp_path: Path, key: str, kind: type[LibraryScreen | BookmarksScreen]
) -> None:
    texts = _save_books(tmp_path / "data")
    assert texts > 3_000_000
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        listing = await screen_after(pilot, key, kind)
        before = _bytes_read()
        listing.query_one("#list-search", Input).value = "harbour"
        await pilot.pause()
        read = _bytes_read() - before
        assert sorted(item.title for item in listing.items) == ["Book 0", "Book 1", "Book 2"]
        assert "3 found" in str(listing.query_one("#list-status").render())
        assert read < texts / 10, (read, texts)
