"""Our reading, filled in from the second opinion where it holds ours and more.

readability-lxml keeps one container and, inside it, drops blocks it scores low: an intro
paragraph that stands before the body, a section between two others. When trafilatura's reading
contains nearly all of ours and is longer, the blocks it has and we lack are placed where they
stand in its reading: each one between two of the blocks we share goes after the first of them,
and a block of prose before everything we share leads the article. Blocks after the last one we
share are left out: there, on the web, trafilatura keeps related links, sign-up boxes and
comment prompts. Our blocks stay as they are (our structure, our rules).

Measured on the WCXB dev pages (``benchmarks/wcxb.py``): see ``second_opinion``.
"""

from __future__ import annotations

import re
from collections import Counter

from reader.clean.html.blocks import BlockTuple

CONTAINED = 0.9  # at least this share of our words are in theirs ...
GROWTH = 1.1  # ... and theirs has at least this many times our words
LEAD_WORDS = 15  # a block before everything we share leads the article only if this long
SEARCH_AHEAD = 64  # our blocks searched for a shared block's place (bounded on long pages)
ANCHOR_WORDS = 5  # a shared block this short ("India", "Share") may be found anywhere: no anchor
_WORDS = re.compile(r"\w+")


def _norm(text: str) -> str:
    return " ".join(_WORDS.findall(text.casefold()))


def _tokens(blocks: list[BlockTuple]) -> Counter[str]:
    return Counter(word for _k, text, _l in blocks for word in _WORDS.findall(text.casefold()))


def holds_ours(ours: list[BlockTuple], theirs: list[BlockTuple]) -> bool:
    """Theirs holds nearly all of our words and has clearly more."""
    mine, their = _tokens(ours), _tokens(theirs)
    total = sum(mine.values())
    if not total:
        return False
    shared = sum((mine & their).values())
    return shared >= CONTAINED * total and sum(their.values()) >= GROWTH * total


def _anchor(ours_norm: list[str], text: str, start: int) -> int | None:
    """Index of our block (from ``start`` on) that holds ``text`` or that ``text`` ends with."""
    if not text:
        return None
    for index in range(start, min(len(ours_norm), start + SEARCH_AHEAD)):
        mine = ours_norm[index]
        if mine and (f" {text} " in f" {mine} " or f" {mine} " in f" {text} "):
            last = index
            # theirs may join several of our blocks into one: anchor on the last of them
            while last + 1 < len(ours_norm) and ours_norm[last + 1] and (
                f" {ours_norm[last + 1]} " in f" {text} "
            ):
                last += 1
            return last
    return None


def fill_in(ours: list[BlockTuple], theirs: list[BlockTuple]) -> list[BlockTuple] | None:
    """Ours with theirs' missing lead and inner blocks placed in, or None when theirs does
    not hold ours (see :func:`holds_ours`) or adds nothing there."""
    if not ours or not holds_ours(ours, theirs):
        return None
    ours_norm = [_norm(text) for _k, text, _l in ours]
    everything = " " + " ".join(ours_norm) + " "
    their_norm = [_norm(text) for _k, text, _l in theirs]
    known = [not n or f" {n} " in everything for n in their_norm]
    anchors = [
        i for i, n in enumerate(their_norm) if known[i] and n.count(" ") + 1 >= ANCHOR_WORDS
    ]
    if not anchors:
        return None
    first, last = anchors[0], anchors[-1]
    anchor_set = set(anchors)
    lead = [
        block for block in theirs[:first]
        if block[0] != "heading" and len(_WORDS.findall(block[1])) >= LEAD_WORDS
    ]
    after: dict[int, list[BlockTuple]] = {}
    position = 0  # our block the last shared block of theirs stands on
    for index in range(first, last + 1):
        if index in anchor_set:
            found = _anchor(ours_norm, their_norm[index], position)
            position = found if found is not None else position
        elif not known[index]:
            after.setdefault(position, []).append(theirs[index])
    if not lead and not after:
        return None
    fused = list(lead)
    for index, block in enumerate(ours):
        fused.append(block)
        fused.extend(after.get(index, ()))
    return fused


__all__ = ["ANCHOR_WORDS", "CONTAINED", "GROWTH", "LEAD_WORDS", "fill_in", "holds_ours"]
