"""A page of a site's sections opened in the reader shows its headlines (not only their
teasers); `f` lists them numbered, a number follows one to its story, and back returns."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytest_httpserver import HTTPServer
from ui_helpers import reading, screen_text, settle

from tests.pages_site import serve

pytestmark = pytest.mark.anyio
PAGES = Path(__file__).parents[1] / "fixtures" / "index_pages"


async def test_a_sections_page_lists_its_headlines_and_follows_one_and_comes_back(
    make_app, httpserver: HTTPServer
) -> None:
    front = (PAGES / "sections_page.html").read_text(encoding="utf-8")
    story = (PAGES / "article_with_related.html").read_text(encoding="utf-8")
    serve(httpserver, "/opinion/2026/03/why-the-wall-matters/", story)
    app = make_app(serve(httpserver, "/", front))
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        screen = reading(app)
        text = screen_text(app)
        assert "New bus routes for the east side" in text and "Weather" not in text
        assert "Three routes change from Monday." in text
        await pilot.press("f")
        await pilot.pause()
        text = screen_text(app)
        assert "Links (5)" in text and "5  Why the harbour wall matters" in text
        await pilot.press("5", "enter")
        await settle(pilot)
        assert screen.article.title == "Harbour wall to be rebuilt over two winters"
        await pilot.press("backspace")
        await settle(pilot)
        assert screen.article.title == "Sections"
        assert "New bus routes for the east side" in screen_text(app)
