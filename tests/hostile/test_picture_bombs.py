"""A picture that says it is small and is not: an icon (``.ico``) whose header says 16 x 16
and whose image inside is a PNG of 13,000 x 13,000 (a few MB, all zeros). The size it
declares passed the loader's check; decoding it took 670 MB and six seconds. It must be
refused before it is decoded, within the memory a picture may take."""

from __future__ import annotations

import resource
import struct
import subprocess
import sys
import zlib
from pathlib import Path

SIDE = 13_000  # pixels: under Pillow's own limit (178 million), 676 MB as RGBA
MEMORY = 450 * 2**20  # bytes of address space the decoding process may take


def _chunk(kind: bytes, body: bytes) -> bytes:
    return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))


def zero_png(side: int) -> bytes:
    """A square RGBA PNG of ``side`` pixels, all zero (compressed a row at a time)."""
    packer = zlib.compressobj(9)
    row = b"\x00" * (1 + 4 * side)
    data = b"".join(packer.compress(row) for _ in range(side)) + packer.flush()
    header = struct.pack(">IIBBBBB", side, side, 8, 6, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + _chunk(b"IHDR", header) + _chunk(b"IDAT", data)
            + _chunk(b"IEND", b""))


def icon_holding(png: bytes, declared: int = 16) -> bytes:
    """An icon file of one image, ``png``, whose directory says it is ``declared`` pixels."""
    directory = struct.pack("<HHH", 0, 1, 1)
    entry = struct.pack("<BBBBHHII", declared, declared, 0, 0, 1, 32, len(png), 6 + 16)
    return directory + entry + png


DECODE = (
    "import sys\n"
    "from reader.ui.widgets.picture_load import FETCHED_FORMATS, decode\n"
    "with open(sys.argv[1], 'rb') as file:\n"
    "    print(decode(file.read(), (240, 48), FETCHED_FORMATS))\n"
)


def _bounded() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY, MEMORY))


def test_an_icon_hiding_a_huge_picture_is_refused_in_little_memory(tmp_path: Path) -> None:
    path = tmp_path / "favicon.ico"
    path.write_bytes(icon_holding(zero_png(SIDE)))
    result = subprocess.run(
        [sys.executable, "-W", "ignore", "-c", DECODE, str(path)],
        capture_output=True, text=True, timeout=60, preexec_fn=_bounded,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.strip() == "too large to draw"


def test_honest_pictures_are_drawn(tmp_path: Path) -> None:
    """The bound refuses no honest icon, nor a PNG of a few megapixels, nor a photograph
    larger than the bound (a JPEG is decoded scaled down)."""
    import io

    from PIL import Image

    from reader.ui.widgets.picture_load import FETCHED_FORMATS, MAX_PIXELS, Picture, decode

    photo = io.BytesIO()
    Image.new("RGB", (6000, 4000), "navy").save(photo, "JPEG")
    assert MAX_PIXELS < 6000 * 4000
    for data in (
        icon_holding(zero_png(48), declared=48), zero_png(3000), photo.getvalue()
    ):
        picture = decode(data, (240, 48), FETCHED_FORMATS)
        assert isinstance(picture, Picture) and picture.height == 48
