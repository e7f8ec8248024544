"""An EPUB book's own pictures drawn in the app, read from the book's file when drawn (not
carried in its page, not cached); a book read back from the library draws them from its
file, and says so plainly on the picture's line when the file is gone."""

from __future__ import annotations

from pathlib import Path

import pytest
from ui_helpers import SAMPLE, reading, screen_text, settle

from reader.engine.pipeline import extract
from reader.sources.load import load_source
from reader.store import Store
from tests.embedded_pictures import picture
from tests.epub_maker import chapter, make_epub
from tests.ui.test_embedded_pictures_ui import _drawn
from tests.ui.test_pictures import pictures_done

pytestmark = pytest.mark.anyio

FIGURE = ('<figure><img src="images/lamp.jpg" alt="The lamp"/>'
          "<figcaption>The lamp room.</figcaption></figure>")


@pytest.fixture(autouse=True)
def _pictures(monkeypatch: pytest.MonkeyPatch) -> None:
    """Rows kept for pictures (tests/ui/conftest.py keeps none elsewhere)."""
    monkeypatch.setattr("reader.ui.widgets.pictures.ROWS", 12)


def _book(path: Path, lamp: bytes | None = None) -> Path:
    path.write_bytes(make_epub([chapter(1, extra=FIGURE), chapter(2)], extra_files={
        "OEBPS/images/lamp.jpg": lamp or picture(160, 80, "JPEG")}))
    return path


async def test_a_books_picture_is_drawn_from_the_book(make_app, tmp_path: Path) -> None:
    path = _book(tmp_path / "book.epub")
    # 160 x 80 reduced to fit the 240 x 24 pixels of 12 rows of half blocks: its shape kept
    assert await _drawn(make_app, path, "The lamp") == (48, 24)


async def _library_copy(make_app, book: Path, data: Path, gone: bool = False) -> str:  # type: ignore[no-untyped-def]
    """The screen's text when ``book``, saved in the library at ``data`` (then deleted when
    ``gone``), is opened there."""
    with Store.open(data) as store:
        article_id = store.save_article(extract(load_source(str(book)), people=False))
    if gone:
        book.unlink()
    app = make_app(SAMPLE)
    async with app.run_test(size=(100, 60)) as pilot:
        await settle(pilot)
        reading(app).open_source(f"library:{article_id}")
        await pictures_done(pilot)
        await pictures_done(pilot)
        assert reading(app).article.title == "The Lantern Keeper"
        return " ".join(screen_text(app).split())


async def test_the_library_copy_draws_the_books_picture(make_app, tmp_path: Path) -> None:
    text = await _library_copy(make_app, _book(tmp_path / "book.epub"), tmp_path / "data")
    assert "[image: The lamp] ▏ ▀▀▀" in text, text


async def test_the_library_copy_opens_with_the_book_file_gone(make_app, tmp_path: Path) -> None:
    text = await _library_copy(make_app, _book(tmp_path / "book.epub"), tmp_path / "data",
                               gone=True)
    assert "[image: The lamp] (book file not found)" in text, text
    assert "▀" not in text and "Chapter 1 paragraph 2" in text


async def test_another_book_draws_its_own_picture_of_the_same_name(
    make_app, tmp_path: Path
) -> None:
    """Two books name their pictures alike ("OEBPS/images/lamp.jpg"): each draws its own."""
    first = _book(tmp_path / "first.epub", picture(160, 80, "JPEG"))
    second = _book(tmp_path / "second.epub", picture(80, 160, "JPEG"))
    app = make_app(first)
    async with app.run_test(size=(100, 60)) as pilot:
        await pictures_done(pilot)
        body = reading(app).body
        src = next(block.src for block in body.article.blocks if block.alt == "The lamp")
        assert body.picture_rows.pictures.use(src).width == 48
        reading(app).open_source(str(second))
        await pictures_done(pilot)
        await pictures_done(pilot)
        assert body.article.source == str(second)
        assert body.picture_rows.pictures.use(src).width == 12  # 80 x 160 in 24 rows of pixels
        # the first book's, loaded late, is not taken for the second's
        body.picture_rows._done((src, 100, None, str(first)), "not in the book")
        assert src not in body.picture_rows.failures
