"""The dump written a batch at a time is the dump as one string; the six-slot block behaves
as the frozen dataclass it replaced (equality, hashing, pickling, frozen, defaults)."""

from __future__ import annotations

import io
import json
import pickle
from dataclasses import FrozenInstanceError
from pathlib import Path

import pytest

from reader.article import dump, json_out
from reader.article.dump import FORMATS, render, write
from reader.article.model import Article, Block, build_article, count_words
from reader.engine.pipeline import load_article

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("name", ["structure.html", "obama-mexico-security.txt"])
def test_written_dump_equals_the_rendered_one(name: str, fmt: str) -> None:
    article = load_article(str(FIXTURES / name), people=False)
    out = io.StringIO()
    write(article, fmt, out)
    assert out.getvalue() == render(article, fmt)


@pytest.mark.parametrize("fmt", FORMATS)
def test_written_dump_equals_the_rendered_one_across_batches(
    fmt: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(dump, "_BATCH", 3)  # batches end inside the body and at its end
    monkeypatch.setattr(json_out, "BATCH", 3)
    blocks = [("paragraph", f'Line {n} with "quotes", \\ and a tab\there.') for n in range(10)]
    article = build_article(title='A "body": [] title', blocks=blocks)
    out = io.StringIO()
    write(article, fmt, out)
    assert out.getvalue() == render(article, fmt)
    if fmt == "json":
        assert len(json.loads(out.getvalue())["body"]) == 10


def test_written_json_of_an_article_without_blocks() -> None:
    article = build_article(title="Only a title", blocks=[])
    out = io.StringIO()
    write(article, "json", out)
    assert out.getvalue() == render(article, "json")
    assert json.loads(out.getvalue())["body"] == []


def test_block_structure_defaults_equality_and_pickling() -> None:
    plain = Block("paragraph", "Text.", 0, 5)
    assert plain.rows == () and plain.language is None and plain.header is False
    assert plain.structure() == {}
    table = Block("table", "a | b", 0, 5, rows=(("a", "b"),), header=True)
    assert table.structure() == {"rows": (("a", "b"),), "header": True}
    assert Block("table", "a | b", 0, 5, header=True, rows=(("a", "b"),)) == table
    assert Block("paragraph", "Text.", 0, 5, header=False) == plain  # a default is no field
    assert plain != table and hash(plain) == hash(Block("paragraph", "Text.", 0, 5))
    assert pickle.loads(pickle.dumps(table)) == table
    with pytest.raises(FrozenInstanceError):
        plain.text = "changed"  # type: ignore[misc]
    with pytest.raises(TypeError):
        Block("paragraph", "Text.", colour="red")  # type: ignore[call-arg]
    assert "rows=(('a', 'b'),)" in repr(table)


def test_words_are_counted_across_pieces() -> None:
    text = " ".join(f"word{n}" for n in range(5000)) + " été-là"
    assert count_words(text, piece=7) == count_words(text) == 5002


def test_storage_json_is_the_storage_dict_dumped(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(json_out, "BATCH", 2)
    for name in ("structure.html", "obama-mexico-security.txt"):
        article = load_article(str(FIXTURES / name))
        expected = json.dumps(article.to_storage(), ensure_ascii=False, separators=(",", ":"))
        assert article.storage_json() == expected
        assert Article.from_storage(json.loads(expected)) == article
    empty = build_article(title="Empty", blocks=[])
    assert empty.storage_json() == json.dumps(
        empty.to_storage(), ensure_ascii=False, separators=(",", ":")
    )
