"""The article model: layout of blocks into text, offsets, storage round trip, JSON dump."""

from __future__ import annotations

import json

import pytest

from reader.article.model import (
    Article,
    Block,
    Caption,
    Person,
    PullQuote,
    Styled,
    build_article,
)


def make_article() -> Article:
    return build_article(
        title="A title",
        blocks=[
            ("heading", "Section", 2),
            ("paragraph", "First paragraph here."),
            ("paragraph", ""),
            ("list", "one\ntwo"),
        ],
        authors=["Ann Lee"],
        caption=Caption("A photo.", "Photo: Bo Kim"),
        pull_quotes=[PullQuote("First paragraph", "Ann Lee", None, 1)],
        url="https://example.org/a",
    )


def test_blocks_are_laid_out_with_offsets_into_text() -> None:
    article = make_article()
    assert [b.type for b in article.blocks] == ["heading", "paragraph", "list"]
    for block in article.blocks:
        assert article.text[block.start : block.end] == block.text
    assert article.text == "Section\n\nFirst paragraph here.\n\none\ntwo"
    assert article.blocks[2].items == ["one", "two"]


def test_word_count_and_block_at() -> None:
    article = make_article()
    assert article.word_count == 6
    assert article.block_at(0) == 0
    assert article.block_at(article.blocks[1].start + 3) == 1
    assert article.block_at(len(article.text)) == 2


def test_unknown_block_type_is_refused() -> None:
    with pytest.raises(ValueError):
        build_article(title="t", blocks=[("sidebar", "x")])


def test_json_dump_has_product_keys() -> None:
    data = json.loads(json.dumps(make_article().to_dict()))
    assert set(data) >= {
        "title", "subtitle", "authors", "published", "site", "url", "caption", "body",
        "pull_quotes", "people", "word_count",
    }
    assert data["caption"] == {"text": "A photo.", "credit": "Photo: Bo Kim"}
    assert data["body"][0] == {"type": "heading", "text": "Section", "level": 2}
    assert data["pull_quotes"][0]["block"] == 1


def test_storage_round_trip_is_exact() -> None:
    from dataclasses import replace

    article = replace(
        make_article(),
        people=(Person("Ann Lee", "author", 1, ("Hi",), ((0, 3),)),),
        styles=(Styled("emphasis", 0, 7), Styled("code", 9, 12)),
    )
    again = Article.from_storage(json.loads(json.dumps(article.to_storage())))
    assert again == article
    assert again.styles == article.styles


def test_a_lists_numbering_is_saved_and_a_saved_unknown_one_counts_in_numbers() -> None:
    article = build_article(title="T", blocks=[
        Block("list", "one\ntwo", numbers=(1, 2), numbering=("a", "a")),
    ])
    data = json.loads(json.dumps(article.to_storage()))
    assert Article.from_storage(data).blocks[0].numbering == ("a", "a")
    data["body"][0]["numbering"] = ["\x1b[31m", "I"]  # (a database another program wrote)
    assert Article.from_storage(data).blocks[0].numbering == ("1", "I")


def test_a_saved_style_out_of_the_text_or_of_no_known_kind_is_left_out() -> None:
    data = make_article().to_storage()
    size = len(make_article().text)
    data["styles"] = [
        {"kind": "emphasis", "start": 0, "end": 3},
        {"kind": "emphasis", "start": 5, "end": size + 10},  # (past the text)
        {"kind": "blink", "start": 0, "end": 3},  # (a kind no one draws)
        {"kind": "strong", "start": 4, "end": 2},
    ]
    assert Article.from_storage(data).styles == (Styled("emphasis", 0, 3),)
