"""Give the app the keyboard back after standard input was a pipe (``curl URL | reader -``)."""

from __future__ import annotations

import os
import sys

NO_TERMINAL = (
    "There is no terminal to read keys from; use 'reader dump -' to print piped text instead."
)


def reattach_stdin_to_tty() -> bool:
    """Point file descriptor 0 and ``sys.stdin`` at the controlling terminal.

    Call it after the piped input was read to its end, so Textual reads keys from the
    terminal instead of the exhausted pipe. Returns False if there is no terminal (or on
    systems without ``/dev/tty``); standard input is then left as it was.
    """
    if os.name != "posix":
        return False
    try:
        fd = os.open("/dev/tty", os.O_RDWR | getattr(os, "O_NOCTTY", 0))
    except OSError:
        return False
    try:
        if not os.isatty(fd):
            return False
        os.dup2(fd, 0)
    except OSError:
        return False
    finally:
        os.close(fd)
    # A fresh stdin object: the old one may hold the pipe's end-of-file state.
    encoding = getattr(sys.stdin, "encoding", None) or "utf-8"
    stdin = open(0, encoding=encoding, errors="replace", closefd=False)  # noqa: SIM115
    sys.stdin = stdin
    sys.__stdin__ = stdin  # Textual's driver reads sys.__stdin__
    return True
