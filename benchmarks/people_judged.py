"""People found on real pages nobody tuned on, against judgements made by reading them.

``benchmarks/data/people-judged.json`` holds, for 40 WCXB development article pages (news
and features with quotes; none of the held-out fifth), a verdict on each person the reader
listed, on each role and on each pull quote, plus the people it missed. This script runs the
reader on the pages again and counts: listed people that are people (precision), judged
people found (recall-ish), right roles, right pull-quote speakers; names listed that nobody
judged yet are shown so that they can be judged.

Usage: python benchmarks/people_judged.py [--data DIR] [--show ID ...]
(--show prints a page's people, roles, mention counts and pull quotes, each with the words
around its first mention, for judging.)
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from reader.article.model import Article  # noqa: E402
from reader.engine.pipeline import extract  # noqa: E402
from reader.sources.load import read_bytes  # noqa: E402

JUDGED = ROOT / "benchmarks" / "data" / "people-judged.json"
DATA = Path("/work/shared/data/wcxb-dev")


def read_page(data: Path, page_id: str, url: str) -> Article:
    """The reader's article for one page (people and quotes too)."""
    raw = gzip.decompress((data / "html" / f"{page_id}.html.gz").read_bytes())
    return extract(read_bytes(raw, url, url=url, content_type="text/html"))


def show(article: Article) -> None:
    """Each person with the words around their first mention, and the pull quotes."""
    text = article.text
    for person in article.people:
        at = text.find(person.name.split()[-1])
        around = text[max(0, at - 90) : at + 90].replace("\n", " ") if at >= 0 else ""
        print(f"- {person.name!r} role={person.role!r} mentions={person.mentions}")
        print(f"      …{around}…")
        for quote in person.quotes[:2]:
            print(f"      quote: {quote[:100]!r}")
    for quote in article.pull_quotes:
        print(f"* pull {quote.text[:140]!r} speaker={quote.speaker!r} by={quote.attribution!r}")


def score(data: Path, pages: list[dict[str, Any]]) -> dict[str, int]:
    """Counts over every judged page (see the module's docstring)."""
    totals = dict.fromkeys(
        "listed people wrong unjudged judged_people found roles roles_right pulls pulls_right"
        .split(), 0
    )
    for page in pages:
        article = read_page(data, page["id"], page["url"])
        verdicts: dict[str, dict[str, Any]] = page["people"]
        listed = {person.name: person for person in article.people}
        for name, person in listed.items():
            totals["listed"] += 1
            verdict = verdicts.get(name)
            if verdict is None:
                totals["unjudged"] += 1
                print(f"{page['id']}: unjudged {name!r} role={person.role!r}")
                continue
            if not verdict["person"]:
                totals["wrong"] += 1
                continue
            totals["people"] += 1
            if "role" in verdict:
                totals["roles"] += 1
                totals["roles_right"] += person.role == verdict["role"]
        for name, verdict in verdicts.items():
            if verdict["person"]:
                totals["judged_people"] += 1
                totals["found"] += name in listed
        speakers = {quote.text[:60]: quote.speaker for quote in article.pull_quotes}
        for pull in page.get("pulls", []):
            totals["pulls"] += 1
            totals["pulls_right"] += speakers.get(pull["text"][:60], "?") == pull["speaker"]
    return totals


def _ratio(right: int, total: int) -> str:
    return f"{right / max(1, total):.3f} ({right}/{total})"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--show", nargs="*", help="page ids to print for judging")
    args = parser.parse_args(argv)
    judged = json.loads(JUDGED.read_text(encoding="utf-8"))
    urls = {page["id"]: page["url"] for page in judged["pages"]}
    if args.show is not None:
        for page_id in args.show or list(urls):
            print(f"== {page_id} {urls[page_id]}")
            show(read_page(args.data, page_id, urls[page_id]))
        return 0
    t = score(args.data, judged["pages"])
    judged_listed = t["listed"] - t["unjudged"]
    print(f"{len(judged['pages'])} pages, {t['listed']} people listed ({t['unjudged']} unjudged)")
    print(f"  precision  {_ratio(t['people'], judged_listed)}; {t['wrong']} not people")
    print(f"  recall-ish {_ratio(t['found'], t['judged_people'])} of the people judged")
    print(f"  roles      {_ratio(t['roles_right'], t['roles'])}")
    print(f"  pull quotes with the right speaker {t['pulls_right']}/{t['pulls']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
