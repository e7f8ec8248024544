"""Search within an article's text: matches as character offsets into ``Article.text``.

Pure engine code (no Textual). Smart case: a query with no capital letter ignores case, any
capital makes it exact. Literal queries treat a space as "any run of whitespace" (so a phrase
broken across lines or paragraphs is found), a straight quote as any quote of its kind and a
digit as itself raised or lowered too ("co2" finds "CO₂", "108" finds "10⁸"). Every search
(literal, whole word, regex) runs under a time budget, so neither a catastrophic pattern nor a
huge text can freeze the app.
"""

from __future__ import annotations

import gc
import re
import signal
import threading
from bisect import bisect_left
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from itertools import islice
from operator import itemgetter

from reader.core.errors import ReaderError
from reader.core.lazy import lazy_re

MAX_MATCHES = 100_000
"""Stop collecting matches after this many (the count then reads "100000+")."""

REGEX_BUDGET = 0.15
"""Seconds a search (of any mode) may run before it is abandoned."""

Span = tuple[int, int]

_ESCAPE = lazy_re(r"\\.", re.DOTALL)
_WHITESPACE = lazy_re(r"(\s+)")
_QUOTES = {"'": "['‘’‚‛′]", '"': '["“”„‟″]'}
_DIGITS = {
    digit: f"[{digit}{raised}{lowered}]"
    for digit, raised, lowered in zip("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹", "₀₁₂₃₄₅₆₇₈₉", strict=True)
}
_ALIKE = _QUOTES | _DIGITS  # (a character of a query and what else it finds)


class SearchError(ReaderError):
    """The query cannot be searched (an invalid or too slow regular expression)."""


@dataclass(frozen=True)
class Query:
    """What the user asked for: the text and the two toggles."""

    text: str
    regex: bool = False
    whole_word: bool = False

    @property
    def case_sensitive(self) -> bool:
        """Smart case: exact as soon as the query holds a capital letter."""
        return is_case_sensitive(self.text, regex=self.regex)


def is_case_sensitive(query: str, *, regex: bool = False) -> bool:
    """True when ``query`` holds a capital (in a regex, escapes like ``\\S`` do not count)."""
    if regex:
        query = _ESCAPE.sub("", query)
    return any(char.isupper() for char in query)


def literal_pattern(query: str) -> str:
    """A regex source for a literal query: spaces match any whitespace, quotes any quote,
    digits their raised and lowered forms too."""
    parts: list[str] = []
    for piece in _WHITESPACE.split(query):
        if not piece:
            continue
        if piece.isspace():
            parts.append(r"\s+")
            continue
        parts.extend(_ALIKE.get(char) or re.escape(char) for char in piece)
    return "".join(parts)


def compile_query(query: Query, *, ignore_case: bool | None = None) -> re.Pattern[str]:
    """Compile ``query``; raise :class:`SearchError` (one line) for an invalid regex."""
    if ignore_case is None:
        ignore_case = not query.case_sensitive
    flags = re.MULTILINE | (re.IGNORECASE if ignore_case else 0)
    if query.regex:
        source = query.text
        if query.whole_word:
            source = rf"(?<!\w)(?:{source})(?!\w)"
    else:
        source = literal_pattern(query.text)
        if query.whole_word:
            source = _word_bounded(query.text, source)
    try:
        return re.compile(source, flags)
    except re.error as error:
        raise SearchError(_regex_message(error)) from None
    except (OverflowError, RecursionError, MemoryError):
        raise SearchError("This regex is too large to search with.") from None


def _word_bounded(query: str, source: str) -> str:
    """``source`` not glued to a word character on a side where the query is a word character.

    Lookarounds keep the scan in the regex engine (a Python loop over a run-together word of
    megabytes took seconds); the overlap a retried match would find is found there too.
    """
    if _is_word(query[0]):
        source = r"(?<!\w)" + source
    if _is_word(query[-1]):
        source += r"(?!\w)"
    return source


def _regex_message(error: re.error) -> str:
    """One short sentence for a regex syntax error."""
    where = f" at position {error.pos + 1}" if error.pos is not None else ""
    return f"Invalid regex: {error.msg}{where}."


class TextSearcher:
    """Searches one text many times (as you type); keeps a lowercased copy for smart case."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._lowered: str | None = None
        self._lowered_ready = False

    def _lowered_text(self) -> str | None:
        """``text.lower()`` when lowering keeps every offset, else None."""
        if not self._lowered_ready:
            lowered = self.text.lower()
            self._lowered = lowered if len(lowered) == len(self.text) else None
            self._lowered_ready = True
        return self._lowered

    def find(
        self,
        query: Query,
        *,
        limit: int = MAX_MATCHES,
        budget: float | None = REGEX_BUDGET,
    ) -> list[Span]:
        """Every non-empty match of ``query`` as ``(start, end)``, in order, at most ``limit``."""
        if not query.text or (not query.regex and query.text.isspace()):
            return []
        haystack = self.text
        ignore_case = not query.case_sensitive
        if ignore_case:
            lowered = self._lowered_text()
            if lowered is not None:
                # No capital in the pattern, so matching the lowered text ignores case, faster.
                haystack, ignore_case = lowered, False
        pattern = compile_query(query, ignore_case=ignore_case)
        message = _TOO_SLOW_REGEX if query.regex else _TOO_SLOW_TEXT
        with _collector_paused(), time_budget(budget, message):
            if query.regex:
                return _collect(pattern.finditer(haystack), limit)
            # A literal pattern never matches the empty string: collect in C.
            return list(islice(map(_SPAN, pattern.finditer(haystack)), limit))


def find_matches(
    text: str,
    query: str,
    *,
    regex: bool = False,
    whole_word: bool = False,
    limit: int = MAX_MATCHES,
) -> list[Span]:
    """Every match of ``query`` in ``text`` as ``(start, end)`` character offsets."""
    return TextSearcher(text).find(Query(query, regex, whole_word), limit=limit)


_SPAN = re.Match.span
_START = itemgetter(0)


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector while tens of thousands of spans are made.

    The span tuples hold no cycles; in a big app, collections triggered by them cost more
    than the search itself.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _collect(matches: Iterator[re.Match[str]], limit: int) -> list[Span]:
    """Spans of the non-empty matches, at most ``limit``."""
    spans: list[Span] = []
    for match in matches:
        start, end = match.span()
        if start != end:
            spans.append((start, end))
            if len(spans) >= limit:
                break
    return spans


def _is_word(char: str) -> bool:
    """A letter, digit or underscore, as ``\\w`` sees it."""
    return char.isalnum() or char == "_"


def nearest_match(spans: list[Span], offset: int) -> int | None:
    """Index of the first match starting at or after ``offset`` (wrapping to the first)."""
    if not spans:
        return None
    index = bisect_left(spans, offset, key=_START)  # (offsets may be negative: the head)
    return index if index < len(spans) else 0


def step(index: int | None, count: int, forward: bool = True) -> tuple[int | None, bool]:
    """The next (or previous) match index and whether the step wrapped around."""
    if not count:
        return None, False
    if index is None:
        return (0 if forward else count - 1), False
    target = index + (1 if forward else -1)
    if target >= count:
        return 0, True
    if target < 0:
        return count - 1, True
    return target, False


_TOO_SLOW_REGEX = "This regex takes too long on this text; try a simpler one."
_TOO_SLOW_TEXT = "This search takes too long on this text; try a longer query."


class _Timeout(Exception):
    """Raised from the alarm handler to abandon a running regex."""


@contextmanager
def time_budget(seconds: float | None, message: str = _TOO_SLOW_REGEX) -> Iterator[None]:
    """Abandon the body after ``seconds`` with :class:`SearchError`.

    Python's regex engine checks for signals while it runs, so an interval timer interrupts
    even a catastrophic pattern. Only possible in the main thread on POSIX; elsewhere the
    body runs without a budget.
    """
    usable = (
        seconds is not None
        and hasattr(signal, "setitimer")
        and threading.current_thread() is threading.main_thread()
    )
    if not usable:
        yield
        return
    armed = True

    def on_alarm(signum: int, frame: object) -> None:
        if armed:
            raise _Timeout

    previous = signal.signal(signal.SIGALRM, on_alarm)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    except _Timeout:
        raise SearchError(message) from None
    finally:
        armed = False
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def filter_matches(query: str, *fields: str) -> bool:
    """Panel filtering: every word of ``query`` appears in one of ``fields`` (smart case)."""
    words = query.split()
    if not words:
        return True
    exact = is_case_sensitive(query)
    haystack = "\n".join(fields)
    if not exact:
        haystack = haystack.lower()
    return all(word in haystack for word in words)
