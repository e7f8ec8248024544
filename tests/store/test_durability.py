"""Durability with real processes: concurrent writers, SIGKILL, damage, read-only, full disk."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from reader.core.errors import StoreError
from reader.store import Store, core

from .conftest import make_article

WRITER = Path(__file__).with_name("writer.py")


def _writer(data_dir: Path, count: int, tag: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, str(WRITER), str(data_dir), str(count), tag],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def _ids(output: str) -> list[int]:
    lines = output.split("\n")
    if not output.endswith("\n"):
        lines = lines[:-1]  # a line cut by the kill was not complete
    return [int(line) for line in lines if line.strip().isdigit()]


def _integrity(data_dir: Path) -> str:
    conn = sqlite3.connect(data_dir / "reader.db")
    try:
        return conn.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        conn.close()


def _moved(data_dir: Path) -> list[Path]:
    found = data_dir.glob("reader.db.damaged-*")
    return [p for p in found if not p.name.endswith(("-wal", "-shm"))]


def test_two_processes_writing_at_once_lose_nothing(data_dir: Path):
    Store.open(data_dir).close()
    writers = [_writer(data_dir, 200, tag) for tag in ("one", "two")]
    outputs = [w.communicate(timeout=120) for w in writers]
    for writer, (_, err) in zip(writers, outputs, strict=True):
        assert writer.returncode == 0, err
    printed = [set(_ids(out)) for out, _ in outputs]
    assert [len(ids) for ids in printed] == [200, 200]
    with Store.open(data_dir) as store:
        kept = store.list_bookmarks()
    assert {m.id for m in kept} == printed[0] | printed[1]
    assert sorted(m.note for m in kept) == sorted(
        [f"one {n}" for n in range(200)] + [f"two {n}" for n in range(200)]
    )
    assert _integrity(data_dir) == "ok"


def test_sigkill_in_a_burst_of_writes_keeps_every_committed_bookmark(data_dir: Path):
    Store.open(data_dir).close()
    child = _writer(data_dir, 100_000, "burst")
    assert child.stdout is not None
    assert child.stdout.readline().strip() == "ready"
    seen = 0
    deadline = time.monotonic() + 60
    while seen < 150 and time.monotonic() < deadline:
        if child.stdout.readline().strip().isdigit():
            seen += 1
    os.kill(child.pid, signal.SIGKILL)
    rest, _ = child.communicate(timeout=30)
    assert child.returncode == -signal.SIGKILL
    committed = seen + len(_ids(rest))
    assert committed >= 150
    assert _integrity(data_dir) == "ok"
    with Store.open(data_dir) as store:
        kept = store.list_bookmarks()
    # every printed id was committed before it was printed, so it must be there
    ids = {m.id for m in kept}
    assert len(ids) >= committed
    assert set(range(1, committed + 1)) <= ids


def test_a_file_that_is_not_a_database_is_moved_aside(data_dir: Path):
    data_dir.mkdir(parents=True)
    garbage = b"this is not sqlite at all\n" * 200
    (data_dir / "reader.db").write_bytes(garbage)
    (data_dir / "reader.db-wal").write_bytes(b"wal bytes")
    with Store.open(data_dir) as store:
        notices = store.take_notices()
        assert len(notices) == 1 and "damaged" in notices[0]
        store.save_article(make_article())
        assert store.count_articles() == 1
    (moved,) = _moved(data_dir)
    assert moved.read_bytes() == garbage  # not overwritten
    assert moved.with_name(moved.name + "-wal").read_bytes() == b"wal bytes"


def test_a_corrupt_database_fails_the_quick_check_and_is_moved_aside(data_dir: Path):
    with Store.open(data_dir) as store:
        for n in range(60):
            store.save_article(make_article(f"A{n}", source=f"https://a.example/{n}"))
    conn = sqlite3.connect(data_dir / "reader.db")
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    conn.close()
    path = data_dir / "reader.db"
    size = path.stat().st_size
    with path.open("r+b") as handle:  # wreck every page after the first two
        for offset in range(2 * page_size, size, page_size):
            handle.seek(offset)
            handle.write(b"\xff" * 64)
    damaged = path.read_bytes()
    with Store.open(data_dir, check=True) as store:
        assert any("damaged" in notice for notice in store.take_notices())
        assert store.count_articles() == 0
    (moved,) = _moved(data_dir)
    assert moved.read_bytes() == damaged
    # without the check at open, the first read that meets the damage (or verify(), which
    # the app runs in the background) moves it aside the same way
    later = data_dir.parent / "later"
    later.mkdir()
    (later / "reader.db").write_bytes(damaged)
    with Store.open(later) as store:
        store.verify()
        assert any("damaged" in notice for notice in store.take_notices())
        store.save_article(make_article())
        assert store.count_articles() == 1
    (moved,) = _moved(later)
    assert moved.read_bytes() == damaged


def test_read_only_folder_keeps_rows_and_says_so(data_dir: Path, monkeypatch, article):
    with Store.open(data_dir) as store:
        store.save_article(article)
        store.add_bookmark(article, 0, 12)
    monkeypatch.setattr(core, "_writable", lambda path: False)
    with Store.open(data_dir) as store:
        assert store.read_only
        assert len(store.list_bookmarks()) == 1
        assert store.get_article(store.list_articles()[0].id) == article
        with pytest.raises(StoreError, match=r"^Could not save the bookmark: .*read-only\.$"):
            store.add_bookmark(article, 20, 30)
    monkeypatch.undo()
    with Store.open(data_dir) as store:
        assert len(store.list_bookmarks()) == 1


@pytest.mark.skipif(os.geteuid() == 0, reason="root can write to read-only folders")
def test_really_read_only_folder(data_dir: Path, article):
    with Store.open(data_dir) as store:
        store.add_bookmark(article, 0, 12)
    data_dir.chmod(0o555)
    try:
        with Store.open(data_dir) as store:
            assert len(store.list_bookmarks()) == 1
            with pytest.raises(StoreError, match="read-only"):
                store.add_bookmark(article, 20, 30)
    finally:
        data_dir.chmod(0o755)


def test_full_disk_raises_store_error_and_keeps_old_rows(store: Store, article):
    store.add_bookmark(article, 0, 12)
    conn = store._conn
    pages = conn.execute("PRAGMA page_count").fetchone()[0]
    conn.execute(f"PRAGMA max_page_count = {pages}")
    with pytest.raises(StoreError) as caught:
        store.add_bookmark(article, 20, 30, note="x" * 200_000)
    assert str(caught.value) == "Could not save the bookmark: the disk is full."
    assert [m.start for m in store.list_bookmarks()] == [0]
    store.close()
    with Store.open(store.path.parent) as again:
        assert [m.start for m in again.list_bookmarks()] == [0]


def test_a_damaged_search_index_loses_no_saved_row(data_dir: Path):
    with Store.open(data_dir) as store:
        for n in range(3):
            article = make_article(f"Harbour {n}", source=f"https://a.example/{n}")
            store.save_article(article)
            store.add_bookmark(article, 0, 10, note=f"note {n}")
    conn = sqlite3.connect(data_dir / "reader.db")
    conn.execute("DELETE FROM bookmarks_fts_data WHERE id > 1")  # the index's structure gone
    conn.commit()
    conn.close()
    damaged = (data_dir / "reader.db").read_bytes()
    with Store.open(data_dir) as store:
        found = store.list_bookmarks("note")  # the search meets the damage
        notices = store.take_notices()
        assert len(notices) == 1 and "damaged" in notices[0], notices
        assert "6 saved records that could still be read were copied into it" in notices[0]
        assert len(found) == 3 and len(store.list_bookmarks()) == 3
        assert store.count_articles() == 3
        assert len(store.list_articles("Harbour")) == 3  # indexed anew
    (moved,) = _moved(data_dir)
    assert moved.read_bytes() == damaged  # kept beside, as it was (read only to salvage)
