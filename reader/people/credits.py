"""Where the body's pictures are credited: the names there are no people of the story.

A figure in the body reads as its caption and its credit ("The old pier. Tom Hardy/AP"); a
credit the page leaves in the caption's words ("... at dawn. Photo: Jane Smith/Reuters",
"(Photo by Mary Brown)") is split off the caption's end as the lead caption's is. A name
there is the photographer's, not someone the story tells of: only its mentions elsewhere
count (the lead picture's credit, kept apart in ``Article.caption``, still names its
photographer).
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable

from reader.article.model import Article
from reader.clean.byline import split_credit

Span = tuple[int, int]


def credit_spans(article: Article) -> list[Span]:
    """The places in ``article.text`` of the credits of its pictures, in order."""
    spans: list[Span] = []
    for block in article.blocks:
        if block.type != "image" or not block.text:
            continue
        text = block.text
        at = text.rfind(block.credit) if block.credit else -1
        if at < 0:  # (no credit of its own: one at the caption's end)
            caption, credit = split_credit(text)
            at = len(caption) if credit else -1
        if at >= 0:
            spans.append((block.start + at, block.end))
    return spans


def outside_credits(spans: list[Span]) -> Callable[[int], bool]:
    """A test of a place: whether it stands outside every one of ``spans`` (in order)."""
    starts = [start for start, _end in spans]

    def outside(position: int) -> bool:
        index = bisect_right(starts, position) - 1
        return index < 0 or position >= spans[index][1]

    return outside


__all__ = ["credit_spans", "outside_credits"]
