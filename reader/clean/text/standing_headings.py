"""Headings a plain text sets by a line of their own, without underlining them.

A line of 60 characters at most that opens a chapter or a part ("CHAPTER I.", "Chapter 2",
"Part Three", "BOOK IV.", "Chapter 3: The Return", a numeral alone: "XII.") starts its chunk
and is a heading whatever follows it (its title's line may stand right under it). A short line
in capitals standing alone between blank lines ("FISH MARKET") is a heading over the paragraph
under it, unless it reads as a sentence said aloud ("STOP!", "WE WILL NOT BE MOVED, THEY
SAID.": it ends as a sentence or a clause does) or the text sets it again and again (a
speaker's name in a play, a label). A letter's salutation ("Dear Councillor Brown") is never a
heading.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Sequence

from reader.core.lazy import lazy_re

_NUMBER_WORD = (
    r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen"
    r"|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy"
    r"|eighty|ninety|hundred|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth"
    r"|tenth|eleventh|twelfth|last|the\s+\w+)"
)
_ROMAN = r"(?=[MDCLXVI])M{0,3}(?:C[MD]|D?C{0,3})(?:X[CL]|L?X{0,3})(?:I[XV]|V?I{0,3})"
_NUMBER = rf"(?:\d{{1,3}}|{_ROMAN}|{_NUMBER_WORD}(?:[- ]{_NUMBER_WORD})?)"
_PART = r"(?:chapter|part|book|section|act|scene|canto|volume|vol\.|letter|stave|chap\.)"
_ALONE = r"(?:prologue|epilogue|preface|foreword|afterword|introduction|interlude|appendix)"
# the line, a title after it at most (after a stop, a colon or a dash)
_CHAPTER = lazy_re(
    rf"(?:{_PART}\s+{_NUMBER}|{_ALONE}(?:\s+(?:[A-Z]|{_NUMBER}))?)"
    r"(?:[.:]?|(?:[.:]|\s*[—–-])\s*\S.*)",
    re.I,
)
# (case-sensitive: "XII.", not "mix"; a letter alone only before a stop: "X" closes a panel)
_NUMERAL = lazy_re(rf"(?={_ROMAN}\.|..){_ROMAN}\.?")
# (not "Hello": "Hello World" heads a tutorial; a "Hello Anna," ends in a comma anyway)
_SALUTATION = lazy_re(r"(?:dear(?:est)?|my\s+dear|to\s+whom)\b", re.I)
MAX_STANDING = 60  # characters of a line that is a heading by standing alone, at most
MAX_CAPITALS_WORDS = 5  # words of a heading in capitals standing alone, at most
MIN_CAPITALS_LETTERS = 3  # letters of it, at least
MAX_REPEATS = 1  # times a text may set a line in capitals that is a heading (again: a label)
# a mark no heading in words has: no identifier ("TS_COMMAND") or syntax ("OLD[:NEW]")
_NOT_WORDS = lazy_re(r"[^\w '’&/().,*-]|_")
_DASH_BULLET = lazy_re(r"[-+•·‣◦▪]\s")  # (a number or "*" may open one: "1. PREAMBLE")
_SENTENCE_ENDS = frozenset(".,;:!?…")
_CLOSERS = "\"'”’)]"


_OPENING_WORDS = frozenset(
    "chapter part book section act scene canto volume vol letter stave chap prologue epilogue"
    " preface foreword afterword introduction interlude appendix".split()
)


def may_stand(text: str) -> bool:
    """A quick test first (a book has a million short lines): whether ``text`` may be a
    standing heading at all (in capitals, or its first word one that opens a chapter)."""
    return text.isupper() or text.split(" ", 1)[0].rstrip(".:").lower() in _OPENING_WORDS


def is_salutation(text: str) -> bool:
    """A letter's opening line ("Dear Councillor Brown", "To whom it may concern")."""
    return _SALUTATION.match(text) is not None


def is_chapter_line(text: str) -> bool:
    """A line that opens a chapter or a part: "CHAPTER I.", "Part Three: The Sea", "XII."."""
    return len(text) <= MAX_STANDING and (
        _CHAPTER.fullmatch(text) is not None or _NUMERAL.fullmatch(text) is not None
    )


def _in_capitals(text: str) -> bool:
    """A short line of capitals that does not end as a sentence or a clause does."""
    if (
        not text.isupper()
        or text.rstrip(_CLOSERS)[-1:] in _SENTENCE_ENDS
        or len(text.split()) > MAX_CAPITALS_WORDS
    ):
        return False
    return (
        sum(1 for char in text if char.isalpha()) >= MIN_CAPITALS_LETTERS
        and _NOT_WORDS.search(text) is None
        and _DASH_BULLET.match(text) is None
    )


def standing_headings(
    texts: Sequence[str], joined: Sequence[int], candidates: Sequence[int],
    over_body: Callable[[int], bool],
) -> set[int]:
    """The ``candidates`` (indexes of ``texts``, each followed by another text) that are
    headings by standing alone: ``joined[i]`` says text ``i`` goes on its chunk (after a
    single newline, not a blank line); ``over_body(i)`` that text ``i`` is a paragraph of prose
    or a block of its own (what a heading in capitals stands over)."""
    count = len(texts)

    def starts_at(index: int) -> bool:
        return index >= count or not joined[index]

    found: set[int] = set()
    capitals: list[int] = []
    for index in candidates:
        text = texts[index]
        if len(text) > MAX_STANDING or joined[index] or is_salutation(text):
            continue
        if is_chapter_line(text):  # (its chunk: the line, and its title's line at most)
            if (starts_at(index + 1) or starts_at(index + 2)) and not is_chapter_line(
                texts[index + 1]
            ):
                found.add(index)
        elif starts_at(index + 1) and _in_capitals(text):
            capitals.append(index)
    if capitals:
        repeats = Counter(texts[index] for index in capitals)
        found.update(
            index
            for index in capitals
            if repeats[texts[index]] <= MAX_REPEATS and over_body(index + 1)
        )
    return found


__all__ = ["is_chapter_line", "is_salutation", "may_stand", "standing_headings"]
