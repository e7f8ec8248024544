"""A page's title may be any length (10,000 characters of it): the library's notices and the
bookmarks list keep it to a line, so the rest of the screen stays readable."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

import pytest
from ui_helpers import screen_text, settle

from reader.article.model import build_article
from reader.store import Store
from reader.ui.screens.bookmarks import BookmarksScreen
from reader.ui.screens.library import LibraryScreen

pytestmark = pytest.mark.anyio

LONG = "Harbour " * 1250  # 10,000 characters


def _save_long(tmp_path: Path) -> None:
    with Store.open(tmp_path / "data") as store:
        for n, title in enumerate(("Short one", LONG + "end")):  # (the long one newest)
            article = build_article(
                title=title, blocks=[("paragraph", f"Tides and gulls {n} at the quay.")],
                source=f"https://example.org/{n}",
            )
            store.save_article(article)
            store.add_bookmark(article, 0, 10, speaker="Ann " * 1500 if n else None,
                               note="why " * 400 if n else "")


@asynccontextmanager
async def _on_the_library(make_app, tmp_path: Path) -> AsyncIterator[tuple]:
    """The app opened on the library of :func:`_save_long` at 80 x 24: (app, pilot)."""
    _save_long(tmp_path)
    app = make_app(None)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        assert isinstance(app.screen, LibraryScreen)
        yield app, pilot


async def test_deleting_an_article_with_a_huge_title_tells_it_in_a_few_lines(
    make_app, tmp_path: Path
) -> None:
    async with _on_the_library(make_app, tmp_path) as (app, pilot):
        library = app.screen
        library.item_list.highlighted = next(
            index for index, item in enumerate(library.items) if item.title.endswith("end"))
        await pilot.press("d")
        await pilot.pause()
        (notice,) = [n for n in app._notifications if n.message.startswith("Removed")]
        assert len(notice.message) < 160, len(notice.message)
        assert notice.message.startswith("Removed “Harbour Harbour")
        assert "…” from the library. Press u to undo." in notice.message


async def test_a_bookmark_of_a_huge_title_speaker_and_note_keeps_to_a_few_lines(
    make_app, tmp_path: Path
) -> None:
    async with _on_the_library(make_app, tmp_path) as (app, pilot):
        await pilot.press("escape", "B")
        await pilot.pause()
        assert isinstance(app.screen, BookmarksScreen)
        shown = screen_text(app)
        # both bookmarks are on the screen: the long one, first, did not take it all
        assert shown.count("“Tides and”") == 2 and "Short one" in shown, shown
        assert "Harbour Harbour" in shown and "…" in shown and "Note: why why" in shown
