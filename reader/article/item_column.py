"""Where a list's items and the blocks that belong to them stand: each item's marker and
indentation (:func:`list_marks`, for the text and Markdown dumps), and, block by block
(:func:`item_places`, for the dumps and the screen), the column a block set in a list's
item is indented to (``item_level``: code set in a step, "1. Install it:" over its
command), and the markers' widths that a list going on under an item after such a block
(its first items deeper than its last) stands under: the lifted code splits the page's
list, and its two parts and the code read as the one list they were.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from reader.article.block import Block, counted

Marked = tuple[str, str, str, bool]  # an item, its marker, its indentation, set apart
Widths = tuple[int, ...]  # each level's marker width, outermost first


def list_marks(
    block: Block, *, bullet: str, deep_start: bool = False, carried: Widths = ()
) -> list[Marked]:
    """Each item of a list with its marker (``3. `` or the bullet) and its indentation
    (under its parent item's text), and whether it is set apart by a blank line (an item's
    further paragraph, blanks where its item has its marker, and the item after one).
    A list that starts deeper (it goes on under an item above it, after the code lifted out
    of that item) keeps that depth: under the ``carried`` markers' widths (the list above
    its code: :func:`item_places`), else, with ``deep_start``, a bullet's width a level."""
    return _marks(block, bullet, _start(block, bullet, carried, deep_start))[0]


def _start(block: Block, bullet: str, carried: Widths, deep_start: bool) -> list[int]:
    """The widths of the markers a list's first item stands under (see :func:`list_marks`)."""
    first = block.depths[0] if block.depths else 0
    if not first or not (carried or deep_start):
        return []
    return [*carried[:first], *[len(bullet)] * max(0, first - len(carried))]


def _marks(block: Block, bullet: str, widths: list[int]) -> tuple[list[Marked], Widths]:
    """:func:`list_marks`'s items, from ``widths``, and the widths after its last item."""
    items = block.items
    numbers = block.numbers or (None,) * len(items)
    depths = block.depths or (0,) * len(items)
    numbering = block.numbering or ("1",) * len(items)
    continues = block.continues or (False,) * len(items)
    marked: list[Marked] = []
    for item, number, depth, counts, more in zip(
        items, numbers, depths, numbering, continues, strict=False
    ):
        depth = min(depth, len(widths))
        if more and depth < len(widths):  # (under its item's text)
            marked.append((item, " " * widths[depth], " " * sum(widths[:depth]), True))
            continue
        marker = bullet if number is None else f"{counted(number, counts)}. "
        apart = bool(marked) and marked[-1][3]
        marked.append((item, marker, " " * sum(widths[:depth]), apart))
        widths = [*widths[:depth], len(marker)]
    return marked, tuple(widths)


def item_places(blocks: Iterable[Block], bullet: str) -> Iterator[tuple[int, Widths]]:
    """Each block's indent in columns and, for a list, the markers' widths it goes on
    under (:func:`list_marks`'s ``carried``), its markers ``bullet`` or ``3. ``.

    A block of a list's item (``item_level``) stands where the text of the last item of
    that level starts in the list above it (the deepest above, when it has none so deep;
    with no list above, a bullet's width a level in); a list after such blocks whose first
    item is deeper than its last goes on under that list's markers. Others: (0, ())."""
    above: Widths | None = None  # (the last list's widths at its end, while its items' go on)
    for block in blocks:
        extra = block._extra  # (read directly: a book's layout asks each of its blocks)
        level = extra.get("item_level", 0) if extra else 0
        if level:
            widths = above or ()
            column = sum(widths[:level]) + len(bullet) * max(0, level - len(widths))
            yield column, ()
        elif block.type == "list":
            carried = above or ()
            yield 0, carried
            above = _marks(block, bullet, _start(block, bullet, carried, True))[1]
        else:
            yield 0, ()
            above = None


__all__ = ["Marked", "Widths", "item_places", "list_marks"]
