"""The fetch's limits, its cancel option and the errors a local read shares with it.

Light on purpose: reading a local file (the bundled sample, ``reader FILE``) needs these but
none of the network (``ssl``, ``socket``, ``httpx``: ~12 ms), which stays in ``fetch.py``.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from reader import __version__
from reader.core.errors import LoadError

DEFAULT_TIMEOUT = 30.0  # seconds for the whole fetch, redirects and body included
DEFAULT_CONNECT_TIMEOUT = 10.0
DEFAULT_MAX_BYTES = 20 * 1024 * 1024
MAX_REDIRECTS = 10
USER_AGENT = f"article-reader/{__version__} (+terminal reader)"

Cancel = Callable[[], bool] | threading.Event | None


class LoadCancelled(LoadError):
    """The user cancelled the load."""

    def __init__(self) -> None:
        super().__init__("Loading was cancelled.")


def format_size(size: int) -> str:
    """20971520 -> "20 MB"; 1536 -> "1.5 KB"."""
    for unit, scale in (("MB", 1024 * 1024), ("KB", 1024)):
        if size >= scale:
            return f"{size / scale:.1f}".removesuffix(".0") + f" {unit}"
    return f"{size} bytes"


def too_large(size: int, what: str = "The page") -> LoadError:
    """The size-cap error."""
    return LoadError(f"{what} is larger than {format_size(size)}; stopped reading.")


def cancel_check(cancelled: Cancel) -> Callable[[], bool]:
    """A callable for either form of the cancel option."""
    if cancelled is None:
        return lambda: False
    if isinstance(cancelled, threading.Event):
        return cancelled.is_set
    return cancelled
