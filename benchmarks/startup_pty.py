"""Start to first screen as a person meets it: through a real (pseudo-)terminal.

Each run spawns a fresh process on a pseudo-terminal of 120 x 40 (``pty.fork``) and reads
what it writes until the title's text appears in the output (the reader: the sample's
title; the minimal Textual app: its one line). Time counts from just before the fork, so
interpreter start, every import, Textual's terminal setup and the first frame's bytes are
all in it. The two apps run interleaved; medians of each, and the ratio (target <= 1.3).

Usage: python benchmarks/startup_pty.py [--runs N]
"""

from __future__ import annotations

import argparse
import fcntl
import os
import pty
import select
import signal
import statistics
import struct
import sys
import tempfile
import termios
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "reader" / "data" / "obama-mexico-security.txt"
TITLE = b"Obama Sidelines Mexico"
HELLO = b"Hello, reader."
MINIMAL = """
from textual.app import App
from textual.widgets import Static

class Minimal(App):
    def compose(self):
        yield Static("Hello, reader.")

Minimal().run()
"""
LIMIT = 30.0  # seconds before a run counts as failed


def seconds_to(argv: list[str], wanted: bytes, env: dict[str, str]) -> float:
    """Spawn ``argv`` on a pseudo-terminal; seconds until ``wanted`` is in its output."""
    started = time.perf_counter()
    pid, fd = pty.fork()
    if pid == 0:
        os.environ.update(env)
        os.execv(argv[0], argv)
    fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", 40, 120, 0, 0))
    output = b""
    try:
        while wanted not in output:
            if time.perf_counter() - started > LIMIT:
                raise RuntimeError(f"{wanted!r} never appeared: {output[-300:]!r}")
            ready, _, _ = select.select([fd], [], [], 0.5)
            if ready:
                output += os.read(fd, 1 << 16)
        return time.perf_counter() - started
    finally:
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
        os.close(fd)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    home = tempfile.mkdtemp(prefix="reader-pty-")
    env = {"TERM": "xterm-256color", "READER_HOME": home, "COLORTERM": "truecolor"}
    minimal = [sys.executable, "-c", MINIMAL]
    reader = [sys.executable, "-m", "reader", str(SAMPLE), "--data-dir", home + "/data"]
    seconds_to(minimal, HELLO, env)  # warm-up: bytecode caches, the library's first run
    seconds_to(reader, TITLE, env)
    times: dict[str, list[float]] = {"minimal Textual app": [], "reader on the sample": []}
    for _ in range(args.runs):
        times["minimal Textual app"].append(seconds_to(minimal, HELLO, env))
        times["reader on the sample"].append(seconds_to(reader, TITLE, env))
    for name, values in times.items():
        shown = ", ".join(f"{value:.3f}" for value in values)
        print(f"{name:<22} median {statistics.median(values):.3f} s   ({shown})")
    ratio = statistics.median(times["reader on the sample"]) / statistics.median(
        times["minimal Textual app"]
    )
    print(f"ratio {ratio:.2f} (target <= 1.3)")


if __name__ == "__main__":
    main()
