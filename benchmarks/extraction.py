"""Extraction quality and speed on the article-extraction benchmark.

Scores (a) readability-lxml alone (``summary(html_partial=True)``, text with block breaks) and
(b) the reader's HTML cleaner (``clean_html`` -> ``assemble`` -> ``Article.text``) with the
benchmark's own convention: ``\\w+`` tokens, 4-token shingles as multisets, per-page tp/fp/fn
normalised to sum 1, precision and recall averaged over pages, F1 of the averages.

Times are the CPU time of this process (``time.process_time``), so other work on the machine
does not count; the two extractors take turns page by page, and each page's time is the
least of ``--repeat`` runs (3 by default: a run slowed by other work on the machine does not
count; one run gave ratios 1.41-1.59 for the same code). ``--wall`` times with the clock.

    python benchmarks/extraction.py [DATA_DIR] [--worst N] [--limit N] [--wall] [--repeat N]
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import statistics
import sys
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from readability import Document  # noqa: E402

from reader.clean.html.blocks import html_to_blocks  # noqa: E402
from reader.clean.html.pipeline import clean_html, parse_html  # noqa: E402
from reader.engine.pipeline import assemble  # noqa: E402

DEFAULT_DATA = ROOT.parent / "shared" / "data" / "article-extraction-benchmark"
_TOKEN = re.compile(r"\w+")

Score = tuple[float, float, float]


def shingles(text: str, size: int = 4) -> Counter[tuple[str, ...]]:
    """The benchmark's multiset of ``size``-token shingles (short texts: one shingle)."""
    tokens = _TOKEN.findall(text or "")
    return Counter(
        tuple(tokens[i : i + size]) for i in range(max(1, len(tokens) - size + 1)) if tokens
    )


def match(true: str, pred: str) -> Score:
    """Normalised (tp, fp, fn) of one page."""
    expected, got = shingles(true), shingles(pred)
    tp = fp = fn = 0.0
    for key in expected.keys() | got.keys():
        t, p = expected.get(key, 0), got.get(key, 0)
        tp += min(t, p)
        fp += max(0, p - t)
        fn += max(0, t - p)
    total = tp + fp + fn
    return (tp / total, fp / total, fn / total) if total else (0.0, 0.0, 0.0)


def precision(tp: float, fp: float, fn: float) -> float:
    if fp == fn == 0:
        return 1.0
    return 0.0 if tp == fp == 0 else tp / (tp + fp)


def recall(tp: float, fp: float, fn: float) -> float:
    if fp == fn == 0:
        return 1.0
    return 0.0 if tp == fn == 0 else tp / (tp + fn)


def metrics(scores: list[Score]) -> tuple[float, float, float]:
    """(F1, precision, recall) the benchmark's way."""
    p = statistics.mean(precision(*s) for s in scores if s[0] + s[1] > 0)
    r = statistics.mean(recall(*s) for s in scores if s[0] + s[2] > 0)
    return (2 * p * r / (p + r) if p + r else 0.0), p, r


def readability_alone(html: str) -> str:
    """readability-lxml's summary, as text with a blank line between blocks."""
    summary = Document(html).summary(html_partial=True)
    blocks = html_to_blocks(parse_html(summary)) if summary.strip() else []
    return "\n\n".join(text for _kind, text, _level in blocks)


def ours(html: str, url: str | None = None) -> str:
    """The reader's cleaner, as the article's text."""
    try:
        return assemble(clean_html(html, url=url)).text
    except Exception as error:  # a failure scores zero, it must not end the run
        print(f"  error: {error}", file=sys.stderr)
        return ""


Clock = Callable[[], float]
Result = tuple[list[Score], list[float]]


def run(
    extractors: list[Callable[[str], str]],
    pages: list[tuple[str, str, str]],
    clock: Clock,
    repeat: int = 1,
) -> list[Result]:
    """Each extractor on each page, taking turns page by page: scores and times (ms, the
    least of ``repeat`` runs)."""
    results: list[Result] = [([], []) for _ in extractors]
    for _page_id, html, truth in pages:
        for extract, (scores, times) in zip(extractors, results, strict=True):
            best = float("inf")
            for _ in range(max(1, repeat)):
                start = clock()
                text = extract(html)
                best = min(best, (clock() - start) * 1000)
            times.append(best)
            scores.append(match(truth, text))
    return results


def load(data: Path, limit: int | None) -> list[tuple[str, str, str]]:
    truth = json.loads((data / "ground-truth.json").read_text(encoding="utf-8"))
    pages = []
    for path in sorted((data / "html").glob("*.html.gz"))[:limit]:
        page_id = path.name.split(".")[0]
        html = gzip.decompress(path.read_bytes()).decode("utf-8", "replace")
        pages.append((page_id, html, truth[page_id].get("articleBody", "")))
    return pages


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", nargs="?", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--worst", type=int, default=0, help="list the N worst pages (ours)")
    parser.add_argument("--limit", type=int, default=None, help="only the first N pages")
    parser.add_argument("--wall", action="store_true", help="wall-clock time, not CPU time")
    parser.add_argument("--repeat", type=int, default=3, help="runs per page (least counts)")
    args = parser.parse_args(argv)
    clock: Clock = time.perf_counter if args.wall else time.process_time
    pages = load(args.data, args.limit)
    # warm up imports and caches on one page, untimed
    readability_alone(pages[0][1])
    ours(pages[0][1])
    (base_scores, base_times), (our_scores, our_times) = run(
        [readability_alone, ours], pages, clock, args.repeat
    )
    print(f"pages: {len(pages)}  ({args.data})  times: {'wall' if args.wall else 'CPU'}")
    for label, scores, times in (
        ("readability-lxml", base_scores, base_times),
        ("reader", our_scores, our_times),
    ):
        f1, p, r = metrics(scores)
        print(
            f"{label:<17} F1={f1:.4f}  precision={p:.4f}  recall={r:.4f}  "
            f"median={statistics.median(times):.1f} ms"
        )
    ratio = statistics.median(our_times) / statistics.median(base_times)
    print(f"time ratio (median reader / median readability): {ratio:.2f}")
    # The same pipeline with only the built-in metadata fallbacks, to show what
    # reader.clean.meta costs on its own.
    import reader.clean.html.pipeline as html_cleaner
    from reader.clean.html.page_meta import fallback_metadata

    real = html_cleaner.page_metadata
    html_cleaner.page_metadata = lambda tree, url, index=None: fallback_metadata(tree)
    try:
        [(_scores, lean_times)] = run([ours], pages, clock, args.repeat)
    finally:
        html_cleaner.page_metadata = real
    lean = statistics.median(lean_times)
    print(
        f"without reader.clean.meta: median={lean:.1f} ms, "
        f"ratio {lean / statistics.median(base_times):.2f}"
    )
    if args.worst:
        ranked = sorted(
            zip(pages, our_scores, base_scores, strict=True),
            key=lambda item: item[1][0],
        )
        print(f"\nworst {args.worst} pages (ours: P R | readability: P R):")
        for (page_id, _html, _truth), mine, theirs in ranked[: args.worst]:
            print(
                f"  {page_id[:16]}  {precision(*mine):.2f} {recall(*mine):.2f} | "
                f"{precision(*theirs):.2f} {recall(*theirs):.2f}"
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
