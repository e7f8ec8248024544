"""Disk faults: a read-only data folder, a full disk, a database locked by another process.

Each: reading still works (the app opens the article), the user is told saving failed, and
no earlier bookmark is lost. Faults are real where the machine allows (chmod, a second
process holding the lock) and simulated at the SQLite connection otherwise (root ignores
chmod; a full disk is made by making every write fail with SQLite's own message).
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from functools import partial
from pathlib import Path

import pytest
from textual.pilot import Pilot
from textual.widgets import Input

from reader.core.errors import StoreError
from reader.store import Store, db
from reader.ui.app import ReaderApp
from reader.ui.jobs.loading import load
from tests.ui.ui_helpers import SAMPLE, reading, screen_text, settle

pytestmark = pytest.mark.anyio

SIZE = (100, 24)
WRITES = ("BEGIN", "INSERT", "UPDATE", "DELETE", "REPLACE", "CREATE", "DROP", "ALTER")
READ_ONLY = "attempt to write a readonly database"
DISK_FULL = "database or disk is full"
LOCK_SECONDS = 10.0
BUSY_MS = 300  # the store's busy timeout in these tests (its default is 5 s, retried 30 s)


class FailingWrites:
    """A connection whose writes fail with ``message`` (reads go through untouched)."""

    def __init__(self, conn: sqlite3.Connection, message: str) -> None:
        self._conn = conn
        self._message = message

    def execute(self, sql: str, *args: object) -> sqlite3.Cursor:
        if sql.lstrip().upper().startswith(WRITES):
            raise sqlite3.OperationalError(self._message)
        return self._conn.execute(sql, *args)

    def __getattr__(self, name: str) -> object:
        return getattr(self._conn, name)


@pytest.fixture
def anyio_backend() -> str:
    """Textual runs on asyncio."""
    return "asyncio"


@pytest.fixture(autouse=True)
def _reader_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Never touch the user's real data folder."""
    monkeypatch.setenv("READER_HOME", str(tmp_path / "home"))


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    """A data folder whose library holds the sample article and one bookmark."""
    folder = tmp_path / "data"
    article = load(str(SAMPLE))
    block = article.blocks[2]
    with Store.open(folder) as store:
        store.save_article(article)
        store.add_bookmark(article, block.start, block.end, note="kept before the fault")
    return folder


def bookmarks(folder: Path) -> list[tuple[str, str]]:
    """The bookmarks in ``folder`` (text and note), read with a fresh store."""
    with Store.open(folder) as store:
        return [(mark.text, mark.note) for mark in store.list_bookmarks()]


def fail_writes(monkeypatch: pytest.MonkeyPatch, message: str) -> None:
    """Every connection the store opens from now on fails its writes with ``message``."""
    original = db.connect

    def connect(path: Path, *, read_only: bool = False) -> FailingWrites:
        return FailingWrites(original(path, read_only=read_only), message)  # type: ignore[return-value]

    monkeypatch.setattr(db, "connect", connect)


def messages(app: ReaderApp) -> list[str]:
    return [str(notice.message) for notice in app._notifications]


async def read_and_try_to_bookmark(app: ReaderApp, pilot: Pilot) -> ReaderApp:
    """Open the sample (reading works, its bookmark shows), then press m, enter."""
    await settle(pilot)
    screen = reading(app)
    assert screen.mode == "ready" and screen.article is not None
    assert "Obama Sidelines Mexico" in screen_text(app)
    assert screen.body.highlights("bookmark"), "the earlier bookmark is not marked"
    screen.body.scroll_to_offset(screen.article.blocks[4].start, center=False)
    await pilot.pause()
    await pilot.press("m")
    await pilot.pause()
    app.screen.query_one(Input).value = "a note"
    await pilot.press("enter")
    await settle(pilot)
    assert reading(app).article is not None  # still reading
    return app


def assert_told(app: ReaderApp, reason: str) -> None:
    """The user was told, in sentences, that saving failed and why."""
    told = [m for m in messages(app) if m.startswith("Could not save")]
    assert told, messages(app)
    assert all(reason in m and m.endswith(".") for m in told), told
    assert any("bookmark" in m for m in told), told


# -- read-only ---------------------------------------------------------------------------------


@pytest.fixture
def read_only(data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """The data folder made read-only (chmod 0o500); simulated where chmod does not bite."""
    os.chmod(data_dir, 0o500)
    for file in data_dir.iterdir():
        os.chmod(file, 0o400)
    bites = not os.access(data_dir, os.W_OK)
    if not bites:  # root: the store would still write, so make SQLite refuse the writes
        fail_writes(monkeypatch, READ_ONLY)
    try:
        yield data_dir
    finally:
        monkeypatch.undo()
        os.chmod(data_dir, 0o700)
        for file in data_dir.iterdir():
            os.chmod(file, 0o600)


async def test_read_only_folder_reads_and_says_saving_failed(
    read_only: Path, data_dir: Path
) -> None:
    before = bookmarks(read_only)
    app = ReaderApp(str(SAMPLE), data_dir=str(read_only))
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await read_and_try_to_bookmark(app, pilot)
        assert_told(app, "read-only")
    assert bookmarks_after_fault(data_dir) == before


def bookmarks_after_fault(folder: Path) -> list[tuple[str, str]]:
    os.chmod(folder, 0o700)
    for file in folder.iterdir():
        os.chmod(file, 0o600)
    return bookmarks(folder)


# -- disk full ---------------------------------------------------------------------------------


async def test_full_disk_reads_and_says_saving_failed(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = bookmarks(data_dir)
    assert len(before) == 1
    fail_writes(monkeypatch, DISK_FULL)
    app = ReaderApp(str(SAMPLE), data_dir=str(data_dir))
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await read_and_try_to_bookmark(app, pilot)
        assert_told(app, "the disk is full")
    monkeypatch.undo()
    assert bookmarks(data_dir) == before


def test_full_disk_for_real_keeps_the_bookmarks(data_dir: Path) -> None:
    """A real SQLITE_FULL (the file may not grow): the store says so, nothing is lost."""
    before = bookmarks(data_dir)
    article = load(str(SAMPLE))
    with Store.open(data_dir) as store:
        conn = store._conn
        pages = conn.execute("PRAGMA page_count").fetchone()[0]
        conn.execute(f"PRAGMA max_page_count = {pages}")
        with pytest.raises(StoreError, match=r"^Could not save the bookmark: the disk is full\.$"):
            store.add_bookmark(article, 0, 40, note="x" * 300_000)
        assert [(m.text, m.note) for m in store.list_bookmarks()] == before
    assert bookmarks(data_dir) == before


# -- locked by another process -----------------------------------------------------------------

LOCKER = """
import sqlite3, sys, time
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
conn.execute("BEGIN EXCLUSIVE")
conn.execute("UPDATE meta SET value = value WHERE key = 'none'")
print("locked", flush=True)
time.sleep(float(sys.argv[2]))
conn.execute("ROLLBACK")
"""


def hold_lock(folder: Path, seconds: float) -> subprocess.Popen[str]:
    """Start a process that holds the write lock (BEGIN EXCLUSIVE) for ``seconds``."""
    holder = subprocess.Popen(
        [sys.executable, "-c", LOCKER, str(folder / db.DB_NAME), str(seconds)],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
    return holder


@pytest.fixture
def locked(data_dir: Path) -> Iterator[subprocess.Popen[str]]:
    """Another process holds the database's write lock for 10 s."""
    holder = hold_lock(data_dir, LOCK_SECONDS)
    try:
        yield holder
    finally:
        holder.terminate()  # the process this fixture started, by its own handle
        holder.wait(10)


@pytest.fixture
def short_busy_timeout(monkeypatch: pytest.MonkeyPatch) -> None:
    """The store's busy timeout and retry window, shortened so the test takes a second."""
    monkeypatch.setattr(db, "BUSY_TIMEOUT_MS", BUSY_MS)
    monkeypatch.setattr(db, "retry", partial(db.retry, seconds=BUSY_MS / 1000))


def test_locked_database_gives_up_with_a_store_error(
    data_dir: Path, short_busy_timeout: None, locked: subprocess.Popen[str]
) -> None:
    before = bookmarks(data_dir)  # reading works while another process writes
    article = load(str(SAMPLE))
    with Store.open(data_dir) as store:
        started = time.monotonic()
        with pytest.raises(StoreError) as caught:
            store.add_bookmark(article, 0, 40)
        waited = time.monotonic() - started
    assert str(caught.value) == (
        "Could not save the bookmark: another copy of reader kept the database busy."
    )
    assert waited < LOCK_SECONDS / 2  # gave up; did not wait for the lock to go
    assert locked.poll() is None  # the lock was still held all along
    locked.terminate()
    locked.wait(10)
    assert bookmarks(data_dir) == before


async def test_locked_database_reads_and_says_saving_failed(
    data_dir: Path, short_busy_timeout: None, locked: subprocess.Popen[str]
) -> None:
    before = bookmarks(data_dir)
    app = ReaderApp(str(SAMPLE), data_dir=str(data_dir))
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await read_and_try_to_bookmark(app, pilot)
        assert_told(app, "another copy of reader kept the database busy")
    assert locked.poll() is None
    locked.terminate()
    locked.wait(10)
    assert bookmarks(data_dir) == before


async def test_a_locked_database_does_not_freeze_the_screen(data_dir: Path) -> None:
    """Default timeouts; the lock goes after 1.5 s: the screen must answer meanwhile."""
    app = ReaderApp(str(SAMPLE), data_dir=str(data_dir))
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await settle(pilot)
        screen = reading(app)
        screen.body.scroll_to_offset(screen.article.blocks[4].start, center=False)
        await pilot.press("m")
        await pilot.pause()
        app.screen.query_one(Input).value = "while locked"
        holder = hold_lock(data_dir, 1.5)
        try:
            started = time.monotonic()
            await pilot.press("enter")
            blocked = time.monotonic() - started
        finally:
            holder.terminate()
            holder.wait(10)
        await settle(pilot)
    assert blocked < 0.5, f"the screen froze for {blocked:.1f} s"


async def test_a_library_that_cannot_open_still_reads(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """No database can be made at all: the article opens and the user is told once."""

    def cannot_open(path: Path, *, read_only: bool = False) -> sqlite3.Connection:
        raise sqlite3.OperationalError("unable to open database file")

    monkeypatch.setattr(db, "connect", cannot_open)
    app = ReaderApp(str(SAMPLE), data_dir=str(tmp_path / "nowhere"))
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await settle(pilot)
        screen = reading(app)
        assert screen.mode == "ready" and "Obama Sidelines Mexico" in screen_text(app)
        told = [m for m in messages(app) if m.startswith("Could not open the library")]
        assert len(told) == 1 and told[0].endswith("."), messages(app)


async def test_bookmarking_without_a_library_says_why(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def cannot_open(path: Path, *, read_only: bool = False) -> sqlite3.Connection:
        raise sqlite3.OperationalError("unable to open database file")

    monkeypatch.setattr(db, "connect", cannot_open)
    app = ReaderApp(str(SAMPLE), data_dir=str(tmp_path / "nowhere"))
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await settle(pilot)
        shown_before = len(messages(app))
        await pilot.press("m")
        await pilot.pause()
        assert len(messages(app)) > shown_before, "pressing m gave no answer"
