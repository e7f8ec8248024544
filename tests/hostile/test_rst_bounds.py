"""Small reStructuredText files that made docutils work for minutes or take gigabytes
(substitutions that expand into each other, thousands of nested indents, tens of thousands
of fields) are read as plain text, through the real ``reader dump``; a document within the
bounds keeps its structure and its substitutions."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.cli_run import dump_bounded

TITLE = "Title\n=====\n\n"
BOMB = (TITLE + "".join(f".. |s{i}| replace:: |s{i + 1}| |s{i + 1}|\n" for i in range(30))
        + ".. |s30| replace:: x\n\n|s0|\n")
LISTS = TITLE + "".join("  " * i + "- x\n" + ("\n" if i % 2 else "") for i in range(2000))
INDENTS = TITLE + "".join(" " * (2 * i) + "* item\n\n" for i in range(3000))
FIELDS = TITLE + "".join(f":Field{i}: value\n" for i in range(20000))


def _dump(folder: Path, text: str) -> dict:
    path = folder / "doc.rst"
    path.write_text(text, encoding="utf-8")
    result = dump_bounded(path)  # (it took 1.2 to 2.8 GB, or minutes)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


@pytest.mark.parametrize(
    ("text", "word", "times"),
    [(BOMB, "replace::", 31), (LISTS, "x", 2000), (INDENTS, "item", 3000),
     (FIELDS, "value", 20000)],
    ids=["substitution-bomb", "nested-lists", "nested-indents", "many-fields"],
)
def test_a_document_beyond_the_bounds_is_read_as_its_text(
    tmp_path: Path, text: str, word: str, times: int
) -> None:
    article = _dump(tmp_path, text)
    shown = " ".join(block["text"] for block in article["body"])
    assert shown.split().count(word) == times


def test_a_document_within_the_bounds_keeps_its_substitutions(tmp_path: Path) -> None:
    text = (TITLE + "".join(f".. |s{i}| replace:: |s{i + 1}| |s{i + 1}|\n" for i in range(6))
            + ".. |s6| replace:: word\n\n|s0|\n\n- one\n\n  - two\n")
    article = _dump(tmp_path, text)
    assert article["title"] == "Title"
    assert [block["type"] for block in article["body"]] == ["paragraph", "list"]
    assert article["body"][0]["text"] == " ".join(["word"] * 64)
