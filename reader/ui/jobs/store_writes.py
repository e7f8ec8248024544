"""Writes to the library off the UI thread, one after another, in the order they were asked.

A saved book's row is megabytes: deleting it takes its text out of the search index (~0.2 s)
and undoing puts it back in; on the UI thread, the screen froze that long. A write asked
here runs in one thread of its own (so a delete and its undo never cross); a Textual thread
worker waits for it, so ``app.workers`` knows it is running, and hands its result, or its
``StoreError``, back on the UI thread.
"""

from __future__ import annotations

from collections.abc import Callable
from contextlib import suppress
from typing import TYPE_CHECKING, TypeVar

from reader.core.errors import StoreError

if TYPE_CHECKING:
    from concurrent.futures import ThreadPoolExecutor

    from textual.app import App

T = TypeVar("T")


class Writes:
    """The library's writes of one app, run in the order asked."""

    def __init__(self, app: App[object]) -> None:
        self.app = app
        self._pool: ThreadPoolExecutor | None = None

    def run(self, work: Callable[[], T], done: Callable[[T], object],
            failed: Callable[[StoreError], object]) -> None:
        """Run ``work`` after the writes asked before it; then ``done(result)``, or
        ``failed(error)`` for a ``StoreError``, on the UI thread."""
        if self._pool is None:
            from concurrent.futures import ThreadPoolExecutor  # (and queue: not at start)

            self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="reader-write")
        future = self._pool.submit(work)  # (queued now: the order of the keys pressed)

        def wait() -> None:
            try:
                result = future.result()
            except StoreError as error:
                self._back(failed, error)
                return
            self._back(done, result)

        self.app.run_worker(wait, thread=True, group="library-writes", exit_on_error=False,
                            description="write to the library")

    def _back(self, call: Callable[[T], object], value: T) -> None:
        with suppress(RuntimeError):  # (the app has gone)
            self.app.call_from_thread(call, value)

    def close(self) -> None:
        """Finish the writes asked (the app is ending: the store closes next)."""
        if self._pool is not None:
            self._pool.shutdown(wait=True)


__all__ = ["Writes"]
