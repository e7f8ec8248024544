"""Structured blocks and links in the model: storage round trips, old saves, the dumps."""

from __future__ import annotations

import json
from pathlib import Path

from reader.article.dump import to_markdown, to_text
from reader.article.model import Article, Block, Link, build_article
from reader.engine.pipeline import load_article
from reader.ui.jobs.loading import pack, unpack

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


def test_storage_round_trip_keeps_structure_and_links() -> None:
    article = load_article(str(FIXTURES / "structure.html"), people=False)
    assert {block.type for block in article.blocks} >= {
        "code", "table", "list", "definitions", "image", "heading", "paragraph",
    }
    assert article.links
    stored = json.loads(json.dumps(article.to_storage()))
    again = Article.from_storage(stored)
    assert again.blocks == article.blocks
    assert again.links == article.links
    assert again.text == article.text


def test_an_old_save_without_structure_still_loads() -> None:
    old = {
        "title": "Old",
        "body": [
            {"type": "paragraph", "text": "An old paragraph.", "level": 0},
            {"type": "preformatted", "text": "a | b\nc | d", "level": 0},
        ],
    }
    article = Article.from_storage(old)
    assert [block.type for block in article.blocks] == ["paragraph", "preformatted"]
    assert article.links == ()
    assert article.blocks[1].rows == ()


def test_links_out_of_the_text_are_not_restored() -> None:
    data = build_article(title="T", blocks=[("paragraph", "Short text.")]).to_storage()
    data["links"] = [{"text": "x", "href": "https://a.example/", "start": 5, "end": 500}]
    assert Article.from_storage(data).links == ()


def test_pack_for_the_other_process_keeps_structure() -> None:
    article = load_article(str(FIXTURES / "structure.html"), people=False)
    assert unpack(pack(article)).blocks == article.blocks


def test_build_article_places_links_by_block() -> None:
    article = build_article(
        title="T",
        blocks=[("paragraph", "First."), ("paragraph", ""), ("paragraph", "See the guide.")],
        links=[
            (2, Link("guide", "https://a.example/g", 8, 13)),
            (1, Link("x", "https://b/", 0, 1)),
        ],
    )
    assert article.links == (Link("guide", "https://a.example/g", 16, 21),)
    assert article.text[16:21] == "guide"


def test_dumps_of_a_table_without_header_and_a_fence_in_code() -> None:
    article = build_article(
        title="T",
        blocks=[
            Block("table", "a | b|c", rows=(("a", "b|c"),)),
            Block("code", "x = '```'", language="python"),
        ],
    )
    markdown = to_markdown(article)
    assert "|  |  |\n|---|---|\n| a | b\\|c |" in markdown
    assert "````python\nx = '```'\n````" in markdown
    assert "a  b|c" in to_text(article)


def test_text_dump_folds_a_wide_table_into_column_value_lines() -> None:
    from reader.article.dump import to_text
    from reader.article.model import Block, build_article, table_text

    rows = (("Name", "Description"), ("Alpha", "word " * 30 + "end"))
    article = build_article(title="T", blocks=[
        Block("table", table_text(rows), rows=rows, header=True)])
    text = to_text(article, width=60)
    assert "Name: Alpha" in text and "Description: word word" in text
    assert all(len(line) <= 60 for line in text.splitlines())
    assert " | " not in text


def test_a_picture_without_text_is_laid_out_and_survives_storage_and_packing() -> None:
    picture = Block("image", "", 0, 0, 0, src="https://a.example/p.jpg", alt="A harbour")
    article = build_article(
        title="T",
        blocks=[("paragraph", "Before."), picture, ("image", ""), ("paragraph", "After.")],
    )
    # the picture keeps its place (an empty span); an image with no address is dropped
    assert [(b.type, b.start, b.end) for b in article.blocks] == [
        ("paragraph", 0, 7), ("image", 9, 9), ("paragraph", 11, 17),
    ]
    assert article.text[article.blocks[2].start : article.blocks[2].end] == "After."
    again = Article.from_storage(json.loads(json.dumps(article.to_storage())))
    assert again.blocks == article.blocks and again.text == article.text
    assert unpack(pack(article)).blocks == article.blocks
    assert "[Image: A harbour]" in to_text(article)
    assert "![A harbour](https://a.example/p.jpg)" in to_markdown(article)


def test_a_replys_depth_survives_storage_and_packing_and_a_saved_one_is_bounded() -> None:
    article = load_article(str(FIXTURES / "threads" / "reply_tree.html"), people=False)
    assert [block.reply for block in article.blocks][:6] == [0, 0, 1, 1, 2, 2]
    stored = json.loads(json.dumps(article.to_storage()))
    assert Article.from_storage(stored).blocks == article.blocks
    assert unpack(pack(article)).blocks == article.blocks
    for saved, kept in ((10**9, 99), ("3", 0), (-4, 0), (2, 2)):
        stored["body"][2]["reply"] = saved
        assert Article.from_storage(stored).blocks[2].reply == kept
