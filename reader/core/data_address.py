"""A picture carried in its ``data:`` address (``data:image/png;base64,...``), read safely.

The address is hostile: only the picture types below are read, at most :data:`MAX_BYTES`
decoded (the length is checked before decoding), bad base64 is no picture. A picture is
told from a lazy loader's placeholder or a tracking pixel by its bytes and, where its header
says, its size (:func:`is_placeholder`); only headers are read here (no image library).
"""

from __future__ import annotations

import base64
import binascii
import struct
from urllib.parse import unquote_to_bytes

from reader.core.lazy import lazy_re

__all__ = [
    "MAX_ADDRESS",
    "MAX_BYTES",
    "data_picture",
    "embedded_picture",
    "in_brief",
    "is_data",
    "is_placeholder",
    "picture_size",
]

MAX_BYTES = 5 * 1024 * 1024  # decoded, as a fetched picture's cap
MAX_ADDRESS = MAX_BYTES * 4 // 3 + 200  # characters: base64 of MAX_BYTES and its header
MIN_BYTES = 200  # a drawing shorter draws nothing (an empty SVG of a set size: ~100)
MIN_SIDE = 50  # pixels: narrower or shorter is an icon or a blurred stand-in (as pages' <img>)
# pixels a byte, at most: a picture of one colour packs ~250 (a 1920x1080 PNG in 8 KB), ~50
# at a few hundred pixels a side; a photograph ~10, a screenshot or a chart under 30
FLAT_PIXELS = 40
TYPES = frozenset({"image/png", "image/jpeg", "image/jpg", "image/gif", "image/webp",
                   "image/svg+xml"})
_SPACE = lazy_re(r"\s+")
_SVG_SIDE = lazy_re(rb"""\b(width|height)\s*=\s*["']\s*(\d+(?:\.\d+)?)\s*(?:px)?\s*["']""")
_SVG_BOX = lazy_re(rb"""\bviewBox\s*=\s*["'][\d.\s,+-]*?([\d.]+)[\s,]+([\d.]+)\s*["']""")


def is_data(address: str | None) -> bool:
    """Whether ``address`` is a ``data:`` address (any case, spaces before it aside)."""
    return bool(address) and address.lstrip()[:5].lower() == "data:"  # type: ignore[union-attr]


def data_picture(address: str) -> tuple[str, bytes] | None:
    """The picture's type and bytes; None for another type, bad encoding or too many bytes."""
    if not is_data(address) or len(address) > MAX_ADDRESS:
        return None
    head, comma, payload = address.lstrip()[5:].partition(",")
    if not comma:
        return None
    params = [part.strip().lower() for part in head.split(";")]
    kind = params[0]
    if kind not in TYPES:
        return None
    try:
        if "base64" in params[1:]:
            payload = _SPACE.sub("", payload)
            if len(payload) > MAX_ADDRESS:
                return None
            payload += "=" * (-len(payload) % 4)  # (padding left off, as pages often do)
            data = base64.b64decode(unquote_to_bytes(payload), validate=True)
        else:
            data = unquote_to_bytes(payload)
    except (binascii.Error, ValueError):
        return None
    if not data or len(data) > MAX_BYTES:
        return None
    return ("image/jpeg" if kind == "image/jpg" else kind), data


def picture_size(data: bytes) -> tuple[int, int] | None:
    """Width and height as a PNG's, GIF's, JPEG's, WebP's header or an SVG's root says;
    None when it does not say."""
    if data[:8] == b"\x89PNG\r\n\x1a\n" and len(data) >= 24:
        return struct.unpack(">II", data[16:24])
    if data[:6] in (b"GIF87a", b"GIF89a") and len(data) >= 10:
        return struct.unpack("<HH", data[6:10])
    if data[:2] == b"\xff\xd8":
        return _jpeg_size(data)
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return _webp_size(data)
    head = data[:2000]
    if b"<svg" in head:
        sides = dict(_SVG_SIDE.findall(head[head.find(b"<svg"):].split(b">", 1)[0]))
        if b"width" in sides and b"height" in sides:
            return round(float(sides[b"width"])), round(float(sides[b"height"]))
        box = _SVG_BOX.search(head)
        return (round(float(box[1])), round(float(box[2]))) if box else None
    return None


def _jpeg_size(data: bytes) -> tuple[int, int] | None:
    """A JPEG's size from its first frame header (SOF0-15 but DHT, JPG and DAC)."""
    at = 2
    while at + 9 <= len(data):
        if data[at] != 0xFF:
            return None
        marker = data[at + 1]
        if marker == 0xFF:
            at += 1
            continue
        if 0xC0 <= marker <= 0xCF and marker not in (0xC4, 0xC8, 0xCC):
            height, width = struct.unpack(">HH", data[at + 5 : at + 9])
            return width, height
        at += 2 + struct.unpack(">H", data[at + 2 : at + 4])[0]
    return None


def _webp_size(data: bytes) -> tuple[int, int] | None:
    chunk = data[12:16]
    if chunk == b"VP8 " and len(data) >= 30:
        width, height = struct.unpack("<HH", data[26:30])
        return width & 0x3FFF, height & 0x3FFF
    if chunk == b"VP8L" and len(data) >= 25:
        bits = int.from_bytes(data[21:25], "little")
        return (bits & 0x3FFF) + 1, ((bits >> 14) & 0x3FFF) + 1
    if chunk == b"VP8X" and len(data) >= 30:
        return (int.from_bytes(data[24:27], "little") + 1,
                int.from_bytes(data[27:30], "little") + 1)
    return None


def is_placeholder(address: str) -> bool:
    """Whether a ``data:`` address is no picture to show: not one read here, a size under
    :data:`MIN_SIDE` (a tracking pixel, a blurred stand-in for the real picture), one colour
    (a grey box the real picture's size), or an empty drawing (a lazy loader's SVG)."""
    picture = data_picture(address)
    return picture is None or _placeholder(*picture)


def _placeholder(kind: str, data: bytes) -> bool:
    """A picture under :data:`MIN_SIDE`, or of a byte for more than :data:`FLAT_PIXELS`
    pixels (one colour: a lazy loader's grey box of the real picture's size); a drawing (or
    a picture whose header is not read) under :data:`MIN_BYTES`."""
    size = picture_size(data)
    if size is None or kind == "image/svg+xml":
        return len(data) < MIN_BYTES
    return min(size) < MIN_SIDE or len(data) * FLAT_PIXELS < size[0] * size[1]


def embedded_picture(address: str) -> str | None:
    """A ``data:`` picture's address in one form (its bytes base64, no spaces: nothing of
    the page's own text left in it); None for a placeholder or no picture read here."""
    picture = data_picture(address)
    if picture is None or _placeholder(*picture):
        return None
    return f"data:{picture[0]};base64,{base64.b64encode(picture[1]).decode('ascii')}"


def in_brief(address: str) -> tuple[str, int]:
    """A ``data:`` address without its bytes ("data:image/png;base64,": a valid address of
    no bytes that still says the picture's type) and how many bytes it carries (0: none
    readable)."""
    picture = data_picture(address)
    if picture is None:
        return "data:,", 0
    return f"data:{picture[0]};base64,", len(picture[1])
