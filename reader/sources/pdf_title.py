"""A PDF's title, and its first page set to open with it.

The title is the PDF's metadata's when that is a real title (not a program's "Microsoft
Word - draft.docx", not a file name); else the line set in the largest type at the top of its
first page, when its type is larger than the text's; else, when the first page opens with
running heads (the lines at the top of most pages), the one that reads as a report's title
(short, not a page number, a date, a journal's banner: "Harbour Survey 2026" on every page),
else the first line under them that reads as a title ("Journal of ... 12 (2026)" over it).
With a title found, those running heads go from the top of every page, and the title, where
the first page sets it out, opens its text, where the plain-text cleaner looks for it (the
engine puts a PDF's title over the one the text gives).
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Sequence

from reader.core.lazy import lazy_re

EDGE_LINES = 3  # non-blank lines at the top of a page a running head is among
LOOK = 8  # paragraphs (non-blank lines) of the first page a title is looked for in
TOP_LINES = 12  # lines at the top of the first page a title in large type is looked for in
MAX_TITLE = 200  # characters: a longer line is text
MAX_TITLE_LINES = 3  # lines a title in large type wraps over, at most
LARGER = 1.2  # times the text's type: a title's type, at least
MIN_LETTERS = 3  # of a title in large type (not a drop capital, not a number)

MAX_HEAD_TITLE = 100  # characters: a running head longer than this is no title
_DIGITS = lazy_re(r"\d+")
# a journal's or a publisher's banner, a draft's mark, an address: a running head but no title
_BANNER = lazy_re(
    r"\b(?:journal|proceedings|transactions|letters|bulletin|annals|magazine|quarterly|"
    r"communications|conference|symposium|workshop|vol(?:ume)?\.?\s*\d|no\.\s*\d|issue\s*\d|"
    r"pp\.|issn|isbn|doi|arxiv|preprint|manuscript|draft|confidential|copyright|rights reserved)"
    r"\b|©|https?://|www\.|@|\b\d+\s*\(\d{4}\)|\b\d+\s*\(\d+\)\s*:",
    re.IGNORECASE,
)
_DATE = lazy_re(  # "12 March 2026", "March 12, 2026", "2026-03-12", "12/03/2026"
    r"\b(?:\d{1,2}\.?\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
    r"(?:\s+\d{1,2}(?:st|nd|rd|th)?,?)?\s+\d{4}\b|\b\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}\b",
    re.IGNORECASE,
)
_PROGRAMS = ("microsoft ", "untitled", "document", "powerpoint presentation", "slide ")
_FILE_ENDINGS = (
    ".doc", ".docx", ".pdf", ".tex", ".dvi", ".indd", ".odt", ".rtf", ".ppt", ".pptx",
    ".xls", ".xlsx", ".txt", ".htm", ".html", ".md", ".ps", ".eps", ".qxd", ".wpd",
)
_NOT_A_TITLE = lazy_re(  # a page number, a numbered section, a byline, a label's colon
    r"^(?:[-–—\[(]?\s*(?:page\s+)?\d+(?:\s*(?:of|/)\s*\d+)?\s*[-–—\])]?|\d+(?:\.\d+)*\.?\s.*"
    r"|by\s.*|.*[.,;:])$",
    re.IGNORECASE,
)

TypeSet = Sequence[tuple[str, float]]  # a page's text as pypdf hands it over, piece by piece,
# with the size of each piece's type


def metadata_title(reader: object) -> str | None:
    """The title a PDF's metadata gives, unless it is a file name or a program's ("Microsoft
    Word - report.docx", "untitled", "draft_v2")."""
    try:
        metadata = reader.metadata  # type: ignore[attr-defined]
        title = " ".join(str(metadata.title or "").split()) if metadata else ""
    except Exception:  # (metadata is optional; a broken one is none)
        return None
    lowered = title.lower()
    if (
        len(title) < 4
        or not any(char.isalpha() for char in title)
        or lowered.startswith(_PROGRAMS)
        or lowered.endswith(_FILE_ENDINGS)
        or (" " not in title and any(mark in title for mark in "_/\\"))
    ):
        return None
    return title


def type_size(size: float, cm: Sequence[float], tm: Sequence[float]) -> float:
    """The height of type set at ``size`` through the text matrix ``tm`` and the page's
    ``cm`` (a PDF may set its type at 1 and scale it by either)."""
    return abs(size) * math.hypot(tm[2], tm[3]) * math.hypot(cm[2], cm[3])


def _sized_lines(pieces: TypeSet) -> list[tuple[str, float]]:
    """The page's non-blank lines, each with the size most of its letters are set in."""
    lines: list[tuple[str, float]] = []
    text, sizes = "", Counter[float]()
    for piece, size in pieces:
        for number, part in enumerate(piece.split("\n")):
            if number:
                if text.strip() and sizes:
                    lines.append((text.strip(), sizes.most_common(1)[0][0]))
                text, sizes = "", Counter()
            text += part
            if part.strip():
                sizes[round(size, 1)] += len(part.strip())
    if text.strip() and sizes:
        lines.append((text.strip(), sizes.most_common(1)[0][0]))
    return lines


def largest_type(pieces: TypeSet) -> str | None:
    """The line (or the few lines running on) set in the largest type at the top of a page,
    when that type is larger than the page's text's and the line reads as a title."""
    lines = _sized_lines(pieces)
    if not lines:
        return None
    text = Counter[float]()
    for line, size in lines:
        text[size] += len(line)
    body = text.most_common(1)[0][0]
    top = max(
        (size for line, size in lines[:TOP_LINES] if any(char.isalpha() for char in line)),
        default=0.0,
    )
    if top < body * LARGER:
        return None
    start = next(index for index, (line, size) in enumerate(lines) if size == top)
    run = []
    for line, size in lines[start : start + MAX_TITLE_LINES]:
        if size != top:
            break
        run.append(line)
    title = " ".join(run)
    letters = sum(char.isalpha() for char in title)
    return title if letters >= MIN_LETTERS and len(title) <= MAX_TITLE else None


def _key(line: str) -> str:
    return " ".join(_DIGITS.sub("#", line.casefold()).split())


def _filled(lines: list[str]) -> list[int]:
    return [index for index, line in enumerate(lines) if line.strip()]


def running_heads(pages: list[str]) -> list[int]:
    """The first page's opening lines (indexes) that open most other pages too (more than
    half of them: all of them in a PDF of two or three pages), their numbers aside: its
    running heads (none in a PDF of one page). A page without text (a picture's) is not
    counted."""
    tops = []
    for page in pages[1:]:
        lines = page.split("\n")
        if _filled(lines):
            tops.append({_key(lines[index]) for index in _filled(lines)[:EDGE_LINES]})
    if not tops:
        return []
    first = pages[0].split("\n")
    heads = []
    for index in _filled(first)[:EDGE_LINES]:
        if sum(_key(first[index]) in top for top in tops) * 2 <= len(tops):
            break
        heads.append(index)
    return heads


def _reads_as_title(line: str) -> bool:
    stripped = line.strip()
    return (
        len(stripped) <= MAX_TITLE
        and any(char.isalpha() for char in stripped)
        and not stripped[:1].islower()
        and _NOT_A_TITLE.match(stripped) is None
    )


def _head_title(line: str) -> bool:
    """Whether a running head reads as the document's own title: short, and no journal's
    banner, no date, no draft's mark."""
    stripped = line.strip()
    if len(stripped) > MAX_HEAD_TITLE or not _reads_as_title(stripped):
        return False
    if _BANNER.search(stripped):
        return False
    undated = _DATE.sub(" ", stripped)
    return undated == stripped or sum(word.isalpha() for word in undated.split()) >= 2


def _same(text: str) -> str:
    return " ".join(text.casefold().split())


def _title_at(lines: list[str], title: str) -> tuple[int, int] | None:
    """Where ``title`` stands among the first page's opening lines: the first line and the
    one past the last it runs over."""
    wanted = _same(title)
    filled = _filled(lines)[:LOOK]
    for place, start in enumerate(filled):
        told = ""
        for end in filled[place : place + MAX_TITLE_LINES]:
            told = _same(f"{told} {lines[end]}")
            if told == wanted:
                return start, end + 1
            if len(told) >= len(wanted):
                break
    return None


def lead_with_title(
    pages: list[str], metadata: str | None, pieces: TypeSet
) -> tuple[list[str], str | None]:
    """The pages, the first opening with the PDF's title, and the title (None when there is
    none to tell: the pages are left). With a title found, the running heads above it go from
    the top of every page (in a PDF of two pages, only the first tells them as such)."""
    lines = pages[0].split("\n")
    heads = running_heads(pages)
    title = metadata or largest_type(pieces)
    if title is None:
        title = next((lines[i].strip() for i in heads if _head_title(lines[i])), None)
    if title is None and heads:
        after = next((i for i in _filled(lines) if i > heads[-1]), None)
        title = lines[after].strip() if after is not None else None
        title = title if title and _reads_as_title(title) else None
    if title is None:
        return pages, None
    at = _title_at(lines, title)
    if at is None:  # (a metadata title the page does not set out: the text opens as it does)
        first = "\n".join(line for index, line in enumerate(lines) if index not in heads)
    else:
        above = [line for index, line in enumerate(lines[: at[0]]) if index not in heads]
        first = "\n".join([title, "", *above, "", *lines[at[1] :]])
    keys = {_key(lines[index]) for index in heads}
    return [first, *(_without_heads(page, keys) for page in pages[1:])], title


def _without_heads(page: str, keys: set[str]) -> str:
    lines = page.split("\n")
    top = [i for i in _filled(lines)[:EDGE_LINES] if _key(lines[i]) in keys]
    return "\n".join(line for index, line in enumerate(lines) if index not in top)


__all__ = ["largest_type", "lead_with_title", "metadata_title", "running_heads", "type_size"]
