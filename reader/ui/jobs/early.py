"""Start loading a local file before Textual is even imported, in a forked child process.

Starting the reader takes two jobs: importing and starting Textual, and extracting the
article (importing the cleaners, cleaning). In one process they take turns on the GIL. The
command forks a child first thing (while the process is still small); the child extracts the
article on the other core while this process imports Textual, then sends it back packed
(see ``loading.pack``). Nothing here imports Textual.

Only where forking is safe: Linux, a single thread, a local file. Elsewhere :func:`start`
returns None and the app loads in a worker thread as usual; so it does if anything goes wrong
in the child.
"""

from __future__ import annotations

import os
import pickle
import signal
import sys
import threading
from contextlib import suppress
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from reader.article.model import Article


FIRST_SCREEN_WIDTH = 76  # the usual text width (settings.TEXT_WIDTH)
FIRST_SCREEN_ROWS = 50  # when the terminal's size cannot be read


class EarlyLoad:
    """A child process loading ``source``; :meth:`result` waits for its article."""

    def __init__(self, source: str, pid: int, pipe: int) -> None:
        self.source = source
        self._pid = pid
        self._pipe = pipe
        self._done = False

    def result(self, cancelled: threading.Event | None = None) -> Article | None:
        """The article (raises the child's ``ReaderError``), or None if the child failed."""
        from reader.ui.jobs.loading import Cancelled, unpack

        payload = bytearray()  # (grown in place: no list of chunks and a joined copy)
        try:
            while chunk := os.read(self._pipe, 1 << 20):
                payload += chunk
        except OSError:
            payload = bytearray()
        finally:
            self.close()
        if cancelled is not None and cancelled.is_set():
            raise Cancelled
        try:
            status, value, *more = pickle.loads(payload)
        except Exception:  # the child died or sent something broken: load in a thread
            return None
        del payload
        if status == "error":
            raise value
        if status != "ok":
            return None
        if more:
            from reader.ui.widgets.block_render import take_code_tokens

            take_code_tokens(more[0])
        return unpack(value)

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


def start(source: str | None) -> EarlyLoad | None:
    """Fork a child loading the local file ``source`` where that is safe; else None."""
    if (
        source is None
        or not sys.platform.startswith("linux")
        or not hasattr(os, "fork")
        or threading.active_count() != 1
        or "://" in source
        or not os.path.isfile(os.path.expanduser(source))
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
        _child(source, write)
        os._exit(0)
    os.close(write)
    return EarlyLoad(source, pid, read)


def _shared_imports() -> None:
    """Import what both processes need before forking: the child then has it for nothing,
    and the parent would import it next anyway. For the sample that is ~13 ms of the
    child's ~30 ms of imports (the article's dataclasses with ``inspect`` and ``ast``,
    ``datetime``, the cell widths for the code colours); nothing of Textual."""
    import datetime  # noqa: F401

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


def _child(source: str, pipe: int) -> None:
    try:
        from reader.core.errors import LoadError, ReaderError
        from reader.ui.jobs.loading import load, pack

        try:
            article = load(source)
            payload = pickle.dumps(("ok", pack(article), _code_tokens(article)),
                                   pickle.HIGHEST_PROTOCOL)
        except ReaderError as error:
            try:
                payload = pickle.dumps(("error", error), pickle.HIGHEST_PROTOCOL)
            except Exception:
                payload = pickle.dumps(("error", LoadError(str(error))))
        view = memoryview(payload)
        while view:
            view = view[os.write(pipe, view) :]
    except BaseException:  # (the parent loads in a thread instead)
        pass
