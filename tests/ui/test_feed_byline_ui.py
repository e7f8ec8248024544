"""An entry's page that names no author or date shows its feed entry's, through the app."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from pytest_httpserver import HTTPServer

from reader.store import NewEntry, Store
from reader.ui.app import ReaderApp
from tests.ui.ui_helpers import reading, screen_text, settle

pytestmark = pytest.mark.anyio

PARAGRAPH = ("The lock gates of the old canal hold back the water while the boats rise and fall "
             "in the chamber, and the keeper walks the beam from one side to the other. ")


def _page(head: str) -> str:
    """A post as Sphinx's ablog writes it: no author or date in its head or its text."""
    body = "".join(f"<p>{PARAGRAPH * 3}</p>" for _ in range(4))
    return (f"<!doctype html><html><head><title>Gates and locks</title>{head}</head><body>"
            f'<div class="body" role="main"><section><h1>Gates and locks</h1>{body}'
            "</section></div></body></html>")


def _subscribed(tmp_path: Path, httpserver: HTTPServer, head: str, author: str,
                published: str) -> None:
    """A feed of one entry (``author``, ``published``) whose page has ``head``."""
    httpserver.expect_request("/post.html").respond_with_data(
        _page(head), content_type="text/html")
    with Store.open(tmp_path / "data") as store:
        feed, _ = store.feeds.add(httpserver.url_for("/atom.xml"), "Ablog Test")
        store.feeds.add_entries(feed.id, [NewEntry(
            "post", httpserver.url_for("/post.html"), "Gates and locks", author=author,
            published=published)])


async def _open_first_entry(app: ReaderApp) -> str:
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("F", "enter")
        await pilot.pause()
        await pilot.press("enter")
        await settle(pilot)
        article = reading(app).article
        assert "keeper walks the beam" in article.text
        return screen_text(app) + f"\n{article.authors!r} {article.published!r}"


async def test_a_page_without_a_byline_shows_its_entrys_author_and_date(
    make_app: Callable[..., ReaderApp], tmp_path: Path, httpserver: HTTPServer
) -> None:
    _subscribed(tmp_path, httpserver, "", "Ann Lee, Bo Diaz", "2024-04-03T00:00:00+00:00")
    shown = await _open_first_entry(make_app())
    assert "('Ann Lee', 'Bo Diaz') '2024-04-03T00:00:00+00:00'" in shown
    assert "By Ann Lee and Bo Diaz · 3 April 2024" in shown, shown


async def test_a_pages_own_byline_stands(
    make_app: Callable[..., ReaderApp], tmp_path: Path, httpserver: HTTPServer
) -> None:
    head = ('<meta name="author" content="Carla Mendes">'
            '<meta property="article:published_time" content="2024-04-01T09:00:00Z">')
    _subscribed(tmp_path, httpserver, head, "Feed Desk", "2024-04-05T00:00:00+00:00")
    shown = await _open_first_entry(make_app())
    assert "('Carla Mendes',) '2024-04-01T09:00:00+00:00'" in shown
    assert "Feed Desk" not in shown
