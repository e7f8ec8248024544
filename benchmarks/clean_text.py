"""Plain-text cleanup speed on a 3 MB book (PRODUCT.md section 8: first screen within 0.5 s).

Generates a deterministic ~3 MB plain-text book (~20,000 paragraphs: chapters, narration,
dialogue, a few pull-quote-like short paragraphs with name lines) in two layouts: "long" (one
paragraph per line, as copied from a browser) and "wrapped" (hard-wrapped at 72 columns, as in
a text file). Times ``clean_plain_text`` and ``reader.engine.extract(raw, people=False)``
on each (best and median of ``--runs``), then the same for benchmarks/big_text.py's book (when
that file is there) and for the sample article, for scale.
Targets: clean_plain_text <= 0.12 s and extract(people=False) <= 0.2 s for the book.

    python benchmarks/clean_text.py [SAMPLE_OR_TEXT_FILE] [--runs N] [--mb SIZE] [--cpu]
                                   [--profile long|wrapped]
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import textwrap
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from reader.clean.text.pipeline import clean_plain_text  # noqa: E402
from reader.engine.pipeline import extract  # noqa: E402
from reader.sources.load import RawDocument  # noqa: E402

DEFAULT_SAMPLE = ROOT.parent / "shared" / "samples" / "obama-mexico-security.txt"
BUNDLED_SAMPLE = ROOT / "reader" / "data" / "obama-mexico-security.txt"
SEED = 20240611

_WORDS = (
    "the of and to a in that it was he she his her had with for as at on by they were but "
    "not from which this be all would there one when their said who been could what so into "
    "were more some time over then very about only other little upon out up like after than "
    "house river road morning evening letter window garden village winter summer silence "
    "answer question moment reason journey country father mother brother sister friend "
    "stranger captain doctor money promise truth memory courage fortune trouble business "
    "remember believe understand consider perhaps certainly suddenly quietly slowly already "
    "walked looked turned waited listened wondered returned remained followed carried "
    "bright dark cold quiet strange heavy narrow ancient gentle bitter honest careful"
).split()
_NAMES = ("Elinor", "Thomas", "Margaret", "Captain Hale", "Mrs. Abbott", "Dr. Fenwick",
          "Arthur", "Lucy", "Mr. Granger", "Old Simon")
_SPEECH = ("said", "asked", "replied", "cried", "whispered", "answered")


def _sentence(rng: random.Random, low: int = 6, high: int = 24) -> str:
    words = [rng.choice(_WORDS) for _ in range(rng.randint(low, high))]
    if rng.random() < 0.3:
        words.insert(rng.randrange(len(words)), rng.choice(_NAMES))
    text = " ".join(words)
    if rng.random() < 0.25:
        cut = rng.randrange(2, len(words))
        text = " ".join(words[:cut]) + ", " + " ".join(words[cut:])
    return text[0].upper() + text[1:] + rng.choice(".....!?")


def book_paragraphs(size: int = 3_000_000, seed: int = SEED) -> list[str]:
    """Paragraphs of a deterministic book of about ``size`` characters."""
    rng = random.Random(seed)
    paragraphs = ["The Long Road Home", "A Novel", "By Margaret Ellison"]
    total = sum(map(len, paragraphs))
    chapter = 0
    while total < size:
        if chapter == 0 or rng.random() < 0.004:
            chapter += 1
            paragraphs.append(f"Chapter {chapter}")
        roll = rng.random()
        if roll < 0.3:  # dialogue
            line = _sentence(rng, 3, 14).rstrip(".!?")
            text = f"“{line},” {rng.choice(_SPEECH)} {rng.choice(_NAMES)}."
            if rng.random() < 0.5:
                text += " " + _sentence(rng)
        elif roll < 0.33:  # a short line set apart, then a name line (pull-quote shaped)
            quote, name = _sentence(rng, 5, 12), rng.choice(_NAMES)
            style = rng.random()
            if style < 0.4:  # the name on the next line
                text = f"{quote}\n{name}"
            elif style < 0.7:  # a dashed attribution
                text = f"{quote}\n— {name}"
            else:  # after a blank line
                paragraphs.append(quote)
                text = name
        elif roll < 0.35:  # a short list
            text = "\n".join(f"- {_sentence(rng, 3, 8)}" for _ in range(rng.randint(2, 4)))
        else:
            text = " ".join(_sentence(rng) for _ in range(rng.randint(1, 3)))
        paragraphs.append(text)
        total += len(text) + 2
    return paragraphs


def book(layout: str, size: int = 3_000_000, seed: int = SEED) -> str:
    """The book as one string: ``layout`` is "long" (a line per paragraph) or "wrapped"."""
    paragraphs = book_paragraphs(size, seed)
    if layout == "wrapped":
        paragraphs = [
            p if "\n" in p else textwrap.fill(p, 72, break_on_hyphens=False)
            for p in paragraphs
        ]
    return "\n\n".join(paragraphs) + "\n"


CLOCK = time.perf_counter


def timings(func: Callable[[], object], runs: int) -> tuple[float, float]:
    """Best and median time of ``runs`` calls (wall clock, or CPU time with ``--cpu``)."""
    times = []
    for _ in range(runs):
        start = CLOCK()
        func()
        times.append(CLOCK() - start)
    return min(times), statistics.median(times)


def _row(label: str, text: str, runs: int) -> None:
    raw = RawDocument(text=text, source="bench.txt", path="bench.txt")
    clean_best, clean_median = timings(lambda: clean_plain_text(text), runs)
    full_best, full_median = timings(lambda: extract(raw, people=False), runs)
    print(
        f"{label:<22} {len(text) / 1e6:5.2f} MB  clean_plain_text best {clean_best:.3f} s "
        f"median {clean_median:.3f} s | extract(people=False) best {full_best:.3f} s "
        f"median {full_median:.3f} s"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("sample", nargs="?", type=Path)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--mb", type=float, default=3.0, help="book size in MB")
    parser.add_argument("--cpu", action="store_true", help="time CPU, not the wall clock")
    parser.add_argument("--profile", choices=("long", "wrapped"), help="cProfile one layout")
    args = parser.parse_args()
    size = int(args.mb * 1_000_000)
    if args.cpu:
        global CLOCK
        CLOCK = time.process_time
    if args.profile:
        import cProfile
        import pstats

        text = book(args.profile, size)
        raw = RawDocument(text=text, source="bench.txt", path="bench.txt")
        profiler = cProfile.Profile()
        profiler.runcall(extract, raw, people=False)
        pstats.Stats(profiler).sort_stats("cumulative").print_stats(30)
        return 0
    for layout in ("long", "wrapped"):
        text = book(layout, size)
        paragraphs = text.count("\n\n") + 1
        _row(f"book {layout} ({paragraphs} par.)", text, args.runs)
    try:  # the UI benchmark's book (plain paragraphs of the sample's words), for comparison
        sys.path.insert(0, str(ROOT / "benchmarks"))
        from big_text import generate_book
    except ImportError:
        pass
    else:
        _row("big_text.py book", generate_book(size), args.runs)
    sample = args.sample or (DEFAULT_SAMPLE if DEFAULT_SAMPLE.exists() else BUNDLED_SAMPLE)
    _row(f"sample {sample.name[:13]}", sample.read_text(encoding="utf-8"), args.runs)
    print("targets: book clean_plain_text <= 0.120 s, extract(people=False) <= 0.200 s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
