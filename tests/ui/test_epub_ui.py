"""An EPUB book in the app: it opens under its title at its first chapter, and its later
chapters are there to reach (G, search), a long book's opening first."""

from __future__ import annotations

from pathlib import Path

import pytest
from ui_helpers import reading, screen_text, settle

from tests.epub_maker import chapter, make_epub

pytestmark = pytest.mark.anyio


async def test_a_book_opens_under_its_title_and_its_last_chapter_is_reached_with_g(
    make_app, tmp_path: Path
) -> None:
    path = tmp_path / "book.epub"
    path.write_bytes(make_epub([chapter(number, 12) for number in range(1, 9)]))
    app = make_app(path)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        screen = reading(app)
        assert screen.mode == "ready" and screen.article.title == "The Lantern Keeper"
        shown = " ".join(screen_text(app).split())
        assert "The Lantern Keeper" in shown and "Chapter 1 paragraph 0" in shown
        assert "Contents" not in shown
        await pilot.press("G")
        await pilot.pause()
        shown = " ".join(screen_text(app).split())
        assert "Chapter 8 paragraph 11 speaks" in shown and "100% · end" in shown


async def test_a_later_chapter_of_a_long_book_is_found_by_search(
    make_app, tmp_path: Path
) -> None:
    path = tmp_path / "long.epub"
    path.write_bytes(make_epub([chapter(number, 40) for number in range(1, 120)]))
    app = make_app(path)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        screen = reading(app)
        assert screen.article is not None and "Chapter 119" in screen.article.text
        words = "Chapter 118 paragraph 7"
        await pilot.press("slash", *(char if char != " " else "space" for char in words))
        await pilot.press("enter")
        await pilot.pause(0.3)
        assert words in " ".join(screen_text(app).split())
