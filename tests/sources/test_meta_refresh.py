"""A page that moves its reader on at once (a refresh <meta> or header) is followed like a
redirect; a page that reloads itself, or points anywhere but the web, is read as it is."""

from __future__ import annotations

import pytest
from pytest_httpserver import HTTPServer

from reader.core.errors import LoadError
from reader.sources.load import load_source
from tests.cli_run import dump_json

ARTICLE = (
    "<html><head><title>The new home</title></head><body><article><h1>The new home</h1>"
    + "<p>The story moved here, and it is long enough to be read as an article by anyone.</p>"
    * 3
    + "</article></body></html>"
)


def _mover(content: str) -> str:
    return (
        f'<html><head><meta http-equiv="Refresh" content="{content}"><title>Moved</title>'
        "</head><body><p>This page has moved. If you are not sent on, follow the link.</p>"
        "</body></html>"
    )


def test_a_refresh_meta_is_followed_to_the_article(httpserver: HTTPServer) -> None:
    httpserver.expect_request("/old").respond_with_data(
        _mover("0; URL='/new'"), content_type="text/html")
    httpserver.expect_request("/new").respond_with_data(ARTICLE, content_type="text/html")
    article = dump_json(httpserver.url_for("/old"))
    assert article["title"] == "The new home"
    assert article["url"] == httpserver.url_for("/new")


def test_a_refresh_header_is_followed(httpserver: HTTPServer) -> None:
    httpserver.expect_request("/old").respond_with_data(
        "<p>Moved.</p>", content_type="text/html", headers={"Refresh": "1;url=/new"})
    httpserver.expect_request("/new").respond_with_data(ARTICLE, content_type="text/html")
    assert load_source(httpserver.url_for("/old")).url == httpserver.url_for("/new")


@pytest.mark.parametrize("content", ["300", "600; url=/new", "0; url=javascript:alert(1)",
                                     "0; url=file:///etc/passwd"])
def test_a_page_that_reloads_itself_or_points_off_the_web_is_read(
    httpserver: HTTPServer, content: str
) -> None:
    httpserver.expect_request("/page").respond_with_data(_mover(content), content_type="text/html")
    httpserver.expect_request("/new").respond_with_data(ARTICLE, content_type="text/html")
    raw = load_source(httpserver.url_for("/page"))
    assert raw.url == httpserver.url_for("/page") and "This page has moved" in raw.text


def test_refreshes_in_a_circle_end_with_a_sentence(httpserver: HTTPServer) -> None:
    httpserver.expect_request("/a").respond_with_data(_mover("0; url=/b"), content_type="text/html")
    httpserver.expect_request("/b").respond_with_data(_mover("0; url=/a"), content_type="text/html")
    with pytest.raises(LoadError, match="Too many redirects"):
        load_source(httpserver.url_for("/a"))
