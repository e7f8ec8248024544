"""A mail message or a saved web page (MHTML) served over HTTP by its own type
(``message/rfc822``, ``multipart/related``...) reads as it does from a saved file, through
the real ``reader dump`` and a local server."""

from __future__ import annotations

import pytest
from pytest_httpserver import HTTPServer

from tests.cli_run import body_texts, dump_json

MAIL = (
    "From: Ann Lee <ann@example.com>\r\n"
    "Subject: The quarterly letter\r\n"
    "Date: Mon, 5 Jan 2026 10:00:00 +0000\r\n"
    "MIME-Version: 1.0\r\n"
    'Content-Type: multipart/alternative; boundary="b"\r\n\r\n'
    "--b\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
    "The plain copy of the letter.\r\n"
    "--b\r\nContent-Type: text/html; charset=utf-8\r\n\r\n"
    "<html><body><p>The letter says the harvest was good this year, and the mill ran every"
    " day of the autumn without a stop.</p><p>-- <br>Ann Lee, the mill</p></body></html>\r\n"
    "--b--\r\n"
)
PAGE = (
    "From: <Saved by Blink>\r\n"
    "Snapshot-Content-Location: https://example.org/news/harvest\r\n"
    "Subject: The harvest\r\n"
    "Date: Tue, 6 Jan 2026 09:00:00 -0000\r\n"
    "MIME-Version: 1.0\r\n"
    'Content-Type: multipart/related; type="text/html"; boundary="s"\r\n\r\n'
    "--s\r\nContent-Type: text/html\r\nContent-Location: https://example.org/news/harvest\r\n\r\n"
    "<html><head><title>A good harvest</title></head><body><article><h1>A good harvest</h1>"
    "<p>The mill ran every day of the autumn without a stop, and the harvest was the best in"
    " ten years, the farmers said.</p></article></body></html>\r\n"
    "--s--\r\n"
)


@pytest.mark.parametrize("mime", ["message/rfc822", "message/global"])
def test_a_mail_served_by_its_type_reads_as_a_mail(httpserver: HTTPServer, mime: str) -> None:
    """Its subject the title, its sender the author, its HTML part the body (no signature)."""
    httpserver.expect_request("/letter").respond_with_data(MAIL, content_type=mime)
    article = dump_json(httpserver.url_for("/letter"))
    assert article["title"] == "The quarterly letter"
    assert article["authors"] == ["Ann Lee"]
    texts = body_texts(article)
    assert any("harvest was good" in text for text in texts)
    assert not any("the mill" in text and "Ann Lee" in text for text in texts)


@pytest.mark.parametrize("mime", ["multipart/related", "application/x-mimearchive"])
def test_a_saved_page_served_by_its_type_reads_as_the_page(
    httpserver: HTTPServer, mime: str
) -> None:
    httpserver.expect_request("/saved").respond_with_data(PAGE, content_type=mime)
    article = dump_json(httpserver.url_for("/saved"))
    assert article["title"] == "A good harvest"
    assert any("best in ten years" in text for text in body_texts(article))
