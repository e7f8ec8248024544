"""An EPUB book's pictures through the real ``reader dump``: each ``<img>`` inside the book
is written as its path within the book ("OEBPS/images/lamp.jpg": where a reader of the
unzipped book finds it, the chapter it was relative to being gone from the one page); the
picture's bytes are never written, nor the reader's own ``book:`` mark. One outside the book
keeps its address as written."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from cli_run import dump_json

from tests.embedded_pictures import picture
from tests.epub_maker import chapter, make_epub

LAMP = picture(160, 80, "JPEG")
FIGURES = (
    '<figure><img src="images/lamp.jpg" alt="The lamp"/><figcaption>The lamp room.'
    "</figcaption></figure>"
    '<figure><img src="images/my%20quay.png" alt="The quay"/><figcaption>The quay at noon.'
    "</figcaption></figure>"
    '<figure><img src="../../../etc/hostname" alt="Outside"/><figcaption>Outside the '
    "book.</figcaption></figure>"
    '<figure><img src="images/notes.txt" alt="Not one"/><figcaption>Not a picture.'
    "</figcaption></figure>"
)


def _book(path: Path) -> Path:
    path.write_bytes(make_epub([chapter(1, extra=FIGURES), chapter(2)], extra_files={
        "OEBPS/images/lamp.jpg": LAMP, "OEBPS/images/my quay.png": picture(90, 60),
        "OEBPS/images/notes.txt": b"plain words" * 40}))
    return path


def _srcs(article: dict) -> list[str]:
    return [block["src"] for block in article["body"] if block["type"] == "image"]


def test_a_books_pictures_are_paths_within_the_book(tmp_path: Path) -> None:
    article = dump_json(str(_book(tmp_path / "book.epub")))
    assert _srcs(article) == ["OEBPS/images/lamp.jpg", "OEBPS/images/my%20quay.png",
                              "../../../etc/hostname", "OEBPS/images/notes.txt"]
    markdown = subprocess.run(
        [sys.executable, "-m", "reader", "dump", "--format", "markdown",
         str(tmp_path / "book.epub")], capture_output=True, text=True, check=True, timeout=60,
    ).stdout
    assert "![The lamp](OEBPS/images/lamp.jpg)" in markdown
    assert "book:" not in markdown and len(markdown) < len(LAMP)


def test_a_book_read_from_standard_input_keeps_its_addresses(tmp_path: Path) -> None:
    """No file to read its pictures from again: they are left as the chapter wrote them."""
    article = dump_json("-", stdin=_book(tmp_path / "book.epub").read_bytes())
    assert _srcs(article)[0] == "images/lamp.jpg"
