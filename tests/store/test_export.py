"""Export to Markdown, JSON and Readwise CSV; JSON import round-trips and skips duplicates."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from reader.core.errors import StoreError
from reader.store import Store

from .conftest import make_article


def _fill(store: Store) -> None:
    first = make_article("First", source="https://a.example/1")
    second = make_article("Second, with \"quotes\"", source="/tmp/second.txt")
    store.save_article(first)
    quote = first.pull_quotes[0]
    block = first.blocks[1]
    store.add_bookmark(first, block.start, block.end, text=quote.text, speaker=quote.speaker)
    store.add_bookmark(first, 0, 25, note="line one\nline two, with a comma")
    store.add_bookmark(second, 5, 40, note="ünïcode ✓")


def _fields(store: Store) -> list[dict]:
    return sorted((m.to_json() for m in store.list_bookmarks()), key=lambda d: d["created"])


def test_export_then_import_into_an_empty_store_gives_the_same_bookmarks(tmp_path: Path):
    with Store.open(tmp_path / "one") as one:
        _fill(one)
        exported = tmp_path / "marks.json"
        exported.write_text(one.export("json"), encoding="utf-8")
        original = _fields(one)
    with Store.open(tmp_path / "two") as two:
        assert two.import_json(exported) == (3, 0)
        assert _fields(two) == original
        assert two.import_json(exported) == (0, 3)  # duplicates skipped
        assert len(two.list_bookmarks()) == 3
        assert json.loads(two.export("json")) == json.loads(exported.read_text("utf-8"))


def test_import_links_bookmarks_to_saved_articles(tmp_path: Path):
    with Store.open(tmp_path / "one") as one:
        _fill(one)
        exported = tmp_path / "marks.json"
        exported.write_text(one.export("json"), encoding="utf-8")
    with Store.open(tmp_path / "two") as two:
        article_id = two.save_article(make_article("First", source="https://a.example/1"))
        two.import_json(exported)
        linked = {m.title: m.article_id for m in two.list_bookmarks()}
        assert linked["First"] == article_id and linked['Second, with "quotes"'] is None


def test_csv_has_readwise_columns(store: Store):
    _fill(store)
    rows = list(csv.reader(io.StringIO(store.export("csv"))))
    assert rows[0] == ["Highlight", "Title", "Author", "URL", "Note", "Location", "Date"]
    assert len(rows) == 4
    by_note = {row[4]: row for row in rows[1:]}
    row = by_note["line one\nline two, with a comma"]
    assert row[1] == "First" and row[2] == "Molly O'Toole, Ann Lee"
    assert row[3] == "https://a.example/1" and row[5] == "0"
    assert len(row[6]) == 19 and row[6][4] == "-" and row[6][13] == ":"
    assert "— Ana Ruiz" in by_note["— Ana Ruiz"][4]


def test_markdown_groups_by_article(store: Store):
    _fill(store)
    text = store.export("markdown")
    assert text.count("## ") == 2
    assert "> We will not back down\n> — Ana Ruiz" in text
    assert "Note: ünïcode ✓" in text


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("not json", "is not JSON"),
        ('{"bookmarks": 3}', "no bookmark list"),
        ('{"bookmarks": [{"text": "x"}]}', "bookmark 1"),
        ('{"version": 99, "bookmarks": []}', "newer version"),
    ],
)
def test_bad_import_files_are_refused_with_one_sentence(
    store: Store, tmp_path: Path, content: str, message: str
):
    path = tmp_path / "bad.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(StoreError, match=message):
        store.import_json(path)
    with pytest.raises(StoreError, match="does not exist"):
        store.import_json(tmp_path / "missing.json")
    assert store.list_bookmarks() == []


FORMULA_LEADS = ["=", "+", "-", "@", "\t", "\r", "\n", "＝", "＋", "－", "＠", "  ="]


@pytest.mark.parametrize("lead", FORMULA_LEADS)
def test_csv_cells_that_a_spreadsheet_would_run_are_neutralised(store: Store, lead: str):
    formula = f"{lead}HYPERLINK(\"http://evil.example\",\"x\")"
    article = make_article(formula, source="https://a.example/f")
    store.add_bookmark(article, 0, 10, text=formula, note=formula)
    rows = list(csv.reader(io.StringIO(store.export("csv"))))
    highlight, title = rows[1][:2]
    for cell in rows[1]:
        assert not cell.lstrip(" ").startswith(tuple(FORMULA_LEADS)), repr(cell)
    # the exporter sanitises a title first: a leading tab or CR is white space it trims
    assert title == ("'" + formula.strip() if lead.strip() else formula.strip())
    assert highlight in (formula.strip(), "'" + formula.strip())  # a bookmark's text is stripped


def test_notes_round_trip_exactly_whatever_they_end_with(tmp_path: Path):
    """A note ending in a space, or in what cleaning takes away (a zero-width space, an
    escape sequence), is kept clean and stripped: its JSON export imported back is the same
    note, and exporting again gives the same file."""
    article = make_article("First", source="https://a.example/1")
    with Store.open(tmp_path / "one") as one:
        one.save_article(article)
        one.add_bookmark(article, 0, 20, note="the gist \u200b")
        loud = one.add_bookmark(article, 30, 50, note="loud \x1b[1m")
        quiet = one.add_bookmark(article, 60, 80, note="quiet")
        assert loud.id is not None and quiet.id is not None
        one.update_note(quiet.id, "edited \x1b]0;title\x07 ")
        one._write("age a note", lambda c: c.execute(  # kept before notes were cleaned
            "UPDATE bookmarks SET note = ? WHERE id = ?", ("old note \u200b", loud.id)))
        exported = tmp_path / "marks.json"
        exported.write_text(one.export("json"), encoding="utf-8")
        kept = {m.note for m in one.list_bookmarks()}
    assert {"the gist", "edited"} <= kept  # (saved clean)
    with Store.open(tmp_path / "two") as two:
        assert two.import_json(exported) == (3, 0)
        assert json.loads(two.export("json")) == json.loads(exported.read_text("utf-8"))
        assert {m.note for m in two.list_bookmarks()} == {"the gist", "old note", "edited"}
