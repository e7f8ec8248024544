"""Plain-text extraction on the WCXB pages as a reader pastes them: "select all, copy".

Each page is turned into the text a browser's select-all copy gives (``browser_copy.py``:
menus, table of contents, footer and all), saved as a ``.txt`` would be, and read by the
reader's plain-text path (``engine.extract``); the same scoring as ``wcxb.py`` (word
P / R / F1 against the page's main text, ``with~`` / ``without`` snippets, title / author /
date). For scale, the copy itself scored as it is ("raw copy": what a reader that cuts
nothing would show). ``--stdin`` reads each copy as piped text (no file name, so the kind is
sniffed). ``--from-headline`` copies from the headline down instead (the first line that is
the page's labelled title; pages without one are left out), as a reader selecting the article
would. ``--copies DIR`` reads each page's copy from ``DIR/ID.txt`` instead: copies a real
browser made (``real_copies.py``: Chromium's ``innerText``, whose line breaks are Chrome's, not
ours). The held-out fifth (``wcxb.py``'s) is reported separately, as aggregates only. Last,
per drop rule of the plain-text cleanup (``reader dump --explain``), on the DEV pages: the
words of the article it dropped against the junk words, as ``wcxb.py`` counts them.

    python benchmarks/copied_text.py [DATA_DIR] [--part dev|held-out|all] [--stdin]
                                     [--from-headline] [--limit N] [--json OUT]
                                     [--copies DIR]
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
from multiprocessing import Pool
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from browser_copy import browser_copy  # noqa: E402
from wcxb import (  # noqa: E402
    DEFAULT_DATA,
    load_truth,
    meta_scores,
    part_of,
    print_rules,
    same_title,
    snippet_share,
    snippet_share_folded,
    word_prf,
    words_by_rule,
)

from reader.clean.explain import DropLog  # noqa: E402
from reader.clean.text.pipeline import clean_plain_text  # noqa: E402
from reader.core.errors import ReaderError  # noqa: E402
from reader.engine.pipeline import extract  # noqa: E402
from reader.sources.load import read_bytes  # noqa: E402

Page = dict[str, Any]
_DATA: Path = DEFAULT_DATA
_STDIN = False
_FROM_HEADLINE = False
_COPIES: Path | None = None


def _init(data_dir: str, stdin: bool, from_headline: bool, copies: str | None) -> None:
    global _DATA, _STDIN, _FROM_HEADLINE, _COPIES
    _DATA, _STDIN, _FROM_HEADLINE = Path(data_dir), stdin, from_headline
    _COPIES = Path(copies) if copies else None


def _copy_of(page_id: str) -> str:
    """The page's copy: made by a real browser (``--copies``), else by ``browser_copy``."""
    if _COPIES is not None:
        return (_COPIES / f"{page_id}.txt").read_text(encoding="utf-8")
    html = gzip.decompress((_DATA / "html" / f"{page_id}.html.gz").read_bytes())
    return browser_copy(html.decode("utf-8", "replace"))


def _from_headline(copy: str, title: str | None) -> str | None:
    """The copy from its first line that is the labelled title, or None."""
    lines = copy.split("\n")
    for index, line in enumerate(lines):
        if title and line.strip() and same_title(title, line.strip()):
            return "\n".join(lines[index:])
    return None


def score_page(truth: Page) -> Page | None:
    """The reader's text path and the raw copy on one page, scored (None: no headline to
    copy from, with ``--from-headline``)."""
    copy = _copy_of(truth["id"])
    if _FROM_HEADLINE:
        copy = _from_headline(copy, truth.get("title"))
        if copy is None:
            return None
    name = f"{truth['id']}.txt"
    text, meta, authors = "", {"title": None, "author": None, "date": None}, []
    try:
        raw = read_bytes(copy.encode(), "-" if _STDIN else name, path=None if _STDIN else name)
        article = extract(raw, people=False)
        text, authors = article.text, list(article.authors)
        meta = {"title": article.title, "author": None, "date": article.published}
    except ReaderError:
        pass  # an empty copy: nothing to read (scored as an empty text)
    reference = truth.get("main_content") or ""
    result: Page = {"id": truth["id"], "type": truth["type"], "part": part_of(truth["id"])}
    result["p"], result["r"], result["f1"] = word_prf(text, reference)
    result["raw_p"], result["raw_r"], result["raw_f1"] = word_prf(copy, reference)
    result["with"] = snippet_share_folded(text, truth.get("with"))
    result["without"] = snippet_share(text, truth.get("without"))
    result.update(meta_scores(truth, meta, authors))
    log = DropLog()  # (the rules' drops, from a second cleanup: untimed, as in wcxb.py)
    if text:
        clean_plain_text(raw.text, log=log)
    result["rules"] = words_by_rule(log, text, reference)
    return result


def _mean(pages: list[Page], key: str) -> float | None:
    values = [page[key] for page in pages if page.get(key) is not None]
    return sum(values) / len(values) if values else None


def _fmt(value: float | None) -> str:
    return "  -  " if value is None else f"{value:.3f}"


def print_table(label: str, pages: list[Page]) -> None:
    """One line per page type and one for all: reader (text path), then the raw copy."""
    print(f"\n{label}")
    print(
        f"{'type':<14}{'n':>4}  {'F1':>6} {'P':>6} {'R':>6} {'with~':>6} {'w/o':>6}  "
        f"{'title':>6} {'author':>6} {'date':>6}  | raw copy {'F1':>6} {'P':>6} {'R':>6}"
    )
    groups = sorted({page["type"] for page in pages})
    for kind in [*groups, "all"]:
        rows = pages if kind == "all" else [page for page in pages if page["type"] == kind]
        cells = [_fmt(_mean(rows, key)) for key in ("f1", "p", "r", "with", "without")]
        meta = [_fmt(_mean(rows, key)) for key in ("title", "author", "date")]
        raw = [_fmt(_mean(rows, key)) for key in ("raw_f1", "raw_p", "raw_r")]
        print(
            f"{kind:<14}{len(rows):>4}  {' '.join(cells)}  {' '.join(meta)}  "
            f"|          {' '.join(raw)}"
        )


def main(argv: list[str] | None = None) -> int:
    """Score every page (two workers), print DEV and HELD-OUT tables, optionally dump JSON."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", nargs="?", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--part", choices=("dev", "held-out", "all"), default="all")
    parser.add_argument("--stdin", action="store_true", help="read each copy as piped text")
    parser.add_argument("--from-headline", action="store_true", help="copy from the headline")
    parser.add_argument("--limit", type=int, default=None, help="only the first N pages")
    parser.add_argument("--json", type=Path, default=None, help="DEV pages' scores, here")
    parser.add_argument("--copies", type=Path, default=None, help="read ID.txt copies here")
    args = parser.parse_args(argv)
    truth = [t for t in load_truth(args.data) if args.part in ("all", part_of(t["id"]))]
    truth = truth[: args.limit]
    copies = str(args.copies) if args.copies else None
    options = (str(args.data), args.stdin, args.from_headline, copies)
    with Pool(2, initializer=_init, initargs=options) as pool:
        pages = [page for page in pool.map(score_page, truth, chunksize=4) if page]
    read_as = "piped text" if args.stdin else "a .txt file"
    read_as += ", copied from the headline down" if args.from_headline else ", copied whole"
    read_as += f", copies from {args.copies}" if args.copies else ""
    print(f"pages: {len(pages)}  ({args.data}, part={args.part}, read as {read_as})")
    for label in ("dev", "held-out"):
        members = [page for page in pages if page["part"] == label]
        if members:
            print_table(label.upper(), members)
    for part in ("dev", "held-out"):  # held-out: the rules' totals only, no page
        print_rules([page for page in pages if page["part"] == part], part)
    if args.json:
        dev = [page for page in pages if page["part"] == "dev"]  # held-out: aggregates only
        args.json.write_text(json.dumps(dev, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
