"""Cleaners: turn a raw document (HTML, plain text, Markdown) into an ``Extracted`` draft.

Pure functions; nothing here imports Textual.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from reader.article.model import SCENE_BREAK, Caption, PullQuote, is_laid_out


class Draft(tuple):  # type: ignore[type-arg]
    """A ``(type, text, level)`` block that also carries its structure.

    It unpacks and indexes like the plain tuple every rule reads, so rules that keep or drop
    blocks keep its structure. ``structure`` holds :class:`~reader.article.model.Block`'s
    optional fields (``language``, ``rows``, ``numbers``...), ``links``: the block's links
    as ``(text, href)`` in reading order, ``href`` as the page gives it, and ``styles``: the
    words it sets apart as ``(text, style)`` in reading order (``"emphasis"``, ``"strong"``,
    ``"code"``, ``"struck"``).
    """

    structure: dict[str, Any]

    def __new__(cls, kind: str, text: str, level: int = 0, **structure: Any) -> Draft:
        self = super().__new__(cls, (kind, text, level))
        self.structure = structure
        return self

    def __getnewargs__(self) -> tuple[Any, ...]:  # pickling: the three parts as arguments
        return tuple(self)


def is_picture(block: tuple[str, ...]) -> bool:
    """An image draft with an address: a block even without text (a figure with no caption
    is a picture to draw, not words to read)."""
    src = block.structure.get("src") if isinstance(block, Draft) else None
    return is_laid_out(block[0], "", src)


def tidy_breaks(blocks: list[tuple[str, str, int]]) -> list[tuple[str, str, int]]:
    """``blocks`` with each :data:`SCENE_BREAK` kept only between two blocks of text: not at
    either end, not twice in a row, not beside a heading (which breaks the text itself)."""
    if not any(block[1] == SCENE_BREAK for block in blocks):
        return blocks
    kept: list[tuple[str, str, int]] = []
    for block in blocks:
        if block[1] == SCENE_BREAK and block[0] == "paragraph":
            if kept and kept[-1][0] != "heading" and kept[-1][1] != SCENE_BREAK:
                kept.append(block)
        elif block[0] == "heading" and kept and kept[-1][1] == SCENE_BREAK:
            kept[-1] = block
        else:
            kept.append(block)
    if kept and kept[-1][1] == SCENE_BREAK:
        kept.pop()
    return kept


def with_text(block: tuple[str, str, int], text: str) -> tuple[str, str, int]:
    """``block`` with another text, keeping its structure when it is a :class:`Draft`."""
    if text == block[1]:
        return block
    if isinstance(block, Draft):
        return Draft(block[0], text, block[2], **block.structure)
    return (block[0], text, block[2])


@dataclass
class Extracted:
    """What a cleaner found, before sanitising and laying out offsets.

    ``blocks`` are ``(type, text, level)`` (plain tuples or :class:`Draft`); pull-quote
    ``block`` indexes refer to this list. ``base`` is the address relative links resolve
    against (the page's ``<base href>``), else ``url``; ``page_address`` the web address a
    page read from a file names for itself (canonical, og:url), which its links resolve
    against when there is no other.
    """

    title: str = ""
    subtitle: str | None = None
    authors: list[str] = field(default_factory=list)
    published: str | None = None
    site: str | None = None
    url: str | None = None
    caption: Caption | None = None
    blocks: list[tuple[str, str, int]] = field(default_factory=list)
    pull_quotes: list[PullQuote] = field(default_factory=list)
    base: str | None = None
    page_address: str | None = None
