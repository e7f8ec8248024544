"""People on real web pages: how many of the names the People panel lists are people.

The labelled news articles (``benchmarks/people.py``) measure names, roles and quotes in
stories. Guides, reviews and documentation pages name products, features, businesses and
places in capitals; this benchmark measures what the panel makes of those. The labels
(``benchmarks/people_page_labels.json``) are two random samples of 150 names that the reader
listed on the WCXB development pages at commit 8ebc8e4 (2026-12-04), each judged by hand
(a person or not): ``tuning`` (seed 7; looked at while writing the rules) and ``check``
(seed 11; labelled after the rules were written, not used to change them).

For each part: precision = labelled people still listed / labelled names still listed;
recall = labelled people still listed / labelled people.

Usage: python benchmarks/people_pages.py [WCXB_DIR]
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
from collections import defaultdict
from multiprocessing import Pool
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from reader.engine.pipeline import extract  # noqa: E402
from reader.sources.load import read_bytes  # noqa: E402

DEFAULT_DATA = ROOT.parent / "shared" / "data" / "wcxb-dev"
LABELS = Path(__file__).with_name("people_page_labels.json")


def _urls(data: Path) -> dict[str, str]:
    with gzip.open(data / "ground-truth.jsonl.gz", "rt", encoding="utf-8") as stream:
        rows = (json.loads(line) for line in stream if line.strip())
        return {row["id"]: row.get("url") or "" for row in rows}


def listed_names(job: tuple[str, str, str]) -> tuple[str, set[str]]:
    """The names the reader lists as people on one page."""
    data, page_id, url = job
    raw_bytes = gzip.decompress((Path(data) / "html" / f"{page_id}.html.gz").read_bytes())
    article = extract(read_bytes(raw_bytes, url, url=url, content_type="text/html"))
    return page_id, {person.name for person in article.people}


def main(argv: list[str] | None = None) -> int:
    """Score the labelled names per part and print precision and recall."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", nargs="?", type=Path, default=DEFAULT_DATA)
    args = parser.parse_args(argv)
    labels = json.loads(LABELS.read_text(encoding="utf-8"))
    urls = _urls(args.data)
    pages = sorted({label["id"] for label in labels})
    with Pool(2) as pool:
        listed = dict(pool.map(listed_names, [(str(args.data), p, urls[p]) for p in pages]))
    counts: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for label in labels:
        row = counts[label["part"]]
        shown = label["name"] in listed[label["id"]]
        row["people" if label["person"] else "others"] += 1
        row["people shown" if label["person"] else "others shown"] += shown
    print(f"{'part':<8}{'names':>7}{'people':>8}{'precision':>11}{'recall':>8}  others left")
    for part in ("tuning", "check"):
        row = counts[part]
        shown = row["people shown"] + row["others shown"]
        precision = row["people shown"] / shown if shown else 0.0
        recall = row["people shown"] / row["people"] if row["people"] else 0.0
        print(
            f"{part:<8}{row['people'] + row['others']:>7}{row['people']:>8}"
            f"{precision:>11.3f}{recall:>8.3f}  {row['others shown']} of {row['others']}"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
