"""A library whose rows were changed by another program (or damaged on disk) is still
listed, searched and exported in full, through the real ``reader`` commands."""

from __future__ import annotations

import csv
import io
import json
import sqlite3
from dataclasses import astuple
from pathlib import Path

import pytest

from reader.store import Store

from .conftest import make_article
from .test_cli_store import reader

DAMAGE = {
    "articles": [
        "UPDATE articles SET authors = '{not json'",
        "UPDATE articles SET chars = 'zz', word_count = X'00', position = 'x'",
        "INSERT OR REPLACE INTO positions (article_id, char_offset, progress, read_at) "
        "SELECT id, 'a', 'zz', X'00ff' FROM articles",
    ],
    "bookmarks": [
        "UPDATE bookmarks SET authors = '{bad', created = X'00ff', start_offset = 'a'",
        "UPDATE bookmarks SET speaker = X'41', url = X'00', note = 12",
    ],
    "authors not a list": [
        "UPDATE articles SET authors = '\"Molly\"'",
        "UPDATE bookmarks SET authors = '[1, \"Ann Lee\", null]'",
    ],
}


def _damaged(data_dir: Path, statements: list[str]) -> None:
    """A saved article with a bookmark, then ``statements`` run on the database file."""
    with Store.open(data_dir) as store:
        article = make_article("Cartel violence", words="cartel")
        store.save_article(article)
        block = article.blocks[1]
        store.add_bookmark(article, block.start, block.end, note="key")
    _run(data_dir, statements)


def _run(data_dir: Path, statements: list[str]) -> None:
    """``statements`` run on the database file, as another program would."""
    with sqlite3.connect(data_dir / "reader.db") as conn:
        for statement in statements:
            conn.execute(statement)
    conn.close()


def _counts(data_dir: Path) -> tuple[int, int]:
    with sqlite3.connect(data_dir / "reader.db") as conn:
        counts = tuple(
            conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
            for table in ("articles", "bookmarks")
        )
    conn.close()
    return counts  # type: ignore[return-value]


@pytest.mark.parametrize("damage", DAMAGE)
def test_a_damaged_value_is_read_as_its_default_and_every_row_is_listed(
    tmp_path: Path, damage: str
) -> None:
    _damaged(tmp_path, DAMAGE[damage])
    data = ("--data-dir", str(tmp_path))
    library = reader("library", *data)
    assert library.returncode == 0, library.stderr
    assert "Cartel violence" in library.stdout
    assert "M, o, l" not in library.stdout  # a lone JSON string is not a list of names
    found = reader("search", "cartel", *data)
    assert found.returncode == 0, found.stderr
    assert "Cartel violence" in found.stdout and "We will not back down" in found.stdout
    listed = reader("bookmarks", *data)
    assert listed.returncode == 0, listed.stderr
    assert "We will not back down" in listed.stdout and "b'" not in listed.stdout
    for fmt in ("csv", "markdown", "json"):
        exported = reader("bookmarks", "export", "--format", fmt, *data)
        assert exported.returncode == 0, (fmt, exported.stderr)
        assert "We will not back down" in exported.stdout
    assert _counts(tmp_path) == (1, 1)  # nothing the user saved is gone


def test_a_position_is_kept_in_an_article_whose_length_is_damaged(tmp_path: Path) -> None:
    _damaged(tmp_path, ["UPDATE articles SET chars = 'zz'"])
    with Store.open(tmp_path) as store:
        assert store.set_position(1, 40, 0.5)
        entry = store.get_entry(1)
    assert entry is not None and (entry.position, entry.progress) == (40, 0.5)


BREAK = "one\ntwo\rthree"  # what another program may write into a one-line field


def _break_lines(data_dir: Path) -> None:
    """:data:`BREAK` in every one-line field of the saved article (its row and its saved
    copy) and of its bookmark."""
    with sqlite3.connect(data_dir / "reader.db") as conn:
        (data,) = conn.execute("SELECT data FROM articles").fetchone()
        article = json.loads(data)
        article.update(
            title=BREAK, subtitle=BREAK, authors=[BREAK], published=BREAK, site=BREAK,
            caption={"text": BREAK, "credit": BREAK},
        )
        article["pull_quotes"][0].update(speaker=BREAK, attribution=BREAK)
        names = json.dumps([BREAK])
        conn.execute(
            "UPDATE articles SET data = ?, title = ?, authors = ?, site = ?, published = ?",
            (json.dumps(article), BREAK, names, BREAK, BREAK),
        )
        conn.execute(
            "UPDATE bookmarks SET title = ?, authors = ?, speaker = ?, url = ?, created = ?",
            (BREAK, names, BREAK, BREAK, BREAK),
        )
    conn.close()


def test_a_line_break_in_a_one_line_field_is_folded_in_every_list_and_export(
    tmp_path: Path,
) -> None:
    _damaged(tmp_path, [])
    _break_lines(tmp_path)
    data = ("--data-dir", str(tmp_path))
    outputs = {
        " ".join(args): reader(*args, *data)
        for args in (("library",), ("search", "cartel"), ("bookmarks",), ("open", "1"))
    }
    for command, result in outputs.items():
        assert result.returncode == 0, (command, result.stderr)
        assert "one two three" in result.stdout, command
        assert "\ntwo" not in result.stdout and "\nthree" not in result.stdout, command
    exported = reader("bookmarks", "export", "--format", "csv", *data)
    _header, row = csv.reader(io.StringIO(exported.stdout))
    assert row[1:4] == ["one two three"] * 3  # title, author, address
    with Store.open(tmp_path) as store:
        article = store.get_article(1)
    assert article is not None and article.caption is not None
    assert (article.title, article.subtitle, article.authors, article.site) == (
        "one two three", "one two three", ("one two three",), "one two three"
    )
    assert (article.caption.text, article.pull_quotes[0].speaker) == ("one two three",) * 2


@pytest.mark.parametrize("data", ["[]", '{"body": [1]}', '{"caption": "x"}', "5"])
def test_a_saved_copy_that_is_json_of_another_shape_is_told_as_damaged(
    tmp_path: Path, data: str
) -> None:
    _damaged(tmp_path, [f"UPDATE articles SET data = '{data}'"])
    opened = reader("open", "1", "--data-dir", str(tmp_path))
    assert opened.returncode == 1, opened.stderr
    assert opened.stderr == "reader: Could not read the article: its saved copy is damaged.\n"
    assert "Cartel violence" in reader("library", "--data-dir", str(tmp_path)).stdout


FEED_DAMAGE = {
    "blobs and text in numbers": [
        "UPDATE feeds SET title = X'4142', site = X'00', etag = X'00', last_checked = 12",
        "UPDATE entries SET title = X'41', author = X'00', published = X'00', summary = X'00', "
        "link = X'00', guid = 7",
    ],
    "line breaks": [
        f"UPDATE feeds SET title = '{BREAK}', site = '{BREAK}', last_error = '{BREAK}', "
        f"etag = '{BREAK}', last_modified = '{BREAK}'",
        f"UPDATE entries SET title = '{BREAK}', author = '{BREAK}', published = '{BREAK}'",
    ],
}


def _damaged_feed(data_dir: Path, statements: list[str]) -> None:
    """A feed with an unread entry, then ``statements`` run on the database file."""
    from reader.store import NewEntry

    with Store.open(data_dir) as store:
        feed, _ = store.feeds.add("http://127.0.0.1:9/feed", "Local news")
        store.feeds.add_entries(feed.id, [NewEntry("g1", "http://127.0.0.1:9/a", "Entry one")])
    _run(data_dir, statements)


@pytest.mark.parametrize("damage", FEED_DAMAGE)
def test_a_damaged_feed_or_entry_is_read_as_its_defaults_and_still_listed(
    tmp_path: Path, damage: str
) -> None:
    _damaged_feed(tmp_path, FEED_DAMAGE[damage])
    data = ("--data-dir", str(tmp_path))
    listed = reader("feeds", "list", *data)
    assert listed.returncode == 0, listed.stderr
    assert "1 unread" in listed.stdout and "b'" not in listed.stdout
    assert len(listed.stdout.splitlines()) <= 3  # the feed, its address, its last error
    exported = reader("feeds", "export", *data)
    assert exported.returncode == 0, exported.stderr
    assert "http://127.0.0.1:9/feed" in exported.stdout
    with Store.open(tmp_path) as store:
        (feed,) = store.feeds.list_feeds()
        (entry,) = store.feeds.entries(feed.id)
        assert store.feeds.find("no such feed") is None  # (titles compared as text)
    for value in (*astuple(feed)[1:8], *astuple(entry)[2:8], entry.article_key):
        assert value is None or (isinstance(value, str) and "\n" not in value), value
    assert not entry.read and (feed.unread, feed.total) == (1, 1)
    removed = reader("feeds", "remove", "http://127.0.0.1:9/feed", *data)
    assert removed.returncode == 0, removed.stderr
