"""A paywall's prompt at the article's end or start: the blocks asking the reader to pay or
log in to read on.

A page behind a paywall serves its first paragraphs and, where the rest would be, a box:
"STAT+ Exclusive Story", "This article is exclusive to STAT+ subscribers", "Unlock this
article ... by subscribing to STAT+", "To read the rest of this story subscribe to STAT+".
The box is found by its words and its place, not by its class (a "paywall" class may be on
the whole article, as on Wirecutter's): a run of short blocks reaching the text's end (or
opening it), at least one of them asking to subscribe or log in *to read on*
(:func:`is_paywall_prompt`); the others short and about subscribing (a label, a price, a
plan) or pictures (the offer's logo).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from reader.core.lazy import lazy_re

BlockTuple = tuple[str, str, int]

MAX_PROMPT_WORDS = 45  # a prompt's block is at most this long: more is the article's prose
MAX_LABEL_WORDS = 12  # a block of the box that only names the offer ("STAT+ Exclusive Story")

_ASK = (
    r"(?:subscrib(?:e|ing)|sign(?:ing)?[ -]?(?:up|in)|log(?:ging)?[ -]?in|register(?:ing)?|"
    r"becom(?:e|ing) an? (?:paid )?(?:member|subscriber)|start(?:ing)? (?:your|a) (?:free )?trial)"
)
_READ_ON = (
    r"(?:read|continue|keep reading|unlock|access|view|see|finish|enjoy|get (?:full|unlimited) "
    r"access)"
)
_PIECE = r"(?:article|story|post|content|piece|report|column|essay|newsletter)"
# asks the reader to pay or log in to read on, or says the text is theirs alone
_PROMPT = lazy_re(
    rf"\b{_ASK}\b[^.!?]{{0,60}}?\bto (?:the )?{_READ_ON}\b"
    rf"|\bto (?:read|continue reading|keep reading|access|unlock|view|finish) "
    rf"[^.!?]{{0,80}}?\b{_ASK}\b"
    r"|\b(?:exclusive(?:ly)?|available|only|reserved|open) (?:to|for) (?:our )?"
    r"(?:[\w+&'’-]+ ){0,2}?(?:paid |paying |premium )?(?:subscribers|members)\b"
    r"|\b(?:for )?(?:subscribers?|members?)[- ]only\b"
    rf"|\bunlock (?:this|the full|the rest of (?:this|the)|full access to this) {_PIECE}\b"
    r"|\balready (?:a subscriber|a member|have an account|registered)\b"
    r"|\byou(?:'ve| have) (?:reached|used|read) (?:your|all (?:of )?your)\b[^.!?]{0,40}?"
    r"\b(?:free )?(?:articles?|stories|limit)\b"
    r"|\bcontinue reading (?:with|by|when you) (?:a |an )?(?:subscri|sign|log|regist)",
    re.IGNORECASE,
)
# what the rest of such a box says: the offer's name, its plans and prices, a log-in line
_OFFER = lazy_re(
    r"\b(?:subscri\w*|exclusive|premium|members?|membership|log ?in|sign ?in|account|unlock\w*"
    r"|paywall|plans?|free trial|per (?:month|year)|get started)\b|[$£€]\s?\d",
    re.IGNORECASE,
)
_WORD = lazy_re(r"\w+")


def is_paywall_prompt(text: str) -> bool:
    """A short block asking to subscribe or log in to read on ("To read the rest of this
    story subscribe to STAT+.", "This article is exclusive to STAT+ subscribers")."""
    return len(_WORD.findall(text)) <= MAX_PROMPT_WORDS and bool(_PROMPT.search(text))


def _of_the_box(text: str) -> bool:
    """A short block about the offer: its name, a plan, a price ("STAT+ Exclusive Story")."""
    return len(_WORD.findall(text)) <= MAX_LABEL_WORDS and bool(_OFFER.search(text))


def _run(blocks: list[BlockTuple], order: Sequence[int]) -> list[int]:
    """The blocks of a prompt's box, walking from one edge of the text in ``order``: the
    run of prompt, offer and picture blocks there, if a prompt is among them; the pictures
    beyond its last text block are left to the article."""
    run: list[int] = []
    texts: list[int] = []
    prompted = False
    for index in order:
        kind, text, _level = blocks[index]
        if not text.strip():  # a picture (the offer's logo)
            run.append(index)
            continue
        if kind not in ("paragraph", "heading", "quote", "list"):
            break
        if is_paywall_prompt(text):
            prompted = True
        elif not _of_the_box(text):
            break
        run.append(index)
        texts.append(index)
    if not prompted:
        return []
    last = texts[-1]  # (the text block farthest from the edge)
    forward = order[0] == 0
    return [index for index in run if (index <= last if forward else index >= last)]


def paywall_prompts(blocks: list[BlockTuple]) -> list[int]:
    """The indexes of the blocks of a paywall's prompt at the text's end or its start (see
    the module)."""
    end = _run(blocks, range(len(blocks) - 1, -1, -1))
    start = _run(blocks, range(len(blocks)))
    if len(set(end) | set(start)) >= len(blocks):
        return []  # the whole text: a page about subscribing, not a box on an article
    return sorted(set(end) | set(start))
