"""Pictures below the [image: …] rows: fetched from a local server when drawn, cached,
none at all with ``pictures = false``; one that cannot be had (404, not a picture, over 5 MB,
too slow) gives its rows back: its placeholder and the reason on one line."""

from __future__ import annotations

import hashlib
import io
import socket
import struct
import threading
import time
import zlib
from collections.abc import Callable
from pathlib import Path

import pytest
from pytest_httpserver import HTTPServer

from tests.raw_http import RawServer, head, read_request, wait_for_client
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


def _later(weeks: int) -> list[str]:
    """Five paragraphs a week for ``weeks`` weeks, each its own (a text told twice over is
    read once: ``reader.clean.html.copies``)."""
    return [
        paragraph.replace("<p>On day", f"<p>In week {week}, on day")
        for week in range(2, weeks + 2)
        for paragraph in PARAGRAPHS
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


def not_of_the_web(kind: str = "PCX") -> bytes:
    """A picture Pillow reads but no browser shows (PCX, Targa, EPS ...): its decoders are
    never offered bytes from the web."""
    from PIL import Image

    out = io.BytesIO()
    Image.new("RGB", (60, 40), (200, 0, 0)).save(out, kind)
    return out.getvalue()


def page(
    server: HTTPServer, picture: bytes, src: str = "/red.png", kind: str = "image/png",
    status: int = 200, more: int = 0,
) -> str:
    """An article with two figures served by ``server``: a lead figure whose picture has no
    address (its caption is the header's, no picture to draw), and one at ``src``, answered
    with ``picture``, ``kind`` and ``status``; ``more`` paragraphs after it. Its URL."""
    html = (
        "<html><head><title>The harbour</title></head><body><article><h1>The harbour</h1>"
        + "".join(PARAGRAPHS[:2])
        + '<figure><img alt="The lead"><figcaption>The lead picture.'
        "</figcaption></figure>" + "<p>A second figure, in the middle of the text:</p>"
        + f'<figure><img src="{src}" alt="A red square"><figcaption>A red square.'
        "</figcaption></figure>" + "".join(PARAGRAPHS[2:]) + "".join(_later(more))
        + "</article></body></html>"
    )
    server.expect_request("/story").respond_with_data(html, content_type="text/html")
    server.expect_request("/red.png").respond_with_data(picture, status=status,
                                                        content_type=kind)
    return server.url_for("/story")


async def pictures_done(pilot, seconds: float = 10) -> None:  # type: ignore[no-untyped-def]
    """Wait until no picture is loading (the loader threads are not Textual workers)."""
    await settle(pilot)
    body = reading(pilot.app).body
    deadline = time.monotonic() + seconds
    while body.picture_rows is None or body.picture_rows.pending():
        assert time.monotonic() < deadline, "pictures still loading"
        await pilot.pause(0.02)
    await pilot.pause()
    await pilot.pause()


def picture_rows_of(app, alt: str) -> int:  # type: ignore[no-untyped-def]
    """Rows kept for the picture of the figure with ``alt``."""
    body = reading(app).body
    layout = body.layout_rows
    blocks = [i for i, block in enumerate(body.article.blocks) if block.alt == alt]
    return sum(1 for row, kind in enumerate(layout.kinds)
               if kind == "picture" and layout.blocks[row] in blocks)


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
        await pictures_done(pilot)
        text = screen_text(app)
        assert "[image: A red square]" in text
        assert "▀" in text
        assert picture_rows_of(app, "A red square") == 12
        assert cached(app, httpserver).read_bytes() == png()
        await pilot.press("P")  # pictures off: placeholders only, remembered
        await pilot.pause()
        assert "▀" not in screen_text(app)
        assert "[image: A red square]" in screen_text(app)
        assert app.settings.pictures is False
    assert picture_requests(httpserver) == 1


def lead_story(server: HTTPServer, alt: str) -> str:
    """A story served by ``server`` that opens with a figure (its picture served, ``alt``
    its alt text, "The boats at dawn." its caption); its URL."""
    html = (
        "<html><head><title>The harbour</title></head><body><article><h1>The harbour</h1>"
        f'<figure><img src="/lead.png" alt="{alt}"><figcaption>The boats at dawn.'
        "</figcaption></figure>" + "".join(PARAGRAPHS) + "</article></body></html>"
    )
    server.expect_request("/story").respond_with_data(html, content_type="text/html")
    server.expect_request("/lead.png").respond_with_data(png(), content_type="image/png")
    return server.url_for("/story")


async def test_the_lead_picture_is_drawn_first_its_caption_in_the_header(
    make_app, httpserver: HTTPServer
) -> None:
    app = make_app(lead_story(httpserver, "Boats at dawn"))
    async with app.run_test(size=(100, 50)) as pilot:
        await pictures_done(pilot)
        body = reading(app).body
        assert body.article.caption is not None
        assert body.article.caption.text == "The boats at dawn."
        assert body.article.blocks[0].src == httpserver.url_for("/lead.png")
        assert picture_rows_of(app, "Boats at dawn") == 12
        text = screen_text(app)
        assert "▀" in text
        assert text.count("The boats at dawn.") == 1  # in the header, not again below


async def test_a_lead_picture_whose_alt_is_its_caption_keeps_it_below_said_once(
    make_app, httpserver: HTTPServer
) -> None:
    app = make_app(lead_story(httpserver, "The boats at dawn."))
    async with app.run_test(size=(100, 50)) as pilot:
        await pictures_done(pilot)
        body = reading(app).body
        assert body.article.caption is None  # (the figure's: not the header's too)
        assert body.article.blocks[0].caption == "The boats at dawn."
        text = screen_text(app)
        assert text.count("The boats at dawn.") == 1
        assert text.index("[image]") < text.index("The boats at dawn.") < text.index("day one")


def stalled(serve: Callable[..., RawServer]) -> str:
    """A picture address whose server takes the request and never answers."""

    def handler(conn: socket.socket) -> None:
        read_request(conn)
        wait_for_client(conn, 10)

    return serve(handler).url("/slow.png")


@pytest.mark.parametrize(
    ("answer", "reason"),
    [
        ({"status": 404}, "(not found)"),
        ({"picture": b"<html><body>Not a picture</body></html>", "kind": "text/html"},
         "(not a picture)"),
        ({"picture": b"\x89PNG\r\n\x1a\n broken"}, "(not a picture)"),
        ({"picture": png() + b"\x00" * (6 * 1024 * 1024)}, "(larger than 5 MB)"),
        ({"stalled": True}, "(timed out)"),
        ({"picture": not_of_the_web("PCX"), "kind": "image/png"}, "(not a picture)"),
        ({"picture": not_of_the_web("TGA"), "kind": "image/x-tga"}, "(not a picture)"),
    ],
    ids=["404", "html", "broken", "too-big", "timeout", "pcx", "targa"],
)
async def test_a_picture_that_fails_gives_back_its_rows(
    make_app, httpserver: HTTPServer, serve, monkeypatch: pytest.MonkeyPatch,
    answer: dict, reason: str,
) -> None:
    stall = answer.pop("stalled", False)
    # (a short wait only where the wait is the point: a loaded machine's answers may be slow)
    monkeypatch.setattr("reader.ui.widgets.picture_load.TIMEOUT", 0.5 if stall else 10)
    src = stalled(serve) if stall else "/red.png"
    app = make_app(page(httpserver, answer.pop("picture", png()), src=src, **answer))
    async with app.run_test(size=(100, 50)) as pilot:
        await pictures_done(pilot)
        lines = screen_text(app).splitlines()
        placeholder = next(i for i, line in enumerate(lines) if "[image: A red square]" in line)
        assert reason in lines[placeholder]
        assert "A red square." in lines[placeholder + 1]  # the caption right under it
        assert picture_rows_of(app, "A red square") == 0
        assert not cached(app, httpserver).exists()


async def test_a_picture_failing_above_the_view_keeps_the_text_on_top(
    make_app, httpserver: HTTPServer, serve
) -> None:
    answer = threading.Event()

    def handler(conn: socket.socket) -> None:  # not found, once the test says so
        read_request(conn)
        answer.wait(10)
        conn.sendall(head("404 Not Found", Content_Length=0))

    app = make_app(page(httpserver, png(), src=serve(handler).url("/late.png"), more=6))
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        body = reading(app).body
        placeholder = body.layout_rows.texts.index("[image: A red square]")
        body.scroll_to(y=placeholder - 5, animate=False, immediate=True)
        await pilot.pause()  # the picture is asked for
        body.scroll_to(y=placeholder + 20, animate=False, immediate=True)
        await pilot.pause()
        top, y = body.top_offset(), body.scroll_y
        assert body.picture_rows is not None and body.picture_rows.pending()
        answer.set()
        await pictures_done(pilot)
        assert picture_rows_of(app, "A red square") == 0
        assert body.top_offset() == top
        assert body.scroll_y == y - 12


async def test_pictures_false_shows_placeholders_and_fetches_nothing(
    make_app, httpserver: HTTPServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    config = tmp_path / "config.toml"
    config.write_text("pictures = false\n", encoding="utf-8")
    monkeypatch.setenv("READER_CONFIG", str(config))
    app = make_app(page(httpserver, png()))
    async with app.run_test(size=(100, 50)) as pilot:
        await settle(pilot)
        await pilot.pause(0.2)
        assert app.settings.pictures is False
        text = screen_text(app)
        assert "[image: A red square]" in text
        assert "▀" not in text
        assert "picture" not in reading(app).body.layout_rows.kinds
    assert picture_requests(httpserver) == 0


STRUCTURE = Path(__file__).resolve().parents[1] / "fixtures" / "screen_structure.html"
PLANETS, SATURN = "https://example.org/planets.jpg", "https://example.org/saturn.jpg"


def gradient() -> bytes:
    """A small picture with colours across and down (drawn the same on every run)."""
    from PIL import Image

    red = Image.linear_gradient("L").resize((64, 40))
    blue = red.transpose(Image.Transpose.ROTATE_90).resize((64, 40))
    picture = Image.merge("RGB", (red, Image.new("L", (64, 40), 90), blue))
    data = io.BytesIO()
    picture.save(data, "PNG")
    return data.getvalue()


def _figure_with_pictures(app, pictures: dict[str, bytes], theme: str = "dark"):  # type: ignore[no-untyped-def]
    """Pictures put in the cache (nothing is fetched), then the view at the figure."""
    for url, data in pictures.items():
        path = Path(app.data_dir) / "images" / hashlib.sha256(url.encode()).hexdigest()
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)

    async def run_before(pilot) -> None:  # type: ignore[no-untyped-def]
        await settle(pilot)
        if theme == "light":
            await pilot.press("t")
        body = reading(pilot.app).body
        body.scroll_to(y=body.layout_rows.texts.index("[image: Saturn and its rings]") - 4,
                       animate=False, immediate=True)
        await pilot.pause()
        await pictures_done(pilot)

    return run_before


def test_snapshot_figure_with_its_picture_dark(make_app, snap_compare) -> None:
    app = make_app(STRUCTURE)
    assert snap_compare(app, terminal_size=(80, 30), run_before=_figure_with_pictures(
        app, {PLANETS: gradient(), SATURN: gradient()}))


def test_snapshot_figure_with_its_picture_light(make_app, snap_compare) -> None:
    app = make_app(STRUCTURE)
    assert snap_compare(app, terminal_size=(80, 30), run_before=_figure_with_pictures(
        app, {PLANETS: gradient(), SATURN: gradient()}, theme="light"))


def test_snapshot_figure_whose_picture_failed(make_app, snap_compare) -> None:
    app = make_app(STRUCTURE)
    assert snap_compare(app, terminal_size=(80, 30), run_before=_figure_with_pictures(
        app, {PLANETS: gradient(), SATURN: b"<html>a page, not a picture</html>"}))


async def test_a_picture_that_comes_while_scrolled_away_is_there_on_return(
    make_app, httpserver: HTTPServer, serve
) -> None:
    answer = threading.Event()

    def handler(conn: socket.socket) -> None:  # the picture, once the test says so
        read_request(conn)
        answer.wait(10)
        picture = png()
        conn.sendall(head(Content_Type="image/png", Content_Length=len(picture)) + picture)

    app = make_app(page(httpserver, png(), src=serve(handler).url("/late.png"), more=6))
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        body = reading(app).body
        placeholder = body.layout_rows.texts.index("[image: A red square]")
        body.scroll_to(y=placeholder - 2, animate=False, immediate=True)
        await pilot.pause()  # asked for; its rows drawn (blank) and kept
        assert "▀" not in screen_text(app)
        body.scroll_to(y=placeholder + 40, animate=False, immediate=True)
        await pilot.pause()
        answer.set()
        await pictures_done(pilot)
        body.scroll_to(y=placeholder - 2, animate=False, immediate=True)
        await pilot.pause()
        assert "▀" in screen_text(app)


async def test_pictures_are_decoded_and_drawn_off_the_ui_thread(
    make_app, httpserver: HTTPServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    from reader.ui.widgets import picture_load, pictures

    threads: list[threading.Thread] = []

    def spy(real):  # type: ignore[no-untyped-def]
        def run(*args):  # type: ignore[no-untyped-def]
            threads.append(threading.current_thread())
            return real(*args)

        return run

    monkeypatch.setattr(picture_load, "decode", spy(picture_load.decode))
    monkeypatch.setattr(pictures, "cells", spy(pictures.cells))
    app = make_app(page(httpserver, png()))
    async with app.run_test(size=(100, 50)) as pilot:
        await pictures_done(pilot)
        assert "▀" in screen_text(app)
    assert len(threads) == 2
    assert threading.main_thread() not in threads
    assert all(thread.daemon for thread in threads)  # quitting never waits for them


async def test_at_a_new_width_a_picture_is_redrawn_from_its_kept_copy_not_fetched_again(
    make_app, httpserver: HTTPServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("reader.ui.widgets.pictures.KEEP_DRAWN", 1)
    app = make_app(page(httpserver, png(64, 64)))
    async with app.run_test(size=(100, 50)) as pilot:
        await pictures_done(pilot)
        rows = reading(app).body.picture_rows
        assert rows is not None
        wide = {width for _, width in rows.drawn}
        cache = cached(app, httpserver)
        cache.unlink()  # not read again either: the reduced copy is kept in memory
        await pilot.resize_terminal(40, 50)
        await pictures_done(pilot)
        assert "▀" in screen_text(app)
        narrow = {width for _, width in rows.drawn}
        assert len(rows.drawn) == 1  # only the last drawn kept as cells
        assert narrow != wide
    assert picture_requests(httpserver) == 1
    assert not cache.exists()


async def test_a_long_article_laid_out_in_the_background_keeps_a_failed_picture_collapsed(
    make_app, httpserver: HTTPServer, serve, monkeypatch: pytest.MonkeyPatch
) -> None:
    from reader.ui.widgets import body as body_module

    asked, answer, laid_out = threading.Event(), threading.Event(), threading.Event()
    real = body_module.full_layout

    def held(*args):  # type: ignore[no-untyped-def]  # the whole layout waits for the test
        laid_out.wait(20)
        return real(*args)

    def handler(conn: socket.socket) -> None:  # not found, once the test says so
        read_request(conn)
        asked.set()
        answer.wait(20)
        conn.sendall(head("404 Not Found", Content_Length=0))

    monkeypatch.setattr(body_module, "full_layout", held)
    app = make_app(page(httpserver, png(), src=serve(handler).url("/late.png"), more=180))
    async with app.run_test(size=(100, 50)) as pilot:
        deadline = time.monotonic() + 30
        while not asked.is_set():  # the article is drawn, its picture asked for
            assert time.monotonic() < deadline
            await pilot.pause(0.05)
        body = reading(app).body
        assert len(body.article.text) > 100_000 and not body.layout_rows.complete
        answer.set()
        while not body.picture_rows.failures:  # failed while the whole layout is made
            assert time.monotonic() < deadline
            await pilot.pause(0.05)
        laid_out.set()
        await pictures_done(pilot)
        await settle(pilot)
        assert body.layout_rows.complete
        assert picture_rows_of(app, "A red square") == 0
        assert "(not found)" in screen_text(app)
