"""The article model: what every consumer (dump, store, UI) reads.

All dataclasses are frozen. ``Article.text`` is the body blocks joined by a blank line; every
offset in the model (blocks, mentions, quotes, pull-quote passages, bookmarks, search hits,
reading position) is a character offset into that one string.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from typing import Any, Literal

BlockType = Literal["paragraph", "heading", "list", "quote", "preformatted"]
BLOCK_TYPES: tuple[str, ...] = ("paragraph", "heading", "list", "quote", "preformatted")
BLOCK_SEPARATOR = "\n\n"
WORDS_PER_MINUTE = 230

_WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class Block:
    """One body block. For lists, ``text`` holds the items one per line (no bullets)."""

    type: BlockType
    text: str
    start: int = 0
    end: int = 0
    level: int = 0  # heading level (1-6); 0 for other blocks

    @property
    def items(self) -> list[str]:
        """List items (only meaningful for ``list`` blocks)."""
        return self.text.split("\n")


@dataclass(frozen=True)
class Caption:
    """The lead image's caption and its credit line."""

    text: str
    credit: str | None = None


@dataclass(frozen=True)
class PullQuote:
    """A quote the page sets apart; ``block`` is the body block whose words it repeats."""

    text: str
    attribution: str | None = None
    speaker: str | None = None
    block: int | None = None


@dataclass(frozen=True)
class Quotation:
    """A direct quotation inside the body, at ``start:end`` of ``Article.text``."""

    text: str
    start: int
    end: int
    speaker: str | None = None


@dataclass(frozen=True)
class Person:
    """A person named in the article, once, under their full name."""

    name: str
    role: str | None = None
    mentions: int = 0
    quotes: tuple[str, ...] = ()
    spans: tuple[tuple[int, int], ...] = ()  # every mention, as offsets into Article.text


@dataclass(frozen=True)
class Article:
    """A cleaned article."""

    title: str
    blocks: tuple[Block, ...] = ()
    subtitle: str | None = None
    authors: tuple[str, ...] = ()
    published: str | None = None
    site: str | None = None
    url: str | None = None
    caption: Caption | None = None
    pull_quotes: tuple[PullQuote, ...] = ()
    people: tuple[Person, ...] = ()
    quotations: tuple[Quotation, ...] = ()
    source: str | None = None  # what the user asked for: URL, path or "-"
    text: str = field(default="", repr=False)

    @property
    def word_count(self) -> int:
        """Words in the body text."""
        return len(_WORD.findall(self.text))

    @property
    def reading_minutes(self) -> int:
        """Estimated reading time, at least one minute for a non-empty article."""
        words = self.word_count
        return max(1, round(words / WORDS_PER_MINUTE)) if words else 0

    def block_at(self, offset: int) -> int | None:
        """Index of the block that contains (or follows) ``offset``."""
        for index, block in enumerate(self.blocks):
            if offset < block.end or (offset <= block.end and index == len(self.blocks) - 1):
                return index
        return len(self.blocks) - 1 if self.blocks else None

    def to_dict(self) -> dict[str, Any]:
        """The JSON dump (PRODUCT.md section 3), plus a few extra keys."""
        return {
            "title": self.title,
            "subtitle": self.subtitle,
            "authors": list(self.authors),
            "published": self.published,
            "site": self.site,
            "url": self.url,
            "caption": (
                {"text": self.caption.text, "credit": self.caption.credit}
                if self.caption
                else None
            ),
            "body": [_block_dict(block) for block in self.blocks],
            "pull_quotes": [
                {
                    "text": quote.text,
                    "attribution": quote.attribution,
                    "speaker": quote.speaker,
                    "block": quote.block,
                }
                for quote in self.pull_quotes
            ],
            "people": [
                {
                    "name": person.name,
                    "role": person.role,
                    "mentions": person.mentions,
                    "quotes": list(person.quotes),
                }
                for person in self.people
            ],
            "word_count": self.word_count,
        }

    def to_storage(self) -> dict[str, Any]:
        """Everything needed to rebuild this article exactly (for the library)."""
        data = self.to_dict()
        data["body"] = [
            {"type": b.type, "text": b.text, "level": b.level} for b in self.blocks
        ]
        data["source"] = self.source
        data["people"] = [
            {
                "name": p.name,
                "role": p.role,
                "mentions": p.mentions,
                "quotes": list(p.quotes),
                "spans": [list(span) for span in p.spans],
            }
            for p in self.people
        ]
        data["quotations"] = [
            {"text": q.text, "start": q.start, "end": q.end, "speaker": q.speaker}
            for q in self.quotations
        ]
        return data

    @classmethod
    def from_storage(cls, data: dict[str, Any]) -> Article:
        """Rebuild an article saved with :meth:`to_storage`."""
        caption = data.get("caption")
        article = build_article(
            title=data.get("title") or "",
            blocks=[
                (b["type"], b["text"], int(b.get("level") or 0)) for b in data.get("body", [])
            ],
            subtitle=data.get("subtitle"),
            authors=data.get("authors") or (),
            published=data.get("published"),
            site=data.get("site"),
            url=data.get("url"),
            caption=Caption(caption["text"], caption.get("credit")) if caption else None,
            pull_quotes=[
                PullQuote(q["text"], q.get("attribution"), q.get("speaker"), q.get("block"))
                for q in data.get("pull_quotes", [])
            ],
            source=data.get("source"),
        )
        return replace(
            article,
            people=tuple(
                Person(
                    p["name"],
                    p.get("role"),
                    int(p.get("mentions") or 0),
                    tuple(p.get("quotes") or ()),
                    tuple((int(s), int(e)) for s, e in p.get("spans") or ()),
                )
                for p in data.get("people", [])
            ),
            quotations=tuple(
                Quotation(q["text"], int(q["start"]), int(q["end"]), q.get("speaker"))
                for q in data.get("quotations", [])
            ),
        )


def _block_dict(block: Block) -> dict[str, Any]:
    data: dict[str, Any] = {"type": block.type, "text": block.text}
    if block.type == "heading":
        data["level"] = block.level or 2
    return data


BlockSpec = Block | tuple[str, str] | tuple[str, str, int]
_BLOCK_TYPE_SET = frozenset(BLOCK_TYPES)


def _new_block(kind: str, text: str, start: int, end: int, level: int) -> Block:
    """``Block(kind, text, start, end, level)``, made without the frozen dataclass's
    field-by-field ``object.__setattr__`` (a book lays out tens of thousands of blocks)."""
    block = object.__new__(Block)
    block.__dict__.update(type=kind, text=text, start=start, end=end, level=level)
    return block


def build_article(
    *,
    title: str,
    blocks: Iterable[BlockSpec],
    subtitle: str | None = None,
    authors: Sequence[str] = (),
    published: str | None = None,
    site: str | None = None,
    url: str | None = None,
    caption: Caption | None = None,
    pull_quotes: Sequence[PullQuote] = (),
    source: str | None = None,
) -> Article:
    """Lay the blocks out into ``Article.text`` and give each its offsets.

    Blocks with no text are dropped; pull-quote block indexes must refer to the list as given
    *after* that drop (cleaners should not hand over empty blocks).
    """
    laid_out: list[Block] = []
    pieces: list[str] = []
    offset = 0
    separator = len(BLOCK_SEPARATOR)
    for spec in blocks:
        if isinstance(spec, Block):
            kind, text, level = spec.type, spec.text, spec.level
        elif len(spec) == 3:
            kind, text, level = spec  # type: ignore[misc]
        else:
            kind, text = spec  # type: ignore[misc]
            level = 0
        if kind not in _BLOCK_TYPE_SET:
            raise ValueError(f"unknown block type {kind!r}")
        if not text:
            continue
        if pieces:
            offset += separator
        end = offset + len(text)
        laid_out.append(_new_block(kind, text, offset, end, level))
        pieces.append(text)
        offset = end
    return Article(
        title=title,
        blocks=tuple(laid_out),
        subtitle=subtitle or None,
        authors=tuple(authors),
        published=published or None,
        site=site or None,
        url=url or None,
        caption=caption,
        pull_quotes=tuple(pull_quotes),
        source=source,
        text=BLOCK_SEPARATOR.join(pieces),
    )
