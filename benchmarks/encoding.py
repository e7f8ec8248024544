"""The cost and the effect of the decoding rules on real pages (the 181-page benchmark and
the WCXB dev pages): CPU time of ``decode_bytes`` with and without the mojibake repair, how
many pages the repair changes, how many a declared legacy charset would have garbled
(valid multi-byte UTF-8 read as UTF-8 instead).

    python benchmarks/encoding.py [--data DIR ...]
"""

from __future__ import annotations

import argparse
import gzip
import statistics
import sys
import time
from pathlib import Path
from unittest import mock

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from reader.sources import decoding  # noqa: E402

DATA = [
    ROOT.parent / "shared" / "data" / "article-extraction-benchmark" / "html",
    ROOT.parent / "shared" / "data" / "wcxb-dev" / "html",
]


def _time(data: bytes, repeat: int = 3) -> tuple[float, str]:
    best, text = float("inf"), ""
    for _ in range(repeat):
        start = time.process_time()
        text, _codec = decoding.decode_bytes(data)
        best = min(best, time.process_time() - start)
    return best * 1000, text


def run(folder: Path) -> None:
    """Print the numbers for one folder of ``*.html.gz`` pages."""
    pages = [gzip.decompress(p.read_bytes()) for p in sorted(folder.glob("*.html.gz"))]
    with_ms, without_ms, changed, overruled = [], [], 0, 0
    for data in pages:
        ms, fixed = _time(data)
        with mock.patch.object(decoding, "repair_mojibake", lambda text: text):
            plain_ms, plain = _time(data)
        with_ms.append(ms)
        without_ms.append(plain_ms)
        changed += fixed != plain
        declared = decoding.declared_in_markup(data)
        if declared and not declared.startswith("utf") and decoding.is_multibyte_utf8(data):
            overruled += 1
    print(f"{folder.parent.name}: {len(pages)} pages")
    print(f"  decode median ms: {statistics.median(without_ms):.3f} without repair, "
          f"{statistics.median(with_ms):.3f} with (total {sum(without_ms):.0f} / "
          f"{sum(with_ms):.0f} ms)")
    print(f"  pages the mojibake repair changed: {changed}")
    print(f"  pages declaring a legacy charset but holding multi-byte UTF-8: {overruled}")


def main() -> int:
    """Run over each data folder given (default: the two benchmark sets)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, nargs="*", default=DATA)
    for folder in parser.parse_args().data:
        if folder.is_dir():
            run(folder)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
