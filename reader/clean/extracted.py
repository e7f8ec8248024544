"""Cleaners: turn a raw document (HTML, plain text, Markdown) into an ``Extracted`` draft.

Pure functions; nothing here imports Textual.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from reader.article.model import Caption, PullQuote


@dataclass
class Extracted:
    """What a cleaner found, before sanitising and laying out offsets.

    ``blocks`` are ``(type, text, level)``; pull-quote ``block`` indexes refer to this list.
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
