"""Loading runs in a worker: errors become sentences, esc cancels, the app stays usable."""

from __future__ import annotations

import threading

import pytest
from pytest_httpserver import HTTPServer
from textual.widgets import Input
from ui_helpers import SAMPLE, reading, screen_text, settle

from reader.core.errors import LoadError

pytestmark = pytest.mark.anyio


async def test_failed_url_shows_a_sentence_and_o_opens_the_sample(
    make_app, httpserver: HTTPServer
) -> None:
    httpserver.expect_request("/story").respond_with_data("boom", status=500)
    app = make_app(httpserver.url_for("/story"))
    async with app.run_test(size=(120, 30)) as pilot:
        await settle(pilot)
        screen = reading(app)
        assert screen.article is None
        assert screen.mode == "failed"
        shown = screen_text(app)
        assert "Press o" in shown
        assert "Traceback" not in shown and "Error:" not in shown
        await pilot.press("o")
        await pilot.pause()
        app.screen.query_one("#open-input", Input).value = str(SAMPLE)
        await pilot.press("enter")
        await settle(pilot)
        assert screen.article is not None
        assert screen.mode == "ready"
        assert "Obama Sidelines Mexico" in screen_text(app)


async def test_a_missing_file_keeps_the_current_article(make_app, tmp_path) -> None:
    app = make_app()
    async with app.run_test(size=(120, 30)) as pilot:
        await settle(pilot)
        screen = reading(app)
        before = screen.article
        screen.open_source(str(tmp_path / "nope.txt"))
        await settle(pilot)
        assert screen.article is before
        assert screen.mode == "ready"
        assert any("nope.txt" in str(n.message) for n in app._notifications)


async def test_a_failed_open_is_no_longer_told_once_the_next_source_opens(
    make_app, tmp_path
) -> None:
    app = make_app()
    async with app.run_test(size=(120, 30)) as pilot:
        await settle(pilot)
        screen = reading(app)
        screen.open_source(str(tmp_path / "nope.txt"))
        await settle(pilot)
        assert any("nope.txt" in n.message for n in app._notifications)  # told
        story = tmp_path / "lighthouses.txt"
        story.write_text("Lighthouses\n\nThe keepers counted ships from the tower.\n")
        screen.open_source(str(story))
        await settle(pilot)
        assert screen.article.title == "Lighthouses"
        assert not any("nope.txt" in n.message for n in app._notifications)  # not over it


async def test_unexpected_engine_errors_become_messages(make_app, monkeypatch) -> None:
    def broken(*args, **kwargs):
        raise RuntimeError("internal detail")

    monkeypatch.setattr("reader.ui.screens.loading_steps.load", broken)
    app = make_app()
    async with app.run_test(size=(120, 30)) as pilot:
        await settle(pilot)
        shown = screen_text(app)
        assert "RuntimeError" not in shown and "internal detail" not in shown
        assert "Could not open" in shown


async def test_esc_cancels_a_slow_load(make_app, monkeypatch) -> None:
    started, release = threading.Event(), threading.Event()

    def slow(source, document=None, cancelled=None, joined=None, opened=None):
        started.set()
        release.wait(5)
        raise LoadError("should be ignored")

    monkeypatch.setattr("reader.ui.screens.loading_steps.load", slow)
    app = make_app()
    async with app.run_test(size=(120, 30)) as pilot:
        await pilot.pause()
        assert started.wait(2)
        screen = reading(app)
        assert screen.is_loading
        assert screen.query_one("#loading").display
        await pilot.press("escape")
        await pilot.pause()
        assert not screen.is_loading
        assert "Press o" in screen_text(app)
        release.set()
        await settle(pilot)
        assert "should be ignored" not in screen_text(app)


async def test_the_last_articles_panels_are_hidden_while_the_next_loads(
    make_app, monkeypatch
) -> None:
    started, release = threading.Event(), threading.Event()

    def slow(source, document=None, cancelled=None, joined=None, opened=None):
        started.set()
        release.wait(5)
        raise LoadError("gone")

    app = make_app()
    async with app.run_test(size=(140, 30)) as pilot:
        await settle(pilot)
        screen = reading(app)
        assert "Obama" in screen_text(app)  # the sample, its people beside it
        monkeypatch.setattr("reader.ui.screens.loading_steps.load", slow)
        screen.open_source("https://example.com/next")
        for _ in range(50):
            await pilot.pause(0.02)
            if started.is_set():
                break
        assert started.is_set()
        shown = screen_text(app)
        assert "Loading https://example.com/next" in shown
        assert "Obama" not in shown and "Quotes" not in shown
        assert "% ·" not in shown.splitlines()[0]  # (the shown article's place: not the next's)
        await pilot.press("escape")
        await pilot.pause()
        shown = screen_text(app)
        assert "Obama" in shown  # cancelled: the article and its panels again
        assert "0% · " in shown.splitlines()[0]  # and its place
        release.set()
        await settle(pilot)


async def test_a_pre_read_document_from_stdin_is_shown(make_app) -> None:
    from reader.sources.load import RawDocument

    text = "Piped Title\n\nA paragraph that came through a pipe, about lighthouses.\n"
    app = make_app("-", document=RawDocument(text, "-"))
    async with app.run_test(size=(100, 24)) as pilot:
        await settle(pilot)
        assert "lighthouses" in screen_text(app)


async def test_a_feed_opened_as_an_article_says_how_to_read_it(
    make_app, httpserver: HTTPServer
) -> None:
    httpserver.expect_request("/feed").respond_with_data(
        '<?xml version="1.0"?><rss version="2.0"><channel><title>News</title><item>'
        "<title>One</title><link>https://example.com/one</link></item></channel></rss>",
        content_type="text/xml",
    )
    app = make_app(httpserver.url_for("/feed"))
    async with app.run_test(size=(120, 30)) as pilot:
        await settle(pilot)
        screen = reading(app)
        assert screen.article is None and screen.mode == "failed"
        shown = " ".join(screen_text(app).split())
        assert "news feed" in shown and "press s to subscribe" in shown
        assert "<rss" not in shown and "Traceback" not in shown


async def test_a_pdf_opens_as_its_text(make_app, tmp_path) -> None:
    from tests.pdf_maker import make_pdf

    line = "The harbour authority counted more ships this year than in any year before it"
    pdf = tmp_path / "report.pdf"
    pdf.write_bytes(make_pdf([["The Harbour Report", "", line, line.upper(), line]]))
    app = make_app(pdf)
    async with app.run_test(size=(120, 30)) as pilot:
        await settle(pilot)
        screen = reading(app)
        assert screen.mode == "ready" and screen.article.title == "The Harbour Report"
        assert "counted more ships" in screen_text(app)


async def test_a_two_page_paper_opens_under_its_title_without_its_running_heads(
    make_app, tmp_path
) -> None:
    from tests.sources.test_pdf_short import BANNER, TITLE, _paper

    pdf = tmp_path / "paper.pdf"
    pdf.write_bytes(_paper(2, [TITLE]))
    app = make_app(pdf)
    async with app.run_test(size=(120, 60)) as pilot:
        await settle(pilot)
        screen = reading(app)
        assert screen.mode == "ready" and screen.article.title == TITLE
        shown = screen_text(app)
        assert TITLE in shown and "In March the harbour authority" in shown
        assert BANNER not in shown and "Page 1 of 2" not in shown and "Page 2" not in shown


SHELL = (
    "<!doctype html><html><head><title>Dashboard</title><script src='/app.js'></script></head>"
    "<body><noscript>You need to enable JavaScript to run this app.</noscript>"
    "<div id='root'></div></body></html>"
)


async def test_a_page_its_scripts_draw_says_so(make_app, httpserver: HTTPServer) -> None:
    """A shell a browser fills by running code: the reader says why it finds no text."""
    httpserver.expect_request("/app").respond_with_data(SHELL, content_type="text/html")
    app = make_app(httpserver.url_for("/app"))
    async with app.run_test(size=(120, 30)) as pilot:
        await settle(pilot)
        screen = reading(app)
        assert screen.article is None and screen.mode == "failed"
        shown = screen_text(app)
        assert "drawn by JavaScript" in shown.replace("\n", " ")
        assert "Traceback" not in shown


async def test_while_another_article_loads_the_keys_leave_the_hidden_one_alone(
    make_app, httpserver: HTTPServer
) -> None:
    """Only "Loading… esc cancels" shows: the reading keys do nothing to the article hidden
    behind it (no scroll, no bookmark dialog, no search) and the footer does not offer them;
    esc, o, help, the library and quit stay."""
    from textual.screen import ModalScreen
    from werkzeug import Response

    from tests.pages_site import page_html

    started, release = threading.Event(), threading.Event()

    def slow(request):  # type: ignore[no-untyped-def]
        started.set()
        release.wait(30)
        return Response(page_html("Late story", "Late"), content_type="text/html")

    httpserver.expect_request("/slow").respond_with_handler(slow)
    app = make_app()
    async with app.run_test(size=(120, 30)) as pilot:
        await settle(pilot)
        screen = reading(app)
        bar = screen.query_one("#keybar")
        assert "Bookmark" in str(bar.render())
        quotes = screen.query_one("#quotes-list")
        quotes.focus()  # a panel's list had the keys: hidden while loading, it has them no more
        screen.links.came_from.append((0, (10, 20)))  # as if a footnote had been followed
        await pilot.press("o")
        await pilot.pause()
        app.screen.query_one("#open-input", Input).value = httpserver.url_for("/slow")
        await pilot.press("enter")
        for _ in range(100):
            await pilot.pause()
            if started.is_set():
                break
        assert started.is_set() and screen.is_loading
        top, highlighted = screen.body.scroll_y, quotes.highlighted
        await pilot.press("j", "j", "down", "space", "G", "}", "enter", "m")
        await pilot.pause()
        assert app.screen is screen and not isinstance(app.screen, ModalScreen)  # no dialog
        await pilot.press("slash", "n", "y", "p", "T", "f", "backspace")  # (back: not to
        await pilot.pause()  # the footnote's reference in the hidden article; none before it)
        assert screen.is_loading and len(screen.links.came_from) == 1
        await pilot.pause()
        assert app.screen is screen
        assert screen.body.scroll_y == top and quotes.highlighted == highlighted
        assert app.clipboard == ""
        search = screen.query("#search-bar")
        assert not search or not search.first().is_open
        footer = str(bar.render())
        for hidden in ("Bookmark", "Search", "Panels"):
            assert hidden not in footer
        for kept in ("Open", "Help", "Library", "Quit"):
            assert kept in footer
        assert screen.check_action("clear", ()) is True
        release.set()
        await settle(pilot)
        assert screen.article.title == "Late story" and not screen.is_loading
        assert "Bookmark" in str(bar.render())
