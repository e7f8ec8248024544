"""The article model: what every consumer (dump, store, UI) reads.

All dataclasses are frozen. ``Article.text`` is the body blocks joined by a blank line; every
offset in the model (blocks, mentions, quotes, pull-quote passages, bookmarks, search hits,
reading position) is a character offset into that one string.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from functools import cache
from typing import TYPE_CHECKING, Any

from reader.article.block import (
    BLOCK_TYPES,
    MOST_ITEM_LEVEL,
    MOST_REPLY,
    NUMBERINGS,
    STRUCTURE_FIELDS,
    Block,
    BlockType,  # noqa: F401  (re-exported: the model's block types)
    new_block,
)
from reader.core.book_address import in_brief as book_in_brief
from reader.core.book_address import is_book
from reader.core.data_address import in_brief, is_data
from reader.core.lazy import lazy_re

if TYPE_CHECKING:  # (imported when an article has any: not on every article's path)
    from reader.article.enclosures import Enclosure

CELL_SEPARATOR = " | "
BLOCK_SEPARATOR = "\n\n"
SCENE_BREAK = "* * *"  # a paragraph that only breaks the text (an <hr>; Markdown's rule)
WORDS_PER_MINUTE = 230

_WORD = lazy_re(r"\w+")
_NON_WORD = lazy_re(r"\W")
# Chinese and Japanese characters (kana, ideographs): their writing has no spaces between words
_CJK_CHARS = "\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff"
CJK_CHARS_PER_WORD = 2  # a word of theirs is one to three characters long


@cache
def cjk_character() -> re.Pattern[str]:
    """One Chinese or Japanese character. Compiled on first use (its table of 27,000
    characters takes ~3 ms: not on every start; an ASCII text never needs it)."""
    return re.compile(f"[{_CJK_CHARS}]")


_BELOW_CJK = bytes(range(0x30))  # the high bytes (UTF-16) of U+0000-U+2FFF: none of them


def has_cjk(text: str, start: int = 0, end: int | None = None) -> bool:
    """Whether ``text[start:end]`` holds a Chinese or Japanese character. Most texts are
    told without the table (:func:`cjk_character`): no character of theirs reaches U+3000
    (one pass in C over their UTF-16 high bytes, ~5 µs a thousand characters)."""
    piece = text[start:end]
    if piece.isascii():
        return False
    if not piece.encode("utf-16-le", "surrogatepass")[1::2].translate(None, _BELOW_CJK):
        return False
    return cjk_character().search(piece) is not None


@cache
def _word_but_cjk() -> re.Pattern[str]:
    """A ``\\w+`` run of anything but Chinese or Japanese characters (compiled on first use)."""
    return re.compile(f"[^\\W{_CJK_CHARS}]+")


def count_words(text: str, piece: int = 65_536) -> int:
    """Words in ``text``: ``\\w+`` runs, and every :data:`CJK_CHARS_PER_WORD` Chinese or
    Japanese characters (a run of them is a sentence, not a word: counted as one, a
    600-character story read as 40 words, a minute's reading). Counted a piece at a time:
    no list of every word (a million lines' would take ~110 MB), and one regex call over a
    book would hold the GIL for ~70 ms (the screen would freeze that long)."""
    count, characters, start, size = 0, 0, 0, len(text)
    ascii_text = text.isascii()  # (a flag of the string's: no scan)
    while start < size:
        end = min(size, start + piece)
        boundary = _NON_WORD.search(text, end) if end < size else None
        end = boundary.start() if boundary else size  # never inside a word
        if ascii_text or not has_cjk(text, start, end):  # (one scan)
            count += len(_WORD.findall(text, start, end))
        else:
            count += len(_word_but_cjk().findall(text, start, end))
            characters += len(cjk_character().findall(text, start, end))
        start = end
    return count + characters // CJK_CHARS_PER_WORD


@dataclass(frozen=True)
class Link:
    """A link of the article: its text at ``start:end`` of ``Article.text``, its address."""

    text: str
    href: str
    start: int
    end: int


STYLES = ("emphasis", "strong", "code", "struck")  # how a page sets words apart in a line


@dataclass(frozen=True)
class Styled:
    """Words the page sets apart in their line (``kind``: one of :data:`STYLES`), at
    ``start:end`` of ``Article.text``: italics, bold, code, struck out."""

    kind: str
    start: int
    end: int


def table_text(rows: Sequence[Sequence[str]]) -> str:
    """A table's rows, one per line, cells joined by :data:`CELL_SEPARATOR`."""
    return "\n".join(CELL_SEPARATOR.join(row) for row in rows)


def definitions_text(pairs: Sequence[Sequence[str]]) -> str:
    """Terms and definitions one per line (an empty term or definition takes no line)."""
    return "\n".join(part for pair in pairs for part in pair[:2] if part)


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
    links: tuple[Link, ...] = ()
    styles: tuple[Styled, ...] = ()
    enclosures: tuple[Enclosure, ...] = ()  # a feed entry's audio, video, files (its lines)

    @property
    def word_count(self) -> int:
        """Words in the body text."""
        return count_words(self.text)

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
            "body": [block_dict(block) for block in self.blocks],
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
            "links": [
                {"text": link.text, "href": link.href, "start": link.start, "end": link.end}
                for link in self.links
            ],
            "styles": [
                {"kind": styled.kind, "start": styled.start, "end": styled.end}
                for styled in self.styles
            ],
            "enclosures": [enclosure.to_dict() for enclosure in self.enclosures],
        }

    def to_storage(self) -> dict[str, Any]:
        """Everything needed to rebuild this article exactly (for the library)."""
        data = self.to_dict()
        data["body"] = [_storage_block(b) for b in self.blocks]
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

    def storage_json(self) -> str:
        """:meth:`to_storage` as compact JSON, the blocks' dicts made a batch at a time (a
        million lines' dicts, twice over, took ~500 MB)."""
        head = replace(self, blocks=()).to_storage()
        from reader.article.json_out import json_pieces  # (json: not before the first screen)

        return "".join(json_pieces(head, "body", self.blocks, _storage_block, compact=True))

    @classmethod
    def from_storage(cls, data: dict[str, Any]) -> Article:
        """Rebuild an article saved with :meth:`to_storage`."""
        caption = data.get("caption")
        article = build_article(
            title=data.get("title") or "",
            blocks=[_restored(b) for b in data.get("body", [])],
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
            links=_restored_links(data.get("links") or (), article.text),
            styles=_restored_styles(data.get("styles") or (), len(article.text)),
            enclosures=_restored_enclosures(data.get("enclosures")),
        )


def dumped_src(src: str | None) -> str | None:
    """An image's address as a dump writes it: a picture carried in a ``data:`` address
    without its bytes (megabytes of base64 read by no one; "data:image/png;base64,"); a
    book's own picture as its path relative to the book ("OEBPS/images/map.png": where it is
    in the book, not an address of the reader's own)."""
    if is_book(src):
        return book_in_brief(src)  # type: ignore[arg-type]
    return in_brief(src)[0] if is_data(src) else src  # type: ignore[arg-type]


def block_dict(block: Block) -> dict[str, Any]:
    """One body block as the JSON dump shows it."""
    data: dict[str, Any] = {"type": block.type, "text": block.text}
    kind = block.type
    if kind == "heading":
        data["level"] = block.level or 2
    elif kind == "code":
        data["language"] = block.language
    elif kind == "table":
        data["rows"] = [list(row) for row in block.rows]
        data["header"] = block.header
    elif kind == "image":
        data.update(src=dumped_src(block.src), alt=block.alt, caption=block.caption,
                    credit=block.credit)
        if is_data(block.src):  # (the bytes it carries, counted: not written out)
            data["bytes"] = in_brief(block.src)[1]  # type: ignore[arg-type]
    elif kind == "list":
        items = block.items
        numbers = block.numbers or (None,) * len(items)
        depths = block.depths or (0,) * len(items)
        data["items"] = [
            {"text": item, "number": number, "depth": depth}
            for item, number, depth in zip(items, numbers, depths, strict=False)
        ]
        for item, counts in zip(data["items"], block.numbering, strict=False):
            item["numbering"] = counts  # (a list counted in letters or numerals: "a", "iv")
        for item, more in zip(data["items"], block.continues, strict=False):
            if more:  # (a further paragraph of the item above, no marker of its own)
                item["continues"] = True
    elif kind == "definitions":
        data["items"] = [{"term": term, "definition": text} for term, text in block.rows]
    elif kind == "quote" and block.depths:  # (a quotation in it: each line's depth)
        data["depths"] = list(block.depths)
    if block.reply:  # (in a thread's reply: its depth)
        data["reply"] = block.reply
    if block.item_level:  # (belongs to a list's item above it: the item's level)
        data["item_level"] = block.item_level
    return data


def _storage_block(block: Block) -> dict[str, Any]:
    """One block as the library stores it."""
    return storage_block(block.type, block.text, block.level, block.structure())


def storage_block(kind: str, text: str, level: int, structure: dict[str, Any]) -> dict[str, Any]:
    """One block as the library stores it, from its parts (``structure``: the fields set,
    as :meth:`Block.structure` gives them; JSON wants tuples as lists)."""
    data = dict(structure)
    if "rows" in data:
        data["rows"] = [list(row) for row in data["rows"]]
    for name in ("numbers", "depths", "numbering", "continues"):
        if name in data:
            data[name] = list(data[name])
    if level:  # (0 is left out: a million lines' blocks are all level 0)
        return {"type": kind, "text": text, "level": level, **data}
    return {"type": kind, "text": text, **data}


def _restored(data: dict[str, Any]) -> Block:
    """A block spec from :func:`_stored` (old saves have no structure: plain blocks)."""
    extra: dict[str, Any] = {}
    for name in STRUCTURE_FIELDS:
        value = data.get(name)
        if not value:
            continue
        if name == "rows":
            value = tuple(tuple(str(cell) for cell in row) for row in value)
        elif name in ("numbers", "depths"):
            value = tuple(value)
        elif name == "continues":
            value = tuple(bool(more) for more in value)
        elif name == "reply":  # (a depth: a saved value is a number, within bounds)
            value = min(max(0, int(value)), MOST_REPLY) if isinstance(value, int) else 0
        elif name == "item_level":
            value = min(max(0, value), MOST_ITEM_LEVEL) if isinstance(value, int) else 0
        elif name == "numbering":  # (only the ways a list counts: a saved value is text)
            value = tuple(str(counts) if str(counts) in NUMBERINGS else "1" for counts in value)
        extra[name] = value
    return Block(data["type"], data["text"], 0, 0, int(data.get("level") or 0), **extra)


def _restored_links(links: Iterable[dict[str, Any]], text: str) -> tuple[Link, ...]:
    """Saved links whose offsets still fall inside ``text``."""
    kept = []
    for link in links:
        start, end = int(link.get("start", -1)), int(link.get("end", -1))
        if 0 <= start < end <= len(text):
            kept.append(Link(str(link.get("text") or ""), str(link.get("href") or ""), start, end))
    return tuple(kept)


def _restored_enclosures(saved: object) -> tuple[Enclosure, ...]:
    """Saved enclosures, each checked (:meth:`Enclosure.from_dict`)."""
    if not saved or not isinstance(saved, list):
        return ()
    from reader.article.enclosures import Enclosure

    found = map(Enclosure.from_dict, saved)
    return tuple(enclosure for enclosure in found if enclosure is not None)


def _restored_styles(styles: Iterable[dict[str, Any]], size: int) -> tuple[Styled, ...]:
    """Saved styles of a known kind whose offsets still fall inside a text of ``size``."""
    kept = []
    for styled in styles:
        kind = styled.get("kind")
        start, end = int(styled.get("start", -1)), int(styled.get("end", -1))
        if kind in STYLES and 0 <= start < end <= size:
            kept.append(Styled(str(kind), start, end))
    return tuple(kept)


BlockSpec = Block | tuple[str, str] | tuple[str, str, int]
_BLOCK_TYPE_SET = frozenset(BLOCK_TYPES)



def _shift_links(
    links: Sequence[tuple[int, Link]], starts: dict[int, int], text: str
) -> tuple[Link, ...]:
    """Links given relative to their block spec, moved to offsets in the article text."""
    placed = []
    for spec, link in links:
        base = starts.get(spec)
        if base is None:
            continue
        start, end = base + link.start, base + link.end
        if 0 <= start < end <= len(text) and text[start:end] == link.text:
            placed.append(Link(link.text, link.href, start, end))
    return tuple(placed)


def _shift_styles(
    styles: Sequence[tuple[int, Styled]], starts: dict[int, int], size: int
) -> tuple[Styled, ...]:
    """Styles given relative to their block spec, moved to offsets in the article text."""
    placed = []
    for spec, styled in styles:
        base = starts.get(spec)
        if base is not None and 0 <= base + styled.start < base + styled.end <= size:
            placed.append(Styled(styled.kind, base + styled.start, base + styled.end))
    return tuple(placed)


def is_laid_out(kind: str, text: str, src: str | None) -> bool:
    """Whether a block has a place in the article: it shows some text, or it is a picture (an
    image with an address and no caption, kept for the picture alone)."""
    return shows_text(text) or (kind == "image" and bool(src))


def shows_text(text: str) -> bool:
    """Whether ``text`` shows anything: a character besides spaces and the invisible format
    characters (a page's paragraph of one zero-width joiner, set as a spacer, is empty)."""
    for char in text:
        if not char.isspace() and (char.isascii() or unicodedata.category(char) != "Cf"):
            return True
    return False


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
    links: Sequence[tuple[int, Link]] = (),
    styles: Sequence[tuple[int, Styled]] = (),
) -> Article:
    """Lay the blocks out into ``Article.text`` and give each its offsets.

    Blocks with no text are dropped, except an image with an address (a picture without a
    caption), which keeps an empty span where it stands; pull-quote block indexes must refer
    to the list as given *after* that drop. ``links`` (and ``styles``) are
    ``(index of a spec in blocks, link with offsets into that block's text)``.
    """
    laid_out: list[Block] = []
    pieces: list[str] = []
    offset = 0
    separator = len(BLOCK_SEPARATOR)
    starts: dict[int, int] = {}
    for number, spec in enumerate(blocks):
        structure = None
        if isinstance(spec, Block):
            kind, text, level = spec.type, spec.text, spec.level
            structure = spec.structure()
        elif len(spec) == 3:
            kind, text, level = spec  # type: ignore[misc]
        else:
            kind, text = spec  # type: ignore[misc]
            level = 0
        if kind not in _BLOCK_TYPE_SET:
            raise ValueError(f"unknown block type {kind!r}")
        if not is_laid_out(kind, text, structure.get("src") if structure else None):
            continue
        if laid_out:
            offset += separator
        end = offset + len(text)
        if structure:
            block = Block(kind, text, offset, end, level, **structure)
        else:
            block = new_block(kind, text, offset, end, level)
        laid_out.append(block)
        if links or styles:
            starts[number] = offset
        pieces.append(text)
        offset = end
    joined = BLOCK_SEPARATOR.join(pieces)
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
        text=joined,
        links=_shift_links(links, starts, joined) if links else (),
        styles=_shift_styles(styles, starts, len(joined)) if styles else (),
    )
