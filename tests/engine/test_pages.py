"""Multi-page articles: later pages followed on the same host and joined, capped, no loops."""

from __future__ import annotations

import subprocess
import sys
import threading
import time

import pytest
from pytest_httpserver import HTTPServer

from reader.clean.html.next_page import next_page_url
from reader.engine.pages import MAX_PAGES, load_joined
from reader.sources.load import LoadCancelled
from tests.pages_site import page_html, serve, two_page_article


def requested(server: HTTPServer, prefix: str) -> list[str]:
    return [request.path for request, _ in server.log if request.path.startswith(prefix)]


def test_two_pages_are_joined_in_order(httpserver: HTTPServer) -> None:
    url = two_page_article(httpserver)
    joined = load_joined(url, people=False)
    text = joined.article.text
    assert joined.pages == 2
    assert "First page paragraph 6" in text and "Second page paragraph 1" in text
    assert text.index("First page paragraph 6") < text.index("Second page paragraph 1")
    assert text.count("The harbour budget") <= 1  # the title is not repeated in the body
    assert joined.article.url == url


def test_a_single_page_is_one_page(httpserver: HTTPServer) -> None:
    url = serve(httpserver, "/alone", page_html("Alone", "Only page"))
    joined = load_joined(url, people=False)
    assert joined.pages == 1
    assert "Only page paragraph 6" in joined.article.text


def test_a_next_page_anchor_in_the_pager_is_followed(httpserver: HTTPServer) -> None:
    serve(httpserver, "/a/2", page_html("Anchored", "Later"))
    url = serve(httpserver, "/a/1", page_html("Anchored", "Earlier", next_href="/a/2",
                                               next_anchor="Next page »"))
    joined = load_joined(url, people=False)
    assert joined.pages == 2 and "Later paragraph 3" in joined.article.text


def test_a_chain_of_fifty_pages_is_capped(httpserver: HTTPServer) -> None:
    for number in range(1, 51):
        following = f"/chain/{number + 1}" if number < 50 else None
        serve(httpserver, f"/chain/{number}",
              page_html("A long chain", f"Chain{number}", next_href=following))
    started = time.monotonic()
    joined = load_joined(httpserver.url_for("/chain/1"), people=False)
    assert joined.pages == MAX_PAGES == 10
    assert "Chain10 paragraph 1" in joined.article.text
    assert "Chain11" not in joined.article.text
    assert len(requested(httpserver, "/chain/")) == MAX_PAGES  # never fetched past the cap
    assert time.monotonic() - started < 20


def test_a_loop_between_two_pages_ends(httpserver: HTTPServer) -> None:
    serve(httpserver, "/loop/b", page_html("Loop", "Bee", next_href="/loop/a"))
    url = serve(httpserver, "/loop/a", page_html("Loop", "Ay", next_href="/loop/b"))
    joined = load_joined(url, people=False)
    assert joined.pages == 2
    assert joined.article.text.count("Ay paragraph 1") == 1
    assert requested(httpserver, "/loop/") == ["/loop/a", "/loop/b"]


def test_a_page_linking_to_itself_is_one_page(httpserver: HTTPServer) -> None:
    url = serve(httpserver, "/self", page_html("Self", "Me", next_href="/self#more"))
    assert load_joined(url, people=False).pages == 1
    assert requested(httpserver, "/self") == ["/self"]


def test_a_failing_next_page_keeps_the_first(httpserver: HTTPServer) -> None:
    httpserver.expect_request("/gone/2").respond_with_data("nope", status=404)
    url = serve(httpserver, "/gone/1", page_html("Gone", "Kept", next_href="/gone/2"))
    joined = load_joined(url, people=False)
    assert joined.pages == 1 and "Kept paragraph 6" in joined.article.text


def test_another_host_is_never_followed(httpserver: HTTPServer) -> None:
    other = httpserver.url_for("/elsewhere").replace("localhost", "127.0.0.1")
    if "127.0.0.1" in httpserver.url_for("/x"):
        other = httpserver.url_for("/elsewhere").replace("127.0.0.1", "localhost")
    url = serve(httpserver, "/home", page_html("Home", "Here", next_href=other))
    assert load_joined(url, people=False).pages == 1
    assert requested(httpserver, "/elsewhere") == []


def test_cancelling_while_following_stops(httpserver: HTTPServer) -> None:
    def slow(request):  # type: ignore[no-untyped-def]
        time.sleep(3)
        from werkzeug import Response

        return Response(page_html("Slow", "Late"), content_type="text/html")

    httpserver.expect_request("/slow/2").respond_with_handler(slow)
    url = serve(httpserver, "/slow/1", page_html("Slow", "Soon", next_href="/slow/2"))
    cancelled = threading.Event()
    threading.Timer(0.5, cancelled.set).start()
    started = time.monotonic()
    with pytest.raises(LoadCancelled):
        load_joined(url, people=False, cancelled=cancelled)
    assert time.monotonic() - started < 2.5


@pytest.mark.parametrize(
    ("html", "expected"),
    [
        ('<link rel="next" href="/p/2">', "http://example.com/p/2"),
        ('<a rel="next nofollow" href="p2.html">x</a>', "http://example.com/a/p2.html"),
        ('<link rel="next" href="https://evil.example.net/p/2">', None),
        ('<link rel="next" href="javascript:alert(1)">', None),
        ('<link rel="next" href="/p/\x1b]52;c;eA==\x07">', None),
        ('<link rel="next" href="/p/ 2">', None),
        ('<div class="pager"><a href="/p/3">Next</a></div>', "http://example.com/p/3"),
        ('<a href="/p/3">Next</a>', None),  # "Next" outside a pager: the next story?
        ('<a href="/p/3">Next page</a><a href="/p/4">Next page</a>', None),  # ambiguous
        ('<a href="/p/3">Next page</a><a href="/p/3#top">Next page ›</a>',
         "http://example.com/p/3"),
    ],
)
def test_next_page_url(html: str, expected: str | None) -> None:
    page = f"<html><head>{html}</head><body><p>text</p>{html}</body></html>"
    assert next_page_url(page, "http://example.com/a/1") == expected


def test_reader_dump_joins_the_pages(httpserver: HTTPServer) -> None:
    url = two_page_article(httpserver)
    done = subprocess.run(
        [sys.executable, "-m", "reader", "dump", url], capture_output=True, text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    assert "First page paragraph 1" in done.stdout and "Second page paragraph 6" in done.stdout


@pytest.mark.parametrize(
    ("first", "later", "joined"),
    [
        # Sphinx: <link rel="next"> names the next chapter of the manual
        ("Installing the tools", "Configuring the tools", False),
        # a blog theme's <a rel="next"> leads to the next post
        ("Council approves new quay", "Ferry timetable changes in May", False),
        # the same article, its page named in its title, a site's name added
        ("The harbour budget", "The harbour budget – Page 2 of 3", True),
        ("The harbour budget", "The harbour budget, part 2 | Harbour Notes", True),
    ],
)
def test_rel_next_to_another_document_is_not_joined(
    httpserver: HTTPServer, first: str, later: str, joined: bool
) -> None:
    """A later page is joined only when it is more of the same article: its title that
    of the first, give or take a page number or a site's name after it (through
    ``reader dump``)."""
    serve(httpserver, "/doc/next", page_html(later, "Following"))
    url = serve(httpserver, "/doc/first", page_html(first, "Opening", next_href="/doc/next"))
    done = subprocess.run(
        [sys.executable, "-m", "reader", "dump", url], capture_output=True, text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    assert "Opening paragraph 6" in done.stdout
    assert ("Following paragraph 1" in done.stdout) is joined
