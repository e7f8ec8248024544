"""``q`` and Ctrl-C end the real ``reader`` promptly in every state, without a
traceback: loading a stalled server, after esc cancelled that load, on the library,
bookmarks and help screens, in the open dialog and the search bar (where q is typed, Ctrl-C
quits). Each case runs the real CLI in a pseudo-terminal."""

from __future__ import annotations

import fcntl
import os
import pty
import select
import signal
import socket
import struct
import sys
import termios
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.raw_http import Handler, RawServer, head, read_request, wait_for_client
from tests.ui.ui_helpers import SAMPLE

# Seconds from the key to the process's end. A hang lasts until the fetch's 30 s timeout; a
# quit takes well under a second, but a two-core machine running tests in parallel has been
# seen to take longer, so the bound leaves room for it without hiding a hang.
QUIT_WITHIN = 3.0
START_WITHIN = 20.0  # seconds for each awaited text (a loaded machine starts slowly)
CTRL_C, ESC = "\x03", "\x1b"


def stall(conn: socket.socket) -> None:
    """Headers, a few bytes, then nothing (the load hangs until its timeout)."""
    read_request(conn)
    conn.sendall(head(Content_Length=10_000) + b"<html><body>")
    wait_for_client(conn, 60)


class Terminal:
    """``reader`` in a pseudo-terminal of 100 x 30."""

    def __init__(self, args: list[str], home: Path) -> None:
        pid, fd = pty.fork()
        if pid == 0:  # the child: the real command
            os.environ.update(TERM="xterm-256color", READER_HOME=str(home))
            os.execv(sys.executable, [sys.executable, "-m", "reader", *args])
        self.pid, self.fd = pid, fd
        fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", 30, 100, 0, 0))
        self.output = b""
        self.status: int | None = None

    def read(self, seconds: float) -> None:
        ready, _, _ = select.select([self.fd], [], [], seconds)
        if ready:
            try:
                self.output += os.read(self.fd, 1 << 16)
            except OSError:  # the child is gone
                time.sleep(seconds)

    def wait_for(self, text: str) -> None:
        deadline = time.monotonic() + START_WITHIN
        while text.encode() not in self.output:
            assert time.monotonic() < deadline, f"{text!r} never shown"
            self.read(0.05)

    def send(self, keys: str) -> None:
        time.sleep(0.3)  # as a person would: the screen settles first
        os.write(self.fd, keys.encode())

    def seconds_to_exit(self, limit: float = 5.0) -> float:
        started = time.monotonic()
        while time.monotonic() - started < limit:
            self.read(0.02)
            done, status = os.waitpid(self.pid, os.WNOHANG)
            if done:
                self.status = status
                for _ in range(5):
                    self.read(0.01)
                return time.monotonic() - started
        return float("inf")

    def close(self) -> None:
        if self.status is None:
            os.kill(self.pid, signal.SIGKILL)
            os.waitpid(self.pid, 0)
        os.close(self.fd)


STALLED = "stalled"
CASES: dict[str, list[tuple[str, str]]] = {
    "q while loading": [("Loading", "q")],
    "Ctrl-C while loading": [("Loading", CTRL_C)],
    "Ctrl-C twice while loading": [("Loading", CTRL_C + CTRL_C)],
    "q after esc cancelled the load": [("Loading", ESC), ("Cancelled", "q")],
    "q on the library": [("Obama", "L"), ("Search saved", "q")],  # (not the key bar's "Library")
    "q on the bookmarks": [("Obama", "B"), ("ookmarks", "q")],
    "q on the help": [("Obama", "?"), ("Keys", "q")],
    "Ctrl-C in the open dialog": [("Obama", "o"), ("URL", "q" + CTRL_C)],
    "Ctrl-C in the search bar": [("Obama", "/"), ("Search", "q" + CTRL_C)],
}


@pytest.mark.parametrize("case", list(CASES))
def test_q_and_ctrl_c_end_the_app_promptly(
    case: str, serve: Callable[[Handler], RawServer], tmp_path: Path
) -> None:
    steps = CASES[case]
    source = serve(stall).url("/slow") if steps[0][0] == "Loading" else str(SAMPLE)
    terminal = Terminal([source, "--data-dir", str(tmp_path / "data")], tmp_path / "home")
    try:
        for shown, keys in steps:
            terminal.wait_for(shown)
            terminal.send(keys)
        seconds = terminal.seconds_to_exit()
        assert seconds <= QUIT_WITHIN, f"{case}: still running {seconds:.2f} s after the key"
        assert terminal.status is not None and os.waitstatus_to_exitcode(terminal.status) in (
            0, 130
        )
        text = terminal.output.decode(errors="replace")
        assert "Traceback" not in text and "Exception ignored" not in text
        assert "KeyboardInterrupt" not in text
    finally:
        terminal.close()
