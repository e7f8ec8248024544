"""The blocks the main-content choice left out, for ``DropLog`` (only when explaining).

readability-lxml keeps one container (trafilatura, as the second opinion, its own choice):
everything outside it is dropped by that choice, not by a rule of ours. With a log, the
page's blocks are read before the cleanup and, at the end, each one that is neither in the
article nor already recorded under a rule is recorded as "not-chosen-by-<extractor>".
"""

from __future__ import annotations

import copy

from lxml import etree
from lxml.html import HtmlElement

from reader.clean.explain import DropLog
from reader.clean.html.blocks import BlockTuple, html_to_blocks
from reader.clean.html.prose import folded_words, one_line
from reader.clean.html.second_opinion import count_words

SWALLOWED_SHARE = 0.3  # blocks holding less than this share of the body's words: ...
# ... the page stands inside a menu, a form or a button left unclosed, whose text the
# blocks skip (13 of the 800 WCXB pages); its innermost blocks are read instead (a <div>
# holding words of its own too: an accordion's answer set in one, with no <p>)
_LEAF_BLOCKS = etree.XPath(
    "//body/descendant::*[self::p or self::h1 or self::h2 or self::h3 or self::h4 or self::h5"
    " or self::h6 or self::li or self::dt or self::dd or self::pre or self::td or self::th"
    " or self::figcaption or self::div[text()[normalize-space()]]]"
    "[not(descendant::p or descendant::li or descendant::pre"
    " or descendant::td or descendant::h1 or descendant::h2 or descendant::h3"
    " or descendant::h4)][not(ancestor::script or ancestor::style or ancestor::template)]"
)


def page_blocks(tree: HtmlElement) -> list[str]:
    """The texts of the page's blocks (its body), before anything is removed."""
    body = tree.find("body")
    root = copy.deepcopy(body if body is not None else tree)
    texts = [text for _kind, text, _level in html_to_blocks(root)]
    if body is None:
        return texts
    leaves = [one_line(leaf) for leaf in _LEAF_BLOCKS(tree)]
    leaves = [text for text in leaves if text]
    words = sum(count_words(text) for text in texts)
    if words < SWALLOWED_SHARE * count_words(body.text_content()):
        return leaves
    # the blocks, and the leaves they skipped (inside a <button> or a form left open)
    seen = {folded_words(line) for text in texts for line in text.split("\n")}
    return texts + [text for text in leaves if folded_words(text) not in seen]


def record_unchosen(
    log: DropLog, page: list[str], blocks: list[BlockTuple], extractor: str
) -> None:
    """Record each page block missing from ``blocks`` and from ``log`` as not chosen."""
    kept = " " + " ".join(folded_words(text) for _kind, text, _level in blocks) + " "
    logged = [f" {folded_words(drop.text)} " for drop in log.drops]
    rule = f"not-chosen-by-{extractor}"
    for text in page:
        norm = folded_words(text)
        if not norm or f" {norm} " in kept:
            continue
        padded = f" {norm} "
        if any(padded in drop or drop in padded for drop in logged):
            continue
        log.text(rule, text)


__all__ = ["page_blocks", "record_unchosen"]
