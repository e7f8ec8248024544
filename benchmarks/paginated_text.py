"""Plain-text documents laid out in pages: does the reading come out as the document's own?

A text printed in pages (an RFC, a PDF turned into text, a report) repeats a running head and
a foot on every page and breaks paragraphs at page ends. This takes the documents of
``plain_documents.py`` (licences, READMEs, change logs of this machine) that are long enough
for three pages, lays each out in pages of 54 lines, and reads both the original and the paged
text. Per layout it prints, over all documents:

- word precision and recall of the paged reading against the original's reading (multisets of
  lower-cased ``\\w+`` words): furniture left in lowers precision, text lost lowers recall;
- furniture lines left (a running head or foot still in the reading, counted by its own
  numbered text);
- blocks added (a paragraph split by a page break reads as two blocks).

Layouts: ``rfc`` (a running head, a foot "Name   Category   [Page N]", form feeds), ``pdf``
(the same head, a page number alone as the foot, form feeds: pdftotext's output), ``copy``
(the ``rfc`` layout without form feeds: a paged text copied from a browser).

    python benchmarks/paginated_text.py [DIR_OR_FILE ...] [--limit N]
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from plain_documents import documents  # noqa: E402

from reader.article.model import Article  # noqa: E402
from reader.core.errors import ReaderError  # noqa: E402
from reader.engine.pipeline import detect_kind, extract  # noqa: E402
from reader.sources.load import read_bytes  # noqa: E402

PAGE_LINES = 54
LAYOUTS = ("rfc", "pdf", "copy")
HEAD = "Example Notes {title:<40}  March 2026"
FOOT = "Lindqvist & Osei            Informational            [Page {n}]"
_WORD = re.compile(r"\w+")


def paged(text: str, layout: str) -> tuple[str, list[str]]:
    """The text laid out in pages, and the furniture lines put in (to look for afterwards)."""
    lines = text.split("\n")
    title = next((line.strip() for line in lines if line.strip()), "")[:40]
    out: list[str] = []
    furniture: list[str] = []
    pages = [lines[i : i + PAGE_LINES] for i in range(0, len(lines), PAGE_LINES)]
    for n, page in enumerate(pages, 1):
        if n > 1:
            head = HEAD.format(title=title)
            out += [head, "", ""]
            furniture.append(head)
        foot = str(n) if layout == "pdf" else FOOT.format(n=n)
        out += [*page, "", "", foot]
        furniture.append(foot)
        if n < len(pages):
            out.append("\f" if layout != "copy" else "")
    return "\n".join(out), furniture


def _words(text: str) -> Counter[str]:
    return Counter(word.lower() for word in _WORD.findall(text))


def _reading(article: Article) -> str:
    return f"{article.title}\n{article.text}"


def _left(furniture: str, reading: str) -> bool:
    """Whether a furniture line is still in the reading: a page number as a line of its own,
    a running head or foot anywhere (a foot may be glued into a paragraph)."""
    if furniture.isdigit():
        return furniture in reading.split("\n")
    return " ".join(furniture.split()) in " ".join(reading.split())


def _read(text: str) -> Article | None:
    """The text read as a ``.txt`` file (None when it is taken for HTML)."""
    raw = read_bytes(text.encode("utf-8"), "document.txt", path="document.txt")
    return extract(raw, people=False) if detect_kind(raw) == "text" else None


def main(argv: list[str] | None = None) -> int:
    """Read every long document whole and in pages; print the scores per layout."""
    totals: dict[str, Counter[str]] = {layout: Counter() for layout in LAYOUTS}
    count = 0
    for _path, data in documents(argv, __doc__.splitlines()[0]):
        text = data.decode("utf-8", "replace").replace("\f", "\n")
        if text.count("\n") < 3 * PAGE_LINES:
            continue
        try:
            whole = _read(text)
            readings = {layout: paged(text, layout) for layout in LAYOUTS}
            articles = {layout: _read(paged_text) for layout, (paged_text, _) in readings.items()}
        except (ReaderError, OSError):
            continue
        if whole is None or None in articles.values():
            continue  # HTML (or what the reader takes for it): not a plain-text document
        count += 1
        original = _words(_reading(whole))
        for layout, article in articles.items():
            furniture = readings[layout][1]
            assert article is not None
            reading = _reading(article)
            words = _words(reading)
            total = totals[layout]
            total["common"] += sum((words & original).values())
            total["read"] += sum(words.values())
            total["original"] += sum(original.values())
            total["furniture"] += len(furniture)
            total["furniture_left"] += sum(1 for line in furniture if _left(line, reading))
            total["blocks_added"] += max(0, len(article.blocks) - len(whole.blocks))
    print(f"documents of {3 * PAGE_LINES}+ lines: {count}  (pages of {PAGE_LINES} lines)")
    print(f"{'layout':8}{'precision':>11}{'recall':>9}{'furniture left':>22}{'blocks added':>14}")
    for layout, total in totals.items():
        precision = total["common"] / max(1, total["read"])
        recall = total["common"] / max(1, total["original"])
        left = f"{total['furniture_left']} of {total['furniture']}"
        print(
            f"{layout:8}{precision:>11.4f}{recall:>9.4f}{left:>22}{total['blocks_added']:>14}"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
