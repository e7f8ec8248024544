"""History (back and forward at the exact place), the article's address (browser,
clipboard), multi-page notes, and opening an article of the library by id."""

from __future__ import annotations

import threading
import time

import pytest
from pytest_httpserver import HTTPServer
from textual.widgets import Input
from ui_helpers import SAMPLE, reading, screen_text, settle

from tests.pages_site import page_html, serve, two_page_article

pytestmark = pytest.mark.anyio


async def open_with_o(pilot, source: str) -> None:  # type: ignore[no-untyped-def]
    await pilot.press("o")
    await pilot.pause()
    pilot.app.screen.query_one("#open-input", Input).value = source
    await pilot.press("enter")
    await settle(pilot)


async def test_back_and_forward_return_to_the_exact_place(make_app, tmp_path) -> None:
    other = tmp_path / "other.txt"
    other.write_text("Another story\n\n" + "\n\n".join(
        f"Other paragraph {n} goes on for a while about the weather." for n in range(80)
    ), encoding="utf-8")
    app = make_app()
    async with app.run_test(size=(120, 30)) as pilot:
        await settle(pilot)
        screen = reading(app)
        first = screen.article
        for _ in range(3):
            await pilot.press("space")
        await pilot.press("j", "j")
        await pilot.pause()
        left_at = screen.body.top_offset()
        assert left_at > 0
        await open_with_o(pilot, str(other))
        assert screen.article is not first
        assert screen.travel.can("back")
        assert not screen.travel.can("forward")
        await pilot.press("space", "space")
        await pilot.pause()
        other_at = screen.body.top_offset()
        assert other_at > 0
        await pilot.press("backspace")
        await settle(pilot)
        await pilot.pause(0.4)
        assert screen.article.text == first.text
        assert screen.body.top_offset() == left_at
        assert screen.travel.can("forward")
        await pilot.press("right_square_bracket")
        await settle(pilot)
        await pilot.pause(0.4)
        assert "Another story" in screen.article.title
        assert screen.body.top_offset() == other_at
        await pilot.press("left_square_bracket")  # [ is back too
        await settle(pilot)
        await pilot.pause(0.4)
        assert screen.body.top_offset() == left_at


async def test_opening_from_the_library_pushes_history_and_the_palette_lists_it(
    make_app, tmp_path
) -> None:
    other = tmp_path / "other.txt"
    other.write_text("Second story\n\nIt rained all day.\n\nThen it stopped.", encoding="utf-8")
    app = make_app()
    async with app.run_test(size=(120, 30)) as pilot:
        await settle(pilot)
        screen = reading(app)
        await open_with_o(pilot, str(other))
        assert screen.article.title == "Second story"
        store = app.library.store
        assert store is not None
        sample_id = next(e.id for e in store.list_articles() if "Obama" in e.title)
        screen.open_source(f"library:{sample_id}")  # as `reader open ID` starts the app
        await settle(pilot)
        assert "Obama" in screen.article.title
        assert [place.title for place in screen.travel.back][-1] == "Second story"
        await pilot.press("ctrl+p")
        await pilot.pause()
        await pilot.press(*"back to")
        await pilot.pause(0.5)
        shown = screen_text(app)
        assert "Back to: Second story" in shown and "Back to: Obama" in shown
        await pilot.press("enter")
        await settle(pilot)
        assert screen.article.title == "Second story"
        assert "Obama" in screen.travel.forward[-1].title


async def test_a_missing_library_id_is_a_sentence(make_app) -> None:
    app = make_app("library:987654")
    async with app.run_test(size=(120, 30)) as pilot:
        await settle(pilot)
        screen = reading(app)
        assert screen.article is None
        assert any("No article 987654" in str(n.message) for n in app._notifications)


async def test_browser_gets_only_a_safe_web_address(
    make_app, httpserver: HTTPServer, monkeypatch
) -> None:
    opened: list[str] = []
    monkeypatch.setattr("webbrowser.open", lambda url, *a, **k: opened.append(url) or True)
    url = serve(httpserver, "/one", page_html("One story", "Story"))
    app = make_app(url)
    async with app.run_test(size=(120, 30)) as pilot:
        await settle(pilot)
        assert reading(app).article is not None
        await pilot.press("O")
        await settle(pilot)
        assert opened == [url]
        await pilot.press("Y")
        await pilot.pause()
        assert app.clipboard == url
        await open_with_o(pilot, str(SAMPLE))  # a file: no web address, and O and Y say so
        app.clear_notifications()
        await pilot.press("O", "Y")
        await settle(pilot)
        assert opened == [url] and app.clipboard == url
        said = [str(notice.message) for notice in app._notifications]
        assert "This article has no web address to open." in said
        assert "This article has no web address to copy." in said


async def test_no_browser_to_open_the_article_is_said_not_opening(
    make_app, httpserver: HTTPServer, monkeypatch
) -> None:
    """``webbrowser.open`` returning False (no browser here) is told, with the key that
    copies the address, not "Opening … in the browser."."""
    monkeypatch.setattr("webbrowser.open", lambda url, *a, **k: False)
    url = serve(httpserver, "/one", page_html("One story", "Story"))
    app = make_app(url)
    async with app.run_test(size=(120, 30)) as pilot:
        await settle(pilot)
        app.clear_notifications()
        await pilot.press("O")
        await settle(pilot)
        said = [str(notice.message) for notice in app._notifications]
        assert said == [f"No browser to open {url}; Y copies the address."]
        await pilot.press("Y")
        await pilot.pause()
        assert app.clipboard == url


async def test_a_hostile_address_is_never_handed_to_the_browser(make_app, monkeypatch) -> None:
    from dataclasses import replace

    opened: list[str] = []
    monkeypatch.setattr("webbrowser.open", lambda url, *a, **k: opened.append(url) or True)
    app = make_app()
    async with app.run_test(size=(120, 30)) as pilot:
        await settle(pilot)
        screen = reading(app)
        for bad in ("javascript:alert(1)", "file:///etc/passwd", "http://x.org/\x1b]52;c;eA==",
                    "https://a.org/ rm -rf", "http:///nohost", "; xdg-open evil"):
            screen.article = replace(screen.article, url=bad, source=bad)
            screen.travel.open_in_browser()
            screen.travel.copy_address()
            await settle(pilot)
        assert opened == []
        assert app.clipboard == ""


async def test_two_pages_are_joined_with_a_note(make_app, httpserver: HTTPServer) -> None:
    app = make_app(two_page_article(httpserver))
    async with app.run_test(size=(120, 30)) as pilot:
        await settle(pilot)
        screen = reading(app)
        assert "Second page paragraph 6" in screen.article.text
        assert "2 pages joined" in screen_text(app)


def status_right(app) -> str:  # type: ignore[no-untyped-def]
    from textual.widgets import Label

    return str(reading(app).query_one("#status-right", Label).render())


async def test_pages_joined_are_told_with_their_article_only(
    make_app, httpserver: HTTPServer
) -> None:
    single = serve(httpserver, "/other", page_html("The ferry timetable", "Ferry"))
    app = make_app(two_page_article(httpserver))
    async with app.run_test(size=(120, 30)) as pilot:
        await settle(pilot)
        assert status_right(app) == "2 pages joined"
        await open_with_o(pilot, single)
        assert "ferry" in reading(app).article.title.lower()
        assert status_right(app) == ""  # (a page of its own)
        await pilot.press("backspace")
        await settle(pilot)
        assert status_right(app) == "2 pages joined"
        await pilot.press("right_square_bracket")
        await settle(pilot)
        assert status_right(app) == ""


async def test_a_slow_next_page_never_freezes_and_esc_cancels(
    make_app, httpserver: HTTPServer
) -> None:
    released = threading.Event()  # (the next page comes only once the test is done)

    def slow(request):  # type: ignore[no-untyped-def]
        released.wait(30)
        from werkzeug import Response

        return Response(page_html("Slow", "Late"), content_type="text/html")

    httpserver.expect_request("/slow/2").respond_with_handler(slow)
    url = serve(httpserver, "/slow/1", page_html("Slow", "Soon", next_href="/slow/2"))
    app = make_app()
    try:
        async with app.run_test(size=(120, 30)) as pilot:
            await settle(pilot)
            screen = reading(app)
            sample = screen.article
            screen.open_source(url)
            await pilot.pause(0.6)
            assert screen.is_loading
            started = time.monotonic()
            await pilot.press("j")  # the screen still answers
            await pilot.press("escape")
            await pilot.pause()
            assert time.monotonic() - started < 5.0  # (far less than the page's wait)
            assert not screen.is_loading
            assert screen.article is sample
    finally:
        released.set()
