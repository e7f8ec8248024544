"""Find which paragraphs may hold a word: one scan of all the text instead of one per paragraph.

A book has tens of thousands of paragraphs and almost none of them is page furniture or consent
language. The cleaners' tests are case-insensitive regexes, too slow to run on every paragraph,
but each needs some ASCII word to occur ("cookie", "newsletter") or a paragraph to start in
some way. ``TextScan`` joins the paragraphs once, lowers the UTF-8 bytes (only ASCII changes
case there) and finds words with a few literal-led byte patterns; paragraph starts are found
with one regex over the joined text. The answers are supersets: a paragraph holding a character
whose case folding brings in ASCII letters (Kelvin sign, long s, dotted capital I, ligatures,
and for safety any non-ASCII character that case folding changes) is always reported, so
running the exact test on the reported paragraphs gives exactly the paragraphs it accepts.
"""

from __future__ import annotations

import copy
import re
from bisect import bisect_right
from collections.abc import Iterable, Sequence
from functools import lru_cache
from itertools import accumulate

_ASCII = bytes(range(128))


def _folds(char: str) -> bool:
    """Whether case-insensitive matching or case folding may treat ``char`` as another one."""
    return char.casefold() != char or char == "ı"  # dotless i matches "i" in regexes


@lru_cache(maxsize=64)
def _needles(words: tuple[str, ...]) -> list[re.Pattern[bytes]]:
    """One bytes pattern per first letter ("c(?:ookie|onsent)"): a pattern that starts with a
    literal is searched as fast as ``bytes.find``, and this makes fewer passes."""
    groups: dict[bytes, list[bytes]] = {}
    for word in sorted(set(words)):
        data = word.encode("utf-8")
        groups.setdefault(data[:1], []).append(data[1:])
    return [
        re.compile(re.escape(first) + b"(?:" + b"|".join(map(re.escape, rests)) + b")")
        for first, rests in groups.items()
    ]


def _paragraphs_at(positions: list[int], data: bytes | str, newline: bytes | str) -> set[int]:
    """The paragraph of each position: the number of newlines before it."""
    found: set[int] = set()
    index = previous = 0
    for at in sorted(positions):
        index += data.count(newline, previous, at)  # type: ignore[arg-type]
        previous = at
        found.add(index)
    return found


def lines_at(text: str, pattern: re.Pattern[str]) -> list[int]:
    """The line of ``text`` where each match of ``pattern`` starts (ascending)."""
    found: list[int] = []
    newlines = previous = 0
    for match in pattern.finditer(text):
        newlines += text.count("\n", previous, match.start())
        previous = match.start()
        found.append(newlines)
    return found


def lines_with(text: str, pattern: re.Pattern[str]) -> list[int]:
    """The lines of ``text`` where ``pattern`` matches, each once (ascending): after a match
    the search goes on from the next line, so a long line of matches costs one."""
    found: list[int] = []
    newlines = previous = position = 0
    while (match := pattern.search(text, position)) is not None:
        newlines += text.count("\n", previous, match.start())
        found.append(newlines)
        previous = match.start()
        position = text.find("\n", match.end()) + 1
        if not position:
            break
    return found


def chunks_holding(chunks: Sequence[tuple[int, int]], lines: Iterable[int]) -> list[int]:
    """The chunks (``(first, end)`` lines each, in order) that ``lines`` fall in, ascending,
    each once: a line counts for the last chunk that starts at or before it."""
    starts = [first for first, _end in chunks]
    return sorted({bisect_right(starts, line) - 1 for line in lines} - {-1})


def paragraphs_starting(paragraphs: Sequence[str], pattern: re.Pattern[str]) -> set[int] | None:
    """Indexes of the paragraphs where ``pattern`` matches, for a pattern that starts by
    matching the newline before a paragraph and never matches another newline; None when a
    paragraph holds a newline itself."""
    if not paragraphs:
        return set()
    text = "\n".join(["", *paragraphs])
    if text.count("\n") != len(paragraphs):
        return None
    return _paragraphs_at([match.start() for match in pattern.finditer(text)], text, "\n")


class TextScan:
    """The paragraphs of a text, joined once for look-ups over all of them."""

    def __init__(self, paragraphs: Sequence[str]) -> None:
        self.paragraphs = paragraphs
        self.count = len(paragraphs)
        # Every paragraph follows a newline; joined once (a book's text is megabytes).
        text = "\n".join(["", *paragraphs])
        data = text.encode("utf-8", "surrogatepass")
        # With a newline inside a paragraph, offsets cannot be told apart: report everything.
        self.exact = text.count("\n") == self.count
        self.folding: set[int] = set()
        if not text.isascii():
            others = data.translate(None, _ASCII).decode("utf-8", "surrogatepass")
            if others.casefold() != others or "ı" in others:
                chars = sorted(c for c in set(others) if _folds(c))
                pattern = re.compile("[" + "".join(re.escape(c) for c in chars) + "]")
                starts = list(accumulate(len(p) + 1 for p in paragraphs))  # (+1: the newline)
                self.folding = {bisect_right(starts, m.start()) for m in pattern.finditer(text)}
        self._text = text
        self._data = data.lower()
        self._remap: dict[int, int] | None = None
        self._starting: dict[re.Pattern[str], set[int]] = {}  # shared with subsets
        self._having: dict[tuple[str, ...], set[int]] = {}  # (so is this)
        self._first_words: dict[tuple[str, frozenset[str], bool, bool], set[int]] = {}
        self._firsts: dict[str, list[str]] = {}  # word characters -> first words

    def subset(self, keep: Sequence[int]) -> TextScan:
        """The scan of the paragraphs ``keep`` (ascending indexes), numbered as in that list."""
        view = copy.copy(self)
        remap = {old: new for new, old in enumerate(keep)}
        if self._remap is not None:
            remap = {outer: remap[inner] for outer, inner in self._remap.items() if inner in remap}
        view._remap = remap
        view.paragraphs = [self.paragraphs[i] for i in keep]
        view.count = len(keep)
        view.folding = {remap[i] for i in self._all(self.folding) if i in remap}
        return view

    def _all(self, found: set[int]) -> set[int]:
        """Indexes of the whole text again (undo a subset's numbering)."""
        if self._remap is None:
            return found
        back = {new: old for old, new in self._remap.items()}
        return {back[i] for i in found}

    def _numbered(self, found: set[int]) -> set[int]:
        if self._remap is None:
            return found
        return {self._remap[i] for i in found if i in self._remap}

    def having(self, words: Iterable[str]) -> set[int]:
        """Indexes of the paragraphs that may contain one of ``words`` in any case; always
        including the paragraphs with case-folding characters. Words are lower case, and only
        their ASCII letters may vary in case ("©" is fine, "é" would not find "É")."""
        if not self.exact or not self.count:
            return set(range(self.count))
        key = tuple(words)
        if key not in self._having:
            data = self._data
            positions = [
                match.start() for needle in _needles(key) for match in needle.finditer(data)
            ]
            self._having[key] = {index - 1 for index in _paragraphs_at(positions, data, b"\n")}
        return self._numbered(self._having[key]) | self.folding

    def starting(self, pattern: re.Pattern[str]) -> set[int]:
        """Indexes of the paragraphs where ``pattern`` matches, for a pattern that starts by
        matching the newline before a paragraph and never matches another newline."""
        if not self.exact or not self.count:
            return set(range(self.count))
        if pattern not in self._starting:
            text = self._text
            positions = [match.start() for match in pattern.finditer(text)]
            self._starting[pattern] = _paragraphs_at(positions, text, "\n")
        return self._numbered(self._starting[pattern])

    def holding(self, pattern: re.Pattern[str]) -> set[int]:
        """Indexes of the paragraphs where ``pattern`` matches, for a pattern that never
        matches a newline (found with one search of the whole text)."""
        if not self.exact or not self.count:
            return set(range(self.count))
        text = self._text
        found = _paragraphs_at([m.start() for m in pattern.finditer(text)], text, "\n")
        return self._numbered({index - 1 for index in found})

    def first_word_in(
        self, word_chars: str, words: frozenset[str], *, digit: bool = False, empty: bool = False
    ) -> set[int]:
        """Indexes of the paragraphs whose first word, case-folded, is one of ``words`` (or
        starts with a digit, with ``digit``; or is missing, with ``empty``). A word is a run of
        the characters of the regex class body ``word_chars`` (e.g. ``\\w&'``)."""
        if not self.exact or not self.count:
            return set(range(self.count))
        key = (word_chars, words, digit, empty)
        if key not in self._first_words:
            firsts = self._first_words_of(word_chars)
            accepted = {  # (each distinct word tested once: a book repeats its first words)
                word
                for word in set(firsts)
                if (word.casefold() in words if word else empty) or (digit and word[:1].isdigit())
            }
            self._first_words[key] = {
                index for index, word in enumerate(firsts) if word in accepted
            }
        return self._numbered(self._first_words[key])

    def _first_words_of(self, word_chars: str) -> list[str]:
        """Every paragraph's first word (a run of the characters ``word_chars``; "" when it
        has none), in order, for paragraphs that hold no newline."""
        if word_chars not in self._firsts:
            pattern = re.compile(rf"\n[^{word_chars}\n]*([{word_chars}]*)")
            self._firsts[word_chars] = pattern.findall(self._text)
        return self._firsts[word_chars]

    def prefetch(self, patterns: Sequence[re.Pattern[str]]) -> None:
        """Answer several ``starting`` look-ups with one scan of the text (kept for later)."""
        if not self.exact or not self.count:
            return
        bodies = []
        for pattern in patterns:
            body = pattern.pattern
            if not body.startswith(("\\n", "\n")):
                raise ValueError(f"pattern must start with a newline: {body[:20]!r}")
            body = body[2:] if body.startswith("\\n") else body[1:]  # (after the newline)
            bodies.append(f"(?i:{body})" if pattern.flags & re.IGNORECASE else f"(?:{body})")
        combined = re.compile(
            "\n(?=" + "|".join(bodies) + ")"
            + "".join(f"(?:(?=(?P<p{i}>{body})))?" for i, body in enumerate(bodies))
        )
        found: list[set[int]] = [set() for _ in patterns]
        text = self._text
        newlines = previous = 0
        for match in combined.finditer(text):
            newlines += text.count("\n", previous, match.start())
            previous = match.start()
            for i, indexes in enumerate(found):
                if match.group(f"p{i}") is not None:
                    indexes.add(newlines)
        for pattern, indexes in zip(patterns, found, strict=True):
            self._starting[pattern] = indexes
