"""Pictures made for the tests of pictures carried in ``data:`` addresses (pages, notebooks,
Markdown): real PNGs, JPEGs, GIFs and WebPs, and a PNG whose header claims a huge size."""

from __future__ import annotations

import base64
import io
import random
import struct
import zlib

from PIL import Image

PIXEL_GIF = "R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7"  # the 1x1 tracking GIF
EMPTY_SVG = ("data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' "
             "viewBox='0 0 800 600'%3E%3C/svg%3E")  # a lazy loader's stand-in


def picture(width: int = 120, height: int = 80, kind: str = "PNG") -> bytes:
    """A gradient ``width`` x ``height`` with a photograph's grain, in ``kind`` (Pillow's
    format name)."""
    grain = random.Random(width * height)
    image = Image.new("RGB", (width, height))
    image.putdata([(x * 2 % 256, y * 3 % 256, grain.randrange(60, 120))
                   for y in range(height) for x in range(width)])
    out = io.BytesIO()
    image.save(out, kind)
    return out.getvalue()


def flat(width: int, height: int, kind: str = "PNG") -> bytes:
    """A picture of one grey, as lazy loaders put the real picture's size in ``src``."""
    out = io.BytesIO()
    Image.new("RGB", (width, height), (220, 220, 220)).save(out, kind)
    return out.getvalue()


def address(data: bytes, kind: str = "image/png") -> str:
    """``data`` in a ``data:`` address."""
    return f"data:{kind};base64,{base64.b64encode(data).decode('ascii')}"


def bomb_png(side: int = 5000, filler: int = 700_000) -> bytes:
    """A PNG whose header says ``side`` x ``side`` pixels (25 million: 100 MB decoded), its
    data ``filler`` bytes of noise (as many as a real picture that size might have)."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    header = struct.pack(">IIBBBBB", side, side, 8, 2, 0, 0, 0)
    rows = zlib.compress(random.Random(side).randbytes(filler))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", rows)
            + chunk(b"IEND", b""))


STORY = "".join(
    f"<p>Paragraph {n} of the story of the harbour, where the boats sat low in the water and "
    f"the fishermen mended their nets along the old stone quay for hours.</p>"
    for n in ("one", "two", "three", "four", "five")
)


SVG = (  # a drawing that would run a script and fetch a picture if it were ever run
    '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" '
    'width="300" height="200"><script>fetch("http://127.0.0.1:9/stolen")</script>'
    '<image xlink:href="http://127.0.0.1:9/tracker.png" width="300" height="200"/>'
    '<circle cx="150" cy="100" r="80" fill="teal"/><circle cx="150" cy="100" r="40"/></svg>'
)


def page(figures: str) -> str:
    """An article: a heading, the story, ``figures``, the story again."""
    return (
        "<html><head><title>The harbour</title></head><body><article><h1>The harbour</h1>"
        + STORY + figures + STORY.replace("Paragraph", "Part") + "</article></body></html>"
    )
