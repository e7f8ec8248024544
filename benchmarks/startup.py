"""Cold start to the first screen: the reader on the sample vs a minimal Textual app.

Each run is a fresh Python process that starts the app headless and exits as soon as the
first screen with content has been drawn (the article body for the reader; one line for the
minimal app). Prints each app's median wall time over several runs, and the ratio
(target <= 1.3). Usage: python benchmarks/startup.py [--runs N] [SOURCE]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "reader" / "data" / "obama-mexico-security.txt"

MINIMAL = """
from textual.app import App
from textual.widgets import Static

class Minimal(App):
    def compose(self):
        yield Static("Hello, reader.")

    def on_mount(self):
        self.call_after_refresh(self._done)

    def _done(self):
        import os, sys, time
        print(time.process_time(), file=sys.__stdout__, flush=True)
        os._exit(0)

Minimal().run(headless=True, size=(120, 40))
"""

READER = """
import sys
from reader.ui.app import ReaderApp

class FirstScreen(ReaderApp):
    def on_ready(self):  # (not on_mount: Textual would call ReaderApp.on_mount twice)
        self.set_interval(0.002, self._check)

    def _check(self):
        reading = self.reading
        if reading is not None and reading.article is not None:
            body = reading.body
            if body.layout_rows is not None and body.size.height:
                self.call_after_refresh(self._done)

    def _done(self):
        import os, sys, time
        print(time.process_time(), file=sys.__stdout__, flush=True)
        os._exit(0)  # the first screen is drawn; do not wait for background work

FirstScreen(sys.argv[1], data_dir=sys.argv[2]).run(headless=True, size=(120, 40))
"""


def time_run(code: str, *args: str) -> tuple[float, float]:
    """Wall time and CPU time (all threads) of one fresh interpreter running ``code``."""
    start = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-c", code, *args], check=True, cwd=ROOT,
        stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
    )
    wall = time.perf_counter() - start
    return wall, float(done.stdout.strip().splitlines()[-1])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("source", nargs="?", default=str(SAMPLE))
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as data:
        time_run(MINIMAL)  # warm the file cache and bytecode for both
        time_run(READER, args.source, data)
        minimal, reader = [], []
        for _ in range(args.runs):  # interleaved, so drift affects both alike
            minimal.append(time_run(MINIMAL))
            reader.append(time_run(READER, args.source, data))
    m = statistics.median(w for w, _ in minimal)
    r = statistics.median(w for w, _ in reader)
    mc = statistics.median(c for _, c in minimal)
    rc = statistics.median(c for _, c in reader)
    print(f"runs each: {args.runs} (load average {os.getloadavg()[0]:.1f})")
    print(f"minimal Textual app:  wall median {m * 1000:.0f} ms, CPU median {mc * 1000:.0f} ms")
    print(f"reader on the sample: wall median {r * 1000:.0f} ms, CPU median {rc * 1000:.0f} ms")
    print(f"ratio (wall):         {r / m:.2f}x  (target <= 1.3x)")
    print(f"ratio (CPU):          {rc / mc:.2f}x")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
