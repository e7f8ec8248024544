"""A feed's server sends validators (``ETag``, ``Last-Modified``) that are no header value
(letters beyond ASCII, tens of kilobytes): the feed still refreshes, through
the real ``reader feeds`` commands, and such a validator is never sent back."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

from reader.__main__ import main as reader_main
from tests.feeds import feed_docs as docs

BAD_VALIDATORS = {
    "accented etag": {"ETag": '"\u00e9t\u00e4g"'},
    "accented date": {"Last-Modified": "Mon, 01 Jan 2024 00:00:00 GMT \u00e9"},
    "huge etag": {"ETag": '"' + "v" * 20_000 + '"'},
}


def _reader(capsys: pytest.CaptureFixture[str], data: Path, *args: str) -> str:
    capsys.readouterr()
    status = reader_main(["feeds", *args, "--data-dir", str(data)])
    out = capsys.readouterr()
    assert status == 0, out.err
    return out.out


@pytest.mark.parametrize("name", sorted(BAD_VALIDATORS))
def test_a_feed_with_unsendable_validators_still_refreshes(
    name: str, httpserver: HTTPServer, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    sent: list[dict[str, str]] = []

    def feed(request: Request) -> Response:
        sent.append(dict(request.headers))
        return Response(
            docs.rss(3), content_type="application/rss+xml", headers=BAD_VALIDATORS[name]
        )

    httpserver.expect_request("/feed").respond_with_handler(feed)
    data = tmp_path / "data"
    _reader(capsys, data, "add", httpserver.url_for("/feed"))
    for _ in range(2):
        assert "0 failed" in _reader(capsys, data, "refresh")
    assert "Last error" not in _reader(capsys, data, "list")
    assert len(sent) == 3
    for headers in sent:
        assert "If-None-Match" not in headers and "If-Modified-Since" not in headers


def test_a_plain_validator_is_sent_back(
    httpserver: HTTPServer, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The bound keeps conditional GET for the validators servers send."""
    sent: list[dict[str, str]] = []

    def feed(request: Request) -> Response:
        sent.append(dict(request.headers))
        if request.headers.get("If-None-Match") == '"v1"':
            return Response(status=304)
        return Response(docs.rss(3), content_type="application/rss+xml",
                        headers={"ETag": '"v1"', "Last-Modified": "Mon, 01 Jan 2024 00:00:00 GMT"})

    httpserver.expect_request("/feed").respond_with_handler(feed)
    data = tmp_path / "data"
    _reader(capsys, data, "add", httpserver.url_for("/feed"))
    assert "1 unchanged" in _reader(capsys, data, "refresh")
    assert sent[-1]["If-None-Match"] == '"v1"'
    assert sent[-1]["If-Modified-Since"] == "Mon, 01 Jan 2024 00:00:00 GMT"
