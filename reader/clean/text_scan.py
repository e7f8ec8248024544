"""Find which paragraphs may hold a word, with one scan of all the text instead of one per paragraph.

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

import re
from bisect import bisect_right
from collections.abc import Iterable, Sequence
from itertools import accumulate

_ASCII = bytes(range(128))


def _folds(char: str) -> bool:
    """Whether case-insensitive matching or case folding may treat ``char`` as another one."""
    return char.casefold() != char or char == "ı"  # dotless i matches "i" in regexes


class TextScan:
    """The paragraphs of a text, joined once for word look-ups."""

    def __init__(self, paragraphs: Sequence[str]) -> None:
        self.count = len(paragraphs)
        joined = "\n".join(paragraphs)
        data = joined.encode("utf-8", "surrogatepass")
        # With a newline inside a paragraph, offsets cannot be told apart: report everything.
        self.exact = joined.count("\n") == max(0, self.count - 1)
        self.folding: set[int] = set()
        if not joined.isascii():
            others = data.translate(None, _ASCII).decode("utf-8", "surrogatepass")
            if others.casefold() != others or "ı" in others:
                chars = sorted(c for c in set(others) if _folds(c))
                pattern = re.compile("[" + "".join(re.escape(c) for c in chars) + "]")
                starts = [0, *accumulate(len(p) + 1 for p in paragraphs)]
                self.folding = {
                    bisect_right(starts, m.start()) - 1 for m in pattern.finditer(joined)
                }
        self._data = data.lower()

    def having(self, words: Iterable[str]) -> set[int]:
        """Indexes of the paragraphs that may contain one of ``words`` in any case; always
        including the paragraphs with case-folding characters. Words are lower case, and only
        their ASCII letters may vary in case ("©" is fine, "é" would not find "É")."""
        if not self.exact:
            return set(range(self.count))
        data = self._data
        positions: list[int] = []
        for word in words:
            needle = word.encode("utf-8")
            at = data.find(needle)
            while at >= 0:
                positions.append(at)
                at = data.find(needle, at + 1)
        found = set(self.folding)
        index = previous = 0
        for at in sorted(positions):
            index += data.count(b"\n", previous, at)
            previous = at
            found.add(index)
        return found
