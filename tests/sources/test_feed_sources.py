"""A feed given where an article is expected (a file, a served address, stdin) says what it
is and how to read it, through the real ``reader dump`` command; an XHTML page that opens
with an XML declaration is still a page."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from pytest_httpserver import HTTPServer

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
