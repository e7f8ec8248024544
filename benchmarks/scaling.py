"""How the reader scales on hostile input: every input kind, many adversarial patterns.

For each kind the reader takes (an HTML page, MHTML, plain text, Markdown, reStructuredText,
an ``.eml`` mail, an RSS or Atom feed, EPUB, ``.docx``, ``.csv``, a Jupyter notebook, a
source file, piped text) and each adversarial pattern (unclosed tags, comments and scripts,
one long line, deep nesting, thousands of siblings, runs of one character, many links,
headings, quotes, names, dates, table cells, entities, MIME parts ...), the input is built at
a size n and 4n and read by the real CLI (``reader dump FILE --format json``, then
``--format markdown``) under a timeout. A tiny copy (n/16) is timed too and its time, the
start-up's, subtracted; times are the command's own CPU time (user and system), so other work
on the machine does not count. Prints the time ratio 4n/n: linear is 4, quadratic 16; a ratio over 8
(confirmed at 16n) or a run over 10 s is flagged. A feed is parsed and its entry read as the
app does (``reader feeds`` fetches it, so no file of it is dumped). The inputs are built by
``benchmarks/scaling_inputs.py``; ``benchmarks/scaling_app.py`` opens them in the app.

Usage: python benchmarks/scaling.py [--quick] [--jobs 2] [--only SUBSTRING] [--keep DIR]
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import threading
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from scaling_inputs import KINDS, Builder

ROOT = Path(__file__).resolve().parents[1]
READER = [sys.executable, "-m", "reader"]
TIMEOUT, FLAG_RATIO, FLAG_SECONDS = 60.0, 8.0, 10.0

FEED_RUN = """
import sys
from pathlib import Path
from reader.engine.pipeline import extract
from reader.feeds.parse import parse_feed
from reader.ui.feeds import entry_document
feed = parse_feed(Path(sys.argv[1]).read_bytes(), "http://127.0.0.1/feed")
for entry in feed.entries[:3]:
    extract(entry_document(entry, entry.link or "http://127.0.0.1/e", entry.content))
"""


def sized(build: Builder, target: int) -> int:
    """The n at which ``build`` makes about ``target`` bytes."""
    probe = 256
    size = len(build(probe))
    return max(16, probe * target // max(size, 1))


def run_once(kind: str, path: Path, form: str) -> float:
    """CPU seconds the real CLI takes on ``path`` (its own, so other work on the machine
    does not count; ``inf`` past the timeout)."""
    if kind == "feed":
        command = [sys.executable, "-c", FEED_RUN, str(path)]
    else:
        command = [*READER, "dump", "-" if kind == "piped" else str(path), "--format", form]
    with path.open("rb") as stdin:
        process = subprocess.Popen(
            command, stdin=stdin, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=ROOT
        )
    timer = threading.Timer(TIMEOUT, process.kill)
    timer.start()
    _, status, usage = os.wait4(process.pid, 0)
    process.returncode = status
    timed_out = not timer.is_alive()
    timer.cancel()
    return float("inf") if timed_out else usage.ru_utime + usage.ru_stime


def measure(
    kind: str, pattern: str, build: Builder, target: int, forms: list[str], folder: Path
) -> list[str]:
    """One row a format: pattern, sizes, net times and their ratio, and a flag."""
    suffix = KINDS[kind][0]
    n = sized(build, target // 8 if suffix in (".epub", ".docx") else target)  # (zipped)
    rows = []
    paths = {}
    for scale in (1 / 16, 1, 4):
        data = build(max(1, int(n * scale)))
        path = folder / f"{kind}-{abs(hash(pattern))}-{scale}{'.txt' if suffix == '-' else suffix}"
        path.write_bytes(data if isinstance(data, bytes) else data.encode())
        paths[scale] = path
    for form in forms:
        if kind == "feed" and form != "json":
            continue
        base, one, four = (run_once(kind, paths[s], form) for s in (1 / 16, 1, 4))
        ratio = max(four - base, 0.02) / max(one - base, 0.02)
        flag = ""
        if four == float("inf") or four > FLAG_SECONDS:
            flag = "SLOW"
        elif ratio > FLAG_RATIO and four - base > 0.3:
            big = build(n * 16)
            paths[16] = folder / f"{kind}-{abs(hash(pattern))}-16{paths[1].suffix}"
            paths[16].write_bytes(big if isinstance(big, bytes) else big.encode())
            sixteen = run_once(kind, paths[16], form)
            again = max(sixteen - base, 0.02) / max(four - base, 0.02)
            flag = f"SUPERLINEAR (16n/4n {again:.1f})" if again > FLAG_RATIO else ""
        size = paths[4].stat().st_size // 1024
        rows.append(
            f"{kind:9} {pattern:22} {form:8} {size:6} KB  n {one - base:6.2f} s  "
            f"4n {four - base:6.2f} s  ratio {ratio:5.1f}  {flag}"
        )
    return rows


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--quick", action="store_true", help="smaller inputs, JSON only")
    parser.add_argument("--jobs", type=int, default=2, help="patterns run at once (at most 2)")
    parser.add_argument("--only", default="", help="only kinds or patterns holding one of: a,b")
    parser.add_argument("--keep", type=Path, help="write the inputs to this folder and keep them")
    parser.add_argument("--size", type=int, default=0, help="bytes of an input at n")
    args = parser.parse_args()
    target = args.size or (40_000 if args.quick else 100_000)
    forms = ["json"] if args.quick else ["json", "markdown"]
    cases = [
        (kind, pattern, build)
        for kind, (_, patterns) in KINDS.items()
        for pattern, build in patterns.items()
        if any(part in f"{kind} {pattern}" for part in args.only.split(","))
    ]
    with tempfile.TemporaryDirectory() as temporary:
        folder = args.keep or Path(temporary)
        folder.mkdir(parents=True, exist_ok=True)
        flagged = 0
        with ThreadPoolExecutor(max(1, min(args.jobs, 2))) as pool:
            jobs = [
                pool.submit(measure, kind, pattern, build, target, forms, folder)
                for kind, pattern, build in cases
            ]
            for job in jobs:
                for row in job.result():
                    flagged += row.rstrip().endswith(("SLOW", ")"))
                    print(row, flush=True)
    print(f"{len(cases)} patterns, {flagged} flagged (ratio 4n/n: linear 4, quadratic 16)")
    return 1 if flagged else 0


if __name__ == "__main__":
    sys.exit(main())
