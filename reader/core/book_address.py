"""A book's own picture named by its image block: ``book:`` and its path within the book.

An EPUB book's ``<img>`` naming a PNG, JPEG, GIF or WebP in its zip is marked so when the
book is read (``reader.sources.epub_pictures``); its bytes stay in the book, read from the
book's file only when the picture is drawn (``reader.sources.book_picture``). The path is
the zip's (resolved against the chapter, normalised, percent-encoded): never one climbing
out of the book. The dumps write it without ``book:``, a path relative to the book.
"""

from __future__ import annotations

import posixpath
from urllib.parse import quote, unquote

__all__ = ["SCHEME", "book_member", "book_src", "in_brief", "is_book", "within_book"]

SCHEME = "book:"
MAX_PATH = 1000  # characters of a member's path, at most (a zip's names are shorter)


def is_book(address: str | None) -> bool:
    """Whether ``address`` names a book's own picture."""
    return bool(address) and address[:5].lower() == SCHEME  # type: ignore[index]


def book_src(member: str) -> str:
    """The address of the book's member at zip path ``member``."""
    return SCHEME + quote(member, safe="/")


def within_book(path: str) -> str | None:
    """``path`` (a zip path) normalised, or None when it climbs out of the book, is
    absolute, empty, too long or holds a NUL or a backslash."""
    if not path or len(path) > MAX_PATH or "\0" in path or "\\" in path:
        return None
    normal = posixpath.normpath(path)
    if normal.startswith(("../", "/")) or normal in ("..", ".") or normal != path:
        return None
    return normal


def book_member(address: str | None) -> str | None:
    """The zip path a ``book:`` address names; None for another address or a path that
    is not plainly inside the book."""
    if not is_book(address):
        return None
    return within_book(unquote(address[5:]))  # type: ignore[index]


def in_brief(address: str) -> str:
    """A ``book:`` address as the dumps write it: the path relative to the book."""
    return address[5:]
