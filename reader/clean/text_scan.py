"""Find which paragraphs may hold a word: one scan of all the text instead of one per paragraph.

A book has tens of thousands of paragraphs and almost none of them is page furniture or consent
language. The cleaners' tests are case-insensitive regexes, too slow to run on every paragraph,
but each needs some ASCII word to occur ("cookie", "newsletter"). ``TextScan`` joins the
paragraphs once, lowers the UTF-8 bytes (only ASCII changes case there) and finds a word with
``bytes.find``. The answer is a superset: a paragraph holding a character whose case folding
brings in ASCII letters (Kelvin sign, long s, dotted capital I, ligatures, and for safety any
non-ASCII character that case folding changes) is always reported, so running the exact test
on the reported paragraphs gives exactly the paragraphs the test accepts.
"""

from __future__ import annotations

import copy
import re
from bisect import bisect_right
from collections.abc import Iterable, Sequence
from itertools import accumulate

_ASCII = bytes(range(128))


def _folds(char: str) -> bool:
    """Whether case-insensitive matching or case folding may treat ``char`` as another one."""
    return char.casefold() != char or char == "ı"  # dotless i matches "i" in regexes


def trie_pattern(words: Iterable[str]) -> str:
    """A regex alternation matching exactly ``words``, factored by shared prefixes (faster)."""
    tree: dict[str, dict] = {}
    for word in words:
        node = tree
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def render(node: dict[str, dict]) -> str:
        parts = [re.escape(char) + render(child) for char, child in sorted(node.items()) if char]
        if not parts:
            return ""
        optional = "" in node
        if len(parts) == 1 and not optional:
            return parts[0]
        return "(?:" + "|".join(parts) + ")" + ("?" if optional else "")

    return render(tree)


def _paragraphs_at(positions: list[int], data: bytes | str, newline: bytes | str) -> set[int]:
    """The paragraph of each position: the number of newlines before it."""
    found: set[int] = set()
    index = previous = 0
    for at in sorted(positions):
        index += data.count(newline, previous, at)  # type: ignore[arg-type]
        previous = at
        found.add(index)
    return found


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
        data = self._data
        positions: list[int] = []
        for word in words:
            needle = word.encode("utf-8")
            at = data.find(needle)
            while at >= 0:
                positions.append(at)
                at = data.find(needle, at + 1)
        found = {index - 1 for index in _paragraphs_at(positions, data, b"\n")}
        return self._numbered(found) | self.folding

    def starting(self, pattern: re.Pattern[str]) -> set[int]:
        """Indexes of the paragraphs where ``pattern`` matches, for a pattern that starts by
        matching the newline before a paragraph and never matches another newline."""
        if not self.exact or not self.count:
            return set(range(self.count))
        text = self._text
        positions = [match.start() for match in pattern.finditer(text)]
        return self._numbered(_paragraphs_at(positions, text, "\n"))
