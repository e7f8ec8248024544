"""Extraction quality, metadata and speed on the WCXB development pages.

Scores (a) the reader (``engine.extract`` without people), (b) readability-lxml alone
(``Document(html).summary()`` as text with block breaks) and (c) trafilatura 2.x with its
default settings (if importable) with WCXB's own rules (its ``evaluate.py``): lower-cased
``\\w+`` tokens, multiset overlap, word precision / recall / F1 per page, averaged over pages;
the share of ``with`` snippets found and of ``without`` snippets left in (case and whitespace
normalised); ``with=`` is the share by WCXB's own check (case only, whitespace as written, a
page without snippets counts 1.0); ``with~`` is ``with`` with typographic quotes folded to
straight ones (the labels' snippets straighten the page's curly apostrophes and quotes; the
reader keeps them as the page wrote them) and no space before punctuation (the labels put one
where an inline element ends: "iPhones ."). Reported per page type, and for title / author /
date metadata.

A fixed fifth of the pages (``sha1(id) % 5 == 0``) is HELD-OUT: never tune on it, never list
its pages. Times are CPU time (``time.process_time``) of the worker; the extractors take turns
on every page.

    python benchmarks/wcxb.py [DATA_DIR] [--part dev|held-out|all] [--limit N] [--jobs 2]
                              [--worst K] [--json OUT] [--extractors reader,readability,...]
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import re
import statistics
import sys
import time
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from multiprocessing import Pool
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from readability import Document  # noqa: E402

from reader.clean.explain import DropLog  # noqa: E402
from reader.clean.html.blocks import html_to_blocks  # noqa: E402
from reader.clean.html.pipeline import clean_html, parse_html  # noqa: E402
from reader.engine.pipeline import extract  # noqa: E402
from reader.sources.load import RawDocument, read_bytes  # noqa: E402

DEFAULT_DATA = ROOT.parent / "shared" / "data" / "wcxb-dev"
EXTRACTORS = ("reader", "readability", "trafilatura")
_TOKEN = re.compile(r"\w+")
_SPACE = re.compile(r"\s+")
_ISO_DATE = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")
_NAME_SPLIT = re.compile(r"\s*(?:,|;|&|\band\b|\bund\b|\bet\b|\by\b|\|)\s*", re.IGNORECASE)
TITLE_OVERLAP = 0.8

Page = dict[str, Any]
Meta = dict[str, str | None]


def part_of(page_id: str) -> str:
    """``held-out`` for a fixed fifth of the pages (by a stable hash of the id), else ``dev``."""
    return "held-out" if int(hashlib.sha1(page_id.encode()).hexdigest(), 16) % 5 == 0 else "dev"


# --- scoring (WCXB evaluate.py) -------------------------------------------------------------


def tokens(text: str | None) -> list[str]:
    """Lower-cased ``\\w+`` tokens."""
    return _TOKEN.findall(text.lower()) if text else []


def word_prf(predicted: str, reference: str) -> tuple[float, float, float]:
    """Word-level (precision, recall, F1) with multiset overlap, as WCXB scores them."""
    pred, ref = tokens(predicted), tokens(reference)
    if not ref:
        return (1.0, 1.0, 1.0) if not pred else (0.0, 0.0, 0.0)
    if not pred:
        return (0.0, 0.0, 0.0)
    overlap = sum((Counter(pred) & Counter(ref)).values())
    p, r = overlap / len(pred), overlap / len(ref)
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def _squash(text: str) -> str:
    return _SPACE.sub(" ", text).strip().lower()


def snippet_share(text: str, snippets: list[str] | None) -> float | None:
    """Share of ``snippets`` found in ``text`` (case and whitespace normalised); None if none."""
    if not snippets:
        return None
    haystack = _squash(text)
    return sum(_squash(s) in haystack for s in snippets) / len(snippets)


_STRAIGHT = str.maketrans(
    {"‘": "'", "’": "'", "‚": "'", "‛": "'", "“": '"', "”": '"', "„": '"', "‟": '"'}
)


_SPACE_BY_PUNCTUATION = re.compile(r"\s+(?=[,.;:!?)\]])|(?<=[(\[])\s+")


def _typography(text: str) -> str:
    return _SPACE_BY_PUNCTUATION.sub("", text.translate(_STRAIGHT))


def snippet_share_folded(text: str, snippets: list[str] | None) -> float | None:
    """:func:`snippet_share` with curly quotes and apostrophes read as straight ones, and no
    space before a comma or full stop or inside brackets (the labels' snippets join inline
    elements with spaces: "routes with get() , post() , etc")."""
    if not snippets:
        return None
    return snippet_share(_typography(text), [_typography(s) for s in snippets])


def snippet_share_exact(text: str, snippets: list[str] | None) -> float:
    """WCXB's own ``snippet_check``: lower-cased, whitespace as written, a page without
    snippets counts 1.0."""
    if not snippets:
        return 1.0
    haystack = text.lower()
    return sum(s.lower() in haystack for s in snippets) / len(snippets)


# --- metadata comparison ----------------------------------------------------------------------


def _fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in text if not unicodedata.combining(c))


def _words(text: str | None) -> list[str]:
    return _TOKEN.findall(_fold(text)) if text else []


def same_date(truth: str, got: str | None) -> bool:
    """Same calendar day (YYYY-MM-DD) in both."""
    if not got:
        return False
    a, b = _ISO_DATE.search(truth), _ISO_DATE.search(got)
    return bool(a and b) and tuple(map(int, a.groups())) == tuple(map(int, b.groups()))  # type: ignore[union-attr]


def same_title(truth: str, got: str | None) -> bool:
    """Normalised equality, or token F1 of at least ``TITLE_OVERLAP``."""
    want, have = _words(truth), _words(got)
    if not want or not have:
        return False
    if want == have:
        return True
    overlap = sum((Counter(want) & Counter(have)).values())
    return 2 * overlap / (len(want) + len(have)) >= TITLE_OVERLAP


def _names(text: str) -> list[str]:
    return [" ".join(_words(part)) for part in _NAME_SPLIT.split(text) if _words(part)]


def same_author(truth: str, got: Iterable[str]) -> bool:
    """Some listed author names one of the true authors (normalised, accents and case out)."""
    wanted = _names(truth)
    whole = " " + " ".join(_words(truth)) + " "
    for name in got:
        have = " ".join(_words(name))
        if not have:
            continue
        if have in wanted or any(w and (f" {w} " in f" {have} ") for w in wanted if " " in w):
            return True
        if " " in have and f" {have} " in whole:
            return True
    return False


def meta_scores(truth: Page, meta: Meta | None, authors: list[str]) -> dict[str, bool | None]:
    """True/False per field, None when the truth is null (or the extractor has no such field)."""
    out: dict[str, bool | None] = {"title": None, "author": None, "date": None}
    if meta is None:
        return out
    if truth.get("title") and "title" in meta:
        out["title"] = same_title(truth["title"], meta["title"])
    if truth.get("author") and "author" in meta:
        out["author"] = same_author(truth["author"], authors)
    if truth.get("publish_date") and "date" in meta:
        out["date"] = same_date(truth["publish_date"], meta["date"])
    return out


# --- extractors ------------------------------------------------------------------------------


def run_reader(raw: RawDocument) -> tuple[str, Meta, list[str]]:
    """The reader's pipeline (no people) on the decoded page, with its original URL as base."""
    article = extract(raw, people=False)
    meta: Meta = {"title": article.title, "author": None, "date": article.published}
    return article.text, meta, list(article.authors)


def run_readability(html: str, url: str) -> tuple[str, Meta, list[str]]:
    """readability-lxml's ``summary()`` as text, a blank line between blocks; its title."""
    document = Document(html, url=url)
    summary = document.summary()
    blocks = html_to_blocks(parse_html(summary)) if summary.strip() else []
    return "\n\n".join(text for _k, text, _l in blocks), {"title": document.short_title()}, []


def run_trafilatura(html: str, url: str) -> tuple[str, Meta, list[str]]:
    """trafilatura's ``extract`` with default settings (plain text); metadata untimed."""
    import trafilatura

    return trafilatura.extract(html, url=url) or "", {}, []


def trafilatura_meta(html: str, url: str) -> tuple[Meta, list[str]]:
    """trafilatura's own metadata (title, author, date), for comparison."""
    from trafilatura.metadata import extract_metadata

    doc = extract_metadata(html, default_url=url)
    authors = _NAME_SPLIT.split(doc.author) if doc and doc.author else []
    return {
        "title": doc.title if doc else None,
        "author": None,
        "date": doc.date if doc else None,
    }, [a for a in authors if a]


def available(names: Iterable[str]) -> list[str]:
    """The requested extractors that can run here (trafilatura only if importable)."""
    out = []
    for name in names:
        if name == "trafilatura":
            try:
                import trafilatura  # noqa: F401
            except ImportError:
                print("trafilatura not importable: skipped", file=sys.stderr)
                continue
        out.append(name)
    return out


def rule_words(html: str, url: str, text: str, reference: str) -> dict[str, list[int]]:
    """Per drop rule, [article words, junk words] it dropped on this page (untimed).

    A dropped block's words count as the article's while the reference has them and the
    reader's text does not (a multiset budget, spent in the log's order), else as junk."""
    log = DropLog()
    try:
        clean_html(html, url=url, log=log)
    except Exception:  # scored elsewhere; a failure has no drops to report
        return {}
    return words_by_rule(log, text, reference)


def words_by_rule(log: DropLog, text: str, reference: str) -> dict[str, list[int]]:
    """Per rule of ``log``, [article words, junk words] it dropped (see :func:`rule_words`)."""
    missing = Counter(tokens(reference)) - Counter(tokens(text))
    out: dict[str, list[int]] = {}
    for drop in log.drops:
        counts = out.setdefault(drop.rule, [0, 0])
        for word in tokens(drop.text):
            if missing[word] > 0:
                missing[word] -= 1
                counts[0] += 1
            else:
                counts[1] += 1
    return out


# --- one page ----------------------------------------------------------------------------------


_STATE: dict[str, Any] = {}


def _init(data_dir: str, names: list[str]) -> None:
    _STATE["dir"] = Path(data_dir)
    _STATE["names"] = names


def score_page(truth: Page) -> Page:
    """Every extractor on one page, in turn: scores, times and metadata."""
    data = gzip.decompress((_STATE["dir"] / "html" / f"{truth['id']}.html.gz").read_bytes())
    url = truth.get("url") or ""
    raw = read_bytes(data, url, url=url, content_type="text/html")  # decoded once, untimed
    html = raw.text
    result: Page = {"id": truth["id"], "type": truth["type"], "part": part_of(truth["id"])}
    for name in _STATE["names"]:
        start = time.process_time()
        error = None
        try:
            if name == "reader":
                text, meta, authors = run_reader(raw)
            elif name == "readability":
                text, meta, authors = run_readability(html, url)
            else:
                text, meta, authors = run_trafilatura(html, url)
        except Exception as exc:  # a failure scores zero, it must not end the run
            text, meta, authors, error = "", None, [], f"{type(exc).__name__}: {exc}"
        ms = (time.process_time() - start) * 1000
        if name == "trafilatura":
            try:
                meta, authors = trafilatura_meta(html, url)
            except Exception:  # metadata is a side show
                meta, authors = None, []
        p, r, f1 = word_prf(text, truth.get("main_content") or "")
        if name == "reader":
            result["rules"] = rule_words(html, url, text, truth.get("main_content") or "")
        result[name] = {
            "p": p,
            "r": r,
            "f1": f1,
            "with": snippet_share(text, truth.get("with")),
            "with_exact": snippet_share_exact(text, truth.get("with")),
            "with_folded": snippet_share_folded(text, truth.get("with")),
            "without": snippet_share(text, truth.get("without")),
            "ms": ms,
            "meta": meta_scores(truth, meta, authors),
            "words": len(tokens(text)),
            "error": error,
        }
    return result


# --- report -----------------------------------------------------------------------------------


def _mean(values: Iterable[float | None]) -> float | None:
    kept = [v for v in values if v is not None]
    return statistics.mean(kept) if kept else None


def summarise(pages: list[Page], names: list[str]) -> dict[str, Any]:
    """Averages per extractor, per page type and overall; metadata accuracy; median times."""
    groups: dict[str, list[Page]] = defaultdict(list)
    for page in pages:
        groups[page["type"]].append(page)
        groups["all"].append(page)
    out: dict[str, Any] = {}
    for group, members in sorted(groups.items()):
        out[group] = {"n": len(members)}
        for name in names:
            rows = [page[name] for page in members]
            out[group][name] = {
                key: _mean(row[key] for row in rows)
                for key in ("p", "r", "f1", "with", "without", "with_exact", "with_folded")
            } | {
                "median_ms": statistics.median(row["ms"] for row in rows),
                "errors": sum(bool(row["error"]) for row in rows),
                **{
                    f"meta_{field}": _mean(
                        None if row["meta"][field] is None else float(row["meta"][field])
                        for row in rows
                    )
                    for field in ("title", "author", "date")
                },
                **{
                    f"meta_{field}_n": sum(row["meta"][field] is not None for row in rows)
                    for field in ("title", "author", "date")
                },
            }
    return out


def _fmt(value: float | None, digits: int = 3) -> str:
    return "  -  " if value is None else f"{value:.{digits}f}"


def print_summary(label: str, summary: dict[str, Any], names: list[str]) -> None:
    """One table per part: quality per type, then metadata and time."""
    print(f"\n== {label} ==")
    print(
        f"{'type':<14}{'n':>4}  {'extractor':<12} {'F1':>6} {'P':>6} {'R':>6} "
        f"{'with':>6} {'w/o':>6} {'with=':>6} {'with~':>6}"
    )
    for group in ("article", "documentation", "all"):
        if group not in summary:
            continue
        for name in names:
            row = summary[group][name]
            print(
                f"{group:<14}{summary[group]['n']:>4}  {name:<12} {_fmt(row['f1'])} "
                f"{_fmt(row['p'])} {_fmt(row['r'])} {_fmt(row['with'])} {_fmt(row['without'])} "
                f"{_fmt(row['with_exact'])} {_fmt(row['with_folded'])}"
            )
    print(f"{'metadata (all)':<20}{'title':>12} {'author':>12} {'date':>12} {'median ms':>10}")
    for name in names:
        row = summary["all"][name]
        cells = [
            f"{_fmt(row[f'meta_{f}'])} ({row[f'meta_{f}_n']})" if row[f"meta_{f}_n"] else "-"
            for f in ("title", "author", "date")
        ]
        errors = f"  errors={row['errors']}" if row["errors"] else ""
        print(
            f"  {name:<18}{cells[0]:>12} {cells[1]:>12} {cells[2]:>12} "
            f"{row['median_ms']:>10.1f}{errors}"
        )
    if "readability" in names and "reader" in names:
        ratio = summary["all"]["reader"]["median_ms"] / summary["all"]["readability"]["median_ms"]
        print(f"  time ratio reader / readability (medians): {ratio:.2f}")


def load_truth(data_dir: Path) -> list[Page]:
    """The ground truth rows, in id order."""
    with gzip.open(data_dir / "ground-truth.jsonl.gz", "rt", encoding="utf-8") as stream:
        return sorted((json.loads(line) for line in stream if line.strip()), key=lambda r: r["id"])


def main(argv: list[str] | None = None) -> int:
    """Run the extractors, print the tables, optionally list worst DEV pages and dump JSON."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", nargs="?", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--part", choices=("dev", "held-out", "all"), default="all")
    parser.add_argument("--limit", type=int, default=None, help="only the first N pages")
    parser.add_argument("--jobs", type=int, default=2, help="worker processes (at most 2)")
    parser.add_argument("--worst", type=int, default=0, help="K worst DEV pages vs trafilatura")
    parser.add_argument("--json", type=Path, default=None, help="write the results here")
    parser.add_argument("--extractors", default=",".join(EXTRACTORS))
    args = parser.parse_args(argv)
    names = available(n.strip() for n in args.extractors.split(",") if n.strip())
    truth = [t for t in load_truth(args.data) if args.part in ("all", part_of(t["id"]))]
    truth = truth[: args.limit]
    jobs = max(1, min(args.jobs, 2))
    _init(str(args.data), names)
    warm = truth[0]  # imports and caches, untimed
    score_page(warm)
    if jobs == 1:
        pages = [score_page(t) for t in truth]
    else:
        with Pool(jobs, initializer=_warm_worker, initargs=(str(args.data), names, warm)) as pool:
            pages = pool.map(score_page, truth, chunksize=4)
    print(f"pages: {len(pages)}  ({args.data}, part={args.part})  times: CPU, per page")
    summaries: dict[str, Any] = {}
    for label in ("dev", "held-out"):
        members = [page for page in pages if page["part"] == label]
        if members:
            summaries[label] = summarise(members, names)
            print_summary(label.upper(), summaries[label], names)
    if args.part == "all":
        summaries["all"] = summarise(pages, names)
        print_summary("ALL", summaries["all"], names)
    if "reader" in names:
        for part in ("dev", "held-out"):  # held-out: the rules' totals only, no page
            print_rules([page for page in pages if page["part"] == part], part)
        print_behind(pages, names)
    if args.worst:
        print_worst(pages, names, args.worst)
    if args.json:
        dev_pages = [page for page in pages if page["part"] == "dev"]  # held-out: aggregates only
        args.json.write_text(
            json.dumps({"summary": summaries, "dev_pages": dev_pages}, indent=1), encoding="utf-8"
        )
    return 0


BEHIND = (0.05, 0.1, 0.3)  # F1 gaps to the best other extractor, counted per part


def print_behind(pages: list[Page], names: list[str]) -> None:
    """How many pages of each part the reader reads worse than the best other extractor by
    more than each of :data:`BEHIND` (held-out: counts only, no page), how many it reads
    better by as much, and how many it reads worse than each other one by more than 0.1."""
    others = [name for name in names if name != "reader"]
    if not others:
        return
    print(
        "\npages behind / ahead of the best other extractor (F1 gap > "
        + ", ".join(f"{gap}" for gap in BEHIND)
        + ")"
    )
    for part in ("dev", "held-out"):
        members = [page for page in pages if page["part"] == part]
        gaps = [p["reader"]["f1"] - max(p[name]["f1"] for name in others) for p in members]
        if gaps:
            behind = " ".join(f"{sum(gap < -limit for gap in gaps):>4}" for limit in BEHIND)
            ahead = " ".join(f"{sum(gap > limit for gap in gaps):>4}" for limit in BEHIND)
            each = ", ".join(
                f"{name} {sum(p['reader']['f1'] < p[name]['f1'] - BEHIND[1] for p in members)}"
                for name in others
            )
            print(f"  {part:<10} behind {behind}   ahead {ahead}   of {len(gaps)}   ({each})")


def _warm_worker(data_dir: str, names: list[str], warm: Page) -> None:
    _init(data_dir, names)
    score_page(warm)


def print_rules(pages: list[Page], part: str) -> None:
    """Per drop rule on one part's pages: words of the article it dropped against junk
    words."""
    if not pages:
        return
    totals: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    for page in pages:
        for rule, (article, junk) in page.get("rules", {}).items():
            row = totals[rule]
            row[0] += article
            row[1] += junk
            row[2] += 1
    print(
        f"\ndrop rules on {part.upper()} pages "
        "(words of the article | junk words | pages; ! = more article)"
    )
    for rule, (article, junk, count) in sorted(totals.items(), key=lambda kv: -sum(kv[1][:2])):
        flag = " !" if article > junk else ""
        print(f"  {rule:<28}{article:>9} {junk:>9} {count:>6}{flag}")


def print_worst(pages: list[Page], names: list[str], count: int) -> None:
    """The DEV pages where the reader trails trafilatura (or readability) most in F1."""
    other = "trafilatura" if "trafilatura" in names else "readability"
    if "reader" not in names or other not in names:
        return
    dev = [page for page in pages if page["part"] == "dev"]
    gap: Callable[[Page], float] = lambda page: page[other]["f1"] - page["reader"]["f1"]  # noqa: E731
    print(f"\nworst {count} DEV pages by F1 gap vs {other} (reader P R F1 | {other} P R F1):")
    for page in sorted(dev, key=gap, reverse=True)[:count]:
        mine, theirs = page["reader"], page[other]
        print(
            f"  {page['id']} {page['type'][:4]}  gap={gap(page):+.3f}  "
            f"{mine['p']:.2f} {mine['r']:.2f} {mine['f1']:.2f} | "
            f"{theirs['p']:.2f} {theirs['r']:.2f} {theirs['f1']:.2f}"
        )


if __name__ == "__main__":
    raise SystemExit(main())
