"""Plain-text documents read whole: licences, READMEs, change logs, notes.

A text file that is its own document (not a page copied from a browser) must come out whole:
the copied-page rules (``reader/clean/text/region.py``) and the furniture rules may cut a
page's menus and footer, never a document's opening lines, sign-off or lists. For every file
(``.gz`` files are unpacked) this reads it as ``NAME.txt`` and compares the words (``\\w+``)
of the reader's title and text with the file's, and prints the documents that lost more than
5% of their words, worst first.

    python benchmarks/plain_documents.py [DIR_OR_FILE ...] [--limit N]

Default: /usr/share/common-licenses and the README/NEWS/*.txt files under /usr/share/doc.
"""

from __future__ import annotations

import argparse
import gzip
import re
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from reader.core.errors import ReaderError  # noqa: E402
from reader.engine.pipeline import detect_kind, extract  # noqa: E402
from reader.sources.load import read_bytes  # noqa: E402

_WORD = re.compile(r"\w+")
LOSS = 0.05


def default_files() -> list[Path]:
    """Licences and package documentation this machine has."""
    files = sorted(Path("/usr/share/common-licenses").glob("*"))
    docs = Path("/usr/share/doc")
    for pattern in ("*/README*", "*/NEWS*", "*/*.txt"):
        files += sorted(docs.glob(pattern))
    return [path for path in files if path.is_file()]


def _files(paths: list[Path]) -> list[Path]:
    found: list[Path] = []
    for path in paths:
        found += sorted(p for p in path.rglob("*") if p.is_file()) if path.is_dir() else [path]
    return found


def _words(text: str) -> Counter[str]:
    return Counter(word.lower() for word in _WORD.findall(text))


def documents(argv: list[str] | None, description: str) -> Iterator[tuple[Path, bytes]]:
    """The command line's files (``[DIR_OR_FILE ...] [--limit N]``, or the default ones)
    and their bytes, ``.gz`` files unpacked."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("paths", nargs="*", type=Path)
    parser.add_argument("--limit", type=int, default=None)
    args = parser.parse_args(argv)
    for path in (_files(args.paths) if args.paths else default_files())[: args.limit]:
        data = path.read_bytes()
        yield path, gzip.decompress(data) if path.suffix == ".gz" else data


def main(argv: list[str] | None = None) -> int:
    """Read every document, print the totals and the ones that lost words."""
    read = kept_total = source_total = 0
    losses: list[tuple[float, str, int, int]] = []
    for path, data in documents(argv, __doc__.splitlines()[0]):
        name = f"{path.stem}.txt"
        try:
            raw = read_bytes(data, name, path=name)
            if detect_kind(raw) != "text":
                continue  # an HTML page: not a plain-text document
            article = extract(raw, people=False)
        except (ReaderError, OSError, EOFError):
            continue  # binary, empty or unreadable: not a document to measure
        source = _words(data.decode("utf-8", "replace"))
        kept = source & _words(f"{article.title}\n{article.text}")
        total, have = sum(source.values()), sum(kept.values())
        if not total:
            continue
        read += 1
        source_total += total
        kept_total += have
        if have < (1 - LOSS) * total:
            losses.append((have / total, str(path), have, total))
    print(
        f"documents: {read}  words kept: {kept_total} of {source_total} "
        f"({kept_total / max(1, source_total):.4f})"
    )
    print(f"documents that lost more than {LOSS:.0%} of their words: {len(losses)}")
    for share, path, have, total in sorted(losses)[:20]:
        print(f"  {share:.3f}  {have:>6} of {total:<6} {path}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
