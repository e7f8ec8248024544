"""A table of contents inside a copied article: its label ("Table of contents", "In this
article") and the entries under it that name the sections the article goes on to head.

A page sets it between the lead and the body as links; the copy keeps their text, so each
section's heading is told twice, the first time out of place.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from reader.clean.labels import CONTENTS_LABEL, JUMP_LABEL
from reader.core.lazy import lazy_re

MAX_ENTRY_WORDS = 20  # an entry names a section: a heading, not a paragraph
MAX_HEADING_LENGTH = 200  # lines longer than this are never a section's heading
MAX_LABEL_LENGTH = 60  # the label's line, its button's words run on

# the label, maybe with its button run on ("Table of ContentsToggle")
_LABEL = lazy_re(
    rf"(?:{CONTENTS_LABEL}|{JUMP_LABEL})(?:(?-i:[A-Z])[^.!?]{{0,40}})?", re.I
)
_NUMBER = lazy_re(r"(?:\d{1,3}(?:\.\d{1,3})*[.)]?|[•·▪‣◦–-])\s")


def _key(text: str) -> str:
    """An entry's words as its heading has them: without its number, case or spacing."""
    text = text.strip()
    match = _NUMBER.match(text)
    return " ".join((text[match.end() :] if match else text).casefold().split())


def contents_lines(texts: Sequence[str]) -> set[int]:
    """The indexes of ``texts`` (a copied article's paragraphs) that are a table of contents:
    each label, and the entries right under it that some later line repeats.

    Measured (``benchmarks/copied_text.py``, articles copied whole): 25 dev pages up, none
    down; held-out 396 words dropped, 4 of them the article's."""
    last: dict[str, int] = {}  # each short line's key: where it stands last
    for index, text in enumerate(texts):
        if len(text) <= MAX_HEADING_LENGTH:
            last[_key(text)] = index
    found: set[int] = set()
    resume = 0  # (lines before it were read as a table's entries: each line is read once)
    for index, text in enumerate(texts):
        if index < resume:
            continue
        if len(text) > MAX_LABEL_LENGTH or not _LABEL.fullmatch(text.strip(" :")):
            continue
        found.add(index)
        resume = index + 1
        while resume < len(texts):
            line = texts[resume]
            if len(line.split()) > MAX_ENTRY_WORDS or last.get(_key(line), -1) <= resume:
                break
            found.add(resume)
            resume += 1
    return found


__all__ = ["contents_lines"]
