"""Peak memory of the app on big inputs (issue 11), against the target (<= 400 MB).

For each case (the cases of ``benchmarks/memory.py``: a million short lines, a 20 MB page on
one line, a 20 MB text on one line), a child process runs the real app headless on the file,
waits until the article is drawn and its background work (layout, people, saving) is done,
then reports its own peak RSS and that of its children (the early-load and analysis
processes; each counted on its own, as each is its own process). Both must be <= 400 MB.
Usage: python benchmarks/memory_lines.py [--case NAME]... [--lines N]
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from memory import CASES, TARGET_MB  # (the same inputs as the dump's benchmark)

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


def run_case(path: Path, data: Path) -> tuple[float, float, float, bool]:
    """(app peak MB, largest child peak MB, seconds in the app, shown) for one file."""
    result = subprocess.run(
        [sys.executable, "-c", CHILD, str(path), str(data)],
        capture_output=True, text=True, timeout=900,
    )
    if result.returncode != 0:
        print(result.stderr[-2000:])
        raise SystemExit(1)
    me, kids, seconds, shown = result.stdout.split()[-4:]
    return float(me), float(kids), float(seconds), shown == "True"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--case", action="append", choices=sorted(CASES))
    parser.add_argument("--lines", type=int, default=1_000_000,
                        help="lines of the million_short_lines case")
    args = parser.parse_args()
    failed = False
    with tempfile.TemporaryDirectory(prefix="reader-memory-") as folder:
        for name in args.case or list(CASES):
            if name == "million_short_lines":
                suffix = ".txt"
                lines = ["A text of short lines", ""] + [f"Line {n}." for n in range(args.lines)]
                content = "\n".join(lines) + "\n"
            else:
                suffix, content = CASES[name]()
            path = Path(folder) / f"{name}{suffix}"
            path.write_text(content, encoding="utf-8")
            del content
            size = path.stat().st_size / 1024 / 1024
            began = time.perf_counter()
            me, kids, seconds, shown = run_case(path, Path(folder) / f"data-{name}")
            verdict = "FAILED" if not shown else "ok" if max(me, kids) <= TARGET_MB else "OVER"
            failed |= verdict != "ok"
            print(
                f"{name:22} input {size:5.1f} MB  app peak RSS {me:5.0f} MB, largest child "
                f"{kids:5.0f} MB (target <= {TARGET_MB} each)  shown {shown}  {seconds:5.1f} s "
                f"in the app, {time.perf_counter() - began:5.1f} s in all  {verdict}",
                flush=True,
            )
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
