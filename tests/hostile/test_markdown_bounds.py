"""Small Markdown files that made the reader work for a minute (a paragraph of brackets
nested past any link's, emphasis nested thousands deep, hundreds of thousands of table cells
or lines) are read at once, through the real ``reader dump``: brackets and stars as their
text, a document beyond the size bounds as plain paragraphs."""

from __future__ import annotations

import json
from pathlib import Path

from tests.cli_run import dump_bounded


def _dump(folder: Path, text: str) -> dict:
    path = folder / "doc.md"
    path.write_text(text, encoding="utf-8")
    result = dump_bounded(path)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_a_paragraph_of_brackets_reads_as_its_text(tmp_path: Path) -> None:
    article = _dump(tmp_path, "# T\n\n" + "[a" * 100_000 + "](x)\n\n[a real link](https://example.org/)\n")
    body = article["body"]
    assert body[0]["text"] == "[a" * 100_000 + "](x)"
    assert body[1]["text"] == "a real link"  # (the next paragraph keeps its link)
    assert [link["href"] for link in article["links"]] == ["https://example.org/"]


def test_emphasis_nested_thousands_deep_reads_as_its_words(tmp_path: Path) -> None:
    article = _dump(tmp_path, "# T\n\n" + "*" * 100_000 + "x" + "*" * 100_000 + "\n")
    assert [block["text"] for block in article["body"]] == ["x"]
    styles = article["styles"]  # (the word set apart a few times, not 50,000)
    assert 1 <= len(styles) <= 16
    assert {(style["kind"], style["start"], style["end"]) for style in styles} == {("strong", 0, 1)}


def test_a_table_beyond_the_bounds_reads_as_plain_paragraphs(tmp_path: Path) -> None:
    head = "|" + "|".join(f"h{i}" for i in range(100)) + "|\n|" + "-|" * 100 + "\n"
    article = _dump(tmp_path, "# T\n\n" + head + ("|" + "c|" * 100 + "\n") * 600)
    assert {block["type"] for block in article["body"]} == {"paragraph"}
    words = " ".join(block["text"] for block in article["body"]).split()
    assert words.count("|" + "c|" * 100) == 600


def test_a_document_beyond_the_bounds_reads_as_plain_paragraphs(tmp_path: Path) -> None:
    text = "".join(f"## H{i}\n\npara\n\n" for i in range(12_600))
    article = _dump(tmp_path, text)
    assert {block["type"] for block in article["body"]} == {"paragraph"}
    assert " ".join(block["text"] for block in article["body"]).split().count("para") == 12_600


def test_a_document_within_the_bounds_keeps_its_structure(tmp_path: Path) -> None:
    text = ("# T\n\nSee [the [nested] label](https://example.org/a) and *one **two** one*.\n\n"
            "| a | b |\n|---|---|\n| 1 | 2 |\n")
    article = _dump(tmp_path, text)
    assert [block["type"] for block in article["body"]] == ["paragraph", "table"]
    assert article["body"][0]["text"] == "See the [nested] label and one two one."
    assert [link["href"] for link in article["links"]] == ["https://example.org/a"]
