"""The reading screen's loading steps that need no widget: the sentence for a failed load,
and the worker's job (load or take the early load, then count words and wrap the rows)."""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING

from reader.article.model import Article
from reader.core.errors import ReaderError
from reader.ui.jobs.loading import Cancelled, load
from reader.ui.jobs.threads import abandonable
from reader.ui.widgets.body import FIRST_ROWS
from reader.ui.widgets.layout import (
    BIG_TEXT,
    Layout,
    build_layout,
    expect_words,
    reading_minutes,
)

if TYPE_CHECKING:
    from reader.ui.jobs.early import EarlyLoad

COULD_NOT_OPEN = "Could not open"  # the title of a failed open's notice


def error_sentence(error: BaseException, source: str) -> str:
    """A sentence for the user, never an exception name."""
    if isinstance(error, ReaderError):
        message = str(error).strip()
    else:
        message = f"Could not open {source}: something went wrong while reading it."
    if not message.endswith((".", "!", "?")):
        message += "."
    return message


def ignore_outcome(future: asyncio.Future[object]) -> None:
    if not future.cancelled():
        future.exception()  # retrieved, so asyncio does not log it


def load_and_lay_out(
    source: str, document: object, cancelled: threading.Event,
    size: Callable[[], tuple[int, int]], early: EarlyLoad | None = None,
    joined: Callable[[int], object] | None = None,
    opened: Callable[[Article, Layout | None], object] | None = None,
    stored: Callable[[], Article] | None = None,
) -> tuple[Article, Layout | None]:
    """Load in the worker (or take what an ``early`` child process loaded); count the words
    and wrap the rows there too (a book takes a while, and the screen should not wait on it).
    ``size`` asks the UI thread for the body's text width and height: past its first screen,
    the rows stop before code not coloured yet (the rest come after the first frame).
    ``joined(pages)`` hears of a multi-page article joined into one; ``opened(article,
    layout)`` gets a long text's opening, laid out, while the whole is cleaned; ``stored()``
    reads an article back from the library instead."""
    def lay_out_opening(first: Article, words: float) -> None:
        expect_words(first, words)  # (its reading time is the whole's)
        columns, rows = size()
        if opened is not None:
            opened(first, build_layout(first, columns, lex_after=rows) if columns else None)

    def read() -> Article:
        if stored is not None:
            return stored()
        article = early.result(cancelled) if early is not None else None
        if article is None:
            article = load(source, document, cancelled, joined,  # type: ignore[arg-type]
                           lay_out_opening if opened is not None else None)
        return article

    article = abandonable(read, cancelled, "load")  # q never waits for a stalled server
    if cancelled.is_set():
        raise Cancelled
    big = len(article.text) > BIG_TEXT  # a book: its first rows now, the rest once it shows
    if not big:
        reading_minutes(article)
    columns, rows = size()
    if not columns:
        return article, None
    return article, build_layout(article, columns, max_rows=FIRST_ROWS if big else None,
                                 lex_after=rows)
