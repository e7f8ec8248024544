"""Pictures below the [image: …] rows: fetched from a local server when drawn, cached,
refused over 5 MB, and none at all with ``pictures = false``."""

from __future__ import annotations

import hashlib
import struct
import zlib
from pathlib import Path

import pytest
from pytest_httpserver import HTTPServer

from tests.ui.ui_helpers import reading, screen_text, settle

pytestmark = pytest.mark.anyio


@pytest.fixture(autouse=True)
def _pictures(monkeypatch: pytest.MonkeyPatch) -> None:
    """Rows kept for pictures (tests/ui/conftest.py keeps none elsewhere)."""
    monkeypatch.setattr("reader.ui.widgets.pictures.ROWS", 12)

PARAGRAPHS = [
    f"<p>On day {n} the harbour was quiet in the early morning, and the boats sat low in "
    f"the water while {n} fishermen mended their nets along the old stone quay.</p>"
    for n in ("one", "two", "three", "four", "five")
]


def png(width: int = 8, height: int = 8) -> bytes:
    """A small red PNG, written by hand."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    raw = b"".join(b"\x00" + b"\xff\x00\x00" * width for _ in range(height))
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(raw))
            + chunk(b"IEND", b""))


def page(server: HTTPServer, picture: bytes) -> str:
    """An article with one figure served by ``server``; its URL."""
    html = (
        "<html><head><title>The harbour</title></head><body><article><h1>The harbour</h1>"
        + "".join(PARAGRAPHS[:2])
        + '<figure><img src="/lead.png" alt="The lead"><figcaption>The lead picture.'
        "</figcaption></figure>" + "<p>A second figure, in the middle of the text:</p>"
        + '<figure><img src="/red.png" alt="A red square"><figcaption>A red square.'
        "</figcaption></figure>" + "".join(PARAGRAPHS[2:]) + "</article></body></html>"
    )
    server.expect_request("/story").respond_with_data(html, content_type="text/html")
    server.expect_request("/lead.png").respond_with_data(picture, content_type="image/png")
    server.expect_request("/red.png").respond_with_data(picture, content_type="image/png")
    return server.url_for("/story")


def cached(app, server: HTTPServer) -> Path:  # type: ignore[no-untyped-def]
    url = server.url_for("/red.png")
    return Path(app.data_dir) / "images" / hashlib.sha256(url.encode()).hexdigest()


def picture_requests(server: HTTPServer) -> int:
    return sum(1 for request, _ in server.log if request.path == "/red.png")


async def test_a_picture_is_drawn_below_its_placeholder_and_cached(
    make_app, httpserver: HTTPServer
) -> None:
    app = make_app(page(httpserver, png()))
    async with app.run_test(size=(100, 50)) as pilot:
        await settle(pilot)
        await settle(pilot)
        text = screen_text(app)
        assert "[image: A red square]" in text
        assert "▀" in text
        assert cached(app, httpserver).read_bytes() == png()
        await pilot.press("P")  # pictures off: placeholders only, remembered
        await pilot.pause()
        assert "▀" not in screen_text(app)
        assert "[image: A red square]" in screen_text(app)
        assert app.settings.pictures is False
    assert picture_requests(httpserver) == 1


async def test_a_picture_over_5_mb_is_refused_and_the_placeholder_kept(
    make_app, httpserver: HTTPServer
) -> None:
    app = make_app(page(httpserver, png() + b"\x00" * (6 * 1024 * 1024)))
    async with app.run_test(size=(100, 50)) as pilot:
        await settle(pilot)
        await settle(pilot)
        text = screen_text(app)
        assert "[image: A red square]" in text
        assert "▀" not in text
        assert "picture not shown" in text
        assert not cached(app, httpserver).exists()
        assert reading(app).body.layout_rows is not None


async def test_pictures_false_shows_placeholders_and_fetches_nothing(
    make_app, httpserver: HTTPServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    config = tmp_path / "config.toml"
    config.write_text("pictures = false\n", encoding="utf-8")
    monkeypatch.setenv("READER_CONFIG", str(config))
    app = make_app(page(httpserver, png()))
    async with app.run_test(size=(100, 50)) as pilot:
        await settle(pilot)
        await settle(pilot)
        assert app.settings.pictures is False
        text = screen_text(app)
        assert "[image: A red square]" in text
        assert "▀" not in text
        assert "picture" not in reading(app).body.layout_rows.kinds
    assert picture_requests(httpserver) == 0
