"""A second copy of a run of blocks out: the same article told twice (or three times).

A page may carry its text more than once: a layout for phones beside one for desktops, a tab
per section that repeats the page, a printable copy. An extractor that reads the page as a
whole then gives the article again after itself. A run of at least :data:`RUN_BLOCKS`
consecutive blocks holding a quarter of the text's words (:data:`COPY_SHARE`), found again in
the same order further down, is a copy, and the later copy goes. One paragraph said twice (a
refrain, a summary that repeats a line) is not a run, and a section that repeats the shape of
another (a meal plan's days, an FAQ shown twice in a long guide) holds less of the text: both
stay. Measured (``benchmarks/wcxb.py``): 2 WCXB dev pages change, F1 0.672 -> 0.991 and
0.505 -> 0.987; the reference texts themselves hold no such copy, and the 181 news pages none.
"""

from __future__ import annotations

from reader.clean.explain import DropLog
from reader.clean.html.blocks import BlockTuple
from reader.clean.html.prose import folded_words

RUN_BLOCKS = 6  # consecutive blocks, in the same order ...
RUN_WORDS = 100  # ... holding this many words ...
COPY_SHARE = 0.25  # ... and this share of all the words: a copy, not a repeated section


def _run_length(keys: list[str], first: int, second: int) -> int:
    """How many blocks from ``second`` on repeat those from ``first`` on, in order."""
    length = 0
    while (
        second + length < len(keys)
        and first + length < second
        and keys[first + length]
        and keys[first + length] == keys[second + length]
    ):
        length += 1
    return length


def drop_copies(blocks: list[BlockTuple], log: DropLog | None = None) -> list[BlockTuple]:
    """``blocks`` without the later copies of runs they repeat (see the module).

    A run starts only at a block seen once before (a copy of the article starts at its first
    block, said once), and a run too short to be a copy is passed whole: its blocks inside
    repeat the same earlier ones, in shorter runs. So every block is compared once or twice,
    and a page of a million blocks, or of one line said a million times, is read in one pass."""
    keys = [folded_words(text) for _kind, text, _level in blocks]
    least = max(RUN_WORDS, COPY_SHARE * sum(len(key.split()) for key in keys))
    once: dict[str, int | None] = {}  # each key's one earlier place (None: seen twice)
    dropped: set[int] = set()
    index = 0
    while index < len(blocks):
        earlier = once.get(keys[index]) if keys[index] else None
        run = _run_length(keys, earlier, index) if earlier is not None else 0
        words = sum(len(keys[at].split()) for at in range(index, index + run))
        if run >= RUN_BLOCKS and words >= least:
            for at in range(index, index + run):
                dropped.add(at)
                if log is not None:
                    log.text("copied-run", blocks[at][1])
            index += run
            continue
        for at in range(index, index + max(run, 1)):
            once[keys[at]] = None if keys[at] in once else at
        index += max(run, 1)
    if not dropped:
        return blocks
    return [block for at, block in enumerate(blocks) if at not in dropped]
