"""An article that is nothing but code or nothing but tables: told so, and its size in
lines or rows."""

from __future__ import annotations

from reader.article.data_kind import data_kind, data_size, size_words
from reader.article.model import Block, build_article


def _article(*blocks: Block):  # type: ignore[no-untyped-def]
    return build_article(title="t", blocks=blocks)


def _table(*rows: tuple[str, ...], header: bool = True) -> Block:
    return Block("table", "\n".join(" | ".join(row) for row in rows), rows=rows, header=header)


def test_code_only_is_code_and_counts_its_lines_with_the_blank_between_parts() -> None:
    article = _article(Block("code", "a = 1\nb = 2", language="python"),
                       Block("code", "c = 3", language="python"))
    assert data_kind(article) == "code"
    assert data_size(article, "code") == 4  # the blank line the gap stands for counts
    assert size_words(2140, "code") == "2,140 lines" and size_words(1, "code") == "1 line"


def test_tables_count_their_rows_not_their_headers_and_may_end_with_a_note() -> None:
    article = _article(_table(("Ship", "Calls"), ("Aurora", "3"), ("Bora", "4")),
                       _table(("Ship", "Calls"), ("Cirrus", "5")),
                       Block("paragraph", "(The rest of the file is left out.)"))
    assert data_kind(article) == "table"
    assert data_size(article, "table") == 3
    assert size_words(12000, "table") == "12,000 rows"


def test_prose_and_prose_with_code_or_tables_are_neither() -> None:
    code = Block("code", "x = 1", language="python")
    words = Block("paragraph", "Run this to begin.")
    assert data_kind(_article(words)) is None
    assert data_kind(_article(code, words, code)) is None
    assert data_kind(_article(words, code)) is None
    assert data_kind(_article(code, words)) is None  # (a note after tables only)
    assert data_kind(_article(_table(("a",), ("b",)), code)) is None
    assert data_kind(_article()) is None
