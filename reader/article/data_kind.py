"""An article that is a program's source or a table, not prose (``reader.clean.data_files``
makes one of ``app.py`` or ``data.csv``): nothing but code, or nothing but tables.

Its length is its lines or rows, not a reading time; it names no people and sets apart no
quotes (names in comments, cells and string literals are not the people of an article).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal

if TYPE_CHECKING:
    from reader.article.model import Article

__all__ = ["DataKind", "data_kind", "data_size", "size_words"]

DataKind = Literal["code", "table"]
_UNITS = {"code": ("line", "lines"), "table": ("row", "rows")}


def data_kind(article: Article) -> DataKind | None:
    """"code" for an article of code blocks only, "table" for one of tables only (its last
    block may be a paragraph after them: a long file's note on the rows left out); None for
    anything else (prose, or prose with code or tables in it)."""
    blocks = article.blocks
    kind = blocks[0].type if blocks else None
    if kind != "code" and kind != "table":
        return None
    last = len(blocks) - 1
    for index, block in enumerate(blocks):  # (a book's second block ends this at once)
        if block.type != kind and not (
            kind == "table" and index == last and block.type == "paragraph"
        ):
            return None
    return kind


def data_size(article: Article, kind: DataKind) -> int:
    """A code article's lines (the blank line between two parts counted, as in its file),
    or a table article's rows (the header rows not counted)."""
    blocks = [block for block in article.blocks if block.type == kind]
    if kind == "table":
        return sum(len(block.rows) - bool(block.header) for block in blocks)
    text = article.text
    lines = sum(text.count("\n", block.start, block.end) + 1 for block in blocks)
    return lines + max(0, len(blocks) - 1)


def size_words(count: int, kind: DataKind) -> str:
    """``count`` lines or rows, as said: "1 line", "2,140 lines", "12,000 rows"."""
    one, many = _UNITS[kind]
    return f"{count:,} {one if count == 1 else many}"
