"""A copied page's title, told by the breadcrumb trail above it.

A site's trail ("Home > Blog > Best Practices for PTO Benefits", "Utne/ Mind And Body/ Nature
as God") ends with the page it leads to; a copy sets it on one line, and the headline stands on
the next. That line is the title, and everything above the trail is the site's furniture."""

from __future__ import annotations

import re
from collections.abc import Sequence

from reader.clean.text.head import count_words, is_title_like
from reader.clean.text.prose_line import is_prose
from reader.core.lazy import lazy_re

SEPARATORS = ">»›→/"  # between a trail's steps ("|" parts a footer's links: never a trail)
MAX_LINES_ABOVE = 200  # lines looked through for the trail (a menu's; a book's are not read)
MAX_PROSE_ABOVE = 120  # words of prose above it (a site's motto, its menus' promotions)
MAX_STEP_WORDS = 8  # words of a step before the last, at most
MIN_TITLE_CHARS = 8  # a title's characters, at least ("Blog", "News" are steps, not titles)
_STEP = lazy_re(rf"[{re.escape(SEPARATORS)}]")


def _is_trail_to(line: str, title: str) -> bool:
    """Whether ``line`` is a breadcrumb trail whose last step is ``title``: steps of a few words
    each, parted by a separator, before it."""
    if len(line) <= len(title) or not line.endswith(title):
        return False
    lead = line[: -len(title)].rstrip()
    if not lead or lead[-1] not in SEPARATORS or lead[-1] in title:
        return False  # (a title may hold a slash: "TCP/IP", after ">" steps)
    steps = [step.strip() for step in _STEP.split(lead[:-1])]
    return all(steps) and all(count_words(step) <= MAX_STEP_WORDS for step in steps)


def trail_title_at(texts: Sequence[str]) -> int | None:
    """The index of the first line that the line above it leads to as a breadcrumb's last
    step, within the first :data:`MAX_LINES_ABOVE` lines and under at most
    :data:`MAX_PROSE_ABOVE` words of prose (further down, the article has begun); None when
    there is none."""
    prose = 0
    for index in range(1, min(len(texts), MAX_LINES_ABOVE)):
        line, title = texts[index - 1], texts[index]
        if len(title) >= MIN_TITLE_CHARS and is_title_like(title) and _is_trail_to(line, title):
            return index
        if is_prose(line):
            prose += count_words(line)
            if prose > MAX_PROSE_ABOVE:
                return None
    return None
