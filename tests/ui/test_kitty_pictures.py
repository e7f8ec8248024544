"""Pictures through the Kitty graphics protocol: the escape sequences built, the placeholder
cells, the mode chosen from the environment and the config, and the app sending a picture
served from a local server to the driver and drawing its rows as placeholders."""

from __future__ import annotations

import base64
import contextlib
import re
from pathlib import Path

import pytest
from pytest_httpserver import HTTPServer
from rich.cells import cell_len
from rich.color import Color, ColorSystem
from textual.drivers.headless_driver import HeadlessDriver

from reader.ui.widgets import kitty
from reader.ui.widgets.pictures import CELL, Placed, encoded, use_kitty
from tests.ui.test_pictures import PARAGRAPHS, page, pictures_done, png
from tests.ui.ui_helpers import reading, screen_text, settle

pytestmark = pytest.mark.anyio
COMMAND = re.compile(r"\x1b_G([^;\x1b]*)(?:;([^\x1b]*))?\x1b\\")


def commands(text: str) -> list[tuple[dict[str, str], str]]:
    """The graphics commands in ``text``: (keys, payload) each; nothing else may be there."""
    found = [(dict(pair.split("=") for pair in keys.split(",")), payload or "")
             for keys, payload in COMMAND.findall(text)]
    assert COMMAND.sub("", text) == ""
    return found


def test_a_small_picture_is_sent_in_one_command() -> None:
    [(keys, payload)] = commands(kitty.transmit(77, b"tiny png", 5, 3))
    assert keys == {"a": "T", "U": "1", "f": "100", "i": "77", "c": "5", "r": "3", "C": "1",
                    "q": "2", "m": "0"}
    assert base64.standard_b64decode(payload) == b"tiny png"


def test_a_larger_picture_is_sent_in_chunks_of_4096() -> None:
    data = bytes(range(256)) * 40  # 10240 bytes: 13656 base64 characters, 4 chunks
    sent = commands(kitty.transmit(0xABCDEF, data, 40, 12))
    assert [len(payload) for _, payload in sent] == [4096, 4096, 4096, 1368]
    assert [keys["m"] for keys, _ in sent] == ["1", "1", "1", "0"]
    assert all(keys["q"] == "2" for keys, _ in sent)  # the terminal never answers
    assert sent[0][0]["i"] == str(0xABCDEF) and "i" not in sent[1][0]
    assert base64.standard_b64decode("".join(payload for _, payload in sent)) == data


def test_a_picture_is_deleted_by_its_id() -> None:
    assert commands(kitty.delete(42)) == [({"a": "d", "d": "I", "i": "42", "q": "2"}, "")]


def test_the_diacritics_are_kittys_table() -> None:
    marks = kitty.DIACRITICS
    assert len(marks) == len(set(marks)) == 297
    assert marks[:3] == "\u0305\u030d\u030e" and marks[-1] == "\U0001d244"
    assert marks[129] == "\u0951"  # after the Samaritan marks
    assert cell_len(marks) == 0


def test_a_placeholder_row_is_one_cell_each_with_its_row_column_and_id_colour() -> None:
    segment = kitty.placeholder_row(0x123456, 2, 4)
    cells = re.findall("\U0010eeee..", segment.text)
    assert "".join(cells) == segment.text and len(cells) == 4
    marks = kitty.DIACRITICS
    assert cells == [f"\U0010eeee{marks[2]}{marks[col]}" for col in range(4)]
    assert cell_len(segment.text) == 4
    assert segment.style is not None
    assert segment.style.color == Color.from_rgb(0x12, 0x34, 0x56)


def test_a_picture_takes_the_cells_its_pixels_fill_at_most_the_box() -> None:
    from reader.ui.widgets.picture_load import Picture

    wide = Picture(400, 100, b"\x10\x20\x30" * 400 * 100)
    ready = encoded(wide, 76, 12)
    assert (ready.cols, ready.rows) == (400 // CELL[0], 100 // CELL[1])
    assert ready.png.startswith(b"\x89PNG")
    assert (encoded(wide, 20, 2).cols, encoded(wide, 20, 2).rows) == (20, 2)
    assert (encoded(Picture(1, 1, b"\0\0\0"), 76, 12).cols, 1) == (1, 1)


@pytest.mark.parametrize(
    ("setting", "environ", "kitty_mode"),
    [
        ("auto", {"KITTY_WINDOW_ID": "1"}, True),
        ("auto", {"TERM": "xterm-kitty"}, True),
        ("auto", {"TERM_PROGRAM": "ghostty"}, True),
        ("auto", {"TERM_PROGRAM": "WezTerm"}, False),  # no placeholders in its releases
        ("auto", {"TERM_PROGRAM": "ghostty", "TMUX": "/tmp/tmux"}, False),
        ("auto", {"KITTY_WINDOW_ID": "1", "STY": "1.pts"}, False),
        ("auto", {"TERM": "xterm-kitty", "ZELLIJ": "0"}, False),
        ("auto", {"TERM": "xterm-256color", "TERM_PROGRAM": "vscode"}, False),
        ("kitty", {}, True),
        ("blocks", {"KITTY_WINDOW_ID": "1"}, False),
    ],
)
def test_the_mode_comes_from_the_setting_and_the_environment(
    setting: str, environ: dict[str, str], kitty_mode: bool
) -> None:
    assert use_kitty(setting, environ) is kitty_mode


def test_auto_is_never_kitty_headless() -> None:
    assert not use_kitty("auto", {"KITTY_WINDOW_ID": "1"}, headless=True)


@pytest.fixture
def written(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """What the app writes to its (headless) driver."""
    out: list[str] = []
    monkeypatch.setattr(HeadlessDriver, "write", lambda self, data: out.append(data))
    return out


@pytest.fixture
def kitty_config(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """``pictures = "kitty"`` in the config; rows kept for pictures."""
    config = tmp_path / "config.toml"
    config.write_text('pictures = "kitty"\n', encoding="utf-8")
    monkeypatch.setenv("READER_CONFIG", str(config))
    monkeypatch.setattr("reader.ui.widgets.pictures.ROWS", 12)


@pytest.fixture
def kitty_app(make_app, httpserver: HTTPServer, kitty_config: None):  # type: ignore[no-untyped-def]
    """A factory: the app on the harbour page of test_pictures.py, its second picture
    ``picture``, pictures forced to the Kitty protocol."""
    return lambda picture: make_app(page(httpserver, picture))


def frame_written(app) -> str:  # type: ignore[no-untyped-def]
    """The whole screen as the app would write it to a terminal (headless writes none)."""
    console = app.console
    console._color_system = ColorSystem.TRUECOLOR  # as kitty says it has (COLORTERM)
    return console._render_buffer(console.render(app.screen._compositor.render_full_update()))


def sent(written: list[str], action: str) -> list[dict[str, str]]:
    """The keys of the graphics commands written that do ``action`` (T: send a picture, d:
    delete one)."""
    found = commands("".join(text for text in written if "\x1b_G" in text))
    return [keys for keys, _ in found if keys.get("a") == action]


def ids(written: list[str], action: str) -> list[int]:
    """The pictures the commands written that do ``action`` are about."""
    return [int(keys["i"]) for keys in sent(written, action)]


@contextlib.asynccontextmanager
async def shown(app, size: tuple[int, int] = (100, 50)):  # type: ignore[no-untyped-def]
    """``app`` running, its pictures done."""
    async with app.run_test(size=size) as pilot:
        await pictures_done(pilot)
        yield pilot


async def test_with_kitty_forced_a_picture_is_sent_once_and_drawn_as_placeholders(
    kitty_app, httpserver: HTTPServer, written: list[str]
) -> None:
    app = kitty_app(png(64, 40))
    async with shown(app) as pilot:
        body = reading(app).body
        rows = body.picture_rows
        assert rows is not None and rows.kitty and not rows.pictures  # no pixels kept
        placed = {url: value for (url, _), value in rows.drawn.items()}
        red = placed[httpserver.url_for("/red.png")]
        assert isinstance(red, Placed) and (red.cols, red.rows) == (6, 2)
        assert ids(written, "T") == [red.image_id]
        assert all(keys["U"] == "1" and keys["f"] == "100" and keys["q"] == "2"
                   for keys in sent(written, "T"))
        await pilot.pause(0.1)
        assert ids(written, "T") == [red.image_id] and len(placed) == 1  # once
        layout = body.layout_rows
        # the rows under the red square's placeholder: two rows of six placeholder cells
        top = layout.texts.index("[image: A red square]") + 1
        strips = [body.render_line(top + i - round(body.scroll_y)) for i in range(3)]
        texts = ["".join(seg.text for seg in strip) for strip in strips]
        marks = kitty.DIACRITICS
        for row in range(2):
            cells = [f"\U0010eeee{marks[row]}{marks[col]}" for col in range(6)]
            assert "".join(cells) in texts[row]
        assert "\U0010eeee" not in texts[2]
        colours = {seg.style.color for strip in strips for seg in strip
                   if "\U0010eeee" in seg.text}
        identity = red.image_id
        assert colours == {Color.from_rgb(identity >> 16, identity >> 8 & 255, identity & 255)}
        assert "▀" not in screen_text(app)
        frame = frame_written(app)  # what the compositor would write: cells and colour kept
        row = "".join(f"\U0010eeee{marks[0]}{marks[col]}" for col in range(6))
        colour = f"38;2;{identity >> 16};{identity >> 8 & 255};{identity & 255}"
        assert re.search(f"{colour}[^\x1b]*m{row}", frame)
    assert ids(written, "d") == [red.image_id]  # on quitting


def two_figures(server: HTTPServer) -> str:
    """An article with a lead picture and two figures far apart in its text; its URL."""
    figure = '<figure><img src="/{0}.png" alt="A {0} square"><figcaption>A {0} square.' \
        "</figcaption></figure>"
    html = ("<html><head><title>The harbour</title></head><body><article><h1>The harbour"
            "</h1>" + "".join(PARAGRAPHS[:2]) + figure.format("lead") + PARAGRAPHS[2]
            + figure.format("red") + "".join(PARAGRAPHS * 2) + figure.format("blue")
            + "".join(PARAGRAPHS) + "</article></body></html>")
    server.expect_request("/story").respond_with_data(html, content_type="text/html")
    for name in ("lead", "red", "blue"):
        server.expect_request(f"/{name}.png").respond_with_data(png(), content_type="image/png")
    return server.url_for("/story")


@pytest.mark.usefixtures("kitty_config")
async def test_a_picture_dropped_from_the_kept_ones_is_deleted_from_the_terminal(
    make_app, httpserver: HTTPServer, written: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("reader.ui.widgets.pictures.KEEP_DRAWN", 1)
    app = make_app(two_figures(httpserver))
    async with app.run_test(size=(100, 16)) as pilot:
        await settle(pilot)
        body = reading(app).body
        for alt in ("A red square", "A blue square"):
            body.scroll_to(y=body.layout_rows.texts.index(f"[image: {alt}]"),
                           animate=False, immediate=True)
            await pilot.pause()
            await pictures_done(pilot)
        started = ids(written, "T")
        assert len(started) == 2 and ids(written, "d") == started[:1]


async def test_auto_in_a_test_terminal_draws_half_blocks_and_sends_nothing(
    make_app, httpserver: HTTPServer, written: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("reader.ui.widgets.pictures.ROWS", 12)
    monkeypatch.setenv("KITTY_WINDOW_ID", "3")  # headless all the same
    app = make_app(page(httpserver, png()))
    async with shown(app):
        assert "▀" in screen_text(app)
        assert "\U0010eeee" not in screen_text(app)
    assert not any("\x1b_G" in text for text in written)


async def test_the_pictures_sent_are_deleted_when_another_article_is_shown(
    kitty_app, written: list[str], tmp_path: Path
) -> None:
    other = tmp_path / "other.txt"
    other.write_text("Another article\n\n" + "Words of another article, no pictures.\n" * 9,
                     encoding="utf-8")
    app = kitty_app(png())
    async with shown(app) as pilot:
        started = ids(written, "T")
        assert len(started) == 1 and not ids(written, "d")
        reading(app).open_source(str(other))
        await settle(pilot)
        await pictures_done(pilot)
        assert reading(app).article.title == "Another article"
        assert ids(written, "d") == started


async def test_at_a_new_width_the_picture_is_sent_again_and_the_old_one_deleted(
    kitty_app, written: list[str]
) -> None:
    app = kitty_app(png(400, 100))
    async with shown(app) as pilot:
        [wide] = sent(written, "T")
        await pilot.resize_terminal(30, 50)
        await pictures_done(pilot)
        [_, narrow] = sent(written, "T")
        assert int(narrow["c"]) < int(wide["c"]) == 40
        assert ids(written, "d") == [int(wide["i"])]
        assert len(reading(app).body.picture_rows.drawn) == 1


async def test_pictures_turned_off_are_deleted_from_the_terminal(
    kitty_app, written: list[str]
) -> None:
    app = kitty_app(png())
    async with shown(app) as pilot:
        started = ids(written, "T")
        await pilot.press("P")
        await pilot.pause()
        assert len(started) == 1 and ids(written, "d") == started
        assert "\U0010eeee" not in "".join(
            seg.text for row in range(50) for seg in reading(app).body.render_line(row))
