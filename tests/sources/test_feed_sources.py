"""A feed given where an article is expected (a file, a served address, stdin) says what it
is and how to read it, through the real ``reader dump`` command; an XHTML page that opens
with an XML declaration is still a page."""

from __future__ import annotations

import socket
import subprocess
import sys
from pathlib import Path

import pytest
from pytest_httpserver import HTTPServer

from tests.raw_http import RawServer, read_request

RSS = (
    '<?xml version="1.0"?><rss version="2.0"><channel><title>Harbour News</title>'
    "<link>https://example.com/</link><item><title>The bridge closes</title>"
    "<link>https://example.com/bridge</link><description>The council voted.</description>"
    "</item></channel></rss>"
)
ATOM = (
    '<?xml version="1.0" encoding="utf-8"?>\n<?xml-stylesheet type="text/xsl" href="/s.xsl"?>'
    '\n<!-- generated -->\n<feed xmlns="http://www.w3.org/2005/Atom"><title>A</title></feed>'
)
JSON_FEED = '{"version": "https://jsonfeed.org/version/1.1", "title": "A", "items": []}'


def _dump(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "reader", "dump", *args], input=stdin and stdin.decode(),
        capture_output=True, text=True, timeout=60,
    )


@pytest.mark.parametrize(("name", "feed"), [("feed.xml", RSS), ("atom.xml", ATOM),
                                            ("feed.json", JSON_FEED), ("feed.txt", RSS)])
def test_a_feed_file_is_named_a_feed(tmp_path: Path, name: str, feed: str) -> None:
    path = tmp_path / name
    path.write_text(feed, encoding="utf-8")
    result = _dump(str(path))
    assert result.returncode != 0 and not result.stdout
    assert "news feed" in result.stderr and "reader feeds add" in result.stderr
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize("content_type", ["application/rss+xml", "text/xml", "application/xml"])
def test_a_served_feed_is_named_a_feed(httpserver: HTTPServer, content_type: str) -> None:
    httpserver.expect_request("/feed").respond_with_data(RSS, content_type=content_type)
    result = _dump(httpserver.url_for("/feed"))
    assert result.returncode != 0 and "reader feeds add" in result.stderr


def test_a_piped_feed_is_named_a_feed() -> None:
    result = _dump("-", stdin=RSS.encode())
    assert result.returncode != 0 and "news feed" in result.stderr


def test_an_xhtml_page_with_an_xml_declaration_is_read(tmp_path: Path) -> None:
    path = tmp_path / "page.xhtml"
    path.write_text(
        '<?xml version="1.0"?>\n<html xmlns="http://www.w3.org/1999/xhtml"><head><title>Feed'
        " of thoughts</title></head><body><p>A page about feeds, long enough to be read as"
        " the text of an article by the reader.</p></body></html>",
        encoding="utf-8",
    )
    result = _dump(str(path))
    assert result.returncode == 0 and "A page about feeds" in result.stdout


@pytest.mark.parametrize("content_type", ["application/x-rss+xml", "application/x-atom+xml",
                                          "text/rss+xml"])
def test_a_feed_served_as_an_unregistered_feed_type_is_named_a_feed(
    httpserver: HTTPServer, content_type: str
) -> None:
    """Python's own http.server serves .rss as application/x-rss+xml."""
    httpserver.expect_request("/feed").respond_with_data(RSS, content_type=content_type)
    result = _dump(httpserver.url_for("/feed"))
    assert result.returncode != 0 and "reader feeds add" in result.stderr


def test_an_escape_in_the_declared_type_is_not_read_as_its_parameters() -> None:
    """"image/<OSC 0;pwn BEL>png": the sequence goes whole, the type is image/png."""
    def answer(conn: socket.socket) -> None:
        read_request(conn)
        conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Type: image/\x1b]0;pwn\x07png\r\n"
                     b"Content-Length: 4\r\n\r\n\x89PNG")

    server = RawServer(answer)
    try:
        result = _dump(server.url("/picture"))
    finally:
        server.close()
    assert result.returncode != 0 and "(image/png)" in result.stderr
    assert "\x1b" not in result.stderr and "pwn" not in result.stderr
