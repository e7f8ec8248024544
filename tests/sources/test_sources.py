"""Sources: files, stdin, file:// and http(s) URLs against a local server; decoding; refusals."""

from __future__ import annotations

import codecs
import gzip
import io
import os
import re
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

from reader.core.errors import LoadError
from reader.sources.decoding import decode_bytes
from reader.sources.fetch import USER_AGENT
from reader.sources.load import LoadCancelled, load_source

CURLY = "“Café society,” she said — it’s naïve. À bientôt."
PAGE = "<html><head><title>T</title></head><body><p>{}</p></body></html>"


def _one_sentence(message: str) -> None:
    assert "\n" not in message
    assert message.endswith(".")
    assert not re.search(r"\w(Error|Exception)\b|Traceback|Errno", message)


def _load_error(source: str, **options: object) -> str:
    with pytest.raises(LoadError) as caught:
        load_source(source, **options)  # type: ignore[arg-type]
    _one_sentence(str(caught.value))
    return str(caught.value)


# --- decoding -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("data", "declared"),
    [
        (CURLY.encode("cp1252"), "iso-8859-1"),  # browsers read latin-1 as windows-1252
        (CURLY.encode("cp1252"), "US-ASCII"),
        (CURLY.encode("cp1252"), "windows-1252"),
        (codecs.BOM_UTF8 + CURLY.encode(), "iso-8859-1"),  # the BOM beats the header
        (codecs.BOM_UTF16_LE + CURLY.encode("utf-16-le"), None),
        (codecs.BOM_UTF16_BE + CURLY.encode("utf-16-be"), "utf-8"),
        (codecs.BOM_UTF32_LE + CURLY.encode("utf-32-le"), None),
        (CURLY.encode("utf-16-le"), None),  # no BOM: found by the NUL pattern
        (CURLY.encode(), None),
    ],
)
def test_decode_declared_and_bom(data: bytes, declared: str | None) -> None:
    text, _ = decode_bytes(data, declared)
    assert text == CURLY


@pytest.mark.parametrize(
    "meta",
    [
        b'<meta charset="windows-1252">',
        b"<meta charset=iso-8859-1>",
        b'<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1">',
    ],
)
def test_decode_meta_charset(meta: bytes) -> None:
    data = b"<html><head>" + meta + b"</head><body>" + CURLY.encode("cp1252") + b"</body>"
    text, encoding = decode_bytes(data)
    assert CURLY in text
    assert encoding == "cp1252"


def test_header_charset_beats_meta() -> None:
    data = b'<meta charset="utf-8">' + CURLY.encode("cp1252")
    assert CURLY in decode_bytes(data, "windows-1252")[0]


@pytest.mark.parametrize(
    ("text", "encoding"),
    [
        ("Президент заявил, что страна готова к переговорам с соседями. " * 4, "cp1251"),
        ("Президент заявил, что страна готова к переговорам. " * 4, "koi8-r"),
        ("日本語のテキストです。これは文字コードの検出のテストです。" * 4, "shift_jis"),
        ("Ο πρόεδρος δήλωσε ότι η χώρα είναι έτοιμη. " * 3, "cp1253"),
        ("“Hello,” she said — café.", "cp1252"),
        ("À bientôt, dit-il. « Ça va ? » Où êtes-vous ? Très bien. " * 3, "cp1252"),
        ("Größe über Straße, sagte der Präsident. " * 3, "cp1252"),
        ("El niño español comió piñas en la mañana. ¿Qué pasó? " * 3, "cp1252"),
        ("Zażółć gęślą jaźń, powiedział prezydent. Świat się zmienia. " * 3, "cp1250"),
        ("Příliš žluťoučký kůň úpěl ďábelské ódy. Český prezident řekl. " * 3, "cp1250"),
    ],
    ids=["ru-1251", "ru-koi8", "ja-sjis", "el-1253", "en", "fr", "de", "es", "pl", "cs"],
)
def test_decode_undeclared_by_detection(text: str, encoding: str) -> None:
    decoded, _ = decode_bytes(text.encode(encoding))
    assert decoded == text


def test_invalid_utf8_declared_utf8_gives_replacement_characters() -> None:
    text, encoding = decode_bytes(b"caf\xc3\xa9 \xff\xfe ok \xc3", "UTF-8")
    assert encoding == "utf-8"
    assert text.startswith("café ") and text.count("\ufffd") == 3 and "ok" in text


def test_unknown_charset_label_falls_back_to_detection() -> None:
    assert decode_bytes(CURLY.encode(), "x-no-such-charset")[0] == CURLY


# --- files and stdin ------------------------------------------------------------------------


def test_file_and_home_expansion(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HOME", str(tmp_path))
    (tmp_path / "a.html").write_bytes(b'<meta charset="windows-1252">' + CURLY.encode("cp1252"))
    raw = load_source("~/a.html")
    assert CURLY in raw.text
    assert raw.path == str(tmp_path / "a.html")
    assert raw.source == str(tmp_path / "a.html")  # made absolute once, when opened


def test_file_url(tmp_path: Path) -> None:
    target = tmp_path / "with space.txt"
    target.write_text(CURLY, encoding="utf-8")
    raw = load_source(target.as_uri())
    assert raw.text == CURLY and raw.path == str(target)


def test_missing_file_and_folder(tmp_path: Path) -> None:
    assert "No such file" in _load_error(str(tmp_path / "nope.txt"))
    assert "https://" in _load_error("www.example.org/article")
    assert "folder" in _load_error(str(tmp_path))


@pytest.mark.parametrize(
    ("data", "word"),
    [
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1\x00\x00", "Word document in the old .doc form"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "image (image/png)"),
        (b"\xff\xd8\xff\xe0\x00\x10JFIF", "image (image/jpeg)"),
        (b"GIF89a\x01\x00", "image (image/gif)"),
        (b"PK\x03\x04\x14\x00\x00\x00", "ZIP archive"),
        (gzip.compress(b"hello"), "gzip"),
        (bytes(range(256)) * 8, "binary data"),
        (b"text\x00" * 100, "binary data"),
    ],
    ids=["doc", "png", "jpeg", "gif", "zip", "gzip", "junk", "nuls"],
)
def test_binary_files_refused(tmp_path: Path, data: bytes, word: str) -> None:
    target = tmp_path / "file.txt"
    target.write_bytes(data)
    message = _load_error(str(target))
    assert word in message
    assert "reader reads web pages, text (plain, Markdown, reStructuredText), PDFs" in message


def test_text_with_a_few_controls_is_still_text(tmp_path: Path) -> None:
    target = tmp_path / "odd.txt"
    target.write_bytes(b"Title\n\nText\x00with\x07a few\x1b[31m controls.\n" * 3)
    assert "controls" in load_source(str(target)).text


def test_file_size_cap(tmp_path: Path) -> None:
    target = tmp_path / "big.txt"
    target.write_bytes(b"word " * 1000)
    assert "larger than 1 KB" in _load_error(str(target), max_bytes=1024)
    assert load_source(str(target), max_bytes=5000).text.startswith("word word")


def test_endless_binary_input_is_told_as_binary_not_as_too_large(tmp_path: Path) -> None:
    """/dev/urandom, /dev/zero, a disk image: what runs past the cap is said to be binary
    when it starts so; a PDF past it stays "too large"."""
    noise = tmp_path / "noise"
    noise.write_bytes(bytes(range(256)) * 40)
    assert "binary data" in _load_error(str(noise), max_bytes=4096)
    with pytest.raises(LoadError, match="binary data"):  # (the same through a pipe)
        load_source("-", stdin=io.BytesIO(b"\0" * 9000), max_bytes=4096)
    pdf = tmp_path / "big.pdf"
    pdf.write_bytes(b"%PDF-1.7\n" + b"\0\1\2" * 3000)
    assert "larger than 4 KB" in _load_error(str(pdf), max_bytes=4096)


def test_stdin_stream() -> None:
    raw = load_source("-", stdin=io.BytesIO(codecs.BOM_UTF8 + CURLY.encode()))
    assert raw.text == CURLY and raw.source == "-"
    latin = load_source("-", stdin=io.BytesIO(PAGE.format(CURLY).encode("cp1252")))
    assert CURLY in latin.text
    with pytest.raises(LoadError, match="larger than 10 bytes"):
        load_source("-", stdin=io.BytesIO(b"x" * 11), max_bytes=10)


@pytest.mark.parametrize("source", ["ftp://example.org/a.html", "gopher://x/", "data:text/html,hi"])
def test_other_schemes_refused(source: str) -> None:
    assert "cannot open" in _load_error(source)


# --- HTTP against a local server ------------------------------------------------------------


def _url(server: HTTPServer, path: str) -> str:
    return server.url_for(path)


def test_fetch_charset_header_and_request_headers(httpserver: HTTPServer) -> None:
    seen: dict[str, str] = {}

    def handler(request: Request) -> Response:
        seen.update(request.headers)
        body = PAGE.format(CURLY).encode("cp1252")
        return Response(body, content_type="text/html; charset=ISO-8859-1")

    httpserver.expect_request("/a").respond_with_handler(handler)
    raw = load_source(_url(httpserver, "/a"))
    assert CURLY in raw.text
    assert raw.content_type == "text/html" and raw.url == _url(httpserver, "/a")
    assert seen["User-Agent"] == USER_AGENT
    assert "text/html" in seen["Accept"] and "application/xhtml+xml" in seen["Accept"]


def test_fetch_meta_charset_without_header_charset(httpserver: HTTPServer) -> None:
    body = b'<html><head><meta charset="windows-1252"></head><body><p>'
    body += CURLY.encode("cp1252") + b"</p></body></html>"
    httpserver.expect_request("/m").respond_with_data(body, content_type="text/html")
    raw = load_source(_url(httpserver, "/m"))
    assert CURLY in raw.text and raw.encoding == "cp1252"


def test_fetch_gzip_body(httpserver: HTTPServer) -> None:
    body = gzip.compress(PAGE.format(CURLY).encode())
    httpserver.expect_request("/gz").respond_with_data(
        body, headers={"Content-Encoding": "gzip"}, content_type="text/html; charset=utf-8"
    )
    assert CURLY in load_source(_url(httpserver, "/gz")).text


def test_fetch_redirect_chain(httpserver: HTTPServer) -> None:
    for i in range(3):
        httpserver.expect_request(f"/r{i}").respond_with_data(
            "", status=302 if i % 2 else 301, headers={"Location": f"/r{i + 1}"}
        )
    httpserver.expect_request("/r3").respond_with_data(
        "# Title\n\ntext", content_type="text/markdown"
    )
    raw = load_source(_url(httpserver, "/r0"))
    assert raw.url == _url(httpserver, "/r3")
    assert raw.source == _url(httpserver, "/r0")
    assert raw.content_type == "text/markdown" and raw.text.startswith("# Title")


def test_fetch_redirect_loop(httpserver: HTTPServer) -> None:
    httpserver.expect_request("/loop").respond_with_data(
        "", status=302, headers={"Location": "/loop"}
    )
    url = _url(httpserver, "/loop")
    assert _load_error(url) == f"Too many redirects from {url} (more than 10)."


@pytest.mark.parametrize("target", ["ftp://example.org/x", "file:///etc/passwd"])
def test_fetch_redirect_to_other_scheme_refused(httpserver: HTTPServer, target: str) -> None:
    httpserver.expect_request("/away").respond_with_data(
        "", status=302, headers={"Location": target}
    )
    message = _load_error(_url(httpserver, "/away"))
    scheme, _, rest = target.partition("://")
    assert f"redirects to {scheme}://" in message and rest.split("/")[-1] in message
    assert "only follows http and https" in message


@pytest.mark.parametrize(("status", "reason"), [(404, "Not Found"), (500, "Internal Server Error")])
def test_fetch_error_status(httpserver: HTTPServer, status: int, reason: str) -> None:
    httpserver.expect_request("/e").respond_with_data("oops", status=status)
    url = _url(httpserver, "/e")
    assert _load_error(url) == f"The server answered {status} {reason} for {url}."


@pytest.mark.parametrize(("status", "words"), [
    (403, "turns away programs that are not browsers"), (401, "needs a sign-in"),
    (429, "try again later")])
def test_a_refusal_says_what_it_usually_means(
    httpserver: HTTPServer, status: int, words: str
) -> None:
    httpserver.expect_request("/e").respond_with_data("no", status=status)
    url = _url(httpserver, "/e")
    message = _load_error(url)
    assert message.startswith(f"The server answered {status} ") and words in message
    assert message.endswith(").") or message.endswith("later.")


@pytest.mark.parametrize(
    ("content_type", "words"),
    [
        ("application/msword", "This is a Word document in the old .doc form (application/msword)"),
        ("image/png", "This is an image (image/png)"),
        ("application/zip", "This is a ZIP archive (application/zip)"),
    ],
)
def test_fetch_content_type_refused(httpserver: HTTPServer, content_type: str, words: str) -> None:
    httpserver.expect_request("/doc").respond_with_data(b"%PDF-1.4 ...", content_type=content_type)
    message = _load_error(_url(httpserver, "/doc"))
    assert message.startswith(words)


def test_fetch_octet_stream_sniffed(httpserver: HTTPServer) -> None:
    httpserver.expect_request("/pdf").respond_with_data(
        b"%PDF-1.4\n...", content_type="application/octet-stream"
    )
    httpserver.expect_request("/txt").respond_with_data(
        CURLY.encode(), content_type="application/octet-stream"
    )
    assert "This PDF is damaged" in _load_error(_url(httpserver, "/pdf"))  # (read as one)
    raw = load_source(_url(httpserver, "/txt"))
    assert raw.text == CURLY and raw.content_type is None


def test_fetch_size_cap_by_content_length(httpserver: HTTPServer) -> None:
    httpserver.expect_request("/big").respond_with_data(b"a" * 5000, content_type="text/plain")
    message = _load_error(_url(httpserver, "/big"), max_bytes=4096)
    assert message == "The page at localhost is larger than 4 KB; stopped reading."


def test_fetch_cancelled_before_start(httpserver: HTTPServer) -> None:
    httpserver.expect_request("/c").respond_with_data("x", content_type="text/plain")
    event = threading.Event()
    event.set()
    with pytest.raises(LoadCancelled):
        load_source(_url(httpserver, "/c"), cancelled=event)
    with pytest.raises(LoadCancelled):
        load_source(_url(httpserver, "/c"), cancelled=lambda: True)


# --- the real CLI ---------------------------------------------------------------------------


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "reader", *args],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def test_cli_dump_server_error_is_one_line(httpserver: HTTPServer) -> None:
    httpserver.expect_request("/fail").respond_with_data("boom", status=500)
    url = _url(httpserver, "/fail")
    result = _cli("dump", url)
    assert result.returncode == 1
    assert result.stdout == ""
    assert result.stderr == f"reader: The server answered 500 Internal Server Error for {url}.\n"


def test_cli_dump_pdf_and_missing_file(httpserver: HTTPServer, tmp_path: Path) -> None:
    httpserver.expect_request("/doc.pdf").respond_with_data(b"%PDF", content_type="application/pdf")
    for source in (_url(httpserver, "/doc.pdf"), str(tmp_path / "missing.html")):
        result = _cli("dump", source)
        assert result.returncode == 1
        lines = result.stderr.splitlines()
        assert len(lines) == 1 and lines[0].startswith("reader: ")
        assert "Traceback" not in result.stderr


# --- stdin from a pipe, keys from the terminal ----------------------------------------------

_REATTACH = (
    "import os, sys\n"
    "data = sys.stdin.buffer.read()\n"
    "from reader.cli.terminal import reattach_stdin_to_tty\n"
    "ok = reattach_stdin_to_tty()\n"
    "print(len(data), ok, os.isatty(0), sys.stdin.isatty(), sys.__stdin__.isatty(),\n"
    "      file=sys.stderr)\n"
)


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX terminals only")
def test_reattach_stdin_to_the_controlling_terminal() -> None:
    import fcntl
    import os
    import pty
    import termios

    master, slave = pty.openpty()
    try:
        result = subprocess.run(
            [sys.executable, "-c", _REATTACH],
            input=b"piped page",
            stdout=slave,
            stderr=subprocess.PIPE,
            start_new_session=True,
            preexec_fn=lambda: fcntl.ioctl(1, termios.TIOCSCTTY, 0),  # the pty is our terminal
            timeout=60,
            check=False,
        )
    finally:
        os.close(slave)
        os.close(master)
    assert result.stderr.decode().split() == ["10", "True", "True", "True", "True"]


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX terminals only")
def test_without_a_terminal_reattach_fails_and_the_cli_says_so() -> None:
    alone = subprocess.run(
        [sys.executable, "-c", _REATTACH],
        input=b"piped",
        capture_output=True,
        start_new_session=True,  # no controlling terminal
        timeout=60,
        check=False,
    )
    assert alone.stderr.decode().split()[:3] == ["5", "False", "False"]
    import pty  # stdout a terminal (else `reader -` prints the text), but not the controlling one

    screen, screen_side = pty.openpty()
    try:
        cli = subprocess.run(
            [sys.executable, "-m", "reader", "-"],
            input="Title\n\nSome piped text.\n",
            stdout=screen_side,
            stderr=subprocess.PIPE,
            text=True,
            start_new_session=True,
            timeout=60,
            check=False,
        )
    finally:
        os.close(screen_side)
        os.close(screen)
    assert cli.returncode == 1
    assert (
        cli.stderr == "reader: There is no terminal to read keys from; use 'reader dump -' "
        "to print piped text instead.\n"
    )


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX terminals only")
def test_piped_article_opens_and_keys_come_from_the_terminal(tmp_path: Path) -> None:
    """``reader -`` end to end in a pseudo-terminal: the page is drawn and ``q`` quits."""
    import fcntl
    import os
    import pty
    import select
    import struct
    import termios
    import time

    master, slave = pty.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 30, 100, 0, 0))
    env = {**os.environ, "TERM": "xterm-256color", "READER_HOME": str(tmp_path)}
    proc = subprocess.Popen(
        [sys.executable, "-m", "reader", "-"],
        stdin=subprocess.PIPE,
        stdout=slave,
        stderr=slave,
        start_new_session=True,
        preexec_fn=lambda: fcntl.ioctl(1, termios.TIOCSCTTY, 0),
        env=env,
    )
    os.close(slave)
    try:
        assert proc.stdin is not None
        proc.stdin.write(b"Piped Title Here\n\nA paragraph of piped text to read.\n")
        proc.stdin.close()
        screen, deadline, sent = b"", time.monotonic() + 30, False
        while time.monotonic() < deadline and proc.poll() is None:
            if select.select([master], [], [], 0.1)[0]:
                try:
                    screen += os.read(master, 65536)
                except OSError:
                    break
            drawn = re.sub(rb"\x1b\[[0-?]*[ -/]*[@-~]", b"", screen)
            if not sent and b"Piped Title" in drawn:
                time.sleep(0.3)
                os.write(master, b"q")
                sent = True
        assert sent, "the piped article was never drawn"
        assert proc.wait(timeout=10) == 0
    finally:
        proc.kill()
        proc.wait()
        os.close(master)


@pytest.mark.parametrize("status", [403, 503])
def test_a_robot_check_says_so(httpserver: HTTPServer, status: int) -> None:
    """Cloudflare's challenge ("cf-mitigated: challenge"), through the real CLI: the message
    names the robot check, not a server that is down."""
    import subprocess
    import sys

    httpserver.expect_request("/story").respond_with_data(
        "<html><title>Just a moment...</title></html>", status=status,
        headers={"cf-mitigated": "challenge"}, content_type="text/html",
    )
    result = subprocess.run(
        [sys.executable, "-m", "reader", "dump", _url(httpserver, "/story")],
        capture_output=True, text=True, timeout=60,
    )
    assert result.returncode != 0
    assert f"The server answered {status} " in result.stderr
    assert "robot check that only a browser can pass" in result.stderr
