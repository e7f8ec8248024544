"""Pull quotes in plain text: a short paragraph repeating body words, then an attribution line.

    Our commitment is to be a friend and supporter of Mexico ...
    President Barack Obama

The quote is matched to the body paragraph it repeats by shared word trigrams.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import accumulate, islice

from reader.core.given_names import is_given_name
from reader.core.lazy import lazy_re

_WORD = lazy_re(r"\w+")
_DASH = lazy_re(r"^\s*(?:[—–―~]|-{1,2})\s*")
_SENTENCE_END = lazy_re(r"[.!?…:;][\"'”’)\]]*$")
_QUOTE_END = lazy_re(r"[.!?…][\"'”’)\]]*$")
_BULLET = lazy_re(r"^\s*(?:[-*+•·‣◦▪]|\d{1,3}[.)])\s")
_ABBREVIATION_END = lazy_re(r"(?:\b[A-Z]\.(?:[A-Z]\.)+|\b(?:Jr|Sr|Inc|Ltd|Co|Corp|St)\.)$")
_CAPITALISED = lazy_re(r"^[A-Z][\w'’.-]*$")
_SIGN_OFF = lazy_re(r"\w@\w|\b\d{1,2}:\d{2}\b")  # an address or a time of day
_NAME_RUN = lazy_re(
    r"[A-Z][\w'’.-]+(?:\s+(?:(?:de|da|del|van|von|der|la|le|bin|al)\s+)?[A-Z][\w'’.-]+)+"
)
_QUOTE_MARKS = "\"“”‘’'«»„"
MIN_OVERLAP = 0.5
LOOSE_OVERLAP = 0.8
WINDOW = 25  # a pull quote repeats a paragraph at most this many paragraphs away
LOOSE_MAX_PARAGRAPHS = 400  # beyond this (a book), a name line must follow the quote directly


@dataclass(frozen=True)
class TextPullQuote:
    """A pull quote found among the units: where it and its attribution stand, what it repeats."""

    quote: int  # index of the quote paragraph
    attribution_line: int  # index of the attribution line
    source: int | None  # index of the paragraph it repeats (None: repeats nothing)
    text: str
    attribution: str


def attribution_text(line: str) -> tuple[str, bool] | None:
    """``(attribution without the dash, had a dash)`` when ``line`` credits a speaker."""
    dashed = bool(_DASH.match(line))
    text = _DASH.sub("", line, count=1).strip()
    words = text.split()
    if not words or len(words) > 16 or len(text) > 140 or text.lower().startswith("by "):
        return None
    if any(mark in text for mark in "“”\""):
        return None
    if _SIGN_OFF.search(text):
        return None  # "-- Ann Lee <ann@example.org>  Tue, 04 Oct 2016 20:28:02": a sign-off
    if _SENTENCE_END.search(text) and not _ABBREVIATION_END.search(text):
        return None
    name_part = re.split(r",|\s[-–—]\s|\(", text, maxsplit=1)[0].strip()
    if not (_NAME_RUN.search(name_part) or (dashed and _first_name_alone(name_part))):
        return None
    if not dashed:
        name_words = name_part.split()
        capitalised = sum(1 for w in name_words if _CAPITALISED.match(w))
        if len(name_words) > 6 or capitalised < 0.7 * len(name_words):
            return None
        if not any(is_given_name(word) for word in name_words):
            return None  # a button under a call to action ("Start Now"), not a speaker
    return text, dashed


def _first_name_alone(name: str) -> bool:
    """A character called by first name alone ("— Mary"): such a line credits a quote only
    when the quote repeats the text (not a letter's sign-off)."""
    return bool(_CAPITALISED.match(name)) and is_given_name(name)


_CLOSERS = "\"'”’)]"
_ABBREVIATIONS = ("Jr.", "Sr.", "Inc.", "Ltd.", "Co.", "Corp.", "St.")
_ASCII_UPPER = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ")


def _may_attribute(line: str) -> bool:
    """Cheap pre-check: False only where ``attribution_text(line)`` is None (quotation marks,
    or a line ending like a sentence rather than an abbreviation)."""
    end = line.rstrip()
    core = end.rstrip(_CLOSERS)
    if core:
        last = core[-1]
        if last in "!?…:;":
            return False
        if last == "." and not (
            len(core) == len(end)
            and (core[-2:-1] in _ASCII_UPPER or core.endswith(_ABBREVIATIONS))
        ):
            return False
    return not ('"' in line or "“" in line or "”" in line)


def _trigrams(text: str) -> set[tuple[str, ...]]:
    # Each word lowered, with one ``lower`` call: no character lowers to a space, and a space
    # ends a word for the final-sigma rule just like the end of the word does.
    words = " ".join(_WORD.findall(text)).lower().split(" ")
    return set(zip(words, words[1:], words[2:], strict=False))


def _spaced_words(text: str) -> str:
    """The words of ``text`` lowered, each with a space on either side (" a b c ")."""
    return " " + " ".join(_WORD.findall(text)).lower() + " "


_QUOTED = lazy_re(r"[“\"]([^“”\"]+)[”\"]")


def _spaced_words_quoted(text: str) -> str:
    """:func:`_spaced_words` of ``text``, then (after a "|" no phrase crosses) of the words
    inside its quotation marks alone: a pull quote repeats "I stayed. I always stay." from
    '"I stayed," Mary said. "I always stay."'."""
    spaced = _spaced_words(text)
    quoted = _QUOTED.findall(text)
    return spaced + "|" + _spaced_words(" ".join(quoted)) if len(quoted) > 1 else spaced


def containment(part: str, whole: str) -> float:
    """Share of the word trigrams of ``part`` that occur in ``whole``."""
    grams = _trigrams(part)
    if not grams:
        return 0.0
    return len(grams & _trigrams(whole)) / len(grams)


def strip_quote_marks(text: str) -> str:
    """Drop quotation marks around the whole text."""
    text = text.strip()
    while len(text) > 2 and text[0] in _QUOTE_MARKS and text[-1] in _QUOTE_MARKS:
        text = text[1:-1].strip()
    if text[:1] in "“\"" and text.count(text[0]) == 1 and "”" not in text:
        text = text[1:].strip()
    return text


def _holding_keys(paragraphs: Sequence[str], index: int, keys: list[str]) -> list[int]:
    """The paragraphs near ``index`` (not it, not the line after it), in order, whose lower-case
    text holds two of ``keys`` (all of them if fewer). The window is lowered in one piece: a
    newline stops the final-sigma rule just as the end of a paragraph does."""
    first = max(0, index - WINDOW)
    window = paragraphs[first : min(len(paragraphs), index + WINDOW + 2)]
    enough = min(2, len(keys))
    if enough:
        text = "\n".join(window).lower()
        ends = list(accumulate(len(paragraph) + 1 for paragraph in window))
        if len(text) != ends[-1] - 1:  # a character lowered to two ("İ"): count them again
            ends = list(accumulate(len(paragraph.lower()) + 1 for paragraph in window))
        counts: dict[int, int] = {}
        for key in keys:
            seen = set()
            at = text.find(key)
            while at >= 0:
                seen.add(bisect_right(ends, at))
                at = text.find(key, at + 1)
            for position in seen:
                counts[position] = counts.get(position, 0) + 1
        near = sorted(position for position, hits in counts.items() if hits >= enough)
    else:
        near = list(range(len(window)))
    return [first + p for p in near if first + p not in (index, index + 1)]


def find_pull_quotes(
    paragraphs: Sequence[str], joined: Sequence[bool]
) -> list[TextPullQuote]:
    """Quote + attribution pairs; ``joined[i]`` says paragraph i followed a single newline."""
    found: list[TextPullQuote] = []
    seen: set[tuple[str, str]] = set()
    taken: set[int] = set()
    spaced: dict[int, str] = {}

    def spaced_of(index: int) -> str:
        if index not in spaced:
            spaced[index] = _spaced_words_quoted(paragraphs[index])
        return spaced[index]

    # Only a paragraph followed by what may be an attribution line can be a pull quote.
    candidates = [
        index
        for index, line in enumerate(islice(paragraphs, 1, None))
        if len(line) <= 140 and _may_attribute(line)
    ]
    for index in candidates:
        if index in taken:
            continue
        quote, line = paragraphs[index], paragraphs[index + 1]
        if len(quote) > 800:
            continue
        quote_words = _WORD.findall(quote)
        if not 4 <= len(quote_words) <= 80 or not _QUOTE_END.search(quote):
            continue
        after = paragraphs[index + 2] if index + 2 < len(paragraphs) else ""
        if _BULLET.match(line) and (_BULLET.match(after) or _BULLET.match(quote)):
            continue  # items of a list (the first two, or the last two), not an attribution
        credit = attribution_text(line)
        if credit is None:
            continue
        attribution, dashed = credit
        loose = not (joined[index + 1] or dashed)
        if loose and len(paragraphs) > LOOSE_MAX_PARAGRAPHS:
            continue
        # A plain name line after a blank line needs a near-verbatim repeat to count.
        needed = LOOSE_OVERLAP if loose else MIN_OVERLAP
        own = _trigrams(quote)
        best, best_score = None, 0.0
        # Cheap filter first: a paragraph it repeats holds some of its longest words.
        keys = sorted({w.lower() for w in quote_words}, key=lambda w: (len(w), w))[-3:]
        if own:
            # (a trigram is in a paragraph when " a b c " is in its words, spaced)
            phrases = [f" {a} {b} {c} " for a, b, c in own]
            for other in _holding_keys(paragraphs, index, keys):
                words = spaced_of(other)
                score = sum(phrase in words for phrase in phrases) / len(own)
                if score > best_score:
                    best, best_score = other, score
        if best_score < needed:
            best = None
            if not dashed or not _NAME_RUN.search(attribution):
                continue  # (a first name alone credits a quote the text repeats)
        text = strip_quote_marks(quote)
        taken.update((index, index + 1))
        if (text, attribution) in seen:
            continue  # the same box again (a page's call to action, set at every section)
        seen.add((text, attribution))
        found.append(TextPullQuote(index, index + 1, best, text, attribution))
    return found
