"""Cold start to the first screen: the reader on the sample vs a minimal Textual app.

Each run is a fresh Python process that starts the app headless. The moment is the first
frame Textual hands to its output that shows the content: one line for the minimal app; for
the reader, the reading screen with the article laid out in the body. The child prints the
wall clock at that frame, then checks the frame really shows the content (for the reader: the
title and the opening words of the first paragraph), then exits. Wall time counts from just
before the process is spawned, so interpreter start and every import are in it.

Prints each app's median over several interleaved runs (and CPU time at that frame: the
process's, all threads, plus the child that `reader SOURCE` forks to extract the article on
another core while Textual starts; see reader/ui/early.py) and the ratio (target <= 1.3).
Python writes its bytecode cache on the warm-up run even if PYTHONDONTWRITEBYTECODE is set
here (an installed app has its .pyc files).
Usage: python benchmarks/startup.py [--runs N] [SOURCE]
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

# Both children report: wall clock at the frame, process CPU at the frame, "ok" or what is
# missing from the frame.
MINIMAL = """
import os, sys, time
from textual.app import App
from textual.widgets import Static

class Minimal(App):
    def compose(self):
        yield Static("Hello, reader.")

    def _display(self, screen, renderable):
        super()._display(screen, renderable)
        if renderable is not None and not self._batch_count and self.screen.children:
            wall, cpu = time.time(), time.process_time()
            text = "\\n".join(s.text for s in self.screen._compositor.render_strips())
            shown = "ok" if "Hello, reader." in text else "missing"
            print(wall, cpu, shown, file=sys.__stdout__, flush=True)
            os._exit(0)

Minimal().run(headless=True, size=(120, 40))
"""

READER = """
import os, sys, time
from reader.ui.jobs.early import start  # as `reader SOURCE` does (reader/cli.py), before Textual

early = start(sys.argv[1])
from reader.ui.app import ReaderApp

class FirstScreen(ReaderApp):
    def _display(self, screen, renderable):
        super()._display(screen, renderable)
        reading = self.reading
        if (
            renderable is None or self._batch_count or reading is None
            or screen is not reading or reading.article is None
        ):
            return
        body = reading.body
        if body.layout_rows is None or not body.size.height:
            return
        import resource
        wall, cpu = time.time(), time.process_time()
        child = resource.getrusage(resource.RUSAGE_CHILDREN)  # the early-load child, reaped
        cpu += child.ru_utime + child.ru_stime
        text = " ".join("\\n".join(s.text for s in screen._compositor.render_strips()).split())
        article = reading.article
        wanted = [article.title[:40], " ".join(article.blocks[0].text.split()[:4])]
        missing = [w for w in wanted if " ".join(w.split()) not in text]
        print(wall, cpu, "ok" if not missing else "missing:" + "|".join(missing),
              file=sys.__stdout__, flush=True)
        os._exit(0)  # the first screen is drawn; do not wait for background work

FirstScreen(sys.argv[1], data_dir=sys.argv[2], early=early).run(headless=True, size=(120, 40))
"""


def time_run(code: str, *args: str) -> tuple[float, float]:
    """Wall time to the first frame with content, and CPU time then, of a fresh interpreter."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    start = time.time()
    done = subprocess.run(
        [sys.executable, "-c", code, *args], check=True, cwd=ROOT, env=env,
        stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
    )
    wall, cpu, shown = done.stdout.strip().splitlines()[-1].split(" ", 2)
    if shown != "ok":
        raise SystemExit(f"the first frame does not show the content ({shown})")
    return float(wall) - start, float(cpu)


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
