"""Score metadata extraction against hand-labelled pages of the article-extraction benchmark.

Labels (benchmarks/metadata_labels.json) are what a reader sees on each page. Prints per-field
accuracy: title exact (after white-space normalisation), byline (exact set of names), date (same
calendar day), site (case-insensitive), each over the pages whose label has one; separately for
the pages used while tuning and the held-out pages.

    python benchmarks/metadata.py [BENCHMARK_DIR] [--labels FILE] [--verbose]
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
import time
from pathlib import Path

import lxml.html

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from reader.clean.meta import Metadata, extract_metadata

DEFAULT_DIR = (
    Path(__file__).resolve().parents[2] / "shared" / "data" / "article-extraction-benchmark"
)
DEFAULT_LABELS = Path(__file__).resolve().parent / "metadata_labels.json"
FIELDS = ("title", "byline", "date", "site")
TARGETS = {"title": 0.90, "byline": 0.85, "date": 0.95, "site": 0.90}


def _ws(text: str | None) -> str:
    return " ".join((text or "").split())


def score_page(label: dict, found: Metadata) -> dict[str, bool | None]:
    """Per-field hit (True/False), or None where the label has no value for that field."""
    result: dict[str, bool | None] = dict.fromkeys(FIELDS)
    if label.get("title"):
        result["title"] = _ws(label["title"]) == _ws(found.title)
    if label.get("authors"):
        result["byline"] = {_ws(a) for a in label["authors"]} == {_ws(a) for a in found.authors}
    if label.get("published"):
        result["date"] = (found.published or "")[:10] == label["published"][:10]
    if label.get("site"):
        result["site"] = _ws(label["site"]).lower() == _ws(found.site).lower()
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", nargs="?", type=Path, default=DEFAULT_DIR)
    parser.add_argument("--labels", type=Path, default=DEFAULT_LABELS)
    parser.add_argument("--verbose", "-v", action="store_true", help="print misses (tuned pages)")
    parser.add_argument("--show-held-out", action="store_true", help="print held-out misses too")
    args = parser.parse_args(argv)

    labels = json.loads(args.labels.read_text(encoding="utf-8"))
    truth = json.loads((args.data / "ground-truth.json").read_text(encoding="utf-8"))
    groups = {"tuned": dict.fromkeys(FIELDS, (0, 0)), "held out": dict.fromkeys(FIELDS, (0, 0))}
    times = []
    for page_id, label in sorted(labels.items()):
        raw = gzip.decompress((args.data / "html" / f"{page_id}.html.gz").read_bytes())
        url = truth.get(page_id, {}).get("url")
        started = time.perf_counter()
        tree = lxml.html.document_fromstring(raw.decode("utf-8", "replace"))
        found = extract_metadata(tree, url)
        times.append(time.perf_counter() - started)
        group = groups["held out" if label.get("held_out") else "tuned"]
        for name, hit in score_page(label, found).items():
            if hit is None:
                continue
            right, total = group[name]
            group[name] = (right + bool(hit), total + 1)
            shown = args.verbose and (args.show_held_out or not label.get("held_out"))
            if shown and not hit:
                expected = {
                    "title": label.get("title"),
                    "byline": label.get("authors"),
                    "date": label.get("published"),
                    "site": label.get("site"),
                }[name]
                got = {
                    "title": found.title,
                    "byline": found.authors,
                    "date": found.published,
                    "site": found.site,
                }[name]
                print(f"MISS {name:6} {page_id[:8]} want {expected!r} got {got!r}")

    print(f"metadata on {len(labels)} labelled pages ({args.labels.name})")
    print(f"{'':10}" + "".join(f"{name:>16}" for name in FIELDS))
    everything = dict.fromkeys(FIELDS, (0, 0))
    for group_name, group in groups.items():
        cells = []
        for name in FIELDS:
            right, total = group[name]
            all_right, all_total = everything[name]
            everything[name] = (all_right + right, all_total + total)
            cells.append(f"{right / total:.3f} ({right}/{total})" if total else "-")
        print(f"{group_name:10}" + "".join(f"{cell:>16}" for cell in cells))
    cells = [f"{r / t:.3f} ({r}/{t})" if t else "-" for r, t in (everything[n] for n in FIELDS)]
    print(f"{'all':10}" + "".join(f"{cell:>16}" for cell in cells))
    print(f"{'target':10}" + "".join(f"{TARGETS[n]:>16.2f}" for n in FIELDS))
    times.sort()
    print(f"median time per page (parse + metadata): {times[len(times) // 2] * 1000:.1f} ms")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
