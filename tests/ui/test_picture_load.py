"""Decoding a picture down to its cells: small whatever the file, hostile files refused
with a short reason, the fetch errors named in a few words."""

from __future__ import annotations

import io
import struct
import zlib
from pathlib import Path

import pytest
from PIL import Image

from reader.core.errors import LoadError
from reader.sources.sniff import refusal
from reader.ui.widgets import picture_load
from reader.ui.widgets.picture_load import Picture, cache_path, decode, load, short_reason
from reader.ui.widgets.pictures import cells


def encoded(size: tuple[int, int], kind: str) -> bytes:
    """A gradient picture of ``size`` as ``kind`` (JPEG, PNG, GIF)."""
    picture = Image.linear_gradient("L").resize(size).convert("RGB")
    data = io.BytesIO()
    picture.save(data, kind)
    return data.getvalue()


def huge_png(width: int, height: int) -> bytes:
    """A PNG that says it is ``width`` x ``height`` (1 bit grey, all zero: a few KB)."""

    def chunk(kind: bytes, body: bytes) -> bytes:
        return (struct.pack(">I", len(body)) + kind + body
                + struct.pack(">I", zlib.crc32(kind + body)))

    raw = (b"\x00" * (1 + (width + 7) // 8)) * height
    header = struct.pack(">IIBBBBB", width, height, 1, 0, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header)
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


@pytest.mark.parametrize("kind", ["JPEG", "PNG", "GIF"])
def test_a_real_size_picture_is_kept_only_at_its_cells_size(kind: str) -> None:
    picture = decode(encoded((1600, 1000), kind), (240, 24))
    assert isinstance(picture, Picture)
    assert (picture.width, picture.height) == (38, 24)  # its shape kept, within the box
    assert picture.size == 38 * 24 * 3


def test_a_small_picture_is_not_enlarged() -> None:
    picture = decode(encoded((8, 6), "PNG"), (240, 24))
    assert isinstance(picture, Picture)
    assert (picture.width, picture.height) == (8, 6)


@pytest.mark.parametrize(
    "data",
    [b"", b"GIF89a", b"<html>not a picture</html>", encoded((64, 64), "PNG")[:80],
     b"\xff\xd8\xff\xe0" + b"\x00" * 64],
    ids=["empty", "gif-head-only", "html", "truncated-png", "jpeg-head-only"],
)
def test_what_is_not_a_picture_says_so(data: bytes) -> None:
    assert decode(data, (240, 24)) == "not a picture"


@pytest.mark.parametrize(("width", "height"), [(5000, 5000), (30000, 30000)])
def test_a_picture_too_large_to_decode_is_refused_before_decoding(
    width: int, height: int
) -> None:
    assert decode(huge_png(width, height), (240, 24)) == "too large to draw"


def test_cells_are_half_blocks_at_most_the_width_and_rows() -> None:
    picture = decode(encoded((1600, 1000), "JPEG"), (240, 24))
    assert isinstance(picture, Picture)
    lines = cells(picture, 20, 12)
    assert 1 <= len(lines) <= 12
    for line in lines:
        assert sum(len(segment.text) for segment in line) <= 20
        assert {char for segment in line for char in segment.text} == {"▀"}


@pytest.mark.parametrize(
    ("message", "reason"),
    [
        ("The server answered 404 Not Found for http://x/a.png.", "not found"),
        ("The server answered 503 Service Unavailable for http://x/a.png.", "HTTP 503"),
        ("The page is larger than 5 MB; stopped reading.", "larger than 5 MB"),
        ("x.org took too long; gave up after 30 s.", "timed out"),
        (refusal("application/msword"), "not a picture"),
        ("Connection refused", "not fetched"),
    ],
)
def test_fetch_errors_become_a_few_words(message: str, reason: str) -> None:
    assert short_reason(LoadError(message)) == reason


def test_a_damaged_cache_file_is_dropped(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    url = "http://127.0.0.1:9/never.png"
    path = cache_path(tmp_path, url)
    path.parent.mkdir(parents=True)
    path.write_bytes(b"not a picture at all")
    monkeypatch.setattr(picture_load, "_fetch", lambda *a, **k: pytest.fail("fetched"))
    assert load(tmp_path, url, (240, 24)) == "not a picture"
    assert not path.exists()


def test_a_picture_has_a_page_s_deadline() -> None:
    from reader.sources.fetch import DEFAULT_TIMEOUT
    from reader.ui.widgets import picture_load

    assert picture_load.TIMEOUT == DEFAULT_TIMEOUT
