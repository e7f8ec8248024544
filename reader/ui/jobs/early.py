"""Start loading a local file before Textual is even imported, in a forked child process.

Starting the reader takes two jobs: importing and starting Textual, and extracting the
article (importing the cleaners, cleaning). In one process they take turns on the GIL. The
command forks a child first thing (while the process is still small); the child extracts the
article on the other core while this process imports Textual, then sends it back packed
(see ``loading.pack``). Nothing here imports Textual.

A long text's opening comes first (``reader.engine.opening``): the child sends the article
made of its first pages as soon as they are cleaned, then the whole. Each message is a
pickle behind its length.

Only where forking is safe: Linux, a single thread, a local file (or a text piped in, read
already). Elsewhere :func:`start`
returns None and the app loads in a worker thread as usual; so it does if anything goes wrong
in the child.
"""

from __future__ import annotations

import gc
import os
import pickle
import signal
import struct
import sys
import threading
from contextlib import suppress
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from reader.article.model import Article
    from reader.sources.load import RawDocument


FIRST_SCREEN_WIDTH = 76  # the usual text width (settings.TEXT_WIDTH)
FIRST_SCREEN_ROWS = 50  # when the terminal's size cannot be read
_LENGTH = struct.Struct("<Q")  # each message's length, before it
_paused = False  # start() turned the cyclic collector off (the app turns it back on)


class EarlyLoad:
    """A child process loading ``source``; :meth:`result` waits for its article."""

    def __init__(self, source: str, pid: int, pipe: int) -> None:
        self.source = source
        self.more = False  # the last result was a long text's opening: the whole comes next
        self._pid = pid
        self._pipe = pipe
        self._done = False

    def result(self, cancelled: threading.Event | None = None) -> Article | None:
        """The next article the child sends (raises the child's ``ReaderError``), or None if
        the child failed. A long text's opening comes first: ``more`` is then True, and the
        next call waits for the whole."""
        from reader.ui.jobs.loading import Cancelled, unpack

        self.more = False
        payload = self._message()
        if cancelled is not None and cancelled.is_set():
            self.cancel()
            self.close()
            raise Cancelled
        try:
            status, value, *more = pickle.loads(payload)
        except Exception:  # the child died or sent something broken: load in a thread
            status, value, more = "failed", None, []
        del payload
        self.more = status == "opening"
        if not self.more:
            self.close()
        if status == "error":
            raise value
        if status not in ("ok", "opening"):
            return None
        if more:
            from reader.ui.widgets.block_render import take_code_tokens

            take_code_tokens(more[0])
        article = unpack(value)
        if len(more) > 1 and more[1] is not None:  # (an opening's reading time: the whole's)
            from reader.ui.widgets.layout import expect_words

            expect_words(article, more[1])
        return article

    def _message(self) -> bytearray:
        """The next message from the child (empty if it sent none, or died sending it)."""
        header = self._read(_LENGTH.size)
        if len(header) < _LENGTH.size:
            return bytearray()
        (length,) = _LENGTH.unpack(header)
        payload = self._read(length)
        return payload if len(payload) == length else bytearray()

    def _read(self, length: int) -> bytearray:
        """Up to ``length`` bytes from the pipe (fewer at its end, none on an error)."""
        payload = bytearray()  # (grown in place: no list of chunks and a joined copy)
        try:
            while len(payload) < length:
                chunk = os.read(self._pipe, min(length - len(payload), 1 << 20))
                if not chunk:
                    break
                payload += chunk
        except OSError:
            return bytearray()
        return payload

    def cancel(self) -> None:
        """Stop the child (esc while loading, or the app quit before using it)."""
        if not self._done:
            with suppress(OSError):
                os.kill(self._pid, signal.SIGKILL)

    def close(self) -> None:
        """Release the pipe and reap the child (safe to call twice)."""
        if self._done:
            return
        self._done = True
        with suppress(OSError):
            os.close(self._pipe)
        with suppress(OSError, ChildProcessError):
            os.waitpid(self._pid, 0)


def start(source: str | None, document: RawDocument | None = None) -> EarlyLoad | None:
    """Fork a child loading the local file ``source`` (or cleaning the ``document`` read
    already: standard input) where that is safe; else None. Either way the cyclic collector
    is paused for the imports that follow (:func:`pause_collector`)."""
    pause_collector()
    if (
        source is None
        or not sys.platform.startswith("linux")
        or not hasattr(os, "fork")
        or threading.active_count() != 1
        or (document is None and not _local_file(source))
    ):
        return None
    _shared_imports()
    try:
        read, write = os.pipe()
    except OSError:
        return None
    try:
        pid = os.fork()
    except OSError:
        os.close(read)
        os.close(write)
        return None
    if pid == 0:  # the child: load, send, leave without the parent's exit handlers
        os.close(read)
        _child(source, write, document)
        os._exit(0)
    os.close(write)
    return EarlyLoad(source, pid, read)


def pause_collector() -> None:
    """Turn the cyclic collector off for the start: the imports (these, Textual's, the
    app's) make ~100,000 long-lived objects and no garbage, and its scans of them cost the
    first screen ~15 ms. The app takes the pause over (:func:`take_pause`) and turns the
    collector back on after its first screen (``reader.ui.app.hold_gc``)."""
    global _paused
    if gc.isenabled():
        gc.disable()
        _paused = True


def take_pause() -> bool:
    """True (once) if :func:`pause_collector` turned the collector off: the caller turns it
    back on."""
    global _paused
    paused, _paused = _paused, False
    return paused


def _local_file(source: str) -> bool:
    """``source`` names a file on this machine (not a URL, a folder or nothing)."""
    return "://" not in source and os.path.isfile(os.path.expanduser(source))


def _shared_imports() -> None:
    """Import what both processes need before forking: the child then has it for nothing,
    and the parent would import it next anyway (the article's dataclasses with ``inspect``
    and ``ast``, ``datetime``, the cell widths for the code colours, the sanitizer; their
    patterns are compiled on first use, ``reader.core.lazy``); nothing of Textual."""
    import datetime  # noqa: F401

    import reader.core.sanitize
    import reader.core.web_address
    import reader.ui.jobs.loading
    import reader.ui.widgets.layout  # noqa: F401  (and the code colours' block_render)


def _code_tokens(article: Article) -> list[object]:
    """The colours of the code blocks on the first screen, worked out here rather than in
    the app (making a lexer takes 10-40 ms a language, and the first screen would wait);
    none on error. The first screen is guessed: the terminal's rows at the usual width, with
    pictures; the app colours the rest after its first frame."""
    if not any(block.type == "code" for block in article.blocks):
        return []  # (most articles: no first screen to lay out here)
    try:
        from reader.ui.widgets.block_render import first_code_tokens
        from reader.ui.widgets.layout import PICTURE_ROWS, build_layout

        try:
            rows = os.get_terminal_size(sys.__stdout__.fileno()).lines
        except (AttributeError, OSError, ValueError):
            rows = FIRST_SCREEN_ROWS
        screen = build_layout(article, FIRST_SCREEN_WIDTH, max_rows=rows,
                              pictures=PICTURE_ROWS)
        return list(first_code_tokens(article, len(screen.block_rows)))
    except Exception:
        return []


def _words(article: Article) -> int | None:
    """The words of ``article``, counted here for its reading time (the app's loader would
    count them on the first screen's path); None for a long text (counted after it shows)."""
    from reader.article.model import count_words
    from reader.ui.widgets.layout import BIG_TEXT

    return count_words(article.text) if len(article.text) <= BIG_TEXT else None


def _child(source: str, pipe: int, document: RawDocument | None = None) -> None:
    try:
        from reader.core.errors import LoadError, ReaderError
        from reader.sources.load import load_source
        from reader.ui.jobs.loading import hand_opening, load, pack

        if take_pause():  # (imported: a long text's cleaning makes garbage)
            gc.freeze()
            gc.enable()

        def send_opening(first: Article, words: float) -> None:
            _send(pipe, pickle.dumps(("opening", pack(first), _code_tokens(first), words),
                                     pickle.HIGHEST_PROTOCOL))

        try:
            document = document or load_source(source)
            hand_opening(document, send_opening)  # a long text: its first pages, then the whole
            article = load(source, document)
            del document
            payload = pickle.dumps(("ok", pack(article), _code_tokens(article),
                                    _words(article)), pickle.HIGHEST_PROTOCOL)
        except ReaderError as error:
            try:
                payload = pickle.dumps(("error", error), pickle.HIGHEST_PROTOCOL)
            except Exception:
                payload = pickle.dumps(("error", LoadError(str(error))))
        _send(pipe, payload)
    except BaseException:  # (the parent loads in a thread instead)
        pass


def _send(pipe: int, payload: bytes) -> None:
    """Write one message: its length, then itself."""
    for part in (_LENGTH.pack(len(payload)), payload):
        view = memoryview(part)
        while view:
            view = view[os.write(pipe, view) :]
