"""Our reading, filled in from the second opinion where it holds ours and more.

readability-lxml keeps one container and, inside it, drops blocks it scores low: an intro
paragraph that stands before the body, a section between two others. When trafilatura's reading
contains nearly all of ours and is longer, the blocks it has and we lack are placed where they
stand in its reading: each one between two of the blocks we share goes after the first of them,
and a block of prose before everything we share leads the article. Blocks after the last one we
share are left out: there, on the web, trafilatura keeps related links, sign-up boxes and
comment prompts. Our blocks stay as they are (our structure, our rules).

Measured on the WCXB dev pages (``benchmarks/wcxb.py``): see ``second_opinion``. Asked on
every page whose text is under 1/1.1 of the page's, it gives article F1 +0.006 (``with``
+0.007), but trafilatura then runs on most pages; it is asked where the replacing is.
"""

from __future__ import annotations

from collections import Counter

from lxml.html import HtmlElement

from reader.clean.html.blocks import BlockTuple
from reader.clean.html.prose import folded_words
from reader.core.lazy import lazy_re

CONTAINED = 0.9  # at least this share of our words are in theirs ...
GROWTH = 1.1  # ... and theirs has at least this many times our words
LEAD_WORDS = 15  # a block before everything we share leads the article only if this long
SEARCH_AHEAD = 64  # our blocks searched for a shared block's place (bounded on long pages)
LINKED_SHARE = 0.5  # a block with this share of its words in link lines is navigation
ANCHOR_WORDS = 5  # a shared block this short ("India", "Share") may be found anywhere: no anchor
_WORDS = lazy_re(r"\w+")
_NUMBERING = lazy_re(r"^(?:[a-z]?\d+ )+")


def compact_words(text: str) -> str:
    """Words without the spaces between them: an element's text may glue blocks together."""
    return "".join(_WORDS.findall(text.casefold()))


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


def _unnumbered(words: str) -> str:
    """Normalised text without its leading numbers ("1 2 about git" for "1.2 About Git")."""
    return _NUMBERING.sub("", words)


def _linked(text: str, links: frozenset[str]) -> bool:
    """Most of the block's words are the page's link texts, a line each ("Read more: X" and
    "1.2 X" too): navigation, related stories, a table of contents."""
    total = linked = 0
    for line in text.splitlines():
        words = folded_words(line)
        count = words.count(" ") + 1 if words else 0
        total += count
        _label, colon, rest = line.partition(":")
        if _unnumbered(words) in links or (colon and _unnumbered(folded_words(rest)) in links):
            linked += count
    return total > 0 and linked >= LINKED_SHARE * total


def link_texts(tree: HtmlElement) -> frozenset[str]:
    """The page's link texts, normalised."""
    texts = (_unnumbered(folded_words(link.text_content())) for link in tree.iter("a"))
    return frozenset(texts) - {""}


def fill_in(
    ours: list[BlockTuple],
    theirs: list[BlockTuple],
    seen: str = "",
    links: frozenset[str] = frozenset(),
) -> list[BlockTuple] | None:
    """Ours with theirs' missing lead and inner blocks placed in, or None when theirs does
    not hold ours (see :func:`holds_ours`) or adds nothing there. ``seen`` is the text our
    cleanup had in hand (readability's reading before our rules, consent panels, pull
    quotes): a block of theirs found there and not in ours was taken out by a rule of ours
    (a repeated caption, a sign-up box...) and stays out;
    so does a block made of the page's ``links`` (:func:`link_texts`)."""
    if not ours or not holds_ours(ours, theirs):
        return None
    return place_in(ours, theirs, seen, links)


def place_in(
    ours: list[BlockTuple],
    theirs: list[BlockTuple],
    seen: str = "",
    links: frozenset[str] = frozenset(),
    tail: bool = False,
) -> list[BlockTuple] | None:
    """Ours with theirs' missing lead and inner blocks placed in, whatever share of ours
    theirs holds (see :func:`fill_in`); None when it adds nothing there. Either reading may
    be "ours": where trafilatura's replaces readability's, readability's inner blocks it
    left out (a list of key points) are placed in it.

    Measured on the WCXB pages (``benchmarks/wcxb.py``): 3 dev pages better (+0.002,
    +0.009, +0.022: a "Key Takeaways" list), none worse; held-out unchanged.

    With ``tail`` (where trafilatura's reading replaces readability's, which keeps little
    but keeps it well), theirs' blocks of prose of :data:`LEAD_WORDS` words or more after
    the last shared one follow ours too (no heading). WCXB all F1 dev 0.95620 -> 0.95642
    (2 pages better: 0.766 -> 0.842, 0.867 -> 0.931; none worse), held-out 0.95287 ->
    0.95304; ``without`` unchanged; the 181 pages unchanged."""
    if not ours:
        return None
    ours_norm = [folded_words(text) for _k, text, _l in ours]
    everything = " " + " ".join(ours_norm) + " "
    removed = compact_words(seen)
    their_norm = [folded_words(text) for _k, text, _l in theirs]
    known = [not n or f" {n} " in everything for n in their_norm]
    refused = [
        bool(n) and (n.replace(" ", "") in removed or _linked(block[1], links))
        for n, block in zip(their_norm, theirs, strict=True)
    ]
    anchors = [
        i for i, n in enumerate(their_norm) if known[i] and n.count(" ") + 1 >= ANCHOR_WORDS
    ]
    if not anchors:
        return None
    first, last = anchors[0], anchors[-1]
    anchor_set = set(anchors)
    lead = [
        block for index, block in enumerate(theirs[:first])
        if block[0] != "heading" and len(_WORDS.findall(block[1])) >= LEAD_WORDS
        and not refused[index]
    ]
    after: dict[int, list[BlockTuple]] = {}
    position = 0  # our block the last shared block of theirs stands on
    for index in range(first, last + 1):
        if index in anchor_set:
            found = _anchor(ours_norm, their_norm[index], position)
            position = found if found is not None else position
        elif not known[index] and not refused[index]:
            after.setdefault(position, []).append(theirs[index])
    trail = [
        block for index, block in enumerate(theirs[last + 1 :], last + 1)
        if not known[index] and not refused[index] and block[0] != "heading"
        and len(_WORDS.findall(block[1])) >= LEAD_WORDS
    ] if tail else []
    if not lead and not after and not trail:
        return None
    fused = list(lead)
    for index, block in enumerate(ours):
        fused.append(block)
        fused.extend(after.get(index, ()))
    return fused + trail


__all__ = [
    "ANCHOR_WORDS", "CONTAINED", "GROWTH", "LEAD_WORDS", "compact_words", "fill_in",
    "holds_ours", "link_texts", "place_in",
]
