"""Every compiled regular expression in reader/ runs in linear time on long runs of text.

The patterns are collected by importing every module and walking module globals, class
attributes, and the tuples, lists, sets and dicts they hold. Each is run over ordinary text
with a long run (word characters, spaces, punctuation) at its start, middle and end, at
growing sizes up to 200,000 characters; the time at 4n must stay near 4x the time at n.
"""

from __future__ import annotations

import gc
import importlib
import pkgutil
import re
import signal
import time
from collections.abc import Iterator

import pytest

import reader
from reader.core.lazy import LazyPattern

SIZES = (3_125, 12_500, 50_000, 200_000)
RUNS = {"word": "a", "digits": "7", "spaces": " ", "punctuation": ".,-"}
PLACES = ("start", "middle", "end")
PROSE = "An ordinary sentence, with words and 12 numbers; said Ann Lee. "
RATIO = 8.0  # linear is 4x; quadratic 16x
NOISE = 0.05  # seconds: below this a ratio is noise (quadratic is far above at 200,000)
CALL_BUDGET = 3.0  # seconds for one call: anything slower is catastrophic here


def _values(namespace: dict[str, object]) -> Iterator[object]:
    for value in namespace.values():
        yield value
        if isinstance(value, (tuple, list, set, frozenset)):
            yield from value
        elif isinstance(value, dict):
            yield from value.keys()
            yield from value.values()


def collect_patterns() -> dict[str, re.Pattern[str]]:
    """``module.name -> pattern`` for every distinct compiled str pattern in reader/."""
    found: dict[tuple[str, int], str] = {}
    patterns: dict[str, re.Pattern[str]] = {}
    for info in pkgutil.walk_packages(reader.__path__, "reader."):
        module = importlib.import_module(info.name)
        spaces: list[tuple[str, dict[str, object]]] = [(info.name, vars(module))]
        for name, value in list(vars(module).items()):
            if isinstance(value, type) and value.__module__ == info.name:
                spaces.append((f"{info.name}.{name}", dict(vars(value))))
        for where, namespace in spaces:
            for value in _values(namespace):
                if isinstance(value, LazyPattern):  # (compiled on first use: now)
                    value = re.compile(value.pattern, value.flags)
                if isinstance(value, re.Pattern) and isinstance(value.pattern, str):
                    key = (value.pattern, value.flags)
                    if key not in found:
                        found[key] = f"{where}:{len(patterns)}"
                        patterns[found[key]] = value
    return patterns


PATTERNS = collect_patterns()


def _text(run: str, size: int, place: str) -> str:
    body = (run * (size // len(run) + 1))[:size]
    prose = PROSE * 3
    if place == "start":
        return body + prose
    if place == "end":
        return prose + body
    return prose + body + prose


class _Slow(Exception):
    pass


def _on_alarm(signum: int, frame: object) -> None:
    raise _Slow


def _time(pattern: re.Pattern[str], text: str) -> float:
    """CPU seconds (this thread's: other processes on a busy machine do not count) for a
    search and a full scan of the matches."""
    started = time.thread_time()
    signal.setitimer(signal.ITIMER_REAL, CALL_BUDGET)
    try:
        pattern.search(text)
        for _ in pattern.finditer(text):
            pass
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
    return time.thread_time() - started


def super_linear(pattern: re.Pattern[str]) -> list[str]:
    """Where ``pattern`` grows faster than linearly (empty when it never does)."""
    problems = []
    previous = signal.signal(signal.SIGALRM, _on_alarm)
    gc.disable()  # a collection inside one timing is not the pattern's doing
    try:
        for run_name, run in RUNS.items():
            for place in PLACES:
                last = None
                for size in SIZES:
                    text = _text(run, size, place)
                    try:
                        spent = _time(pattern, text)
                        if last is not None and spent > NOISE and spent > RATIO * last:
                            # the machine is shared: measure both again before judging
                            last = min(_time(pattern, _text(run, size // 4, place))
                                       for _ in range(3))
                            spent = min(_time(pattern, text) for _ in range(3))
                    except _Slow:
                        problems.append(f"{run_name}@{place}: over {CALL_BUDGET} s at {size}")
                        break
                    if last is not None and spent > NOISE and spent > RATIO * last:
                        problems.append(
                            f"{run_name}@{place}: {last:.3f} s at {size // 4}, "
                            f"{spent:.3f} s at {size}"
                        )
                        break
                    last = spent
    finally:
        gc.enable()
        signal.signal(signal.SIGALRM, previous)
    return problems


def test_patterns_are_collected() -> None:
    assert len(PATTERNS) > 50
    assert any("edges" in where for where in PATTERNS)


@pytest.mark.parametrize("where", sorted(PATTERNS))
def test_regex_is_linear_on_long_runs(where: str) -> None:
    assert super_linear(PATTERNS[where]) == [], PATTERNS[where].pattern
