"""A word a hyphen broke at a line's (or a page's) end, put back as the document writes it.

A typeset text (a PDF, a text printed from one, a man page) breaks a long word where a line
ends, with a hyphen ("manip-" over "ulated"); any text breaks a compound at its own hyphen
("self-" over "aware"). Two lower-case halves are what the document writes elsewhere: run
together ("selfaware") or with the hyphen ("self-aware"), the more often of the two; writing
neither, a compound when it uses each half as a word of its own ("long" and "term"), else one
word in a typeset text (a PDF's; a text many of whose lines end so, most of them between
halves that are no words of its own) and a compound in one wrapped by hand or by a program
at its compounds' hyphens ("user-" over "specific"). A half in
capitals or digits ("Jean-" over "Paul", "COVID-" over "19") and a compound broken after its
first hyphen ("state-of-the-" over "art") keep the hyphen. Either way the halves touch: no
space comes between them. A soft hyphen (U+00AD) is always a break; so is U+2010 in a text
that writes it only at its lines' ends (groff's mark of its breaks, in a man page, whose
hyphens at a line's end are then its words' own).

The document's words are looked up lazily: a text with no broken word costs nothing, one
with a few costs a search each, one with many (a typeset book) one count of its words.
"""

from __future__ import annotations

from collections import Counter
from itertools import pairwise

from reader.core.lazy import lazy_re

HYPHENS = "-\u2010\u00ad"  # a hyphen, the typographic one (groff's), a soft hyphen
SOFT_HYPHEN = "\u00ad"
BREAK_HYPHEN = "\u2010"
_INNER = "-\u2010"  # a compound's hyphens, as a document writes them whole
# A line's end with a hyphen (the newline after it), in a whole text.
_BREAK = lazy_re(r"[-\u2010\u00ad][^\S\n]*\n")
_LETTERS = lazy_re(r"[^\W\d_]+")
_TOKEN = lazy_re(r"[^\W\d_]+(?:-[^\W\d_]+)*")  # a word, or a compound with its hyphens
TYPESET_SHARE = 0.04  # of a text's lines, at least this share end with a word a hyphen broke ...
MIN_TYPESET_BREAKS = 5  # ... and at least this many, most of them not into two words of its
TYPESET_SAMPLE = 12  # own (of this many looked at): it was typeset, its words broken so
SEARCHES = 16  # words looked up one search at a time; past that, the document's words counted


class Spellings:
    """How a document writes its words, to put back the ones broken at a line's end."""

    def __init__(self, text: str, typeset: bool | None = None) -> None:
        """``typeset``: whether the text was typeset (a PDF's); None: as its breaks tell."""
        self._text = text
        self._typeset = typeset
        self._broken: list[tuple[str, str]] = []  # the halves of the words broken (lower case)
        self._plain: str | None = None  # lower case, each broken word cut out
        self._words: Counter[str] | None = None  # words standing alone
        self._pairs: Counter[str] | None = None  # "self-aware": two words a hyphen joins
        self._asked: dict[tuple[str, str], bool] = {}
        self._marked: bool | None = None  # breaks marked by U+2010 (and only breaks)

    def joint(self, before: str, after: str) -> str | None:
        """What stands between ``before`` (without its last character) and ``after`` when
        ``before`` ends with a word a hyphen broke and ``after`` goes on with it: the hyphen
        (a compound) or nothing (one word); None when ``before`` ends otherwise (the caller
        joins the two as it does any lines)."""
        hyphen = before[-1:]
        if not hyphen or hyphen not in HYPHENS or not before[-2:-1].isalnum():
            return None
        if not after[:1].isalnum():
            return None
        if hyphen == SOFT_HYPHEN:
            return ""
        if self._breaks_marked():
            return "" if hyphen == BREAK_HYPHEN else hyphen
        return hyphen if self._keeps(_left_word(before[:-1]), after) else ""

    def _breaks_marked(self) -> bool:
        """Whether the text marks the words it breaks with U+2010, a character it writes
        nowhere else (never between two letters of a line)."""
        if self._marked is None:
            text = self._text
            at = text.find(BREAK_HYPHEN)
            marked = at >= 0
            while at >= 0 and marked:
                marked = not text[at + 1 : at + 2].isalpha()
                at = text.find(BREAK_HYPHEN, at + 1)
            self._marked = marked
        return self._marked

    def _keeps(self, left: str, after: str) -> bool:
        right = _LETTERS.match(after)
        if not left or right is None or any(mark in left for mark in _INNER):
            return True  # digits ("COVID-19"), a compound already ("state-of-the-art")
        if not (left[-1].islower() and after[0].islower()):
            return True  # "Jean-Paul", "X-ray", "anti-American"
        key = (left.lower(), right.group().lower())
        known = self._asked.get(key)
        if known is None:
            known = self._asked[key] = self._written_with_hyphen(*key)
        return known

    def _written_with_hyphen(self, left: str, right: str) -> bool:
        if self._words is None and len(self._asked) >= SEARCHES:
            self._count()
        if self._words is not None and self._pairs is not None:
            whole, hyphened = self._words[left + right], self._pairs[f"{left}-{right}"]
            if whole or hyphened:
                return hyphened > whole
            return self._both_words(left, right) or not self._is_typeset()
        plain = self._plain_text()
        whole, hyphened = _found(plain, left + right), _found(plain, f"{left}-{right}")
        if whole or hyphened:
            return hyphened > whole
        return self._both_words(left, right) or not self._is_typeset()

    def _both_words(self, left: str, right: str) -> bool:
        """Whether the text uses each half as a word of its own."""
        if self._words is not None:
            return bool(self._words[left] and self._words[right])
        plain = self._plain_text()
        return bool(_found(plain, left, once=True) and _found(plain, right, once=True))

    def _is_typeset(self) -> bool:
        """Whether the text was typeset: told, or many of its lines end with a word broken
        between two lower-case letters, and most of those halves are no words of its own
        (syllables: "manip" and "ulated", not a compound's "user" and "specific")."""
        if self._typeset is None:
            self._plain_text()  # (finds the breaks)
            text = self._text
            lines = text.count("\n") + 1 - text.count("\n\n")  # (about: those with text)
            breaks = self._broken
            self._typeset = False
            if len(breaks) >= max(MIN_TYPESET_BREAKS, TYPESET_SHARE * lines):
                if self._words is None and len(breaks) >= SEARCHES:
                    self._count()  # (it will be needed: many words to look up)
                sample = breaks[:: max(1, len(breaks) // TYPESET_SAMPLE)][:TYPESET_SAMPLE]
                words = sum(1 for left, right in sample if self._both_words(left, right))
                self._typeset = words * 2 < len(sample)
        return self._typeset

    def _plain_text(self) -> str:
        """The document in lower case, its hyphens all "-", every word broken at a line's
        end cut out (its halves are not the document's words)."""
        if self._plain is None:
            text = self._text
            pieces: list[str] = []
            done = 0
            for match in _BREAK.finditer(text):
                start, end = match.start(), match.end()
                if start < done:
                    continue
                hyphen = start
                while start > done and (text[start - 1].isalnum() or text[start - 1] in _INNER):
                    start -= 1
                while end < len(text) and text[end] in " \t":
                    end += 1
                rest = end
                while end < len(text) and text[end].isalnum():
                    end += 1
                left, right = text[start:hyphen], text[rest:end]
                if left[-1:].islower() and right[:1].islower() and left.isalpha():
                    self._broken.append((left.lower(), right.lower()))
                pieces += (text[done:start], " ")
                done = end
            pieces.append(text[done:])
            self._plain = "".join(pieces).lower().replace("\u2010", "-")
        return self._plain

    def _count(self) -> None:
        words = Counter(_TOKEN.findall(self._plain_text()))  # (a compound as one: "self-aware")
        pairs: Counter[str] = Counter()
        for token, count in words.items():
            if "-" in token:
                for a, b in pairwise(token.split("-")):
                    pairs[f"{a}-{b}"] += count
        self._words, self._pairs = words, pairs


def _left_word(text: str) -> str:
    """The word (a compound's hyphens and all) that ``text`` ends with; "" when it ends with
    no letter."""
    start = len(text)
    while start and (
        text[start - 1].isalpha()
        or (text[start - 1] in _INNER and start > 1 and text[start - 2].isalpha())
    ):
        start -= 1
    word = text[start:].lstrip(_INNER)
    return word if word[-1:].isalpha() else ""


def _found(plain: str, word: str, once: bool = False) -> int:
    """How often ``word`` (or a compound of two words, "self-aware") stands in ``plain``: a
    single word alone, not inside a longer word or a compound; a compound also inside a
    longer one ("well-known" in "well-known-ish"). With ``once``, 1 at the first. (A search
    for the word itself, then a look at its edges: quick on a book.)"""
    compound = "-" in word
    found = 0
    start = plain.find(word)
    while start >= 0:
        end = start + len(word)
        before, after = plain[start - 1 : start] if start else "", plain[end : end + 1]
        if not (_edge(before, compound) or _edge(after, compound)):
            found += 1
            if once:
                break
        start = plain.find(word, start + 1)
    return found


def _edge(char: str, compound: bool) -> bool:
    """Whether ``char`` beside a word makes it part of a longer one: a letter (and, beside a
    single word, a digit, an underscore or a hyphen: a compound's)."""
    if compound:
        return char.isalpha()
    return char.isalnum() or char in "_-"


__all__ = ["HYPHENS", "SOFT_HYPHEN", "Spellings"]
