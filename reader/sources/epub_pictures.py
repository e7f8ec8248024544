"""A book's pictures carried into its page: each ``<img>`` that names a picture in the zip
gets that picture in a ``data:`` address, so the reader draws it from the book's own bytes
(nothing fetched; a book read from the web or the library draws them the same).

Held to limits: a picture over :data:`MAX_PICTURE` unpacked, past :data:`MAX_PICTURES` of
them all told, or not a PNG, JPEG, GIF or WebP (told by its first bytes, not its name) keeps
its address (its placeholder then says it was not fetched); a picture is read once however
many times the book shows it.
"""

from __future__ import annotations

import base64
import posixpath
import re
from html import unescape

from reader.core.data_address import MAX_BYTES
from reader.sources.epub_package import in_zip
from reader.sources.zipped import Zipped

__all__ = ["MAX_PICTURE", "MAX_PICTURES", "BookPictures"]

MAX_PICTURE = MAX_BYTES  # unpacked bytes of one picture, at most
MAX_PICTURES = 24 * 1024 * 1024  # unpacked bytes of all the pictures carried in, at most
_IMG_SRC = re.compile(r"""(<img\b[^<>]*?\ssrc\s*=\s*)(["'])([^"'<>]*)\2""", re.I)
_MAGIC = ((b"\x89PNG\r\n\x1a\n", "image/png"), (b"\xff\xd8\xff", "image/jpeg"),
          (b"GIF87a", "image/gif"), (b"GIF89a", "image/gif"))


def _kind(data: bytes) -> str | None:
    """A picture's type by its first bytes (PNG, JPEG, GIF, WebP), else None."""
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "image/webp"
    return next((kind for magic, kind in _MAGIC if data.startswith(magic)), None)


class BookPictures:
    """The pictures of one book, read from its zip as its chapters name them."""

    def __init__(self, book: Zipped) -> None:
        self.book = book
        self.left = MAX_PICTURES
        self.read: dict[str, str | None] = {}  # zip path -> its data: address (None: not)

    def carried_in(self, markup: str, chapter: str) -> str:
        """``markup`` of the chapter at zip path ``chapter``, its pictures' addresses
        replaced by ``data:`` addresses carrying them."""
        folder = posixpath.dirname(chapter)

        def replace(match: re.Match[str]) -> str:
            address = self._address(in_zip(folder, unescape(match[3])))
            return match[0] if address is None else f"{match[1]}{match[2]}{address}{match[2]}"

        return _IMG_SRC.sub(replace, markup) if "<img" in markup.lower() else markup

    def _address(self, path: str) -> str | None:
        if not path or path not in self.book.names:
            return None
        if path not in self.read:
            self.read[path] = self._load(path)
        return self.read[path]

    def _load(self, path: str) -> str | None:
        try:
            size = self.book.zip.getinfo(path).file_size  # (what its header says...)
        except KeyError:
            return None
        if size > min(MAX_PICTURE, self.left):
            return None
        data = self.book.read_within(path, min(MAX_PICTURE, self.left))  # (... held to)
        kind = _kind(data) if data is not None else None
        if data is None or kind is None:
            return None
        self.left -= len(data)
        return f"data:{kind};base64,{base64.b64encode(data).decode('ascii')}"
