"""An EPUB book read as one HTML document: its chapters' bodies in reading order.

The zip is opened in memory by :mod:`reader.sources.zipped` (nothing is ever written to
disk, so a name with ``..`` reaches nothing); ``META-INF/container.xml`` names the package
document, whose spine gives the order (``reader.sources.epub_package``). Each chapter's
``<body>`` becomes a ``<section data-book-part>`` of one page whose head holds the book's
title, authors and language, for ``reader.clean.book``. The navigation document (the table
of contents) is left out here. A book read from a file has its own pictures marked with
``book:`` addresses, read from the file when drawn (``reader.sources.epub_pictures``); their
bytes stay in the zip.

A hostile book is held to limits: at most :data:`MAX_ENTRIES` files in the zip and
:data:`MAX_TEXT_BYTES` of its documents read uncompressed (a zip bomb stops there), and a book
whose chapters are encrypted (DRM; an obfuscated font is fine) gets one sentence.
"""

from __future__ import annotations

import re
from html import escape

from reader.core.errors import LoadError
from reader.core.lazy import lazy_re
from reader.sources.decoding import decode_bytes
from reader.sources.epub_package import (
    DAMAGED,
    Package,
    in_zip,
    local,
    parse_xml,
    read_package,
    rootfile,
)
from reader.sources.epub_pictures import BookPictures
from reader.sources.limits import DEFAULT_MAX_BYTES, format_size
from reader.sources.zipped import Bounds, Zipped, zip_holds

MAX_ENTRIES = 10_000  # files in the zip (a book has hundreds at most)
MAX_TEXT_BYTES = DEFAULT_MAX_BYTES  # of its documents, uncompressed, all told
CONTAINER = "META-INF/container.xml"
ENCRYPTION = "META-INF/encryption.xml"
NO_CONTAINER = (
    "This EPUB book has no META-INF/container.xml to say where its chapters are; "
    "reader cannot read it."
)
LOCKED = (
    "This EPUB book's chapters are encrypted (it is protected by DRM); reader cannot open it."
)
NO_CHAPTERS = "This EPUB book has no chapters to read."
# the ways fonts are obfuscated (IDPF's, Adobe's): not the text, which stays readable
_FONT_OBFUSCATION = ("http://www.idpf.org/2008/embedding", "http://ns.adobe.com/pdf/enc#RC")
_BODY_START = lazy_re(r"<body\b[^>]*>", re.IGNORECASE)
_BODY_END = lazy_re(r"</body\s*>", re.IGNORECASE)
_HEAD = lazy_re(r"<head\b.*?</head\s*>", re.IGNORECASE | re.DOTALL)
_PROLOGUE = lazy_re(r"\A.*?<html\b[^>]*>", re.IGNORECASE | re.DOTALL)
_BOUNDS = Bounds(
    MAX_ENTRIES, MAX_TEXT_BYTES, DAMAGED,
    f"This EPUB book holds more than {MAX_ENTRIES:,} files; reader stops reading there.",
    f"This EPUB book's text is larger than {format_size(MAX_TEXT_BYTES)} uncompressed; "
    "stopped reading.",
)


def holds_book(data: bytes) -> bool:
    """Whether a zip holds an EPUB's ``META-INF/container.xml`` (a book zipped by hand, its
    ``mimetype`` not first)."""
    return zip_holds(data, CONTAINER)


def _encrypted(book: Zipped) -> set[str]:
    """The files ``META-INF/encryption.xml`` says are encrypted, fonts' obfuscation aside."""
    if ENCRYPTION not in book.names:
        return set()
    locked: set[str] = set()
    for element in parse_xml(book.read(ENCRYPTION)).iter():
        if local(element.tag) != "encrypteddata":
            continue
        method = next((part.get("Algorithm", "") for part in element.iter()
                       if local(part.tag) == "encryptionmethod"), "")
        for reference in element.iter():
            if local(reference.tag) == "cipherreference" and method not in _FONT_OBFUSCATION:
                locked.add(in_zip("", reference.get("URI", "")))
    return locked


def _body(markup: str) -> str:
    """A chapter's ``<body>``'s content (its whole, past any head, when it has no body)."""
    start = _BODY_START.search(markup)
    if start is None:
        return _HEAD.sub("", _PROLOGUE.sub("", markup, count=1), count=1)
    ends = list(_BODY_END.finditer(markup, start.end()))
    return markup[start.end() : ends[-1].start() if ends else len(markup)]


def _head(package: Package) -> str:
    authors = "".join(f'<meta name="author" content="{escape(name)}">'
                      for name in package.authors)
    title = f"<title>{escape(package.title)}</title>" if package.title else ""
    return f'<head><meta charset="utf-8">{title}{authors}</head>'


def epub_document(data: bytes, pictures: bool = False) -> tuple[str, str | None]:
    """The book as one HTML page (see the module) and its title; its own pictures marked
    when ``pictures`` (it was read from a file, where they can be read again). Raises
    ``LoadError`` with a sentence for a damaged, encrypted or empty book."""
    with Zipped(data, _BOUNDS) as book:
        return _document(book, BookPictures(book) if pictures else None)


def _document(book: Zipped, pictures: BookPictures | None) -> tuple[str, str | None]:
    """:func:`epub_document` of the opened zip."""
    if CONTAINER not in book.names:
        raise LoadError(NO_CONTAINER)
    opf = rootfile(book.read(CONTAINER))
    if opf not in book.names:
        raise LoadError(DAMAGED)
    package = read_package(book.read(opf), opf)
    locked = _encrypted(book)
    parts = [part for part in package.parts if not part.nav and part.guide != "toc"
             and part.path in book.names]
    if any(part.path in locked for part in parts):
        raise LoadError(LOCKED)
    if not parts:
        raise LoadError(NO_CHAPTERS)
    language = f' lang="{escape(package.language)}"' if package.language else ""
    pieces = [f"<!DOCTYPE html>\n<html{language}>{_head(package)}<body>\n"]
    for number, part in enumerate(parts, 1):
        text, _codec = decode_bytes(book.read(part.path))
        if pictures is not None:
            text = pictures.marked_in(text, part.path)
        cover = ' data-book-cover=""' if part.guide == "cover" else ""
        pieces.append(f'\n\n<section data-book-part="{number}"{cover}>{_body(text)}</section>')
    pieces.append("\n</body></html>\n")
    return "".join(pieces), package.title


__all__ = ["epub_document", "holds_book"]
