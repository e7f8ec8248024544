"""Work that may block for long (a stalled server, a child process) run so that quitting
never waits for it: in a daemon thread, abandoned as soon as the job is cancelled.

Textual's thread workers run in an executor whose threads the interpreter joins at exit: a
fetch blocked on a silent server kept the process alive after ``q`` until its timeout. The
worker now only waits for the daemon thread, and stops waiting when ``cancelled`` is set
(esc, another article, or the screen going away).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import TypeVar

from reader.ui.jobs.loading import Cancelled

T = TypeVar("T")
POLL = 0.05  # seconds between looks at the cancel flag


def abandonable(work: Callable[[], T], cancelled: threading.Event, name: str = "job") -> T:
    """``work()`` in a daemon thread: its result (or its exception), or :class:`Cancelled`
    within ``POLL`` seconds of ``cancelled`` being set (the thread is left behind, and
    dies with the process)."""
    outcome: list[tuple[bool, object]] = []
    done = threading.Event()

    def run() -> None:
        try:
            outcome.append((True, work()))
        except BaseException as error:  # handed to the waiting worker, raised there
            outcome.append((False, error))
        finally:
            done.set()

    threading.Thread(target=run, name=f"reader-{name}", daemon=True).start()
    while not done.wait(POLL):
        if cancelled.is_set():
            raise Cancelled
    ok, value = outcome[0]
    if not ok:
        raise value  # type: ignore[misc]
    return value  # type: ignore[return-value]
