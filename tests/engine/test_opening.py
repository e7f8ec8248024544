"""A long text's opening: cut where a paragraph ends, cleaned as the whole is, sent by the
early load's child before the whole."""

from __future__ import annotations

from pathlib import Path

from book_text import book

from reader.engine.opening import OPENING_CHARS, OPENING_FROM, opening, opening_end
from reader.engine.pipeline import extract
from reader.sources.load import load_source


def test_the_opening_ends_at_the_first_blank_line_past_its_length() -> None:
    text = "a" * 50 + "\nline\n\nnext paragraph\n\nlast"
    end = opening_end(text, 40)
    assert text[:end].endswith("line") and text[end:].startswith("\n\nnext")


def test_a_text_without_blank_lines_ends_at_a_line_and_one_line_has_no_opening() -> None:
    lines = "\n".join(f"row {n}" for n in range(30_000))
    end = opening_end(lines)
    assert end is not None and lines[end] == "\n" and end >= OPENING_CHARS
    assert opening_end("x" * 200_000) is None


def test_short_texts_and_web_pages_have_no_opening(tmp_path: Path) -> None:
    short = tmp_path / "short.txt"
    short.write_text(book(100), encoding="utf-8")
    assert opening(load_source(str(short))) is None
    page = tmp_path / "long.html"
    page.write_text("<html><body><article>" + "".join(
        f"<p>{line}</p>" for line in book(3000).split("\n\n")) + "</article></body></html>",
        encoding="utf-8")
    assert len(page.read_text()) > OPENING_FROM
    assert opening(load_source(str(page))) is None


def test_a_long_texts_opening_is_the_wholes_first_pages(tmp_path: Path) -> None:
    path = tmp_path / "book.txt"
    path.write_text(book(3000), encoding="utf-8")
    document = load_source(str(path))
    assert len(document.text) > OPENING_FROM
    first = opening(document)
    whole = extract(document, people=False)
    assert first is not None
    assert OPENING_CHARS * 0.7 < len(first.text) < len(whole.text) / 5
    assert first.title == whole.title == "The Long Book of Words"
    shown = [(block.type, block.text) for block in first.blocks[:40]]
    assert shown == [(block.type, block.text) for block in whole.blocks[:40]]


def test_a_long_books_opening_is_its_first_chapters(tmp_path: Path) -> None:
    """An EPUB's page is cut where a chapter (or, in a long one, a paragraph) starts: its
    opening's blocks are the whole's first, under the book's title."""
    from tests.epub_maker import chapter, make_epub

    path = tmp_path / "book.epub"
    path.write_bytes(make_epub([chapter(number, 40) for number in range(1, 120)]))
    document = load_source(str(path))
    assert len(document.text) > OPENING_FROM
    first = opening(document)
    whole = extract(document, people=False)
    assert first is not None
    assert OPENING_CHARS * 0.5 < len(first.text) < len(whole.text) / 5
    assert first.title == whole.title == "The Lantern Keeper"
    assert whole.text.startswith(first.text)
    assert [block.text for block in whole.blocks].count("Chapter 119") == 1
