"""How well the reader reads discussions that real forum, tracker and archive software builds.

The folder (``benchmarks/data/discussions`` by default) holds pages saved with curl from
programs run here on loopback (how each was installed and filled: ``BUILD.md``), each
showing one thread (``sources/thread.json``: a starter post and five replies by three people,
one quoting, one with code, one with a list, one with a link), and beside them what each
page should read as (``expected/*.json``: its posts' authors as the program names them,
dates, depths and texts) and ``pages.json`` pairing them. The pages are read through the
real CLI (``reader dump --format json``), so the programs need not be installed.

Per page: posts found / expected (a post is a heading naming its author, "↳" before it a
level deeper); of the expected posts, how many were found with the right author, date and
depth, in order; the byline (the thread's starter); the word F1 of the body against the
posts' texts (WCXB's tokens: lower-cased ``\\w+``, multiset overlap; post headings left
out); and the furniture phrases left in ("Reply", "Quote", "Report", "Edit", vote and post
counts ...) that the posts do not hold. A page that is no discussion (a wiki page) should
read as an article: no post headings, its text whole.

    python benchmarks/discussions.py [DATA_DIR] [--verbose] [--json OUT]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from datetime import date
from pathlib import Path
from typing import Any

from site_generators import dump_pages, word_prf  # (the same CLI dumps and WCXB tokens)

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DATA = ROOT / "benchmarks" / "data" / "discussions"
_DEPTH_MARK = "↳"
FURNITURE = (
    "Reply",
    "Quote",
    "Report",
    "Edit",
    "Delete",
    "Share",
    "Like",
    "Flag",
    "Permalink",
    "Copy link",
    "Actions",
    "Posts:",
    "Joined",
    "Reputation",
    "Upvote",
    "Downvote",
    "Vote",
    "¶",
    "Added by",
    "Updated by",
    "History",
    "Notes",
    "Subscribe",
    "Watch",
    "Log in",
    "Sign in",
    "Register",
    "Powered by",
    "Atom",
    "PDF",
)
_COUNTS = re.compile(r"\b\d+\s+(?:votes?|points?|likes?|replies|views|posts)\b", re.I)
_MONTHS = {
    name: number
    for number, names in enumerate(
        (
            "jan january",
            "feb february",
            "mar march",
            "apr april",
            "may",
            "jun june",
            "jul july",
            "aug august",
            "sep sept september",
            "oct october",
            "nov november",
            "dec december",
        ),
        start=1,
    )
    for name in names.split()
}
_ISO = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
_SLASHED = re.compile(r"\b(\d{1,2})/(\d{1,2})/(\d{4})\b")  # (month first, as Redmine's en)
_DAY_MONTH = re.compile(r"\b(\d{1,2})\.?\s+([A-Za-z]{3,9})\.?(?:,?\s+(\d{4}))?")
_MONTH_DAY = re.compile(r"\b([A-Za-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(\d{4}))?")
Dump = dict[str, Any]


def shown_dates(text: str) -> list[tuple[int | None, int, int]]:
    """The (year or None, month, day) each date written in ``text`` may be."""
    found: list[tuple[int | None, int, int]] = []
    for year, month, day in _ISO.findall(text):
        found.append((int(year), int(month), int(day)))
    for month, day, year in _SLASHED.findall(text):
        found.append((int(year), int(month), int(day)))
    for day, name, year in _DAY_MONTH.findall(text):
        if name.lower() in _MONTHS:
            found.append((int(year) if year else None, _MONTHS[name.lower()], int(day)))
    for name, day, year in _MONTH_DAY.findall(text):
        if name.lower() in _MONTHS:
            found.append((int(year) if year else None, _MONTHS[name.lower()], int(day)))
    return found


def date_right(heading: str, wanted: str) -> bool:
    """Whether ``heading`` writes the day ``wanted`` (ISO), its year if it writes one."""
    day = date.fromisoformat(wanted)
    return any(
        (year is None or year == day.year) and month == day.month and number == day.day
        for year, month, number in shown_dates(heading)
    )


def post_heading(text: str, authors: set[str]) -> tuple[str, int] | None:
    """The author and depth of a post's heading, if ``text`` is one (it begins with one
    of ``authors``, after its depth marks)."""
    stripped = text.lstrip(_DEPTH_MARK + " ")
    depth = len(text) - len(text.lstrip(_DEPTH_MARK))
    for author in authors:
        if stripped == author or stripped.startswith(author + " ·"):
            return author, depth
    return None


def score(page: Dump, expected: Dump) -> dict[str, Any]:
    """The page's scores against what it should read as."""
    wanted = expected["posts"]
    authors = {post["author"] for post in wanted} or {"\0"}
    found: list[tuple[str, int, str]] = []  # (author, depth, heading)
    body: list[str] = []
    for block in page.get("body", []):
        heading = post_heading(block["text"], authors) if block["type"] == "heading" else None
        if heading is not None:
            found.append((*heading, block["text"]))
        else:
            body.append(block["text"])
    right_author = right_date = right_depth = 0
    at = 0
    for post in wanted:  # (in order: each expected post matched to the next found of its author)
        for index in range(at, len(found)):
            author, depth, heading = found[index]
            if author == post["author"]:
                right_author += 1
                right_date += date_right(heading, post["date"])
                right_depth += depth == post["depth"]
                at = index + 1
                break
    text = "\n".join(body)
    want_text = expected.get("text") or "\n".join(post["text"] for post in wanted)
    own = want_text.lower()
    left = [
        phrase
        for phrase in FURNITURE
        if re.search(r"(?<!\w)" + re.escape(phrase) + r"(?!\w)", text) and phrase.lower() not in own
    ]
    left += _COUNTS.findall(text)
    starter = expected.get("starter")
    return {
        "found": len(found),
        "expected": len(wanted),
        "authors": right_author,
        "dates": right_date,
        "depths": right_depth,
        "byline": None if starter is None else starter in (page.get("authors") or []),
        "title": page.get("title") == expected["title"],
        "f1": word_prf(text, want_text)[2],
        "furniture": left,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("data", nargs="?", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--verbose", action="store_true", help="print each page's headings")
    parser.add_argument("--json", type=Path, help="write the per-page scores here")
    args = parser.parse_args(argv)
    index = json.loads((args.data / "pages.json").read_text())
    pages = dump_pages([args.data / "pages" / entry["page"] for entry in index])
    results = []
    print(
        f"{'page':28} {'posts':>7} {'author':>6} {'date':>5} {'depth':>5} {'byline':>6}"
        f" {'title':>5} {'F1':>6}  furniture"
    )
    for entry, page in zip(index, pages, strict=True):
        expected = json.loads((args.data / "expected" / entry["expected"]).read_text())
        result = {"page": entry["page"], "program": entry["program"], **score(page, expected)}
        results.append(result)
        byline = "-" if result["byline"] is None else "yes" if result["byline"] else "no"
        print(
            f"{entry['page']:28} {result['found']:>3}/{result['expected']:<3}"
            f" {result['authors']:>6} {result['dates']:>5} {result['depths']:>5} {byline:>6}"
            f" {'yes' if result['title'] else 'no':>5} {result['f1']:6.3f}"
            f"  {', '.join(result['furniture']) or '-'}"
        )
        if args.verbose:
            for block in page.get("body", []):
                if block["type"] == "heading":
                    print("      #", block["text"])
    wanted = sum(result["expected"] for result in results) or 1
    threads = [result for result in results if result["byline"] is not None]
    print(
        f"\nall {len(results)} pages: posts found {sum(r['found'] for r in results)}"
        f"/{sum(r['expected'] for r in results)}, authors"
        f" {sum(r['authors'] for r in results) / wanted:.3f}, dates"
        f" {sum(r['dates'] for r in results) / wanted:.3f}, depths"
        f" {sum(r['depths'] for r in results) / wanted:.3f}, bylines"
        f" {sum(bool(r['byline']) for r in threads)}/{len(threads)}, titles"
        f" {sum(r['title'] for r in results)}/{len(results)}, word F1"
        f" {sum(r['f1'] for r in results) / len(results):.3f}, furniture"
        f" {sum(len(r['furniture']) for r in results)}"
    )
    if args.json:
        args.json.write_text(json.dumps(results, indent=1) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
