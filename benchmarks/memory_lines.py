"""Peak memory of the app on a text of a million short lines (target <= 400 MB).

A child process runs the real app headless on a plain-text file of LINES short lines,
waits until the article is drawn and its background work (layout, people, saving) is done,
then reports its own peak RSS and that of its children (the early-load and analysis
processes; each counted on its own, as each is its own process). Usage:
python benchmarks/memory_lines.py [--lines N]
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

CHILD = r"""
import resource, sys, time
from reader.ui.jobs.early import start

source, data = sys.argv[1], sys.argv[2]
early = start(source)
from reader.ui.app import ReaderApp

started = time.perf_counter()
state = {"shown": False, "mode": ""}

class Measured(ReaderApp):
    def on_mount(self) -> None:
        super().on_mount()
        self.set_interval(0.5, self._check)

    def _check(self) -> None:
        reading = self.reading
        busy = [w for w in self.workers if not w.is_finished]
        shown = reading is not None and reading.article is not None
        state["shown"], state["mode"] = shown, reading.mode if reading else "none"
        if (shown and not busy) or reading.mode == "failed" or time.perf_counter() - started > 300:
            self.exit(0)

app = Measured(source, data_dir=data, early=early)
app.run(headless=True, size=(120, 40))
shown = state["shown"] and state["mode"] == "ready"
me = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
kids = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
print(f"{me:.0f} {kids:.0f} {time.perf_counter() - started:.1f} {shown}")
"""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lines", type=int, default=1_000_000)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="reader-memory-"))
    text = folder / "lines.txt"
    with text.open("w", encoding="utf-8") as out:
        out.write("A text of short lines\n\n")
        for n in range(args.lines):
            out.write(f"Line {n}.\n")
    size = text.stat().st_size / 1e6
    began = time.perf_counter()
    result = subprocess.run(
        [sys.executable, "-c", CHILD, str(text), str(folder / "data")],
        capture_output=True, text=True, timeout=600,
    )
    if result.returncode != 0:
        print(result.stderr[-2000:])
        raise SystemExit(1)
    me, kids, seconds, shown = result.stdout.split()[-4:]
    print(f"{args.lines:,} lines ({size:.1f} MB): app peak RSS {me} MB, largest child "
          f"{kids} MB, shown {shown}, {seconds} s in the app, "
          f"{time.perf_counter() - began:.1f} s in all (target <= 400 MB)")


if __name__ == "__main__":
    main()
