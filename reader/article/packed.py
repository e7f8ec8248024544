"""An article packed flat, to cross between processes: the text once, and each block's kind,
offsets and level in arrays (a block's text is the slice of the text at its offsets).

Pickling a tuple of block objects (or a list of one tuple per block) costs a Python object
per field per block on both sides: a text of a million lines took ~150 MB in the lists
alone. Arrays pickle as their bytes. Only the few blocks with structure (tables, lists, code,
images) carry a dict.
"""

from __future__ import annotations

from array import array
from bisect import bisect_left
from dataclasses import dataclass, replace
from itertools import islice
from operator import attrgetter
from typing import Any

from reader.article.block import BLOCK_TYPES, Block, new_block
from reader.article.model import Article, storage_block

_CODES = {kind: code for code, kind in enumerate(BLOCK_TYPES)}


@dataclass(frozen=True)
class PackedBlocks:
    """The blocks of an article, column by column."""

    kinds: bytes  # an index into BLOCK_TYPES per block
    starts: array[int]
    ends: array[int]
    levels: array[int]
    structures: dict[int, dict[str, Any]]  # block index -> its structure, where it has any


Packed = tuple[Article, PackedBlocks]


def pack(article: Article) -> Packed:
    """The article without its block objects (nor people and quotations), and its blocks
    as :class:`PackedBlocks`."""
    blocks = article.blocks
    offsets = "i" if len(article.text) < 2**31 else "q"  # (4 bytes a number where they fit)
    levels = map(attrgetter("level"), blocks)
    packed = PackedBlocks(
        kinds=bytes(_CODES[block.type] for block in blocks),
        starts=array(offsets, map(attrgetter("start"), blocks)),
        ends=array(offsets, map(attrgetter("end"), blocks)),
        levels=array("B" if all(0 <= b.level < 256 for b in blocks) else "q", levels),
        structures={
            index: structure
            for index, block in enumerate(blocks)
            if (structure := block.structure())
        },
    )
    return replace(article, blocks=(), people=(), quotations=()), packed


def unpack(packed: Packed, *, upto: int | None = None) -> Article:
    """The article :func:`pack` packed (block texts are slices of the text); with ``upto``,
    only the blocks that start before that offset (the text stays whole)."""
    light, columns = packed
    text = light.text
    structures = columns.structures
    kinds = [BLOCK_TYPES[code] for code in range(len(BLOCK_TYPES))]
    count = len(columns.kinds) if upto is None else bisect_left(columns.starts, upto)
    blocks = tuple(
        Block(kinds[code], text[start:end], start, end, level, **structures[index])  # type: ignore[arg-type]
        if index in structures
        else new_block(kinds[code], text[start:end], start, end, level)
        for index, (code, start, end, level) in enumerate(
            islice(zip(columns.kinds, columns.starts, columns.ends, columns.levels, strict=True),
                   count)
        )
    )
    return replace(light, blocks=blocks)


def storage_json(article: Article, columns: PackedBlocks) -> str:
    """:meth:`Article.storage_json` of ``article`` with the blocks ``columns`` holds, made
    from the columns (no block objects)."""
    text, structures = article.text, columns.structures
    starts, ends, kinds, levels = columns.starts, columns.ends, columns.kinds, columns.levels

    def item(index: int) -> dict[str, Any]:
        start, end = starts[index], ends[index]
        return storage_block(
            BLOCK_TYPES[kinds[index]], text[start:end], levels[index], structures.get(index, {})
        )

    head = replace(article, blocks=()).to_storage()
    from reader.article.json_out import json_pieces  # (json: not before the first screen)

    return "".join(json_pieces(head, "body", range(len(kinds)), item, compact=True))
