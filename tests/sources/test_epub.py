"""EPUB books through the real ``reader dump`` command and a served address: the chapters in
their spine's order as one article under the book's title and authors, headings kept, the
cover, the navigation document and the contents page left out, pictures and footnotes kept."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from pytest_httpserver import HTTPServer

from tests.cli_run import body_texts, dump_json
from tests.epub_maker import chapter, contents, make_epub, paragraph

NOTE = (
    '<p>The keeper wrote it down.<a epub:type="noteref" href="#n1">1</a></p>'
    '<figure><img src="../images/map.png" alt="A map of the harbour"/>'
    "<figcaption>The harbour in 1820</figcaption></figure>"
    '<aside epub:type="footnote" id="n1"><p>1. The ledger is kept in the cellar.</p></aside>'
)


def _dump(tmp_path: Path, data: bytes, *options: str) -> subprocess.CompletedProcess[str]:
    path = tmp_path / "book.epub"
    path.write_bytes(data)
    return subprocess.run(
        [sys.executable, "-m", "reader", "dump", *options, str(path)],
        capture_output=True, text=True, timeout=60,
    )


def test_a_book_reads_as_its_chapters_in_order_under_its_title_and_authors(
    tmp_path: Path,
) -> None:
    path = tmp_path / "book.epub"
    path.write_bytes(make_epub([chapter(1, extra=NOTE), chapter(2), chapter(3)]))
    article = dump_json(str(path))
    assert article["title"] == "The Lantern Keeper"
    assert article["authors"] == ["Ada Marsh", "Tom Reed"]  # (not the illustrator)
    texts = body_texts(article)
    headings = [block["text"] for block in article["body"] if block["type"] == "heading"]
    assert headings == ["Chapter 1", "Chapter 2", "Chapter 3"]  # (once: no contents page)
    paragraphs = [paragraph(c, n) for c in (1, 2, 3) for n in range(3)]
    assert [text for text in texts if text in paragraphs] == paragraphs
    assert "1. The ledger is kept in the cellar." in texts  # (the footnote)
    assert "Contents" not in texts and "Cover" not in str(article["body"])
    (picture,) = [block for block in article["body"] if block["type"] == "image"]
    assert picture["alt"] == "A map of the harbour"


def test_the_markdown_dump_keeps_the_chapters_headings(tmp_path: Path) -> None:
    result = _dump(tmp_path, make_epub([chapter(1), chapter(2)]), "--format", "markdown")
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert out.startswith("# The Lantern Keeper")
    assert 0 < out.index("## Chapter 1") < out.index(paragraph(1, 2)) < out.index("## Chapter 2")
    assert out.count("Chapter 2") == 1 + 3  # its heading and its paragraphs: no contents


def test_a_contents_page_the_package_does_not_name_is_left_out_by_its_links(
    tmp_path: Path,
) -> None:
    """An EPUB 2 book: no navigation document, no guide; its contents page is a page of
    links to its chapters."""
    data = make_epub([chapter(1), chapter(2), chapter(3)], nav=False, guide=False)
    texts = body_texts(dump_json(_saved(tmp_path, data)))
    assert "Contents" not in texts and texts.count("Chapter 1") == 1


def test_a_page_of_text_with_links_stays(tmp_path: Path) -> None:
    linked = ('<p>See <a href="ch2.xhtml">the second chapter</a>, <a href="ch3.xhtml">the '
              'third</a> and <a href="ch1.xhtml">this one</a> for the whole story of the '
              "keeper and the harbour, told by those who were there that winter.</p>")
    data = make_epub([chapter(1, extra=linked), chapter(2), chapter(3)])
    texts = body_texts(dump_json(_saved(tmp_path, data)))
    assert any(text.startswith("See the second chapter") for text in texts)


def _saved(tmp_path: Path, data: bytes) -> str:
    path = tmp_path / "book.epub"
    path.write_bytes(data)
    return str(path)


def test_a_book_served_as_epub_reads_as_its_chapters(httpserver: HTTPServer) -> None:
    data = make_epub([chapter(1), chapter(2)])
    httpserver.expect_request("/download").respond_with_data(
        data, content_type="application/epub+zip")
    article = dump_json(httpserver.url_for("/download"))
    assert article["title"] == "The Lantern Keeper"
    assert body_texts(article)[-1] == paragraph(2, 2)


def test_a_contents_list_in_a_chapter_is_not_read(tmp_path: Path) -> None:
    nav = f'<nav epub:type="toc">{contents(range(1, 3))}</nav>'
    data = make_epub([nav + chapter(1), chapter(2)], toc_page=False, nav=False)
    texts = body_texts(dump_json(_saved(tmp_path, data)))
    assert texts.count("Chapter 2") == 1 and "Contents" not in texts


def test_a_book_zipped_by_hand_and_served_as_any_file_still_reads(
    httpserver: HTTPServer,
) -> None:
    """Its ``mimetype`` not first, its type not said, its address no name: its container
    tells it."""
    data = make_epub([chapter(1)], mimetype_first=False)
    httpserver.expect_request("/get").respond_with_data(
        data, content_type="application/octet-stream")
    article = dump_json(httpserver.url_for("/get"))
    assert article["title"] == "The Lantern Keeper" and paragraph(1, 0) in body_texts(article)
