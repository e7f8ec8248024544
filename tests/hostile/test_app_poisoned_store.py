"""Escape sequences from our own data never reach the terminal: a store poisoned through a
bookmarks import (OSC 52, OSC 0, OSC 8, CSI 2J, U+202E in quote, note, title, speaker), rows
written by hand (as an older or tampered copy could hold them), and an article saved from a
file whose name holds escape sequences; then every screen is opened and checked."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from textual.widgets._toast import Toast

from reader.store import Store
from reader.ui.app import ReaderApp
from tests.hostile.corpus import forbidden_in_output
from tests.ui.ui_helpers import SAMPLE, reading, screen_text, settle

pytestmark = pytest.mark.anyio

SIZE = (120, 40)
POISON = (
    "\x1b]52;c;cHduZWQ=\x07"  # OSC 52: write the clipboard
    "\x1b]0;owned\x07"  # OSC 0: the window title
    "\x1b]8;;https://evil.example\x1b\\link\x1b]8;;\x1b\\"  # OSC 8: a hyperlink
    "\x1b[2J"  # CSI 2J: clear the screen
    "\u202e"  # right-to-left override
)


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


def _reader(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "reader", *args], capture_output=True,
                          text=True, timeout=60)


def _poison(tmp_path: Path) -> Path:
    """A data folder holding the sample, an article from a poisoned file name, bookmarks
    imported from a poisoned JSON export, and rows poisoned by hand."""
    data = tmp_path / "data"
    named = tmp_path / f"name{POISON.replace('/', '')}.txt"  # (no / in a name)
    named.write_text("A title\n\nA paragraph of the article saved from a hostile name.\n")
    with Store.open(data) as store:
        from reader.engine.pipeline import load_article

        sample = load_article(str(SAMPLE))
        store.save_article(sample)
        hostile = load_article(str(named))
        store.save_article(hostile)
        block = sample.blocks[1]
        store.add_bookmark(sample, block.start, block.end, note="plain")
    exported = _reader("bookmarks", "export", "--format", "json", "--data-dir", str(data))
    assert exported.returncode == 0, exported.stderr
    marks = json.loads(exported.stdout)
    records = marks if isinstance(marks, list) else marks["bookmarks"]
    for record in records:
        for field in ("text", "note", "title", "speaker"):
            if field in record:
                record[field] = f"{POISON}{record.get(field) or field}{POISON}"
    poisoned = tmp_path / "poisoned.json"
    poisoned.write_text(json.dumps(marks))
    other = tmp_path / "other"
    imported = _reader("bookmarks", "import", str(poisoned), "--data-dir", str(other))
    assert imported.returncode == 0, imported.stderr
    assert forbidden_in_output(imported.stdout + imported.stderr) == []
    with Store.open(other) as source, Store.open(data) as store:
        for mark in source.list_bookmarks():
            store._conn.execute(
                "INSERT INTO bookmarks (article_key, text, title, note, speaker, created) "
                "VALUES (?, ?, ?, ?, ?, ?)",
                (mark.article_key, mark.text, mark.title, mark.note, mark.speaker,
                 mark.created),
            )
    conn = sqlite3.connect(data / "reader.db")  # by hand: what no import would let in
    conn.execute("UPDATE bookmarks SET note = ?, title = ? WHERE note = 'plain'",
                 (f"note {POISON}", f"title {POISON}"))
    conn.execute("UPDATE articles SET title = ?, site = ? WHERE title = 'A title'",
                 (f"Hostile {POISON} title", f"site{POISON}"))
    conn.commit()
    conn.close()
    return data


def assert_safe(app: ReaderApp, where: str) -> str:
    shown = screen_text(app)
    assert shown.strip(), f"{where}: nothing drawn"
    assert forbidden_in_output(shown) == [], where
    for strip in app.screen._compositor.render_strips():
        for segment in strip:
            assert forbidden_in_output(segment.text) == [], (where, segment.text)
            style = segment.style
            assert style is None or not style.link, (where, segment)
    for toast in app.screen.query(Toast):
        assert forbidden_in_output(str(toast.render())) == [], where
    assert forbidden_in_output(app.title) == [] and forbidden_in_output(app.sub_title) == []
    return shown


async def test_a_poisoned_store_reaches_no_screen(tmp_path: Path) -> None:
    data = _poison(tmp_path)
    app = ReaderApp(str(SAMPLE), data_dir=str(data))
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await settle(pilot)
        screen = reading(app)
        assert_safe(app, "reading")
        await pilot.press("B")
        await pilot.pause()
        shown = assert_safe(app, "bookmarks")
        assert "Note: note link" in shown and "Note: linkplainlink" in shown
        bookmarks = app.screen
        for index in range(len(bookmarks.items)):  # each one opened: notices, status line
            bookmarks.item_list.highlighted = index
            await pilot.pause()
            assert_safe(app, f"bookmark {index}")
        await pilot.press("escape")
        await pilot.pause()
        await pilot.press("L")
        await pilot.pause()
        shown = assert_safe(app, "library")
        assert "Hostile" in shown
        library = app.screen
        hostile = next(i for i, item in enumerate(library.items) if "Hostile" in item.title)
        library.item_list.highlighted = hostile
        library.item_list.focus()
        await pilot.press("enter")  # open the article from the hostile file name
        await settle(pilot)
        assert app.screen is screen
        assert_safe(app, "reading the hostile article")
        await pilot.press("question_mark")
        await pilot.pause()
        assert_safe(app, "help")
        await pilot.press("escape", "o")
        await pilot.pause()
        assert_safe(app, "open dialog")
        await pilot.press("escape", "B")
        await pilot.pause()
        bookmarks = app.screen
        bookmarks.item_list.focus()
        bookmarks.item_list.highlighted = 0
        await pilot.press("enter")  # open a bookmark: a notice, the status line
        await settle(pilot)
        assert_safe(app, "after opening a bookmark")


def _poison_saved_copy(tmp_path: Path) -> tuple[Path, int]:
    """A data folder whose saved copy of the sample (the JSON the library keeps) was changed
    by hand: escape sequences in its title, site, a paragraph, a pull quote and a person."""
    data = tmp_path / "data"
    with Store.open(data) as store:
        from reader.engine.pipeline import load_article

        store.save_article(load_article(str(SAMPLE)))
    conn = sqlite3.connect(data / "reader.db")
    article_id, raw = conn.execute("SELECT id, data FROM articles").fetchone()
    saved = json.loads(raw)
    saved["title"] = f"Owned {POISON} title"
    saved["site"] = f"site {POISON}"
    saved["body"][0]["text"] = f"Body {POISON} text"
    saved["pull_quotes"] = [{"text": f"Quote {POISON}", "attribution": POISON}]
    saved["people"] = [{"name": f"Ann {POISON} Lee", "role": POISON, "mentions": 1}]
    conn.execute("UPDATE articles SET data = ? WHERE id = ?", (json.dumps(saved), article_id))
    conn.commit()
    conn.close()
    return data, article_id


def test_a_saved_copy_changed_by_hand_prints_clean(tmp_path: Path) -> None:
    data, article_id = _poison_saved_copy(tmp_path)
    done = _reader("open", str(article_id), "--data-dir", str(data))
    assert done.returncode == 0, done.stderr
    assert "Owned" in done.stdout and "Body" in done.stdout
    assert forbidden_in_output(done.stdout) == []


async def test_a_saved_copy_changed_by_hand_reaches_no_screen(tmp_path: Path) -> None:
    data, article_id = _poison_saved_copy(tmp_path)
    app = ReaderApp(f"library:{article_id}", data_dir=str(data))
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await settle(pilot)
        shown = assert_safe(app, "the saved copy")
        assert "Owned" in shown
        await pilot.press("tab")
        await pilot.pause()
        assert_safe(app, "its panels")
