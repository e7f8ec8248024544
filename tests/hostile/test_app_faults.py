"""Network faults in the app, each against a real server on 127.0.0.1.

Each fault ends in one sentence on screen (no exception name, no traceback), and the app
stays usable: ``o``, the sample's path, enter, and the sample article opens.
"""

from __future__ import annotations

import gzip
import re
import socket
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path

import pytest
from textual.pilot import Pilot
from textual.widgets import Input

import reader.sources.load
from reader.ui.app import ReaderApp
from tests.hostile.corpus import forbidden_in_output
from tests.raw_http import Handler, RawServer, head, read_request, reset, wait_for_client
from tests.ui.ui_helpers import SAMPLE, reading, screen_text, settle

pytestmark = pytest.mark.anyio

SIZE = (100, 24)
TIMEOUT = 1.0  # seconds: the app's whole-fetch timeout in these tests
PARAGRAPH = "<p>Ordinary paragraph {n} of the article, long enough to be read as real prose.</p>"
PAGE = ("<html><body><article><h1>A page</h1>"
        + "".join(PARAGRAPH.format(n=n) for n in range(8)) + "</article></body></html>").encode()
TECHNICAL = re.compile(r"\w(Error|Exception)\b|Traceback|Errno|httpx|h11|\bNone\b")


# -- the faults ------------------------------------------------------------------------------


def server_error(conn: socket.socket) -> None:
    read_request(conn)
    body = b"<h1>Internal Server Error</h1><pre>Traceback (most recent call last)</pre>"
    conn.sendall(head("500 Internal Server Error", Content_Length=len(body)) + body)


def reset_mid_body(conn: socket.socket) -> None:
    read_request(conn)
    conn.sendall(head(Content_Length=100_000) + PAGE[:300])
    time.sleep(0.1)
    reset(conn)


def headers_then_stall(conn: socket.socket) -> None:
    read_request(conn)
    conn.sendall(head(Content_Length=10_000) + PAGE[:100])
    wait_for_client(conn)


def drip(conn: socket.socket) -> None:
    read_request(conn)
    conn.sendall(head(Content_Length=len(PAGE)))
    for byte in PAGE:
        conn.sendall(bytes([byte]))
        time.sleep(0.2)


def truncated_gzip(conn: socket.socket) -> None:
    read_request(conn)
    body = gzip.compress(PAGE)
    body = body[: len(body) // 2]
    conn.sendall(head(Content_Encoding="gzip", Content_Length=len(body)) + body)


def lying_length(conn: socket.socket) -> None:
    read_request(conn)
    conn.sendall(head(Content_Length=50_000) + PAGE[:200])


def endless_redirect(conn: socket.socket) -> None:
    path = read_request(conn).split()[1]
    conn.sendall(head("302 Found", Location=f"{path}x", Content_Length=0))


def redirect_to_ftp(conn: socket.socket) -> None:
    read_request(conn)
    conn.sendall(head("301 Moved Permanently", Location="ftp://example.org/f", Content_Length=0))


def fifty_megabytes(conn: socket.socket) -> None:
    read_request(conn)
    conn.sendall(head(Connection="close") + b"<html><body>")
    chunk = b"<p>" + b"word " * 20_000 + b"</p>\n"
    for _ in range(50 * 1024 * 1024 // len(chunk) + 1):
        conn.sendall(chunk)


FAULTS: dict[str, tuple[Handler | None, str]] = {
    "connection_refused": (None, "the connection was refused"),
    "server_error_500": (server_error, "The server answered 500 Internal Server Error"),
    "reset_mid_body": (reset_mid_body, "was cut off"),
    "headers_then_stall": (headers_then_stall, f"took too long; gave up after {TIMEOUT:g} s"),
    "drip_a_byte": (drip, f"took too long; gave up after {TIMEOUT:g} s"),
    "truncated_gzip": (truncated_gzip, "The server at 127.0.0.1 sent damaged compressed data"),
    "lying_content_length": (lying_length,
                             "The download from 127.0.0.1 was cut off (received 200 of 50000"),
    "endless_redirect": (endless_redirect, "Too many redirects from http://127.0.0.1:"),
    "redirect_to_ftp": (redirect_to_ftp, "reader only follows http and https"),
    "fifty_megabytes": (fifty_megabytes,
                        "The page at 127.0.0.1 is larger than 20 MB; stopped reading"),
}


# -- fixtures ----------------------------------------------------------------------------------


@pytest.fixture
def anyio_backend() -> str:
    """Textual runs on asyncio."""
    return "asyncio"


@pytest.fixture(autouse=True)
def _reader_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Never touch the user's real data folder."""
    monkeypatch.setenv("READER_HOME", str(tmp_path / "home"))


@pytest.fixture(autouse=True)
def short_timeouts(monkeypatch: pytest.MonkeyPatch) -> None:
    """The app calls ``load_source`` with its defaults; make them short for the tests."""
    original = reader.sources.load.load_source
    monkeypatch.setattr(
        reader.sources.load, "load_source",
        partial(original, timeout=TIMEOUT, connect_timeout=TIMEOUT),
    )


def _closed_port_url() -> str:
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    sock.close()
    return f"http://127.0.0.1:{port}/"


def _message(app: ReaderApp) -> str:
    notices = list(app._notifications)
    assert notices, "no message was shown"
    return str(notices[-1].message)


def assert_one_sentence(message: str) -> None:
    """One line, ending like a sentence, without an exception name or a traceback."""
    assert "\n" not in message and message.endswith("."), message
    assert not TECHNICAL.search(message), message


async def open_sample_with_o(pilot: Pilot) -> None:
    """``o``, type the sample's path, enter: the sample opens."""
    app = pilot.app
    await pilot.press("o")
    await pilot.pause()
    app.screen.query_one("#open-input", Input).value = str(SAMPLE)
    await pilot.press("enter")
    await settle(pilot)
    screen = reading(app)
    assert screen.mode == "ready" and screen.article is not None
    assert "Obama Sidelines Mexico" in screen_text(app)


# -- tests ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("fault", sorted(FAULTS))
async def test_fault_gives_a_sentence_and_the_app_stays_usable(
    fault: str, serve: Callable[[Handler], RawServer], tmp_path: Path
) -> None:
    handler, expected = FAULTS[fault]
    url = _closed_port_url() if handler is None else serve(handler).url("/story")
    app = ReaderApp(url, data_dir=str(tmp_path / "data"))
    started = time.monotonic()
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await settle(pilot)
        screen = reading(app)
        for _ in range(100):  # settle returns once the worker is done; allow a slow machine
            if not screen.is_loading:
                break
            await pilot.pause(0.05)
        assert time.monotonic() - started < 10
        assert screen.mode == "failed" and screen.article is None
        message = _message(app)
        assert expected in message, message
        assert "127.0.0.1" in message, message  # (which address failed: it is named)
        assert_one_sentence(message)
        shown = screen_text(app)
        assert "Press o" in shown
        assert "Traceback" not in shown and forbidden_in_output(shown) == []
        await open_sample_with_o(pilot)
    assert app.return_code in (None, 0)


async def test_invalid_utf8_opens_with_replacement_marks(
    serve: Callable[[Handler], RawServer], tmp_path: Path
) -> None:
    """Invalid UTF-8 under charset=utf-8: not a failure; the page opens, bad bytes shown as �."""
    body = PAGE.replace(b"Ordinary paragraph 0", b"caf\xc3\xa9 \xff\xfe\xc3\x28 ok paragraph 0")

    def handler(conn: socket.socket) -> None:
        read_request(conn)
        conn.sendall(head(Content_Length=len(body)) + body)

    app = ReaderApp(serve(handler).url("/story"), data_dir=str(tmp_path / "data"))
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await settle(pilot)
        screen = reading(app)
        assert screen.mode == "ready" and screen.article is not None
        shown = screen_text(app)
        assert "café" in shown and "ok paragraph 0" in shown and "\ufffd" in shown
        assert forbidden_in_output(shown) == []
        await open_sample_with_o(pilot)


async def test_a_fault_keeps_the_article_already_open(
    serve: Callable[[Handler], RawServer], tmp_path: Path
) -> None:
    """With an article on screen, a failed ``o`` leaves it there and says why."""
    app = ReaderApp(str(SAMPLE), data_dir=str(tmp_path / "data"))
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await settle(pilot)
        screen = reading(app)
        before = screen.article
        await pilot.press("o")
        await pilot.pause()
        app.screen.query_one("#open-input", Input).value = serve(server_error).url("/x")
        await pilot.press("enter")
        await settle(pilot)
        assert screen.article is before and screen.mode == "ready"
        message = _message(app)
        assert "500" in message
        assert_one_sentence(message)
        assert "Obama Sidelines Mexico" in screen_text(app)


async def test_esc_cancels_a_stalled_download_at_once(
    serve: Callable[[Handler], RawServer], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A stalled server and a long timeout: esc frees the screen now, not after the timeout."""
    original = reader.sources.load.load_source.func  # type: ignore[attr-defined]
    monkeypatch.setattr(reader.sources.load, "load_source", partial(original, timeout=30))
    app = ReaderApp(serve(headers_then_stall).url("/slow"), data_dir=str(tmp_path / "data"))
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        screen = reading(app)
        await pilot.pause(0.3)
        assert screen.is_loading
        started = time.monotonic()
        await pilot.press("escape")
        await pilot.pause()
        assert not screen.is_loading
        assert time.monotonic() - started < 1.0
        assert "Press o" in screen_text(app)
        await open_sample_with_o(pilot)
