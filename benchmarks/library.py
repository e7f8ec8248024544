"""Library and search speed with 10,000 saved articles (targets: <= 100 ms each).

Usage: python benchmarks/library.py [--articles N] [--data-dir DIR] [--words N]
                                    [--repeat N] [--cli-only]

Generates N articles (about --words words each) in a temporary data folder (or DIR, reused
when it already holds them), then prints, in milliseconds (median of several runs):
the library screen's first page (open the store + list_articles), search in-process, and
`reader search` / `reader library` as a subprocess (wall time, including Python's start).
The subprocess runs take turns with `python -c pass` (--repeat rounds), so a busy machine
slows both alike; each line gives the median wall and CPU time and the ratio to Python's start.
"""

from __future__ import annotations

import argparse
import itertools
import os
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from reader.article.model import Article, build_article
from reader.store import Store

PAGE = 50
TARGET_MS = 100.0


def vocabulary(rng: random.Random, size: int = 20_000) -> list[str]:
    """Made-up words with a Zipf-like frequency (the first words are the common ones)."""
    letters = "abcdefghijklmnopqrstuvwxyz"
    words = ["the", "of", "and", "security", "mexico", "president", "police", "said"]
    while len(words) < size:
        words.append("".join(rng.choice(letters) for _ in range(rng.randint(3, 10))))
    return words


def make_articles(first: int, count: int, words: int) -> list[Article]:
    """Articles number ``first`` to ``first + count - 1`` (the same every run)."""
    rng = random.Random(first)
    vocab = vocabulary(random.Random(7))
    cumulative = list(itertools.accumulate(1 / (rank + 1) for rank in range(len(vocab))))
    articles = []
    for n in range(first, first + count):
        body = rng.choices(vocab, cum_weights=cumulative, k=words)
        paragraphs = [
            " ".join(body[i : i + 80]).capitalize() + "." for i in range(0, len(body), 80)
        ]
        title = " ".join(rng.choices(vocab[:2000], k=6)).title()
        articles.append(
            build_article(
                title=f"{title} {n}",
                blocks=[("paragraph", p) for p in paragraphs],
                authors=[f"Author {rng.randint(1, 500)}"],
                url=f"https://news.example/{n}",
                source=f"https://news.example/{n}",
            )
        )
    return articles


def fill(data_dir: Path, count: int, words: int) -> float:
    """Make sure the store holds ``count`` articles; returns seconds spent generating."""
    with Store.open(data_dir, check=False) as store:
        have = store.count_articles()
        if have >= count:
            return 0.0
        started = time.perf_counter()
        batch = 500
        for first in range(have, count, batch):
            store.save_articles(make_articles(first, min(batch, count - first), words))
        # a few bookmarks too
        sample = store.get_article(store.list_articles(limit=1)[0].id)
        assert sample is not None
        for n in range(0, 2000, 10):
            store.add_bookmark(sample, n, n + 40, note=f"note {n} about security")
        return time.perf_counter() - started


CPU: list[float] = []  # CPU ms of the last median_ms run (this process and its children)


def median_ms(run: Callable[[], object], repeat: int = 7) -> float:
    """Median wall time in ms; the median CPU time goes to ``CPU`` (less hurt by a busy
    machine: other processes take wall time, not our CPU time)."""
    times, cpu = [], []
    for _ in range(repeat):
        before = _cpu_seconds()
        started = time.perf_counter()
        run()
        times.append((time.perf_counter() - started) * 1000)
        cpu.append((_cpu_seconds() - before) * 1000)
    CPU[:] = [statistics.median(cpu)]
    return statistics.median(times)


def _cpu_seconds() -> float:
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def library_first_page(data_dir: Path) -> None:
    with Store.open(data_dir, check=False) as store:
        entries = store.list_articles(limit=PAGE)
        assert len(entries) == PAGE


def search(data_dir: Path, query: str) -> None:
    with Store.open(data_dir, check=False) as store:
        store.search(query)


def library_screen_ms(data_dir: Path, repeat: int = 7) -> float:
    """Open the library screen in the real app (headless): time until it is mounted with its
    list filled and its first frame drawn."""
    import asyncio

    from reader.ui.app import ReaderApp
    from reader.ui.screens.library import LibraryScreen

    async def run() -> float:
        app = ReaderApp(None, data_dir=str(data_dir))
        times, cpu = [], []
        async with app.run_test(size=(120, 40)) as pilot:
            await pilot.pause()
            await app.workers.wait_for_complete()
            for _ in range(repeat):
                if isinstance(app.screen, LibraryScreen):
                    app.pop_screen()
                    await pilot.pause()
                started, cpu_started = time.perf_counter(), time.process_time()
                await app.push_screen(LibraryScreen())  # composed, mounted, list filled
                app.screen._refresh_layout(app.size)  # lay out and draw the first frame
                app.screen._compositor.render_strips()
                assert isinstance(app.screen, LibraryScreen) and len(app.screen.items) > 0
                times.append((time.perf_counter() - started) * 1000)
                cpu.append((time.process_time() - cpu_started) * 1000)
        CPU[:] = [statistics.median(cpu)]
        return statistics.median(times)

    return asyncio.run(run())


def cli(*args: str) -> Callable[[], object]:
    """Run ``reader ARGS``. Bytecode is written (pip does so on install), so the timed runs
    do not compile the sources again when PYTHONDONTWRITEBYTECODE is set here."""
    return command_runner([sys.executable, "-m", "reader", *args])


def command_runner(
    command: list[str], extra_env: dict[str, str] | None = None
) -> Callable[[], object]:
    """A function running ``command`` (once now, as a warm-up) with bytecode written."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env.update(extra_env or {})
    subprocess.run(command, check=True, capture_output=True, env=env)  # warm-up
    return lambda: subprocess.run(command, check=True, capture_output=True, env=env)


def default_folder_env(data_dir: Path, scratch: Path) -> dict[str, str] | None:
    """Environment in which the default data folder (found by platformdirs, as for a user who
    gives no --data-dir) is ``data_dir``: XDG_DATA_HOME with a link. Linux only."""
    if not sys.platform.startswith("linux"):
        return None
    link = scratch / "article-reader"
    if not link.exists():
        link.symlink_to(data_dir.resolve(), target_is_directory=True)
    return {"XDG_DATA_HOME": str(scratch), "READER_HOME": ""}


def subprocess_lines(data_dir: Path, repeat: int) -> None:
    """``reader search``/``reader library`` against ``python -c pass``, runs taking turns."""
    with tempfile.TemporaryDirectory(prefix="reader-xdg-") as scratch:
        _subprocess_lines(data_dir, repeat, default_folder_env(data_dir, Path(scratch)))


def _subprocess_lines(data_dir: Path, repeat: int, default_env: dict[str, str] | None) -> None:
    runs = {
        "python -c pass (interpreter start, for scale)": command_runner(
            [sys.executable, "-c", "pass"]
        ),
        "`reader search security` subprocess": cli(
            "search", "security", "--data-dir", str(data_dir)
        ),
        "`reader search mexico police` subprocess": cli(
            "search", "mexico", "police", "--data-dir", str(data_dir)
        ),
        "`reader library` subprocess": cli("library", "--data-dir", str(data_dir)),
    }
    if default_env is not None:  # no --data-dir: the folder comes from platformdirs
        runs["`reader search security`, default data folder"] = command_runner(
            [sys.executable, "-m", "reader", "search", "security"], default_env
        )
    wall: dict[str, list[float]] = {name: [] for name in runs}
    cpu: dict[str, list[float]] = {name: [] for name in runs}
    for _ in range(repeat):
        for name, run in runs.items():
            before = _cpu_seconds()
            started = time.perf_counter()
            run()
            wall[name].append((time.perf_counter() - started) * 1000)
            cpu[name].append((_cpu_seconds() - before) * 1000)
    base = next(iter(runs))
    start_wall, start_cpu = statistics.median(wall[base]), statistics.median(cpu[base])
    print(f"subprocesses: median of {repeat} runs each, taking turns")
    for name in runs:
        ms, cpu_ms = statistics.median(wall[name]), statistics.median(cpu[name])
        CPU[:] = [cpu_ms]
        line(name, ms, target=None if name == base else TARGET_MS)
        if name != base:
            print(
                f"    = {ms / start_wall:.2f} x Python's start (cpu {cpu_ms / start_cpu:.2f} x), "
                f"{ms - start_wall:.1f} ms beyond it (cpu {cpu_ms - start_cpu:.1f} ms)"
            )


def line(name: str, ms: float, target: float | None = TARGET_MS) -> None:
    verdict = "" if target is None else ("  ok" if ms <= target else "  OVER TARGET")
    cpu = f"  (cpu {CPU[0]:.1f} ms)" if CPU else ""
    CPU.clear()
    print(f"{name:<52} {ms:8.1f} ms{verdict}{cpu}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--words", type=int, default=800)
    parser.add_argument("--data-dir", help="reuse this folder (default: a temporary one)")
    parser.add_argument("--repeat", type=int, default=15, help="subprocess runs of each")
    parser.add_argument("--cli-only", action="store_true", help="only the subprocess lines")
    args = parser.parse_args()
    temp = None
    if args.data_dir:
        data_dir = Path(args.data_dir)
    else:
        temp = tempfile.TemporaryDirectory(prefix="reader-bench-")
        data_dir = Path(temp.name)
    try:
        spent = fill(data_dir, args.articles, args.words)
        size = (data_dir / "reader.db").stat().st_size / 1e6
        print(f"{args.articles} articles of ~{args.words} words in {data_dir} "
              f"({size:.0f} MB; generated in {spent:.1f} s)")
        if args.cli_only:
            subprocess_lines(data_dir, args.repeat)
            return 0
        line("library screen first page (open + list 50)", median_ms(
            lambda: library_first_page(data_dir)))
        with Store.open(data_dir, check=False) as store:
            line("list_articles(limit=50), store open", median_ms(
                lambda: store.list_articles(limit=PAGE)))
            for query in ("security", "mexico police", "qzx", "secur"):
                line(f"search {query!r} in-process, store open", median_ms(
                    lambda q=query: store.search(q)))
        line("library screen in the app (headless, to first frame)",
             library_screen_ms(data_dir))
        line("search 'security' in-process (open + search)", median_ms(
            lambda: search(data_dir, "security")))
        line("store open with integrity quick_check", median_ms(
            lambda: Store.open(data_dir, check=True).close(), repeat=3), target=None)
        subprocess_lines(data_dir, args.repeat)
    finally:
        if temp is not None:
            temp.cleanup()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
