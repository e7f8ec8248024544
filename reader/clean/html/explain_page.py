"""The blocks the main-content choice left out, for ``DropLog`` (only when explaining).

readability-lxml keeps one container (trafilatura, as the second opinion, its own choice):
everything outside it is dropped by that choice, not by a rule of ours. With a log, the
page's blocks are read before the cleanup and, at the end, each one that is neither in the
article nor already recorded under a rule is recorded as "not-chosen-by-<extractor>".
"""

from __future__ import annotations

import copy

from lxml.html import HtmlElement

from reader.clean.explain import DropLog
from reader.clean.html.blocks import BlockTuple, html_to_blocks
from reader.clean.html.prose import folded_words


def page_blocks(tree: HtmlElement) -> list[str]:
    """The texts of the page's blocks (its body), before anything is removed."""
    body = tree.find("body")
    root = copy.deepcopy(body if body is not None else tree)
    return [text for _kind, text, _level in html_to_blocks(root)]


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
