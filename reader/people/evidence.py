"""Evidence from the page itself that a capitalised word names a thing, not a person.

- *Corporate words*: a token used like a company ("shares of Veltrana", "Veltrana Inc",
  "Corvane's board", "Kasuga reported earnings", "Corvane OS") is an organisation on this
  page; a candidate name holding it is not a person unless it opens with a known first name.
- *Headlines*: heading blocks and Title Case lines ("Kindlewood Publicly Rebukes Corvane")
  give no evidence that a run is a person (their runs may still refer to people found
  elsewhere).
- *Acting as a person*: a surname alone followed by "said he/she", an age ("Okafor, 34,
  said") or a sports result ("Marchetti beat Lindqvist 6-4").
- *Titled tails*: "Minister for Treaty Negotiations Kerehoma Wihongi" reads as one run; the
  name at its end is split off when the page treats its last word as a person.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from reader.people.names import ORG_WORDS, Run, is_given_name
from reader.people.roles import SPEECH_VERBS

_NAME_BEFORE = re.compile(r"((?:[A-Z][\w’'\-&]* )*[A-Z][\w’'\-]+?)(?:’s|'s)?$")
_NAME_AFTER = re.compile(r"(?:rival |peer )?((?:[A-Z][\w’'\-&]* )*[A-Z][\w’'\-]+)")
_SHARES_OF = re.compile(r"\b[Ss]hares (?:of|in) ")
# what follows a company's name: "Veltrana shares", "Kasuga reported first-quarter results"
_COMPANY_AFTER = re.compile(
    r"(?<=[\w’']) (?:(?:shares|stock|board|investors|shareholders|chief executive|ceo|cfo|"
    r"revenue|profits?|earnings|customers|subscribers|headquarters|subsidiary|share price|"
    r"market value)\b"
    r"|(?:reported|posted|forecast|raised its|cut its|lowered its) "
    r"(?:(?:its|a|first|second|third|fourth|quarterly|annual|full-year|record|own)"
    r"[\w\- ]{0,20}?)?(?:earnings|results|profits?|loss|revenue|sales|forecast|guidance|"
    r"outlook|trading update)\b)"
)


def corporate_tokens(text: str, runs: Iterable[Run]) -> frozenset[str]:
    """Folded tokens this page uses as organisation names."""
    found: set[str] = set()
    names: list[str] = []
    for match in _SHARES_OF.finditer(text):
        after = _NAME_AFTER.match(text, match.end())
        if after:
            names.append(after.group(1))
    for match in _COMPANY_AFTER.finditer(text):
        before = _NAME_BEFORE.search(text, max(0, match.start() - 60), match.start())
        if before:
            names.append(before.group(1))
    for name in names:
        for word in name.split():
            found.add(re.sub(r"[’']s$", "", word).casefold())
    for run in runs:
        if run.org and len(run.core) >= 2 and run.core[-1].key in ORG_WORDS:
            for token in run.core:  # "Kasuga Devices Ltd", not "Treaty Negotiations Kerehoma"
                if token.key not in ORG_WORDS and not is_given_name(token.text):
                    found.add(token.key)
    return frozenset(found)


def corporate(words: Sequence[str], lead: str, tokens: frozenset[str]) -> bool:
    """A candidate name that holds a corporate token and does not open with a first name."""
    return not is_given_name(lead) and any(word in tokens for word in words)


_TITLE_WORD = re.compile(r"[A-Z0-9]")
_SMALL = frozenset("a an the and or of in on at to for by with from as vs is".split())


def headline_spans(text: str, blocks: Sequence[tuple[int, int, str]]) -> list[tuple[int, int]]:
    """Blocks that are headings, or lines in Title Case with no sentence end."""
    spans: list[tuple[int, int]] = []
    for start, end, kind in blocks:
        if kind == "heading":
            spans.append((start, end))
            continue
        line = text[start:end]
        if end - start > 160 or line.rstrip().endswith((".", "”", '"', "?", "!", ":")):
            continue
        words = [w for w in line.split() if w.casefold() not in _SMALL]
        if len(words) >= 3 and all(_TITLE_WORD.match(w) for w in words):
            spans.append((start, end))
    return spans


def split_tail(run: Run, said_surnames: frozenset[str]) -> Run | None:
    """The name at the end of an organisation run, when the page treats it as a person."""
    core = run.core
    if len(core) < 3:
        return None
    first, last = core[-2], core[-1]
    if first.key in ORG_WORDS or last.key in ORG_WORDS:
        return None
    if not (is_given_name(first.text) or last.key in said_surnames):
        return None
    prefix = run.prefix + tuple(core[:-2])
    name = " ".join(t.text for t in (first, last))
    return Run(prefix, (first, last), False, first.start, last.end, name)


_SAID_PRONOUN = re.compile(
    r"(?:, \d{1,3},)? (?:" + SPEECH_VERBS + r") (?:that )?(?:he|she)\b"  # "Raghunathan said he"
    r"|, \d{1,3}, (?:[a-z]+ )?(?:" + SPEECH_VERBS + r"|was|is|has|had|who)\b"  # "Okonkwo, 21, said"
)
_RESULT_VERBS = r"(?:beat|beats|beating|defeated|defeats|edged|edges|outlasted|overcame|thrashed)"
_SCORE = r"\s+(?:\d+-\d+|\d+–\d+)"
_BEATEN = re.compile(_RESULT_VERBS + r"\s+(?:(?:seed|champion|world No\. \d+)\s+)?$")


def acts_as_person(text: str, run: Run, floor: int) -> bool:
    """A surname alone that the text treats as a person: "X said he", "X, 34, said",
    a sports result ("Marchetti beat Lindqvist 6-4", "beating Lindqvist 6-4")."""
    if run.possessive:
        return False
    if _SAID_PRONOUN.match(text, run.end):
        return True
    after = text[run.end : run.end + 80]
    if re.match(r" " + _RESULT_VERBS + r" (?:[A-Z][\w’'\-]+ ){0,3}?[A-Z][\w’'\-]+" + _SCORE, after):
        return True
    before = text[max(floor, run.start - 40) : run.start]
    return bool(_BEATEN.search(before)) and re.match(_SCORE, after) is not None


__all__ = ["acts_as_person", "corporate", "corporate_tokens", "headline_spans", "split_tail"]
