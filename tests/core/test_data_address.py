"""Pictures carried in ``data:`` addresses: read within caps, told from placeholders and
tracking pixels by their bytes and the size their header gives."""

from __future__ import annotations

import pytest

from reader.core import data_address
from reader.core.data_address import (
    data_picture,
    embedded_picture,
    in_brief,
    is_placeholder,
    picture_size,
)
from tests.embedded_pictures import EMPTY_SVG, PIXEL_GIF, address, bomb_png, flat, picture


@pytest.mark.parametrize("kind", ["PNG", "JPEG", "GIF", "WEBP"])
def test_the_size_is_read_from_the_header(kind: str) -> None:
    assert picture_size(picture(123, 77, kind)) == (123, 77)


def test_a_picture_is_kept_in_one_form_and_placeholders_are_not_pictures() -> None:
    data = picture()
    spaced = address(data).replace("base64,", "base64, \n").rstrip("=")  # spaces, no padding
    assert embedded_picture(spaced) == address(data)
    assert is_placeholder(f"data:image/gif;base64,{PIXEL_GIF}")  # a tracking pixel
    assert is_placeholder(EMPTY_SVG)  # a lazy loader's empty drawing of the real size
    assert is_placeholder(address(picture(24, 16, "JPEG"), "image/jpeg"))  # a blurred stand-in
    for width, height in ((1920, 1080), (463, 97), (300, 250)):  # a grey box, its size real
        assert is_placeholder(address(flat(width, height)))
    assert not is_placeholder(address(data))


def test_hostile_addresses_are_no_pictures(monkeypatch: pytest.MonkeyPatch) -> None:
    assert data_picture("data:image/png;base64,!!not*base64!!") is None
    assert data_picture("data:text/html;base64,PHNjcmlwdD4=") is None  # not a picture type
    assert data_picture("data:image/png;base64") is None  # no comma, no bytes
    assert is_placeholder(address(bomb_png(60_000, 600)))  # 3.6 billion pixels in 700 bytes
    assert data_picture(address(picture(20, 10))) is not None
    monkeypatch.setattr(data_address, "MAX_ADDRESS", 1000)
    assert data_picture("data:image/png;base64," + "A" * 1200) is None  # over: not decoded
    assert in_brief("data:image/png;base64,!!") == ("data:,", 0)
