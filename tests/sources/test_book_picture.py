"""A book's own pictures, hostile books: marked only when the zip holds a picture of that
name inside the book; read from the book's file only, one member, at most 5 MB unpacked; a
name climbing out of the book, an absolute one, a symlink's, a bomb, a non-picture, a book
gone or not a zip is a short reason, never a crash, never a read outside the book."""

from __future__ import annotations

import io
import struct
import zipfile
from pathlib import Path

import pytest

from reader.core.book_address import book_member, book_src
from reader.sources.book_picture import GONE, read_book_picture
from reader.sources.epub import epub_document
from reader.ui.widgets.picture_load import load
from tests.embedded_pictures import picture
from tests.epub_maker import chapter, make_epub

PNG = picture(90, 60)
BOX = (240, 24)


def _book(tmp_path: Path, figures: str = "", files: dict[str, bytes] | None = None) -> Path:
    path = tmp_path / "book.epub"
    path.write_bytes(make_epub([chapter(1, extra=figures)], extra_files=files or {}))
    return path


def _with_member(path: Path, info: zipfile.ZipInfo, data: bytes) -> None:
    with zipfile.ZipFile(path, "a") as book:
        book.writestr(info, data)


@pytest.mark.parametrize("address", [
    "book:../evil.png", "book:/evil.png", "book:OEBPS/../../evil.png", "book:OEBPS/./a.png",
    "book:OEBPS\\..\\..\\evil.png", "book:%2E%2E/evil.png", "book:", "https://x.org/a.png",
])
def test_an_address_climbing_out_of_the_book_names_nothing(
    tmp_path: Path, address: str
) -> None:
    """Even when the zip holds a member of that very name, and the file sits by the book."""
    book = _book(tmp_path)
    for name in ("../evil.png", "/evil.png"):
        _with_member(book, zipfile.ZipInfo(name), PNG)
    (tmp_path / "evil.png").write_bytes(PNG)
    assert book_member(address) is None
    assert read_book_picture(str(book), address) == "not in the book"


def test_only_the_books_own_pictures_are_marked(tmp_path: Path) -> None:
    figures = "".join(f'<img src="{src}" alt="{src}"/>' for src in (
        "images/a.png", "../../evil.png", "/etc/passwd", "images/fake.png",
        "images/link.png", "images/missing.png", "https://example.org/b.png"))
    book = _book(tmp_path, figures, {"OEBPS/images/a.png": PNG,
                                     "OEBPS/images/fake.png": b"<svg>not a raster</svg>"})
    link = zipfile.ZipInfo("OEBPS/images/link.png")
    link.external_attr = 0o120777 << 16  # a symlink's mode: its bytes are the target's name
    _with_member(book, link, b"/etc/passwd")
    text, _ = epub_document(book.read_bytes(), pictures=True)
    assert text.count('src="book:') == 1 and 'src="book:OEBPS/images/a.png"' in text
    for kept in ('"../../evil.png"', '"/etc/passwd"', '"https://example.org/b.png"'):
        assert f"src={kept}" in text
    assert 'src="OEBPS/images/link.png"' in text  # inside the book, but no picture
    for name in ("fake", "link"):
        assert load(tmp_path, book_src(f"OEBPS/images/{name}.png"), BOX, str(book)) == (
            "not a picture")


def test_a_picture_is_read_from_the_book_and_decoded(tmp_path: Path) -> None:
    book = _book(tmp_path, files={"OEBPS/images/a.png": PNG})
    assert read_book_picture(str(book), "book:OEBPS/images/a.png") == PNG
    drawn = load(tmp_path, "book:OEBPS/images/a.png", BOX, book.as_uri())
    assert (drawn.width, drawn.height) == (36, 24)  # type: ignore[union-attr]
    assert not (tmp_path / "images").exists()  # nothing cached, nothing written


def test_a_huge_member_and_a_bomb_stop_at_five_megabytes(tmp_path: Path) -> None:
    book = _book(tmp_path, files={"OEBPS/images/huge.png": PNG + bytes(6 << 20)})
    assert read_book_picture(str(book), "book:OEBPS/images/huge.png") == "larger than 5 MB"
    # a bomb whose sizes lie (a few bytes said, 200 MB of zeros packed): unpacked no further
    bomb = io.BytesIO()
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("OEBPS/images/bomb.png", PNG[:16] + bytes(200 << 20))
    data = bytearray(bomb.getvalue())
    for signature, at in ((b"PK\x03\x04", 22), (b"PK\x01\x02", 24)):
        start = data.find(signature)
        data[start + at : start + at + 4] = struct.pack("<I", 1000)
    (tmp_path / "bomb.epub").write_bytes(bytes(data))
    assert read_book_picture(str(tmp_path / "bomb.epub"), "book:OEBPS/images/bomb.png") == (
        "not read from the book")


def test_a_book_gone_or_not_a_book_is_a_reason(tmp_path: Path) -> None:
    address = "book:OEBPS/images/a.png"
    assert read_book_picture(str(tmp_path / "gone.epub"), address) == GONE
    assert read_book_picture("https://example.org/book.epub", address) == GONE
    assert read_book_picture("-", address) == GONE
    assert read_book_picture(None, address) == GONE
    assert read_book_picture(str(tmp_path), address) == GONE  # a folder
    (tmp_path / "page.html").write_text("<p>Not a zip</p>", encoding="utf-8")
    assert read_book_picture(str(tmp_path / "page.html"), address) == "not read from the book"
    book = _book(tmp_path)
    assert read_book_picture(str(book), address) == "not in the book"
    assert read_book_picture(str(book), "book:OEBPS/") == "not in the book"
