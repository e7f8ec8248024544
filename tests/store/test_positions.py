"""Reading positions: their own table (schema version 2), with the status line's progress."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from reader.store import Store, article_key, db

from .conftest import make_article


def test_a_position_is_saved_with_its_progress(store: Store):
    article = make_article()
    store.save_article(article)
    assert store.set_position(article_key(article), 10, 1.0)
    entry = store.get_entry(article_key(article))
    assert entry is not None and entry.position == 10 and entry.progress == 1.0
    assert store.list_articles()[0].progress == 1.0
    assert not store.set_position("https://nowhere.example", 5, 0.5)


def test_saving_a_position_never_rewrites_the_article_row(store: Store):
    article = make_article()
    store.save_article(article)
    statements: list[str] = []
    store._conn.set_trace_callback(statements.append)
    try:
        store.set_position(article_key(article), 20, 0.4)
    finally:
        store._conn.set_trace_callback(None)
    writes = [s for s in statements if s.lstrip().upper().startswith(("UPDATE", "INSERT"))]
    assert writes and all("articles" not in s.split("(")[0] for s in writes), writes
    assert all("positions" in s for s in writes)


def test_a_position_survives_resaving_and_goes_with_its_article(store: Store):
    article = make_article()
    article_id = store.save_article(article)
    store.set_position(article_id, 30, 0.5)
    store.save_article(article)
    assert store.get_entry(article_id).progress == 0.5
    store.delete_article(article_id)
    count = store._conn.execute("SELECT count(*) FROM positions").fetchone()[0]
    assert count == 0


def test_version_one_positions_move_to_their_table(data_dir: Path):
    data_dir.mkdir(parents=True)
    path = data_dir / db.DB_NAME
    conn = sqlite3.connect(path)
    conn.executescript(db.MIGRATIONS[0])
    conn.execute(
        "INSERT INTO articles (key, title, data, text, chars, position, last_read, added) "
        "VALUES ('k', 'Old', '{}', 'x', 200, 50, '2024-01-01', '2024-01-01')"
    )
    conn.execute("PRAGMA user_version = 1")
    conn.commit()
    conn.close()
    with Store.open(data_dir) as store:
        entry = store.get_entry("k")
        assert entry is not None and entry.position == 50 and entry.progress == 0.25
        assert entry.last_read == "2024-01-01"
