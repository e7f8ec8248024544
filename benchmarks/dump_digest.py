"""One digest of the reader's JSON dumps over a folder of pages, to prove a change keeps
every output byte for byte (a speed-up must print the same digest before and after).

Each ``html/*.html.gz`` page (or ``*.html``) is decoded as ``reader dump`` decodes a page
(``read_bytes`` as text/html, with the page's URL when ``ground-truth.jsonl.gz`` or
``ground-truth.json`` gives one), extracted with people and quotations, and dumped with
``to_json``; a page that raises dumps as its error's type. Prints the SHA-256 of all the
per-page digests in order; ``--pages FILE`` writes ``id digest`` a line, to compare two runs
with ``diff``.

    python benchmarks/dump_digest.py DATA_DIR [--pages FILE] [--limit N] [--jobs 2]
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import sys
from multiprocessing import Pool
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from reader.article.dump import to_json  # noqa: E402
from reader.engine.pipeline import extract  # noqa: E402
from reader.sources.load import read_bytes  # noqa: E402


def page_urls(data: Path) -> dict[str, str]:
    """Each page's URL, from the folder's ground truth (WCXB's JSON Lines or a JSON object)."""
    lines = data / "ground-truth.jsonl.gz"
    if lines.exists():
        with gzip.open(lines, "rt", encoding="utf-8") as stream:
            records = [json.loads(line) for line in stream if line.strip()]
        return {record["id"]: record.get("url") or "" for record in records}
    whole = data / "ground-truth.json"
    if whole.exists():
        truth = json.loads(whole.read_text(encoding="utf-8"))
        return {key: value.get("url") or "" for key, value in truth.items()}
    return {}


def page_files(data: Path, limit: int | None) -> list[Path]:
    """The folder's ``html/`` pages, else every page under it (in its subfolders too)."""
    if (data / "html").is_dir():
        files = [*(data / "html").glob("*.html.gz"), *(data / "html").glob("*.html")]
    else:
        files = [*data.rglob("*.html.gz"), *data.rglob("*.html")]
    return sorted(files)[:limit]


def page_id(path: Path) -> str:
    """The page's name without its suffixes, under the folders it stands in past ``html/``
    (a site generator's pages: ``docusaurus/guide``)."""
    parts = path.parts[path.parts.index("html") + 1 :] if "html" in path.parts else path.parts
    return "/".join([*parts[:-1], parts[-1].split(".")[0]])


def dump_page(job: tuple[Path, str]) -> tuple[str, str]:
    """(id, SHA-256 of the page's JSON dump, or of its error's type)."""
    path, url = job
    data = path.read_bytes()
    if path.suffix == ".gz":
        data = gzip.decompress(data)
    try:
        raw = read_bytes(data, url or path.name, url=url or None, content_type="text/html")
        dumped = to_json(extract(raw, kind="html"))
    except Exception as error:  # the same failure before and after is the same output
        dumped = f"error: {type(error).__name__}"
    return page_id(path), hashlib.sha256(dumped.encode("utf-8")).hexdigest()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", type=Path)
    parser.add_argument("--pages", type=Path, help="write 'id digest' per page to this file")
    parser.add_argument("--limit", type=int, default=None, help="only the first N pages")
    parser.add_argument("--jobs", type=int, default=1, help="worker processes")
    args = parser.parse_args(argv)
    urls = page_urls(args.data)
    jobs = [(path, urls.get(page_id(path), "")) for path in page_files(args.data, args.limit)]
    if args.jobs > 1:
        with Pool(args.jobs) as pool:
            results = pool.map(dump_page, jobs, chunksize=4)
    else:
        results = [dump_page(job) for job in jobs]
    whole = hashlib.sha256("".join(f"{name} {digest}\n" for name, digest in results).encode())
    if args.pages:
        args.pages.write_text("".join(f"{name} {digest}\n" for name, digest in results))
    print(f"{len(results)} pages  digest {whole.hexdigest()}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
