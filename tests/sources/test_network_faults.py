"""Network faults against real local servers: each ends in one clear LoadError, fast."""

from __future__ import annotations

import gzip
import re
import shutil
import socket
import ssl
import subprocess
import sys
import threading
import time
import zlib
from collections.abc import Callable
from pathlib import Path

import pytest

from reader.core.errors import LoadError
from reader.sources.load import LoadCancelled, load_source
from tests.raw_http import Handler, RawServer, head, read_request, reset, wait_for_client

ARTICLE = ("<p>“Quoted,” she said — café.</p>" * 40).encode()


def load_error(source: str, **options: object) -> str:
    with pytest.raises(LoadError) as caught:
        load_source(source, **options)  # type: ignore[arg-type]
    message = str(caught.value)
    assert "\n" not in message and message.endswith(".")
    assert not re.search(r"\w(Error|Exception)\b|Traceback|Errno|httpx|h11", message)
    return message


def test_connection_refused() -> None:
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    sock.close()
    message = load_error(f"http://127.0.0.1:{port}/")
    assert message == "Could not reach 127.0.0.1: the connection was refused."


def test_reset_mid_body(serve: Callable[[Handler], RawServer]) -> None:
    def handler(conn: socket.socket) -> None:
        read_request(conn)
        conn.sendall(head(Content_Length=100_000) + ARTICLE[:500])
        time.sleep(0.1)
        reset(conn)

    message = load_error(serve(handler).url())
    assert "was cut off" in message and "127.0.0.1" in message, message


def test_closed_without_answer(serve: Callable[[Handler], RawServer]) -> None:
    message = load_error(serve(read_request).url())
    assert "closed the connection" in message or "cut off" in message


def test_garbage_instead_of_http(serve: Callable[[Handler], RawServer]) -> None:
    def handler(conn: socket.socket) -> None:
        read_request(conn)
        conn.sendall(b"\x00\x01\x02 this is not HTTP at all\r\n\r\n")

    assert "127.0.0.1" in load_error(serve(handler).url())


@pytest.mark.parametrize("send_headers", [True, False], ids=["after-headers", "before-headers"])
def test_stall_hits_the_timeout(serve: Callable[[Handler], RawServer], send_headers: bool) -> None:
    def handler(conn: socket.socket) -> None:
        read_request(conn)
        if send_headers:
            conn.sendall(head(Content_Length=10_000) + ARTICLE[:100])
        wait_for_client(conn)

    start = time.monotonic()
    message = load_error(serve(handler).url(), timeout=0.8)
    elapsed = time.monotonic() - start
    assert message == "127.0.0.1 took too long; gave up after 0.8 s."
    assert 0.7 < elapsed < 2.5


@pytest.mark.parametrize("in_headers", [False, True], ids=["body", "headers"])
def test_a_byte_at_a_time_hits_the_total_deadline(
    serve: Callable[[Handler], RawServer], in_headers: bool
) -> None:
    def handler(conn: socket.socket) -> None:
        read_request(conn)
        if in_headers:
            drip = head(Content_Length=10_000) + b"x" * 10_000
        else:
            conn.sendall(head(Content_Length=10_000))
            drip = ARTICLE
        for byte in drip:
            conn.sendall(bytes([byte]))
            time.sleep(0.3)  # each byte well inside any per-read timeout

    start = time.monotonic()
    message = load_error(serve(handler).url(), timeout=1.5)
    elapsed = time.monotonic() - start
    assert "took too long; gave up after 1.5 s" in message
    assert 1.4 < elapsed < 2.5


@pytest.mark.parametrize("send_headers", [False, True], ids=["no-headers", "stalled-body"])
def test_cancel_wakes_a_stalled_server(
    serve: Callable[[Handler], RawServer], send_headers: bool
) -> None:
    def handler(conn: socket.socket) -> None:
        read_request(conn)
        if send_headers:
            conn.sendall(head(Content_Length=10_000) + ARTICLE[:10])
        wait_for_client(conn)

    event = threading.Event()
    threading.Timer(0.3, event.set).start()
    start = time.monotonic()
    with pytest.raises(LoadCancelled, match="cancelled"):
        load_source(serve(handler).url(), timeout=20, cancelled=event)
    assert time.monotonic() - start < 1.5


def _gzip_server(body: bytes, **headers: str | int) -> Handler:
    def handler(conn: socket.socket) -> None:
        read_request(conn)
        conn.sendall(head(Content_Encoding="gzip", Content_Length=len(body), **headers) + body)

    return handler


@pytest.mark.parametrize(
    "body",
    [
        gzip.compress(ARTICLE)[: len(gzip.compress(ARTICLE)) // 2],
        b"\x1f\x8b\x08\x00" + b"not really compressed" * 10,
    ],
    ids=["truncated", "corrupt"],
)
def test_damaged_gzip(serve: Callable[[Handler], RawServer], body: bytes) -> None:
    message = load_error(serve(_gzip_server(body)).url())
    assert message == "The server at 127.0.0.1 sent damaged compressed data."


def test_gzip_and_raw_deflate_bodies_read(serve: Callable[[Handler], RawServer]) -> None:
    assert "café" in load_source(serve(_gzip_server(gzip.compress(ARTICLE))).url()).text
    squeezer = zlib.compressobj(wbits=-zlib.MAX_WBITS)
    raw_deflate = squeezer.compress(ARTICLE) + squeezer.flush()

    def handler(conn: socket.socket) -> None:
        read_request(conn)
        conn.sendall(head(Content_Encoding="deflate", Content_Length=len(raw_deflate)))
        conn.sendall(raw_deflate)

    assert "café" in load_source(serve(handler).url()).text


def test_gzip_bomb_stops_at_the_cap(serve: Callable[[Handler], RawServer]) -> None:
    bomb = gzip.compress(b"<p>" + b"a" * 30_000_000, compresslevel=9)
    assert len(bomb) < 100_000
    message = load_error(serve(_gzip_server(bomb)).url())
    assert message == "The page at 127.0.0.1 is larger than 20 MB; stopped reading."


def test_lying_content_length(serve: Callable[[Handler], RawServer]) -> None:
    def handler(conn: socket.socket) -> None:
        read_request(conn)
        conn.sendall(head(Content_Length=5000) + ARTICLE[:100])

    message = load_error(serve(handler).url())
    assert message == "The download from 127.0.0.1 was cut off (received 100 of 5000 bytes)."


def test_endless_redirect_to_new_places(serve: Callable[[Handler], RawServer]) -> None:
    hits: list[str] = []

    def handler(conn: socket.socket) -> None:
        path = read_request(conn).split()[1]
        hits.append(path)
        conn.sendall(head("302 Found", Location=f"{path}x", Content_Length=0))

    url = serve(handler).url("/r")
    assert load_error(url) == f"Too many redirects from {url} (more than 10)."
    assert len(hits) == 11


@pytest.mark.parametrize("target", ["ftp://example.org/f", "javascript:alert(1)", "gopher://x/"])
def test_redirect_to_a_non_http_scheme_is_refused(
    serve: Callable[[Handler], RawServer], target: str
) -> None:
    def handler(conn: socket.socket) -> None:
        read_request(conn)
        conn.sendall(head("301 Moved Permanently", Location=target, Content_Length=0))

    message = load_error(serve(handler).url())
    assert "reader only follows http and https" in message


def _big_page(conn: socket.socket, size: int, *, declare: bool) -> None:
    read_request(conn)
    headers = {"Content_Length": size} if declare else {"Connection": "close"}
    conn.sendall(head(**headers) + b"<html><body>")
    chunk = b"<p>" + b"word " * 20_000 + b"</p>\n"
    sent = 0
    while sent < size:
        conn.sendall(chunk)
        sent += len(chunk)


@pytest.mark.parametrize("declare", [True, False], ids=["content-length", "streamed"])
def test_fifty_megabyte_page_stops_at_the_cap(
    serve: Callable[[Handler], RawServer], declare: bool
) -> None:
    server = serve(lambda conn: _big_page(conn, 50 * 1024 * 1024, declare=declare))
    start = time.monotonic()
    message = load_error(server.url())
    assert message == "The page at 127.0.0.1 is larger than 20 MB; stopped reading."
    assert time.monotonic() - start < 10


def test_invalid_utf8_with_utf8_charset(serve: Callable[[Handler], RawServer]) -> None:
    body = b"<html><body><p>caf\xc3\xa9 \xff\xfe\xc3\x28 ok</p></body></html>"

    def handler(conn: socket.socket) -> None:
        read_request(conn)
        conn.sendall(head(Content_Length=len(body)) + body)

    raw = load_source(serve(handler).url())
    assert "café" in raw.text and "\ufffd" in raw.text and "ok" in raw.text


def test_cli_reports_a_fault_in_one_line(serve: Callable[[Handler], RawServer]) -> None:
    def handler(conn: socket.socket) -> None:
        read_request(conn)
        conn.sendall(head(Content_Length=5000) + ARTICLE[:10])

    result = subprocess.run(
        [sys.executable, "-m", "reader", "dump", serve(handler).url()],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 1
    assert result.stderr == ("reader: The download from 127.0.0.1 was cut off (received 10 of "
                             "5000 bytes).\n")


def test_unusable_socks_proxy_in_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    try:
        import socksio  # noqa: F401
    except ImportError:
        pass
    else:
        pytest.skip("socksio is installed: the proxy would be used")
    monkeypatch.setenv("ALL_PROXY", "socks5://127.0.0.1:9")
    assert "SOCKS proxy" in load_error("http://127.0.0.1:9/")


def test_https_to_a_plain_http_server(serve: Callable[[Handler], RawServer]) -> None:
    def handler(conn: socket.socket) -> None:
        conn.recv(4096)
        conn.sendall(head(Content_Length=2) + b"hi")

    url = serve(handler).url().replace("http://", "https://")
    assert load_error(url) == "Could not reach 127.0.0.1: the secure connection failed."


@pytest.mark.skipif(shutil.which("openssl") is None, reason="needs the openssl command")
def test_self_signed_certificate_is_refused(
    serve: Callable[[Handler], RawServer], tmp_path: Path
) -> None:
    key, cert = tmp_path / "key.pem", tmp_path / "cert.pem"
    subprocess.run(
        [
            "openssl",
            "req",
            "-x509",
            "-newkey",
            "rsa:2048",
            "-nodes",
            "-days",
            "1",
            "-subj",
            "/CN=127.0.0.1",
            "-keyout",
            str(key),
            "-out",
            str(cert),
        ],
        capture_output=True,
        check=True,
        timeout=60,
    )
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(cert, key)

    def handler(conn: socket.socket) -> None:
        with context.wrap_socket(conn, server_side=True) as tls:
            read_request(tls)
            tls.sendall(head(Content_Length=2) + b"hi")

    url = serve(handler).url().replace("http://", "https://")
    message = load_error(url)
    assert message == "Could not reach 127.0.0.1: its security certificate could not be verified."
