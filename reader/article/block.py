"""A body block of the article (``reader.article.model`` re-exports it).

One object per block, and a text of a million short lines has a million: so six slots, the
optional structure (a table's rows, a list's numbers, an image's address...) in one dict only
for the blocks that have any.
"""

from __future__ import annotations

from dataclasses import FrozenInstanceError
from typing import Any, Generic, Literal, TypeVar, overload

BlockType = Literal[
    "paragraph", "heading", "list", "quote", "preformatted", "code", "table", "image",
    "definitions",
]
BLOCK_TYPES: tuple[str, ...] = (
    "paragraph", "heading", "list", "quote", "preformatted", "code", "table", "image",
    "definitions",
)
# The optional structure a block may carry (all default to "none"), in storage order.
STRUCTURE_FIELDS: tuple[str, ...] = (
    "language", "rows", "header", "numbers", "depths", "numbering", "src", "alt", "caption",
    "credit", "continues", "reply", "item_level",
)
T = TypeVar("T")
_new = object.__new__
_set = object.__setattr__


_STRUCTURE_DEFAULTS: dict[str, Any] = {
    "language": None, "rows": (), "header": False, "numbers": (), "depths": (), "numbering": (),
    "src": None, "alt": None, "caption": None, "credit": None, "continues": (), "reply": 0,
    "item_level": 0,
}
MOST_REPLY = 99  # a reply's depth kept at most (a thread's depth past it is drawn as it)
MOST_ITEM_LEVEL = 9  # a block's list item's level kept at most
NUMBERINGS = ("1", "a", "A", "i", "I")  # how an ordered list counts (HTML's <ol type>)
_ROMAN = (
    (1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"), (50, "l"),
    (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i"),
)


def counted(number: int, numbering: str = "1") -> str:
    """``number`` as a list counts it: "3", "c", "C", "iii" or "III" (as a number where the
    letters or numerals have none: 0, a negative, past 3999)."""
    if numbering in ("a", "A") and number > 0:
        letters = ""
        while number:
            number, left = divmod(number - 1, 26)
            letters = chr(ord("a") + left) + letters
        return letters if numbering == "a" else letters.upper()
    if numbering in ("i", "I") and 0 < number < 4000:
        roman = ""
        for value, numeral in _ROMAN:
            count, number = divmod(number, value)
            roman += numeral * count
        return roman if numbering == "i" else roman.upper()
    return str(number)


QUOTE_BULLETS = ("• ", "◦ ", "▪ ")  # a list's marker in a quotation's line, by its depth


def quoted_item(text: str, number: int | None, depth: int, numbering: str = "1") -> str:
    """A list's item as a quotation's line holds it: behind its marker ("• ", "◦ " a level
    in, or its number: "2. ", "b. "), a quotation's lines having no list of their own."""
    if number is not None:
        return f"{counted(number, numbering)}. {text}"
    return QUOTE_BULLETS[min(depth, len(QUOTE_BULLETS) - 1)] + text


class _Structure(Generic[T]):
    """A block's optional structure field: read from its ``_extra`` dict, else the default."""

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name
        self.default = _STRUCTURE_DEFAULTS[name]

    @overload
    def __get__(self, block: None, owner: type | None = None) -> _Structure[T]: ...
    @overload
    def __get__(self, block: Block, owner: type | None = None) -> T: ...
    def __get__(self, block: Block | None, owner: type | None = None) -> Any:
        if block is None:
            return self
        extra = block._extra
        return self.default if extra is None else extra.get(self.name, self.default)


class Block:
    """One body block, at ``start:end`` of ``Article.text`` (immutable).

    What ``text`` holds, by type: a list's items one per line (no bullets; ``numbers`` and
    ``depths`` give each line's number, None for a bullet, and nesting depth; ``numbering``,
    when a list counts in letters or numerals, how each line counts; ``continues``, which
    lines are a further paragraph of the item above, with no marker of their own); a code or
    preformatted block verbatim; a table its rows one per line, cells joined by
    :data:`CELL_SEPARATOR` (``rows`` holds the cells, ``header`` says the first row is a
    header row); definitions their terms and definitions one per line (``rows`` holds the
    ``(term, definition)`` pairs, term empty for a further definition of the same term); a
    quotation its lines (``depths``, when it quotes a quotation: each line's depth, 0 for its
    own words; a list in it an item a line, behind its marker: :func:`quoted_item`); an
    image its caption and credit, or its alt text (``src``, ``alt``,
    ``caption``, ``credit``). Any block of a thread's reply: ``reply``, the reply's depth
    (1: a reply to a post; the body indents it, the Markdown dump quotes it). A block that
    belongs to a list's item above it (code set in a step: "1. Install it:" over its
    command): ``item_level``, the item's level (1: an item of a top-level list, 2: of a list
    nested once; the body and the Markdown dump indent it under the item's text).

    Six slots, the structure fields in one dict only when a block has any: a text of a
    million lines has a million blocks (80 bytes each, not 144 with a slot per field).
    """

    __slots__ = ("_extra", "end", "level", "start", "text", "type")
    type: BlockType
    text: str
    start: int
    end: int
    level: int  # heading level (1-6); 0 for other blocks
    _extra: dict[str, Any] | None  # the structure fields not at their default

    language = _Structure[str | None]()  # code: the language the page names
    rows = _Structure[tuple[tuple[str, ...], ...]]()  # table cells by row; definitions' pairs
    header = _Structure[bool]()  # table: the first row is a header row
    numbers = _Structure[tuple[int | None, ...]]()  # list: each item's number (None: bullet)
    depths = _Structure[tuple[int, ...]]()  # list, quote: each line's nesting depth (0: top)
    numbering = _Structure[tuple[str, ...]]()  # list: how each item counts (NUMBERINGS)
    continues = _Structure[tuple[bool, ...]]()  # list: each line a further paragraph of its item
    src = _Structure[str | None]()  # image: its absolute address
    alt = _Structure[str | None]()  # image: its alt text
    caption = _Structure[str | None]()  # image: its caption
    credit = _Structure[str | None]()  # image: its credit line
    reply = _Structure[int]()  # a thread's block: the depth of the reply it is in (0: none)
    item_level = _Structure[int]()  # the level of the list's item it belongs to (0: none)

    def __init__(
        self, type: BlockType, text: str, start: int = 0, end: int = 0, level: int = 0,
        **structure: Any,
    ) -> None:
        unknown = structure.keys() - _STRUCTURE_DEFAULTS.keys()
        if unknown:
            raise TypeError(f"Block got unexpected fields {sorted(unknown)}")
        extra = {
            name: structure[name]
            for name in STRUCTURE_FIELDS
            if name in structure and structure[name] != _STRUCTURE_DEFAULTS[name]
        }
        for name, value in (("type", type), ("text", text), ("start", start), ("end", end),
                            ("level", level), ("_extra", extra or None)):
            _set(self, name, value)

    def __setattr__(self, name: str, value: object) -> None:
        raise FrozenInstanceError(f"cannot assign to field {name!r}")

    def __delattr__(self, name: str) -> None:
        raise FrozenInstanceError(f"cannot delete field {name!r}")

    def _key(self) -> tuple[Any, ...]:
        extra = self._extra or {}
        return (self.type, self.text, self.start, self.end, self.level,
                tuple((name, extra[name]) for name in STRUCTURE_FIELDS if name in extra))

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not Block:
            return NotImplemented
        return self._key() == other._key()  # type: ignore[attr-defined]

    def __hash__(self) -> int:
        return hash(self._key())

    def __repr__(self) -> str:
        extra = "".join(f", {name}={value!r}" for name, value in (self._extra or {}).items())
        return (f"Block(type={self.type!r}, text={self.text!r}, start={self.start!r}, "
                f"end={self.end!r}, level={self.level!r}{extra})")

    def __reduce__(self) -> tuple[Any, ...]:
        return (_restore_block, (self.type, self.text, self.start, self.end, self.level,
                                 self._extra))

    @property
    def items(self) -> list[str]:
        """List items (only meaningful for ``list`` blocks)."""
        return self.text.split("\n")

    def structure(self) -> dict[str, Any]:
        """The structure fields this block sets (those not at their default)."""
        extra = self._extra
        if extra is None:
            return {}
        return {name: value for name in STRUCTURE_FIELDS if (value := extra.get(name))}


def line_depths(block: Block) -> tuple[int, ...]:
    """Each line of a quotation (or a list) with its depth: its ``depths``, or 0 for every
    line when it has none (or they do not match its lines)."""
    count = block.text.count("\n") + 1
    depths = block.depths
    return depths if len(depths) == count else (0,) * count


def same_words(one: str | None, other: str | None) -> bool:
    """Whether two texts are the same words, case and spacing aside (a picture's alt text
    that repeats its caption: said once)."""
    return " ".join((one or "").split()).casefold() == " ".join((other or "").split()).casefold()


def _restore_block(
    kind: BlockType, text: str, start: int, end: int, level: int, extra: dict[str, Any] | None
) -> Block:
    """A block from :meth:`Block.__reduce__` (pickling)."""
    return Block(kind, text, start, end, level, **(extra or {}))


def new_block(kind: str, text: str, start: int, end: int, level: int) -> Block:
    """``Block(kind, text, start, end, level)``, made without ``__init__``'s checks (a book
    lays out tens of thousands of blocks, a text of a million lines a million)."""
    block = _new(Block)
    _set(block, "type", kind)
    _set(block, "text", text)
    _set(block, "start", start)
    _set(block, "end", end)
    _set(block, "level", level)
    _set(block, "_extra", None)
    return block
