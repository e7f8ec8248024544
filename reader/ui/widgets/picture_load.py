"""Fetching and decoding a picture, in a loader thread (no Textual here).

A picture is read from the cache (``<data_dir>/images/<sha256 of url>``) or fetched (at most
:data:`MAX_BYTES`, the fetch deadlines of :mod:`reader.sources.fetch`) and cached, then decoded
straight down to the few pixels its cells need: a JPEG with Pillow's ``draft`` (decoded at
1/2 to 1/8 scale), anything else decoded once (one at a time, :data:`_DECODING`) and reduced.
Only that small :class:`Picture` is kept; the bytes and the full-size image are dropped at
once. What cannot be had is a short reason (str) for the placeholder. A picture carried in
its ``data:`` address (a page's, a notebook's) is decoded from it, not fetched; a book's
own picture (``book:``) is read from the book's file (the article's source), not cached.
"""

from __future__ import annotations

import io
import os
import threading
import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType

from reader.core.book_address import is_book
from reader.core.data_address import data_picture, is_data
from reader.core.errors import LoadError
from reader.core.lazy import lazy_re
from reader.sources.sniff import WHAT_IS_READ

MAX_BYTES = 5 * 1024 * 1024
MAX_PIXELS = 4096 * 4096  # decoded (after draft) at most: 64 MB as RGBA, one at a time
FOLDER = "images"
TIMEOUT = 30.0  # seconds for a picture's whole fetch (as a page's DEFAULT_TIMEOUT)
WEB_FORMATS = ("PNG", "JPEG", "GIF", "WEBP")  # what a data: picture is read as
# What a fetched picture is read as: the raster formats browsers show. Pillow reads forty
# more (PCX, Targa, PSD, EPS through Ghostscript ...); a page's bytes never reach those.
FETCHED_FORMATS = (*WEB_FORMATS, "AVIF", "BMP", "ICO")
JPEG_MAGIC = b"\xff\xd8\xff"
_DECODING = threading.Lock()  # one full-size decode in memory at a time
_STATUS = lazy_re(r"answered (\d{3})")


@dataclass(frozen=True)
class Picture:
    """A picture reduced to fit its cells: ``width`` x ``height`` RGB pixels."""

    width: int
    height: int
    pixels: bytes

    @property
    def size(self) -> int:
        """Bytes held."""
        return len(self.pixels)


def cache_path(folder: Path, url: str) -> Path:
    """Where the picture at ``url`` is cached."""
    import hashlib  # (with the first picture, not before the first screen)

    return folder / FOLDER / hashlib.sha256(url.encode("utf-8")).hexdigest()


def short_reason(error: LoadError) -> str:
    """A fetch error as the few words the placeholder shows."""
    message = str(error)
    status = _STATUS.search(message)
    if status:
        return "not found" if status.group(1) in ("404", "410") else f"HTTP {status.group(1)}"
    if "larger than" in message:
        return f"larger than {_size(MAX_BYTES)}"
    if "took too long" in message:
        return "timed out"
    if WHAT_IS_READ in message:
        return "not a picture"
    return "not fetched"


def _cached(path: Path) -> bytes | None:
    try:
        return path.read_bytes() if path.is_file() else None
    except OSError:
        return None


def _fetch(url: str) -> bytes | str:
    try:
        from reader.sources.fetch import fetch  # (not before the first screen)

        return fetch(url, max_bytes=MAX_BYTES, pictures=True, timeout=TIMEOUT).data
    except LoadError as error:
        return short_reason(error)


def _keep(path: Path, data: bytes) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        temporary = path.with_name(f"{path.name}.{threading.get_ident()}.tmp")
        temporary.write_bytes(data)
        os.replace(temporary, path)
    except OSError:
        pass  # drawn all the same, fetched again next time


def decode(
    data: bytes, box: tuple[int, int], formats: tuple[str, ...] | None = None
) -> Picture | str:
    """``data`` decoded and reduced to fit ``box`` pixels (shape kept, never enlarged);
    read only as one of ``formats`` (Pillow's names) when given."""
    from PIL import Image

    if len(data) > MAX_BYTES:
        return f"larger than {_size(MAX_BYTES)}"
    warnings.simplefilter("ignore", Image.DecompressionBombWarning)
    if formats is not None:
        Image.init()  # (a Pillow built without one of them, AVIF before 11.3, skips it)
        formats = tuple(name for name in formats if name in Image.OPEN)
    try:
        with (
            _DECODING,
            _pixel_limit(Image, data.startswith(JPEG_MAGIC)),
            Image.open(io.BytesIO(data), formats=formats) as image,
        ):
            if image.format == "JPEG":
                image.draft("RGB", box)  # decoded at the smallest scale >= the box
            if image.width * image.height > MAX_PIXELS or not image.width or not image.height:
                return "too large to draw"
            image.thumbnail(box, Image.Resampling.BILINEAR, reducing_gap=2.0)
            small = image.convert("RGB")
    except Image.DecompressionBombError:  # says it is bigger than MAX_IMAGE_PIXELS
        return "too large to draw"
    except (OSError, ValueError, SyntaxError):
        return "not a picture"
    return Picture(small.width, small.height, small.tobytes())


@contextmanager
def _pixel_limit(image_module: ModuleType, scaled: bool) -> Iterator[None]:
    """Pillow's own limit on pixels (checked on every image it reads, and an icon reads
    its image as it is opened) lowered to :data:`MAX_PIXELS` while a picture is decoded:
    a file may hold an image larger than it declares (an icon's directory says 16 x 16
    of a PNG of 13,000 x 13,000), which the declared size let past. Not for a JPEG
    (``scaled``): it is measured after ``draft`` has scaled it down, and a photograph
    larger than the limit is drawn."""
    kept = image_module.MAX_IMAGE_PIXELS
    if not scaled:
        image_module.MAX_IMAGE_PIXELS = MAX_PIXELS // 2  # (Pillow refuses past twice it)
    try:
        yield
    finally:
        image_module.MAX_IMAGE_PIXELS = kept


def load(
    folder: Path, url: str, box: tuple[int, int], book: str | None = None
) -> Picture | str:
    """The picture at ``url`` reduced to fit ``box`` (from the cache, else fetched, and
    cached if it is a picture); a short reason when it cannot be had. A picture carried in
    its ``data:`` address is read from it, a book's own from the book read from ``book``
    (the article's source): nothing fetched, nothing cached."""
    if is_data(url):
        return embedded(url, box)
    if is_book(url):
        from reader.sources.book_picture import read_book_picture

        data = read_book_picture(book, url)
        return data if isinstance(data, str) else decode(data, box, WEB_FORMATS)
    path = cache_path(folder, url)
    data = _cached(path)
    fresh = data is None
    if data is None:
        data = _fetch(url)
        if isinstance(data, str):
            return data
    picture = decode(data, box, FETCHED_FORMATS)
    if fresh and isinstance(picture, Picture):
        _keep(path, data)
    elif not fresh and isinstance(picture, str):
        path.unlink(missing_ok=True)  # a damaged cache file: fetched again next time
    return picture


def embedded(address: str, box: tuple[int, int]) -> Picture | str:
    """The picture a ``data:`` address carries, read only as one of the web's raster
    formats (an SVG is not drawn: no drawing of it could be trusted not to fetch)."""
    picture = data_picture(address)
    if picture is None:
        return "not a picture"
    if picture[0] == "image/svg+xml":
        return "SVG not drawn"
    return decode(picture[1], box, WEB_FORMATS)


def _size(size: int) -> str:
    from reader.sources.fetch import format_size

    return format_size(size)
