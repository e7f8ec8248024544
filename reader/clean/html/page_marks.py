"""The page's links and styles for blocks of a second opinion's reading, which has none.

trafilatura reads a paragraph's words, not its links or emphasis: a page its reading replaces
(or fills in) would show no link to follow. Once the blocks are chosen, each paragraph or
heading without marks whose text is, word for word, that of one of the page's blocks with
links or styles in it takes that block's marks (their places hold: the text is the same).
The choice of blocks is made before and does not change: marks read earlier changed it (a
paragraph of links is dropped as one, and what trafilatura's reading holds moved with it).
"""

from __future__ import annotations

from lxml.html import HtmlElement

from reader.clean.extracted import Draft
from reader.clean.html.blocks import BlockTuple, inline_text
from reader.clean.html.structured import marks_in

_KINDS = frozenset({"paragraph", "heading"})
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


def _marked_blocks(tree: HtmlElement, wanted: set[str]) -> dict[str, HtmlElement]:
    """The page's blocks with marks in them whose text is one of ``wanted``, each text found
    once (a text found twice is left out: which one's marks would be a guess)."""
    found: dict[str, HtmlElement | None] = {}
    for count, element in enumerate(tree.iter(*_TEXT_BLOCKS)):
        if count >= MAX_BLOCKS:
            break
        if next(element.iter(*_MARKUP), None) is None:
            continue
        text = inline_text(element)
        if text in wanted:
            found[text] = element if text not in found else None
    return {text: element for text, element in found.items() if element is not None}


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
        element = marked.get(block[1]) if _unmarked(block) else None
        marks = marks_in(element, inline_text) if element is not None else {}
        if marks:
            structure = block.structure if isinstance(block, Draft) else {}
            block = Draft(block[0], block[1], block[2], **{**structure, **marks})
        result.append(block)
    return result


__all__ = ["with_page_marks"]
