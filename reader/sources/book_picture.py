"""A book's own picture read from the book's file when it is drawn (in a loader thread).

The ``book:`` address (``reader.core.book_address``) names a file in the zip; the zip is the
article's source, a local file. Only that one file is read, through ``Zipped`` (unpacked in
memory a chunk at a time, given up past :data:`MAX_BYTES`: a decompression bomb stops
there); nothing is ever written to disk, so a name with ``..`` or an absolute one reaches
nothing. A book file gone (moved, deleted: the article opened from the library), larger
than a book is read, damaged, or without that file is a short reason for the picture's
placeholder.
"""

from __future__ import annotations

from pathlib import Path
from urllib.parse import unquote, urlsplit

from reader.core.book_address import book_member
from reader.core.data_address import MAX_BYTES
from reader.core.errors import LoadError
from reader.sources.limits import DEFAULT_MAX_BYTES, format_size
from reader.sources.zipped import Bounds, Zipped

__all__ = ["GONE", "MAX_BYTES", "book_file", "read_book_picture"]

GONE = "book file not found"
MAX_ENTRIES = 10_000  # files in the zip, at most (as when the book was read)
_BOUNDS = Bounds(entries=MAX_ENTRIES, unpacked=MAX_BYTES, damaged="not read from the book",
                 too_many="not read from the book",
                 too_large=f"larger than {format_size(MAX_BYTES)}")


def book_file(source: str | None) -> Path | None:
    """The local file an article was read from (a path, or a ``file:`` URL); else None."""
    if not source or source == "-":
        return None
    if source[:5].lower() == "file:":
        parts = urlsplit(source)
        return Path(unquote(parts.path)) if parts.netloc in ("", "localhost") else None
    if "://" in source:
        return None
    return Path(source)


def read_book_picture(source: str | None, address: str) -> bytes | str:
    """The bytes of the picture ``address`` names in the book read from ``source``, at
    most :data:`MAX_BYTES` of them; else a short reason."""
    member = book_member(address)
    if member is None:
        return "not in the book"
    path = book_file(source)
    try:
        if path is None or not path.is_file():
            return GONE
        if path.stat().st_size > DEFAULT_MAX_BYTES:
            return f"book larger than {format_size(DEFAULT_MAX_BYTES)}"
        with Zipped(path, _BOUNDS) as book:
            if member not in book.names:
                return "not in the book"
            return book.read(member)
    except OSError:
        return _BOUNDS.damaged
    except LoadError as error:
        return str(error)
