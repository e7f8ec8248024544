"""A Markdown list item's further paragraphs stay its own, and a quotation keeps its parts
(paragraphs, a list, code) apart, in the JSON, text and Markdown dumps (``reader dump``)."""

from __future__ import annotations

import json
from pathlib import Path

from reader.article.model import Article
from reader.engine import load_article
from tests.cli_run import dump_as, dump_json

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "markdown" / "item-paragraphs.md"
FURTHER = "Write one line for each change a user will notice, and link the pull request."


def _blocks(article: dict, kind: str) -> list[dict]:
    return [block for block in article["body"] if block["type"] == kind]


def test_an_items_second_paragraph_is_a_line_of_its_own_that_goes_on_the_item() -> None:
    (checklist,) = _blocks(dump_json(str(FIXTURE)), "list")
    assert checklist["items"] == [
        {"text": "Update the changelog.", "number": 1, "depth": 0},
        {"text": FURTHER, "number": None, "depth": 0, "continues": True},
        {"text": "Tag the release.", "number": 2, "depth": 0},
        {"text": "Sign the tag.", "number": None, "depth": 1},
        {"text": "Use the release key, not your own.", "number": None, "depth": 1,
         "continues": True},
        {"text": "Push it.", "number": None, "depth": 1},
    ]


def test_a_quotation_keeps_its_paragraphs_list_and_code_apart() -> None:
    (quote,) = _blocks(dump_json(str(FIXTURE)), "quote")
    assert quote["text"] == (
        "Notes from the last release:\n\n"
        "• the tag was pushed late\n• the changelog missed a fix\n1. the parser's\n\n"
        "We should automate this step.\n\nmake release"
    )


def test_the_text_dump_sets_the_paragraph_under_its_items_text(tmp_path: Path) -> None:
    text = dump_as(tmp_path, FIXTURE.read_text(encoding="utf-8"), "text", name="notes.md")
    assert f"1. Update the changelog.\n\n   {FURTHER}\n\n2. Tag the release." in text
    assert "   • Sign the tag.\n\n     Use the release key, not your own.\n\n   • Push it." in text


def test_the_markdown_dump_reads_back_the_same(tmp_path: Path) -> None:
    first = dump_json(str(FIXTURE))
    markdown = dump_as(tmp_path, FIXTURE.read_text(encoding="utf-8"), "markdown", name="a.md")
    assert f"1. Update the changelog.\n\n   {FURTHER}\n\n2. Tag the release." in markdown
    again = dump_json(str(_saved(tmp_path / "again.md", markdown)))
    assert again["body"] == first["body"]


def _saved(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def test_a_saved_article_keeps_which_lines_go_on_their_item() -> None:
    article = load_article(str(FIXTURE), people=False)
    again = Article.from_storage(json.loads(json.dumps(article.to_storage())))
    (checklist,) = [block for block in again.blocks if block.type == "list"]
    assert checklist.continues == (False, True, False, False, True, False)
    assert again.blocks == article.blocks
    stored = json.loads(json.dumps(article.to_storage()))
    stored["body"][1]["continues"] = ["\x1b[31m", 0, 1, None, "", 0]  # (another program's)
    flags = Article.from_storage(stored).blocks[1].continues
    assert all(isinstance(flag, bool) for flag in flags) and flags[2] and not flags[1]


NESTED = Path(__file__).resolve().parents[1] / "fixtures" / "markdown" / "nested-quote.md"


def test_a_paragraph_after_an_items_nested_list_goes_on_the_item() -> None:
    (steps,) = _blocks(dump_json(str(NESTED)), "list")
    assert steps["items"] == [
        {"text": "Strap the boxes together.", "number": 1, "depth": 0},
        {"text": "One strap each way.", "number": None, "depth": 1},
        {"text": "A ratchet strap crushes the frames.", "number": None, "depth": 0,
         "continues": True},  # (it was left out)
        {"text": "Carry the hive to its new stand.", "number": 2, "depth": 0},
    ]


def test_a_quotation_inside_a_quotation_keeps_its_depth_and_its_markdown(tmp_path: Path) -> None:
    (quote,) = _blocks(dump_json(str(NESTED)), "quote")
    lines = quote["text"].split("\n")
    assert [(line, depth) for line, depth in zip(lines, quote["depths"], strict=True)
            if line] == [
        ("My old handbook puts it plainly.", 0),
        ("Move a hive at night, and move it slowly.", 1),
        ("It was right about the slowly.", 0),
    ]
    source = NESTED.read_text(encoding="utf-8")
    markdown = dump_as(tmp_path, source, "markdown", name="hive.md").splitlines()
    at = markdown.index("> > Move a hive at night, and move it slowly.")
    assert markdown[at - 2 : at + 3] == [
        "> My old handbook puts it plainly.", ">",
        "> > Move a hive at night, and move it slowly.", ">",
        "> It was right about the slowly.",
    ]
