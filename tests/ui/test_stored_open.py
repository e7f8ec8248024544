"""Articles read back from the library (the library list, ``library:ID``, a bookmark) are
read in the load worker: a saved book takes half a second to read back, and the screen must
not freeze while it is."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from ui_helpers import SAMPLE, reading, screen_after, settle

from reader.engine.pipeline import extract
from reader.sources.load import load_source
from reader.store import Store
from reader.ui.screens.library import LibraryScreen

pytestmark = pytest.mark.anyio


def saved_note(data: Path) -> tuple[int, str]:
    """A short note saved in the library at ``data``: its id and title."""
    note = data.parent / "note.txt"
    note.write_text("A Saved Note\n\nIts one paragraph has words enough to be an article.\n",
                    encoding="utf-8")
    article = extract(load_source(str(note)), people=False)
    with Store.open(data) as store:
        return store.save_article(article), article.title


def threads_reading(monkeypatch: pytest.MonkeyPatch) -> list[bool]:
    """Whether each read of an article from the library ran on the screen's thread."""
    on_main: list[bool] = []
    read = Store.get_article

    def spy(self, ref):  # type: ignore[no-untyped-def]
        on_main.append(threading.current_thread() is threading.main_thread())
        return read(self, ref)

    monkeypatch.setattr(Store, "get_article", spy)
    return on_main


async def test_library_articles_are_read_back_off_the_screens_thread(
    make_app, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``library:ID``, then the library list's enter."""
    article_id, title = saved_note(tmp_path / "data")
    on_main = threads_reading(monkeypatch)
    app = make_app(SAMPLE)
    async with app.run_test(size=(120, 30)) as pilot:
        await settle(pilot)
        screen = reading(app)
        screen.open_source(f"library:{article_id}")
        assert screen.is_loading  # (not shown yet: being read)
        await settle(pilot)
        assert screen.article is not None and screen.article.title == title
        assert on_main == [False]
        await pilot.press("backspace")
        await settle(pilot)
        assert screen.article.title != title
        library = await screen_after(pilot, "L", LibraryScreen)
        titles = [entry.title for entry in library.items]
        for _ in range(titles.index(title)):
            await pilot.press("down")
        await pilot.press("enter")
        await settle(pilot)
        assert screen.article is not None and screen.article.title == title
        assert len(on_main) == 2 and not any(on_main)
