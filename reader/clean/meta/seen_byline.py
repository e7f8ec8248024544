"""The byline as a reader sees it: the page's visible lines around its headline, read as a
copied page's are (:func:`reader.clean.text.details.byline_near`).

Asked when no element of the page says it holds the byline: a name on its own line over the
date ("Julia Gralberg" / "March 4, 2025"), a writer's handle after "by", a name in an author's
box. Measured (``benchmarks/wcxb.py``, author): dev 0.901 -> 0.908, held-out 0.813 -> 0.846;
on the pages with no author in their labels it named no one."""

from __future__ import annotations

import re

import lxml.html

from reader.clean.html.visible_text import visible_text
from reader.clean.meta.text import WHITESPACE, element_text, page_headline
from reader.clean.text.details import byline_near
from reader.clean.text.doubled import undoubled
from reader.clean.text.head import count_words
from reader.clean.text.prose_line import is_prose
from reader.core.lazy import lazy_re

EXTRA_CHARS = 40  # characters a headline's line may hold besides the title (a label, a mark)
AROUND_CHARS = 3000  # characters of the page around its headline where the byline is looked for
PARAGRAPH_WORDS = 15  # words of a line of prose: the article's (or a teaser's), not the head's
# the site's parts, never the article's byline: its menus, sidebars, footers and forms
BESIDE_THE_ARTICLE = frozenset({"nav", "aside", "footer", "form"})
# "by" in French and German, a common word elsewhere ("Par 3", "Von Miller signs")
_FOREIGN_BY = {"fr": lazy_re(r"^par\s", re.I), "de": lazy_re(r"^von\s", re.I)}


def _headline_line(lines: list[str], title: str, headline: str) -> str | None:
    """The line that shows the title (or, failing it, the page's ``<h1>``)."""
    for wanted in (title, headline):
        if not wanted:
            continue
        found = next((line for line in lines if line == wanted), None) or next(
            (
                line
                for line in lines
                if wanted in line and len(line) <= len(wanted) + EXTRA_CHARS
            ),
            None,
        )
        if found:
            return found
    return None


def seen_byline(tree: lxml.html.HtmlElement, title: str, lang: str = "") -> list[str]:
    """The names of the byline by the headline in the page's visible text (without its
    menus, sidebars and footer), else []; the page's language ``lang`` decides whether
    "Par" or "Von" may label it."""
    h1 = page_headline(tree)
    if h1 is None:
        return []
    scope = h1  # (the headline's part of the page: a big page is not all read)
    while scope.tag != "body" and scope.getparent() is not None and (
        len(scope.text_content()) < AROUND_CHARS
    ):
        scope = scope.getparent()
    text = visible_text(scope, skipped=BESIDE_THE_ARTICLE)
    lines = [
        undoubled(line.strip())  # (a name shown twice, for narrow and wide screens)
        for line in text.splitlines()
        if line.strip()
        and not any(
            pattern.match(line.strip()) and not lang.startswith(code)
            for code, pattern in _FOREIGN_BY.items()
        )
    ]
    headline = WHITESPACE.sub(" ", element_text(h1)).strip()
    at = _headline_line(lines, WHITESPACE.sub(" ", title).strip(), headline)
    if at is None:
        return []
    start, end = _head_of(lines, lines.index(at))
    return byline_near(lines[start:end], at, after=lines[end:])


def _head_of(lines: list[str], at: int) -> tuple[int, int]:
    """Where the lines around the headline at ``at`` that are no paragraph of prose start
    and end: its byline's (a teaser's name and date under the article are not)."""
    start = at
    while start > 0 and not _is_paragraph(lines[start - 1]):
        start -= 1
    end = at + 1
    while end < len(lines) and not _is_paragraph(lines[end]):
        end += 1
    return start, end


def _is_paragraph(line: str) -> bool:
    return count_words(line) >= PARAGRAPH_WORDS and is_prose(line)
