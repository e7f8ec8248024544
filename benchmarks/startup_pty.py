"""Start to first screen as a person meets it: through a real (pseudo-)terminal.

Each run spawns a fresh process on a pseudo-terminal of 120 x 40 (``pty.fork``) and reads
what it writes until the title's text is drawn (a window title set by an escape sequence
does not count: it comes before the first frame). Time counts from just before
the fork, so interpreter start, every import, Textual's terminal setup and the first frame's
bytes are all in it. Three commands run interleaved, run after run:

- a minimal Textual app (one Static line): the yardstick;
- ``reader --sample``, the README's first command (the bundled sample article);
- ``reader FILE`` on an HTML article with 50 figures and 20 code blocks (tables, lists;
  the page of benchmarks/structure_render.py), its title being the first frame's proof.

Printed: each command's median, spread (min-max) and every run; the ratio of medians to the
minimal app's, against the target (<= 1.3). Also the CPU seconds the started process had
used when the title appeared (from /proc: less disturbed by other work on the machine).

Python writes bytecode caches as it does for a person (``PYTHONDONTWRITEBYTECODE`` is
dropped for the children); they go to a temporary ``PYTHONPYCACHEPREFIX``, written by the
warm-up runs, so the checkout is left alone and both apps read caches alike.
``--no-bytecode-cache`` measures as if every module were compiled at each start.

Usage: python benchmarks/startup_pty.py [--runs N] [--no-bytecode-cache]
"""

from __future__ import annotations

import argparse
import fcntl
import os
import pty
import re
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
sys.path.insert(0, str(ROOT / "benchmarks"))

from structure_render import generate  # noqa: E402  (the 50-figure, 20-code-block page)

SAMPLE_TITLE = b"Obama Sidelines Mexico"
STRUCTURE_TITLE = b"Structure benchmark"
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
TARGET = 1.3
TICKS = os.sysconf("SC_CLK_TCK")
# Operating-system commands (ESC ] ... BEL or ST): the window title is one, and it names the
# article before any frame is drawn. Only text drawn on the screen counts.
OSC = re.compile(rb"\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)")


def cpu_seconds(pid: int) -> float:
    """User + system CPU seconds process ``pid`` has used so far (its own, not children's)."""
    with open(f"/proc/{pid}/stat", encoding="ascii") as stat:
        fields = stat.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / TICKS


def seconds_to(argv: list[str], wanted: bytes, env: dict[str, str]) -> tuple[float, float]:
    """Spawn ``argv`` on a pseudo-terminal; seconds until ``wanted`` is in its output, and
    the CPU seconds the process had used by then."""
    started = time.perf_counter()
    pid, fd = pty.fork()
    if pid == 0:
        os.environ.pop("PYTHONDONTWRITEBYTECODE", None)
        os.environ.update(env)
        os.execv(argv[0], argv)
    fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", 40, 120, 0, 0))
    output = b""
    try:
        while wanted not in OSC.sub(b"", output):
            if time.perf_counter() - started > LIMIT:
                raise RuntimeError(f"{wanted!r} never appeared: {output[-300:]!r}")
            ready, _, _ = select.select([fd], [], [], 0.5)
            if ready:
                output += os.read(fd, 1 << 16)
        elapsed = time.perf_counter() - started
        return elapsed, cpu_seconds(pid)
    finally:
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
        os.close(fd)


def spread(values: list[float]) -> str:
    return f"median {statistics.median(values):.3f} s  spread {min(values):.3f}-{max(values):.3f}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--no-bytecode-cache", action="store_true",
                        help="compile every module at each start (PYTHONDONTWRITEBYTECODE=1)")
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="reader-pty-"))
    page = folder / "structure.html"
    page.write_text(generate(50, 20), encoding="utf-8")
    env = {"TERM": "xterm-256color", "READER_HOME": str(folder / "home"),
           "COLORTERM": "truecolor"}
    if args.no_bytecode_cache:
        env["PYTHONDONTWRITEBYTECODE"] = "1"
    else:
        env["PYTHONPYCACHEPREFIX"] = str(folder / "pycache")
    reader = str(Path(sys.executable).with_name("reader"))
    data = ["--data-dir", str(folder / "data")]
    commands = {
        "minimal Textual app": ([sys.executable, "-c", MINIMAL], HELLO),
        "reader --sample": ([reader, "--sample", *data], SAMPLE_TITLE),
        "reader structure.html": ([reader, str(page), *data], STRUCTURE_TITLE),
    }
    for argv, wanted in commands.values():  # warm-up: bytecode caches, the library's first run
        seconds_to(argv, wanted, env)
        seconds_to(argv, wanted, env)
    times: dict[str, list[float]] = {name: [] for name in commands}
    cpu: dict[str, list[float]] = {name: [] for name in commands}
    for _ in range(args.runs):
        for name, (argv, wanted) in commands.items():
            elapsed, used = seconds_to(argv, wanted, env)
            times[name].append(elapsed)
            cpu[name].append(used)
    caches = "no bytecode caches" if args.no_bytecode_cache else "bytecode caches"
    print(f"{args.runs} interleaved runs, 120x40 pseudo-terminal, {caches}; load average "
          f"{os.getloadavg()[0]:.2f} on {os.cpu_count()} cores")
    for name, values in times.items():
        shown = ", ".join(f"{value:.3f}" for value in values)
        print(f"{name:<22} {spread(values)}  cpu {statistics.median(cpu[name]):.3f} s  "
              f"({shown})")
    base = statistics.median(times["minimal Textual app"])
    failed = 0
    for name in list(commands)[1:]:
        ratio = statistics.median(times[name]) / base
        verdict = "pass" if ratio <= TARGET else "FAIL"
        failed += ratio > TARGET
        print(f"ratio {name:<22} {ratio:.2f} (target <= {TARGET}): {verdict}")
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
