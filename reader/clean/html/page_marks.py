"""The page's links and styles for blocks of a second opinion's reading, which has none.

trafilatura reads a paragraph's words, not its links or emphasis: a page its reading replaces
(or fills in) would show no link to follow. Once the blocks are chosen, each paragraph, heading
or list without marks whose text is, word for word, that of one of the page's blocks with
links or styles in it takes that block's marks (their places hold: the text is the same).
The choice of blocks is made before and does not change: marks read earlier changed it (a
paragraph of links is dropped as one, and what trafilatura's reading holds moved with it).
"""

from __future__ import annotations

import copy
from typing import Any

from lxml.html import Element as html_element
from lxml.html import HtmlElement

from reader.clean.extracted import Draft
from reader.clean.html.blocks import BlockTuple, html_to_blocks, inline_text
from reader.clean.html.fusion import compact_words
from reader.clean.html.structured import marks_in

_KINDS = frozenset({"paragraph", "heading", "list"})
_TEXT_BLOCKS = ("p", "h1", "h2", "h3", "h4", "h5", "h6", "dd", "figcaption", "blockquote")
_MARKUP = ("a", "b", "strong", "i", "em", "code", "s", "del")
MIN_TEXT = 20  # characters: a shorter text ("Read more") may stand in many places
MAX_BLOCKS = 5000  # page blocks read (a page of more keeps the reading's blocks as they are)


def _unmarked(block: BlockTuple) -> bool:
    structure = block.structure if isinstance(block, Draft) else {}
    return (
        block[0] in _KINDS
        and len(block[1]) >= MIN_TEXT
        and not structure.get("links")
        and not structure.get("styles")
    )


Marks = dict[str, Any]


def _marked_blocks(tree: HtmlElement, wanted: set[str]) -> dict[str, Marks]:
    """The marks of the page's blocks and lists with marks in them whose text is one of
    ``wanted``, each text found once (a text found twice is left out: which one's marks
    would be a guess)."""
    found: dict[str, Marks | None] = {}
    lists = {compact_words(text) for text in wanted if "\n" in text}
    for count, element in enumerate(tree.iter(*_TEXT_BLOCKS, "ul", "ol")):
        if count >= MAX_BLOCKS:
            break
        if next(element.iter(*_MARKUP), None) is None:
            continue
        if element.tag in ("ul", "ol"):
            text, marks = _list_marks(element, lists)
        else:
            text = inline_text(element)
            marks = marks_in(element, inline_text) if text in wanted else {}
        if text in wanted and marks:
            found[text] = marks if text not in found else None
    return {text: marks for text, marks in found.items() if marks is not None}


def _list_marks(element: HtmlElement, wanted: set[str]) -> tuple[str, Marks]:
    """A page list's text and marks as our blocks read it, when its words are one of
    ``wanted`` lists' (a nested list is read with the list around it); else ``("", {})``."""
    if next(element.iterancestors("ul", "ol"), None) is not None:
        return "", {}
    if compact_words(element.text_content()) not in wanted:
        return "", {}
    wrapper = html_element("div")  # (read as a list, not as its items: inside a container)
    wrapper.append(copy.deepcopy(element))
    wrapper[0].tail = None
    drafts = html_to_blocks(wrapper)
    if len(drafts) != 1 or drafts[0][0] != "list" or not isinstance(drafts[0], Draft):
        return "", {}
    structure = drafts[0].structure
    marks = {name: structure[name] for name in ("links", "styles") if structure.get(name)}
    return drafts[0][1], marks


def with_page_marks(blocks: list[BlockTuple], tree: HtmlElement) -> list[BlockTuple]:
    """``blocks`` with each unmarked paragraph or heading given the page's links and styles
    when the page holds its text, word for word, in one block with marks."""
    wanted = {block[1] for block in blocks if _unmarked(block)}
    if not wanted:
        return blocks
    marked = _marked_blocks(tree, wanted)
    if not marked:
        return blocks
    result: list[BlockTuple] = []
    for block in blocks:
        marks = marked.get(block[1], {}) if _unmarked(block) else {}
        if marks:
            structure = block.structure if isinstance(block, Draft) else {}
            block = Draft(block[0], block[1], block[2], **{**structure, **marks})
        result.append(block)
    return result


__all__ = ["with_page_marks"]
