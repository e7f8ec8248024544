"""Small EPUB books written with zipfile for the tests: a cover, a contents page, chapters,
their package document (title, authors, language, spine) and what a hostile book adds."""

from __future__ import annotations

import io
import zipfile
from html import escape

CONTAINER = (
    '<?xml version="1.0"?><container version="1.0" '
    'xmlns="urn:oasis:names:tc:opendocument:xmlns:container"><rootfiles>'
    '<rootfile full-path="OEBPS/content.opf" media-type="application/oebps-package+xml"/>'
    "</rootfiles></container>"
)
XHTML = (
    '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE html>\n'
    '<html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops">'
    "<head><title>{title}</title><link rel='stylesheet' href='style.css'/></head>"
    "<body>{body}</body></html>"
)
WORDS = ("lantern", "harbour", "orchard", "meadow", "cellar", "chimney", "ledger", "compass")


def paragraph(chapter: int, number: int) -> str:
    """A paragraph of words that no other paragraph has."""
    words = " ".join(WORDS[(chapter * 3 + number + i) % len(WORDS)] for i in range(18))
    return f"Chapter {chapter} paragraph {number} speaks of the {words}."


def chapter(number: int, paragraphs: int = 3, extra: str = "") -> str:
    """A chapter's XHTML body: its heading, its paragraphs and ``extra`` markup."""
    text = "".join(f"<p>{paragraph(number, n)}</p>" for n in range(paragraphs))
    return f'<section epub:type="chapter"><h2>Chapter {number}</h2>{text}{extra}</section>'


def contents(numbers: range) -> str:
    """A contents page linking to each chapter."""
    items = "".join(f'<li><a href="ch{n}.xhtml">Chapter {n}</a></li>' for n in numbers)
    return f"<h1>Contents</h1><ol>{items}</ol>"


COVER = '<div><img src="images/cover.jpg" alt="Cover"/></div>'


def make_epub(
    chapters: list[str],
    *,
    title: str = "The Lantern Keeper",
    authors: tuple[str, ...] = ("Ada Marsh", "Tom Reed"),
    language: str = "en",
    cover: bool = True,
    toc_page: bool = True,
    nav: bool = True,
    guide: bool = True,
    extra_files: dict[str, bytes] | None = None,
    container: bool = True,
    mimetype_first: bool = True,
) -> bytes:
    """An EPUB 3 book: a cover page, a contents page (guide type "toc", unless ``guide`` is
    False) and the navigation document in its spine, then ``chapters`` (XHTML bodies) as
    ch1.xhtml, ch2.xhtml...; ``extra_files`` added as they are named."""
    files: dict[str, str] = {}
    spine: list[str] = []
    if cover:
        files["cover.xhtml"] = XHTML.format(title="Cover", body=COVER)
        spine.append("cover.xhtml")
    if nav:
        files["nav.xhtml"] = XHTML.format(
            title="Navigation",
            body=f'<nav epub:type="toc">{contents(range(1, len(chapters) + 1))}</nav>')
        spine.append("nav.xhtml")
    if toc_page:
        files["toc.xhtml"] = XHTML.format(title="Contents",
                                          body=contents(range(1, len(chapters) + 1)))
        spine.append("toc.xhtml")
    for number, body in enumerate(chapters, 1):
        files[f"ch{number}.xhtml"] = XHTML.format(title=f"Chapter {number}", body=body)
        spine.append(f"ch{number}.xhtml")
    ids = {name: f"item{index}" for index, name in enumerate(files)}
    manifest = "".join(
        f'<item id="{ids[name]}" href="{name}" media-type="application/xhtml+xml"'
        + (' properties="nav"' if name == "nav.xhtml" else "") + "/>"
        for name in files
    )
    itemrefs = "".join(f'<itemref idref="{ids[name]}"/>' for name in spine)
    creators = "".join(f'<dc:creator id="c{index}">{escape(name)}</dc:creator>'
                       for index, name in enumerate(authors))
    opf = (
        '<?xml version="1.0" encoding="utf-8"?><package version="3.0" '
        'xmlns="http://www.idpf.org/2007/opf" unique-identifier="id">'
        '<metadata xmlns:dc="http://purl.org/dc/elements/1.1/">'
        f'<dc:identifier id="id">urn:test</dc:identifier><dc:title>{escape(title)}</dc:title>'
        f'{creators}<dc:creator id="illustrator">Illustrated Person</dc:creator>'
        '<meta refines="#illustrator" property="role">ill</meta>'
        f"<dc:language>{escape(language)}</dc:language></metadata>"
        f'<manifest>{manifest}<item id="css" href="style.css" media-type="text/css"/></manifest>'
        f"<spine>{itemrefs}</spine>"
        + ('<guide><reference type="toc" title="Contents" href="toc.xhtml"/></guide>'
           if guide else "")
        + "</package>"
    )
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as book:
        if mimetype_first:
            book.writestr("mimetype", "application/epub+zip", compress_type=zipfile.ZIP_STORED)
        if container:
            book.writestr("META-INF/container.xml", CONTAINER)
        book.writestr("OEBPS/content.opf", opf)
        book.writestr("OEBPS/style.css", "p { margin: 0 }")
        for name, markup in files.items():
            book.writestr(f"OEBPS/{name}", markup)
        for name, data in (extra_files or {}).items():
            book.writestr(name, data)
    return out.getvalue()
