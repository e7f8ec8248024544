"""The blocks that stay with a list's item: code (or a table of data) that
:mod:`~reader.clean.html.list_code` lifts out of an item, and the item's words after it,
belong to that item still ("1. Install it:" over its ``pip install``). The lift sets them
in a ``<div>`` marked with the item's level (1: an item of a top-level list, 2: of a list
nested once); each block made inside it carries ``item_level``, which the reading view and
the Markdown dump indent under the item's text instead of setting them at the margin.
"""

from __future__ import annotations

from lxml.html import HtmlElement

from reader.clean.extracted import Draft

ITEM_LEVEL = "data-reader-item-level"
_FIRST = "data-reader-item-first"  # the index of the first block made inside the <div>


def item_level(item: HtmlElement) -> int:
    """How many list items ``item`` (an ``<li>``) stands in, itself counted."""
    return 1 + sum(1 for ancestor in item.iterancestors("li"))


def in_item(part: HtmlElement, level: int) -> HtmlElement:
    """``part`` (moved out of an item of ``level``) inside a ``<div>`` marked with it, set
    where ``part`` stood (its tail after the ``<div>``)."""
    wrapper = part.makeelement("div", {ITEM_LEVEL: str(level)})
    parent = part.getparent()
    if parent is not None:
        part.addprevious(wrapper)
        wrapper.tail, part.tail = part.tail, None
    wrapper.append(part)
    return wrapper


def note_item_start(element: HtmlElement, blocks: list) -> None:
    """At a marked ``<div>``'s start: where its blocks will begin in ``blocks``."""
    if element.get(ITEM_LEVEL) is not None:
        element.set(_FIRST, str(len(blocks)))


def mark_item_blocks(element: HtmlElement, blocks: list) -> None:
    """At a marked ``<div>``'s end: each block made inside it (from the index noted by
    :func:`note_item_start`) as a draft with its ``item_level``."""
    level, first = element.get(ITEM_LEVEL), element.get(_FIRST)
    if level is None or first is None or not level.isdigit():
        return
    for index in range(int(first), len(blocks)):
        kind, text, heading = blocks[index][:3]
        structure = blocks[index].structure if isinstance(blocks[index], Draft) else {}
        blocks[index] = Draft(kind, text, heading, **{**structure, "item_level": int(level)})


__all__ = ["ITEM_LEVEL", "in_item", "item_level", "mark_item_blocks", "note_item_start"]
