"""The reader's own exceptions. Each message is one clear sentence for the user."""

from __future__ import annotations


class ReaderError(Exception):
    """Base of every error the reader reports to the user (never shown as a traceback)."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


class LoadError(ReaderError):
    """The source could not be read or fetched, or is of a type we do not read."""


class IsAFeed(LoadError):
    """The source is a news feed, not an article (its entries are: subscribe to it)."""


class IsMedia(LoadError):
    """The server answered with audio or video (``mime``), not a page: the system's player
    plays it. Its body is never read. ``article``: what to show meanwhile, if anything (a
    feed entry's own text, the file a line atop it)."""

    def __init__(self, message: str, mime: str = "") -> None:  # (a default: unpickled)
        super().__init__(message)
        self.mime = mime
        self.article: object | None = None


class StoreError(ReaderError):
    """The library or bookmarks database could not be read or written."""
