"""Page furniture in a paginated text: running heads and feet, page numbers, split paragraphs.

A text laid out in pages (an RFC, a PDF turned into text, a report printed to a file) repeats
a head and a foot on every page ("RFC 9110   HTTP Semantics   June 2022", "Fielding, et al.
Standards Track   [Page 3]") and breaks paragraphs where a page ends. The pages are found at
form feeds, or, without them, at a foot line that repeats with its page number counting up
("... [Page 3]", "Page 3 of 12"; in a text of up to a million characters). A line at a
page's edge that repeats at the edges of many pages (its numbers the same or counting up), or
a page number alone, is furniture; so is, from two pages on (a short PDF), a line on the same
edge of every page, the first too, and nowhere else ("Page 1 of 2", a journal's name). A
paragraph that runs on over a page break is joined again. A text of one page is left as it
is, and so is one of two pages without form feeds (its pages cannot be told).
"""

from __future__ import annotations

import re
from itertools import pairwise
from typing import TYPE_CHECKING

from reader.core.lazy import lazy_re

if TYPE_CHECKING:
    from reader.clean.explain import DropLog

FORM_FEED = "\f"
EDGE_LINES = 3  # non-blank lines looked at on each edge of a page
MAX_FURNITURE = 100  # characters: a longer line is text
MAX_LINE = 400  # characters of a foot's line with its spaces: a longer line is not looked at
MIN_PAGES = 3  # numbered feet, at least, that tell pages without form feeds
MIN_FED_PAGES = 2  # pages between form feeds, at least, for a text to be read as pages
MAX_PAGES = 10_000  # form feeds, at most, for a text to be read as pages
REPEAT_SHARE = 0.4  # of the pages (the first aside) whose edges a running head or foot is on
MIN_FOOT_GAP = 8  # lines between two numbered feet, at least
MAX_SEARCHED = 1_000_000  # characters: a longer text without form feeds (a book) is not
# searched for numbered feet (an RFC of 200 pages is half of this)

_DIGITS = lazy_re(r"\d+")
_SPACES = lazy_re(r"\s+")
# A foot that counts pages, without form feeds: "Page 3", "[Page 3]", "Seite 3 von 9".
_PAGE_COUNT = lazy_re(r"\b(?:page|seite|página|pagina|strona|sida)\s*\d", re.IGNORECASE)
_PAGE_WORDS = tuple(  # as a foot may spell them
    spelling
    for word in ("page", "seite", "página", "pagina", "strona", "sida")
    for spelling in (word, word.capitalize(), word.upper())
)
# A page number on a line of its own: "12", "- 12 -", "[12]", "Page 12", "12 of 40".
_PAGE_NUMBER = lazy_re(
    r"^[-–—\[(]?\s*(?:page\s+)?\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?\s*[-–—\])]?$", re.IGNORECASE
)
_SENTENCE_END = lazy_re(r"[.!?:;][\"'”’)\]]*$")


def _key(line: str) -> str:
    """A line as its repeats share it: case, digits and spacing aside."""
    return _SPACES.sub(" ", _DIGITS.sub("#", line.strip().lower()))


def _pages_at_form_feeds(text: str) -> list[list[str]]:
    return [page.split("\n") for page in text.split(FORM_FEED)]


def _numbered_feet(text: str) -> list[int]:
    """Lines that end a page: the most repeated short line that names a page number counting
    up (at least three of them, each some lines below the last)."""
    positions = sorted(position for word in _PAGE_WORDS for position in _finds(text, word))
    groups: dict[str, list[tuple[int, list[int]]]] = {}
    line = previous = 0
    end = -1  # where the last line looked at ends (its newline)
    for position in positions:
        if position < end:
            continue  # (on that line: each line is looked at once, however long)
        start = text.rfind("\n", end + 1, position) + 1 or end + 1
        end = text.find("\n", position)
        end = len(text) if end < 0 else end
        if end - start > MAX_LINE:
            continue
        stripped = text[start:end].strip()
        if len(stripped) <= MAX_FURNITURE and _PAGE_COUNT.search(stripped):
            line += text.count("\n", previous, start)
            previous = start
            numbers = [int(n) for n in _DIGITS.findall(stripped)]
            groups.setdefault(_key(stripped), []).append((line, numbers))
    best: list[int] = []
    for found in groups.values():
        if len(found) < MIN_PAGES or len(found) <= len(best):
            continue
        indexes = [index for index, _ in found]
        if any(b - a < MIN_FOOT_GAP for a, b in pairwise(indexes)):
            continue
        columns = _columns([numbers for _, numbers in found]) or []
        if any(_counts_up(column) for column in columns):
            best = indexes
    return best


def _finds(text: str, word: str) -> list[int]:
    """Every place ``word`` starts in ``text`` (``str.find``: quick on a book)."""
    found: list[int] = []
    position = text.find(word)
    while position >= 0:
        found.append(position)
        position = text.find(word, position + 1)
    return found


def _pages(text: str) -> list[list[str]] | None:
    """The text's pages as lists of lines, or None when it is not laid out in pages."""
    feeds = text.count(FORM_FEED)
    if feeds >= MAX_PAGES:
        return None  # not pages a person turns: form feeds as separators (or noise)
    if feeds >= MIN_FED_PAGES - 1:
        return _pages_at_form_feeds(text)
    if len(text) > MAX_SEARCHED:
        return None
    text = text.replace(FORM_FEED, "\n")
    feet = _numbered_feet(text)
    if len(feet) < MIN_PAGES:
        return None
    lines = text.split("\n")
    bounds = [0, *(foot + 1 for foot in feet), len(lines)]
    return [lines[start:end] for start, end in pairwise(bounds)]


def _edges(page: list[str]) -> tuple[list[int], list[int]]:
    """The first and the last few non-blank lines of a page (indexes, from the edge in): at
    most half its lines each, so that a short page's top is not also its foot."""
    filled = [index for index, line in enumerate(page) if line.strip()]
    count = min(EDGE_LINES, max(1, len(filled) // 2))
    return filled[:count], filled[::-1][:count]


def _furniture(pages: list[list[str]]) -> list[set[int]]:
    """Per page, the lines that are its running head, foot or page number."""
    edges = [_edges(page) for page in pages]
    seen: dict[str, list[list[int]]] = {}  # a key -> the numbers in it, page by page
    numbers = 0
    twice: set[str] = set()  # keys on some page's edges more than once: not one head or foot
    for page, (top, bottom) in zip(pages[1:], edges[1:], strict=True):
        lines = [page[i].strip() for i in sorted({*top, *bottom})]
        keyed: dict[str, str] = {}
        for line in lines:
            if len(line) <= MAX_FURNITURE:
                key = _key(line)
                if key in keyed:
                    twice.add(key)
                keyed[key] = line
        for key, line in keyed.items():
            seen.setdefault(key, []).append([int(n) for n in _DIGITS.findall(line)])
        numbers += any(_PAGE_NUMBER.match(line) for line in lines)
    needed = max(2, REPEAT_SHARE * (len(pages) - 1))
    repeated = {
        key
        for key, found in seen.items()
        if len(found) >= needed and key not in twice and _counts_pages(found)
    }
    repeated |= _on_every_page(pages, edges) - twice
    numbered = numbers >= needed

    def is_furniture(line: str) -> bool:
        stripped = line.strip()
        if len(stripped) > MAX_FURNITURE:
            return False
        return _key(stripped) in repeated or (numbered and bool(_PAGE_NUMBER.match(stripped)))

    found: list[set[int]] = []
    for number, (page, (top, bottom)) in enumerate(zip(pages, edges, strict=True)):
        dropped: set[int] = set()
        for side in (top, bottom) if number else (bottom,):  # the first page's top is its own
            for index in side:
                if not is_furniture(page[index]):
                    break
                dropped.add(index)
        found.append(dropped)
    return found


def _on_every_page(pages: list[list[str]], edges: list[tuple[list[int], list[int]]]) -> set[str]:
    """Keys of the short lines on the same edge (top or foot) of every page, the first too,
    their numbers the same or counting up, and on no page away from its edges: the running
    head and foot of a text of a few pages, too few for a share of them to tell it."""
    found: set[str] = set()
    for side in (0, 1):
        common: dict[str, list[list[int]]] = {}  # a key -> its numbers, page by page
        for number, (page, edge) in enumerate(zip(pages, edges, strict=True)):
            short = [page[i] for i in edge[side] if len(page[i].strip()) <= MAX_FURNITURE]
            here = {_key(line): [int(n) for n in _DIGITS.findall(line)] for line in short}
            common = {
                key: [*common.get(key, []), numbers]
                for key, numbers in here.items()
                if not number or key in common
            }
        found |= {key for key, numbers in common.items() if _counts_pages(numbers)}
    if not found:
        return found
    inside = {  # (a heading or a list item the body says again is no running head)
        _key(line)
        for page, (top, bottom) in zip(pages, edges, strict=True)
        for index, line in enumerate(page)
        if line.strip() and len(line) <= MAX_LINE and index not in top and index not in bottom
    }
    return found - inside


def _counts_pages(numbers: list[list[int]]) -> bool:
    """Whether the numbers of a repeated line, page after page, are a running head's or foot's:
    each the same on every page (a date) or counting up (the page number). Section headings
    at the top of each page ("Changes in release 4.2.18") number otherwise."""
    columns = _columns(numbers)
    return columns is not None and all(len(set(c)) == 1 or _counts_up(c) for c in columns)


def _columns(numbers: list[list[int]]) -> list[tuple[int, ...]] | None:
    """The numbers of a repeated line, place by place (None if the lines hold different
    counts of numbers: a "#" of a line's own made their keys alike)."""
    if len({len(found) for found in numbers}) != 1:
        return None
    return list(zip(*numbers, strict=True))


def _counts_up(column: tuple[int, ...]) -> bool:
    return all(b > a for a, b in pairwise(column))


def _runs_on(before: str, after: str) -> bool:
    """Whether the paragraph ending with line ``before`` goes on in line ``after``."""
    end, start = before.rstrip(), after.lstrip()
    if not end or not start or _SENTENCE_END.search(end):
        return False
    return start[0].islower() or end.endswith(("-", ","))


def strip_page_furniture(text: str, log: DropLog | None = None) -> str:
    """``text`` without its pages' running heads, feet and numbers, and with the paragraphs
    that a page break split joined again (unchanged when it is not laid out in pages);
    ``log`` records each line dropped."""
    pages = _pages(text)
    if pages is None or len(pages) < MIN_FED_PAGES:
        return text.replace(FORM_FEED, "\n") if FORM_FEED in text else text
    furniture = _furniture(pages)
    lines = sum(1 for page in pages for line in page if line.strip())
    if not any(furniture) or sum(map(len, furniture)) * 2 > lines:
        return text.replace(FORM_FEED, "\n")  # (furniture is never most of the text)
    out: list[str] = []
    for page, dropped in zip(pages, furniture, strict=True):
        if log is not None:
            for index in sorted(dropped):
                log.text("page-head-foot", page[index])
        kept = [line for index, line in enumerate(page) if index not in dropped]
        filled = [index for index, line in enumerate(kept) if line.strip()]
        if not filled:
            continue
        kept = kept[filled[0] : filled[-1] + 1]  # (the page's blank lines at its edges go)
        if out and not _runs_on(out[-1], kept[0]):
            out.append("")
        out.extend(kept)
    return "\n".join(out)
