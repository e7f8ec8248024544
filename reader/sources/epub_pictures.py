"""A book's own pictures marked in its chapters: each ``<img>`` naming a PNG, JPEG, GIF or
WebP in the zip gets a ``book:`` address (``reader.core.book_address``), its path within the
book; the picture's bytes stay in the zip, read from the book's file only when drawn.

Only a picture's first bytes are read here (:data:`HEAD` of them, each picture once however
many times the book shows it): the first screen of a book of many figures comes as fast as
of one without. Another ``<img>`` inside the book (a missing file, one that is not a picture)
gets its path within the book all the same, unmarked; one outside it keeps its address.
"""

from __future__ import annotations

import posixpath
import re
from html import escape, unescape

from reader.core.book_address import book_src, within_book
from reader.core.lazy import lazy_re
from reader.sources.epub_package import in_zip
from reader.sources.sniff import sniff_type
from reader.sources.zipped import BROKEN_ZIP, Zipped

__all__ = ["HEAD", "BookPictures"]

HEAD = 16  # bytes read of each picture when the book is read: enough to tell its type
PICTURE_TYPES = frozenset({"image/png", "image/jpeg", "image/gif", "image/webp"})
_IMG_SRC = lazy_re(r"""(<img\b[^<>]*?\ssrc\s*=\s*)(["'])([^"'<>]*)\2""", re.I)


class BookPictures:
    """The pictures of one book, told by their first bytes as its chapters name them."""

    def __init__(self, book: Zipped) -> None:
        self.book = book
        self.told: dict[str, bool] = {}  # zip path -> whether it is a picture

    def marked_in(self, markup: str, chapter: str) -> str:
        """``markup`` of the chapter at zip path ``chapter``, its pictures' addresses
        replaced by their paths within the book (a picture's as a ``book:`` address)."""
        folder = posixpath.dirname(chapter)

        def replace(match: re.Match[str]) -> str:
            path = within_book(in_zip(folder, unescape(match[3])))
            if path is None:
                return match[0]
            src = book_src(path)
            address = src if self._is_picture(path) else src.partition(":")[2]
            return f"{match[1]}{match[2]}{escape(address)}{match[2]}"

        return _IMG_SRC.sub(replace, markup)

    def _is_picture(self, path: str) -> bool:
        if path not in self.told:
            self.told[path] = path in self.book.names and self._head_says(path)
        return self.told[path]

    def _head_says(self, path: str) -> bool:
        try:
            with self.book.zip.open(path) as stream:
                return sniff_type(stream.read(HEAD)) in PICTURE_TYPES
        except BROKEN_ZIP:
            return False
