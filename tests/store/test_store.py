"""The store: library, positions, bookmarks, relocation, search, migrations."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from pathlib import Path

import pytest

from reader.article.model import build_article
from reader.core.errors import StoreError
from reader.engine.pipeline import load_sample
from reader.store import Store, article_key, db, relocate
from reader.store.search import Snippet, fts_query

from .conftest import make_article


def test_new_store_uses_wal_foreign_keys_and_schema_version(store: Store, data_dir: Path):
    assert (data_dir / "reader.db").exists()
    assert store.first_run
    conn = sqlite3.connect(data_dir / "reader.db")
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("PRAGMA user_version").fetchone()[0] == len(db.MIGRATIONS)
    conn.close()
    with Store.open(data_dir) as again:
        assert not again.first_run


def test_saved_article_comes_back_exactly(store: Store, article):
    article_id = store.save_article(article)
    assert store.get_article(article_id) == article
    assert store.get_article(article_key(article)) == article
    assert store.get_article("https://nowhere.example") is None


def test_article_keys(tmp_path: Path):
    assert article_key(make_article(source="https://a.example/x")) == "https://a.example/x"
    local = article_key(make_article(source="notes.txt"))
    assert Path(local).is_absolute() and local.endswith("notes.txt")
    piped = make_article(source="-")
    other = make_article(source="-", words="other")
    assert article_key(piped).startswith("sha256:")
    assert article_key(piped) != article_key(other)


@pytest.mark.parametrize("listing_index", [True, False], ids=["index", "no-index"])
def test_library_lists_recent_first_and_keeps_position_on_resave(
    store: Store, listing_index: bool
):
    """(The same with the listing index and without it: a read-only library from before.)"""
    assert store.listing
    store.listing = listing_index
    first = make_article("First", source="https://a.example/1")
    second = make_article("Second", source="https://a.example/2")
    id1 = store.save_article(first)
    store.save_article(second)
    assert [e.title for e in store.list_articles()] == ["Second", "First"]
    store.set_position(id1, 42)
    entries = store.list_articles()
    assert [e.title for e in entries] == ["First", "Second"]
    assert entries[0].position == 42 and 0 < entries[0].progress < 1
    assert store.save_article(replace(first, title="First, updated")) == id1
    entry = store.get_entry(id1)
    assert entry is not None and entry.position == 42 and entry.title == "First, updated"
    store.set_position(article_key(first), 10**9)
    assert store.get_entry(id1).position == len(first.text)
    assert store.count_articles() == 2
    assert [e.title for e in store.list_articles(limit=1, offset=1)] == ["Second"]


def test_a_deleted_article_is_restored_as_it_was(store: Store, article):
    """Undo of a delete: the same id, text, place and dates; its bookmarks linked again;
    the full-text index finds it again. Saved anew meanwhile: that one stays."""
    article_id = store.save_article(article)
    store.set_position(article_id, 40, 0.5)
    store.add_bookmark(article, 0, 20)
    before, text = store.get_entry(article_id), store.get_article(article_id).text
    word = text.split()[3]
    removed = store.delete_article(article_id)
    assert removed is not None and store.get_entry(article_id) is None
    assert store.restore_article(removed) == article_id
    assert store.get_entry(article_id) == before
    assert store.get_article(article_id).text == text
    assert store.list_bookmarks()[0].article_id == article_id
    assert [hit.entry.id for hit in store.search(word).articles] == [article_id]
    removed = store.delete_article(article_id)
    again = store.save_article(article)
    assert removed is not None and store.restore_article(removed) == again


def test_delete_article_keeps_its_bookmarks(store: Store, article):
    article_id = store.save_article(article)
    mark = store.add_bookmark(article, 0, 20)
    assert mark.article_id == article_id
    assert store.delete_article(article_id)
    assert not store.delete_article(article_id)
    assert store.list_articles() == []
    kept = store.list_bookmarks()
    assert [m.text for m in kept] == [mark.text] and kept[0].article_id is None
    assert store.save_article(article)
    assert store.list_bookmarks()[0].article_id == store.get_entry(article_key(article)).id


def test_bookmark_fields_note_delete_and_undo(store: Store, article):
    store.save_article(article)
    block = article.blocks[1]
    quote = article.pull_quotes[0]
    mark = store.add_bookmark(
        article, block.start, block.end, text=quote.text, speaker=quote.speaker, note=" why "
    )
    assert mark.id is not None
    assert (mark.text, mark.speaker, mark.note) == (quote.text, "Ana Ruiz", "why")
    assert (mark.title, mark.authors, mark.url) == (article.title, article.authors, article.url)
    assert mark.before == article.text[block.start - 30 : block.start]
    assert mark.after == article.text[block.end : block.end + 30]
    assert len(mark.before) == 30 and mark.created
    # the same passage again is the same bookmark (with the new note)
    again = store.add_bookmark(article, block.start, block.end, text=quote.text, note="new")
    assert again.id == mark.id and again.note == "new"
    assert len(store.list_bookmarks()) == 1 == store.count_bookmarks()
    assert store.list_bookmarks(limit=1, offset=1) == []
    assert store.update_note(mark.id, "edited").note == "edited"
    deleted = store.delete_bookmark(mark.id)
    assert deleted is not None and store.list_bookmarks() == []
    restored = store.restore_bookmark(deleted)
    assert restored == deleted
    assert store.list_bookmarks() == [deleted]
    with pytest.raises(StoreError):
        store.update_note(12345, "x")
    with pytest.raises(StoreError, match="no text"):
        store.add_bookmark(article, 5, 5)


def test_bookmarks_of_one_article_in_text_order_relocated(store: Store, article):
    store.add_bookmark(article, article.blocks[2].start, article.blocks[2].end)
    store.add_bookmark(article, article.blocks[0].start, article.blocks[0].end)
    store.add_bookmark(make_article(source="https://other.example"), 0, 10)
    placed = store.bookmarks_in(article)
    assert [span for _, span in placed] == [
        (article.blocks[0].start, article.blocks[0].end),
        (article.blocks[2].start, article.blocks[2].end),
    ]


def test_relocate_finds_a_quote_after_the_article_changed(store: Store, article):
    block = article.blocks[2]
    mark = store.add_bookmark(article, block.start + 4, block.end)
    changed = build_article(
        title=article.title,
        blocks=[("paragraph", "A new first paragraph was added.")]
        + [(b.type, b.text) for b in article.blocks],
    )
    start, end = relocate(mark, changed)
    assert changed.text[start:end] == mark.text
    assert start == changed.blocks[3].start + 4
    # the same words twice: the context decides
    twice = build_article(
        title="t", blocks=[("paragraph", mark.text), *[(b.type, b.text) for b in article.blocks]]
    )
    start, _ = relocate(mark, twice)
    assert start == twice.blocks[3].start + 4
    # reworded passage: found between its before and after context
    middle = article.blocks[1]
    quote = store.add_bookmark(article, middle.start, middle.end)
    reworded = build_article(
        title="t",
        blocks=[
            (b.type, b.text if i != 1 else "“We shall never back down,” she said.")
            for i, b in enumerate(article.blocks)
        ],
    )
    assert relocate(quote, reworded) == (reworded.blocks[1].start, reworded.blocks[1].end)
    gone = build_article(title="t", blocks=[("paragraph", "Nothing like it.")])
    assert relocate(mark, gone) is None


def test_search_finds_articles_and_bookmarks_with_snippets(store: Store):
    store.save_article(make_article("Border", source="https://a.example/1", words="cartel"))
    store.save_article(make_article("Trade", source="https://a.example/2", words="tariff"))
    other = make_article("Notes", source="https://a.example/3", words="weather")
    store.add_bookmark(other, 0, 9, note="about the cartel wars")
    results = store.search("CARTEL")
    assert [hit.entry.title for hit in results.articles] == ["Border"]
    assert "cartel" in results.articles[0].snippet.marked("<", ">").lower()
    assert "<cartel>" in results.articles[0].snippet.marked("<", ">")
    assert [hit.bookmark.note for hit in results.bookmarks] == ["about the cartel wars"]
    assert [e.title for e in store.list_articles("tarif")] == ["Trade"]  # prefix, as you type
    assert store.search("cartel tariff").articles == []  # every word required
    assert store.search('"):(*').articles == []  # no FTS syntax error from user text
    assert [m.note for m in store.list_bookmarks("wars")] == ["about the cartel wars"]


def test_fts_query_quotes_words():
    assert fts_query("peña nieto") == '"peña" AND "nieto"*'
    assert fts_query("  ") is None
    assert Snippet("a bc d", ((2, 4),)).marked() == "a [bc] d"


def test_like_fallback_without_fts5(monkeypatch, data_dir: Path):
    monkeypatch.setattr(db, "fts5_available", lambda: False)
    with Store.open(data_dir) as plain:
        assert not plain.fts
        plain.save_article(make_article("Border", words="cartel"))
        results = plain.search("Cartel")
        assert [hit.entry.title for hit in results.articles] == ["Border"]
        assert "[cartel]" in results.articles[0].snippet.marked()
        assert db.FTS_NOTICE in plain.take_notices()
    monkeypatch.undo()
    # FTS5 back: the index is rebuilt with what was saved meanwhile
    with Store.open(data_dir) as full:
        assert full.fts
        assert [hit.entry.title for hit in full.search("cartel").articles] == ["Border"]


def test_newer_schema_is_refused(data_dir: Path):
    Store.open(data_dir).close()
    conn = sqlite3.connect(data_dir / "reader.db")
    conn.execute(f"PRAGMA user_version = {len(db.MIGRATIONS) + 1}")
    conn.close()
    with pytest.raises(StoreError, match="newer version"):
        Store.open(data_dir)


def test_first_run_seeds_the_sample_once(data_dir: Path, monkeypatch):
    import reader.engine.pipeline

    sample = make_article("The sample", source="/bundled/sample.txt")
    monkeypatch.setattr(reader.engine.pipeline, "load_article", lambda source: sample)
    with Store.open(data_dir, seed=load_sample) as first:
        assert [e.title for e in first.list_articles()] == ["The sample"]
        first.delete_article(article_key(sample))
    with Store.open(data_dir, seed=load_sample) as again:
        assert again.list_articles() == []


def test_an_entry_read_from_its_feed_is_located_as_that_not_by_its_inner_address(
    store: Store,
) -> None:
    """The library lists where an article came from: a feed's entry without a link of its
    own says so (and which site), not "feed-entry://9"."""
    entry = build_article(title="Release notes", blocks=[("paragraph", "Version 2 is out.")],
                          source="feed-entry://9", site="Harbour Tools")
    store.save_article(entry)
    (listed,) = store.list_articles()
    assert listed.location == "a feed's entry (Harbour Tools)"
