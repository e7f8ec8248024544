"""One library row per document: a file reopened from another folder, or a web page opened
at a #fragment, is the row it already has."""

from __future__ import annotations

import json
import shutil
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest
from pytest_httpserver import HTTPServer
from textual.widgets import Input

from reader.store import Store
from reader.ui.app import ReaderApp
from reader.ui.screens.open import OpenScreen
from tests.ui.ui_helpers import reading, screen_after, settle

pytestmark = pytest.mark.anyio

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "structure.html"
PAGE = """<!doctype html><html><head><title>Second page</title></head><body><article>
<h1>Second page</h1><p>The opening paragraph of the second page, long enough to keep.</p>
<h2>Later</h2><p>What comes later on the second page, also long enough to be kept.</p>
</article></body></html>"""


async def _read(app: ReaderApp, *opened: str) -> None:
    """Run ``app``, open each of ``opened`` with ``o``, then quit."""
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        assert reading(app).article is not None
        for source in opened:
            dialog = await screen_after(pilot, "o", OpenScreen)
            dialog.query_one("#open-input", Input).value = source
            await pilot.press("enter")
            await settle(pilot)
            assert reading(app).article is not None


def _rows(data: Path) -> list[tuple[int, str, str]]:
    with sqlite3.connect(data / "reader.db") as conn:
        rows = conn.execute("SELECT id, key, source FROM articles ORDER BY id").fetchall()
    conn.close()
    return rows


@pytest.fixture
def folders(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """``x/fx/structure.html`` under ``tmp_path``, with ``x`` the current folder."""
    (tmp_path / "x" / "fx").mkdir(parents=True)
    shutil.copy(FIXTURE, tmp_path / "x" / "fx" / "structure.html")
    (tmp_path / "elsewhere").mkdir()
    monkeypatch.chdir(tmp_path / "x")
    return tmp_path


async def test_a_file_reopened_from_another_folder_keeps_its_one_row(
    make_app: Callable[..., ReaderApp], folders: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = str(folders / "x" / "fx" / "structure.html")
    await _read(make_app("fx/structure.html"))
    assert _rows(folders / "data") == [(1, page, page)]  # stored absolute
    monkeypatch.chdir(folders / "elsewhere")
    await _read(make_app("library:1"), page)
    assert _rows(folders / "data") == [(1, page, page)]


async def test_a_row_saved_with_a_relative_path_is_reopened_as_that_row(
    make_app: Callable[..., ReaderApp], folders: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A library written before paths were made absolute: its source is as typed."""
    page = str(folders / "x" / "fx" / "structure.html")
    await _read(make_app("fx/structure.html"))
    with sqlite3.connect(folders / "data" / "reader.db") as conn:
        (data,) = conn.execute("SELECT data FROM articles").fetchone()
        stored = json.loads(data)
        stored["source"] = "fx/structure.html"
        conn.execute("UPDATE articles SET source = 'fx/structure.html', data = ?",
                     (json.dumps(stored),))
    conn.close()
    monkeypatch.chdir(folders / "elsewhere")
    await _read(make_app("library:1"), page)
    assert [row[:2] for row in _rows(folders / "data")] == [(1, page)]
    with Store.open(folders / "data") as store:
        (entry,) = store.list_articles()
        assert entry.source == page


async def test_a_web_page_opened_at_a_fragment_is_the_page_s_row(
    make_app: Callable[..., ReaderApp], tmp_path: Path, httpserver: HTTPServer
) -> None:
    httpserver.expect_request("/page2.html").respond_with_data(PAGE, content_type="text/html")
    page = httpserver.url_for("/page2.html")
    await _read(make_app(f"{page}#later"), page, f"{page}#later")
    assert [row[:2] for row in _rows(tmp_path / "data")] == [(1, page)]
    with Store.open(tmp_path / "data") as store:
        assert len(store.list_articles()) == 1
