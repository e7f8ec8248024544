"""Which inputs we read: content types and magic bytes, with a clear refusal for the rest."""

from __future__ import annotations

import re

from reader.core.errors import IsAFeed, LoadError
from reader.core.file_types import (
    CODE_AND_TABLE_TYPES,
    DOCX_TYPE,
    MESSAGE_TYPES,
    NOTEBOOK_TYPES,
)
from reader.core.lazy import lazy_re
from reader.sources.decoding import bom_encoding, utf16_without_bom

READABLE_TYPES = frozenset(
    {
        "text/html",
        "application/xhtml+xml",
        "text/plain",
        "text/markdown",
        "text/x-markdown",
        "application/xml",
        "text/xml",
        "application/pdf",  # (read as its text: ``reader.sources.pdf``)
        "application/epub+zip",  # (its chapters as one page: ``reader.sources.epub``)
        DOCX_TYPE,  # (a Word document: ``reader.sources.docx``)
        *NOTEBOOK_TYPES,
        *MESSAGE_TYPES,  # (a mail, a saved page: read as a saved file of it is)
    }
)
# Types that say nothing: decide by the bytes.
UNKNOWN_TYPES = frozenset(
    {
        "",
        "application/octet-stream",
        "binary/octet-stream",
        "application/unknown",
        "unknown/unknown",
    }
)
# text/* we still refuse: code and data, not articles.
_TEXT_REFUSED = frozenset({"text/css", "text/javascript", "text/ecmascript", "text/calendar"})

_NAMED_TYPES = {
    "application/pdf": "a PDF document",
    "application/zip": "a ZIP archive",
    "application/gzip": "a gzip-compressed file",
    "application/x-gzip": "a gzip-compressed file",
    "application/x-tar": "a tar archive",
    "application/x-7z-compressed": "a 7-Zip archive",
    "application/vnd.rar": "a RAR archive",
    "application/x-rar-compressed": "a RAR archive",
    "application/epub+zip": "an EPUB book",
    "application/msword": "a Word document in the old .doc form",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "a Word document",
    "application/json": "JSON data",
    "application/javascript": "a JavaScript program",
    "text/javascript": "a JavaScript program",
    "text/css": "a style sheet",
    "application/rss+xml": "a news feed",
    "application/atom+xml": "a news feed",
    "application/x-executable": "a program",
}
_FAMILIES = {"image": "an image", "audio": "an audio file", "video": "a video", "font": "a font"}

# (magic bytes, offset, MIME type)
_MAGIC = (
    (b"%PDF-", 0, "application/pdf"),
    (b"\x89PNG\r\n\x1a\n", 0, "image/png"),
    (b"\xff\xd8\xff", 0, "image/jpeg"),
    (b"GIF87a", 0, "image/gif"),
    (b"GIF89a", 0, "image/gif"),
    (b"WEBP", 8, "image/webp"),
    (b"PK\x03\x04", 0, "application/zip"),
    (b"PK\x05\x06", 0, "application/zip"),
    (b"\x1f\x8b", 0, "application/gzip"),
    (b"7z\xbc\xaf\x27\x1c", 0, "application/x-7z-compressed"),
    (b"Rar!\x1a\x07", 0, "application/vnd.rar"),
    (b"\x7fELF", 0, "application/x-executable"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", 0, "application/msword"),
    (b"ID3\x03", 0, "audio/mpeg"),
    (b"ID3\x04", 0, "audio/mpeg"),
    (b"OggS\x00", 0, "audio/ogg"),
    (b"ftyp", 4, "video/mp4"),
)
_SAMPLE = 8192
# Control bytes text does not use (tab, newline, CR, form feed and ESC are left out).
_BINARY_BYTES = (*range(0, 9), 11, *range(14, 27), *range(28, 32), 127)


def describe_type(mime: str) -> str:
    """A plain name for a MIME type: "a PDF document", "an image"..."""
    if mime in _NAMED_TYPES:
        return _NAMED_TYPES[mime]
    family = mime.split("/", 1)[0]
    return _FAMILIES.get(family, "a kind of file")


FEED_TYPES = frozenset(
    {"application/rss+xml", "application/atom+xml", "application/feed+json", "application/rdf+xml"}
)
# the declared types of a feed, registered or not ("application/x-rss+xml", "text/rss+xml")
_FEED_TYPE_ENDS = ("rss+xml", "atom+xml", "rdf+xml", "feed+json")
FEED_MESSAGE = (
    "This is a news feed, not an article: subscribe to it with 'reader feeds add' and its "
    "address, and its entries open as articles (F in the app, or 'reader feeds list')."
)
# a feed's opening: RSS, Atom or RSS 1.0 (RDF) after an XML declaration, style sheets and
# comments; a JSON Feed's version
_FEED_START = lazy_re(
    rb"\A(?:\xef\xbb\xbf)?\s*(?:<\?xml[^>]{0,300}\?>\s*)?"
    rb"(?:<\?xml-stylesheet[^>]{0,1000}\?>\s*|<!--(?:(?!-->).){0,4000}-->\s*)*"
    rb"<(?:rss|feed|rdf:RDF)[\s>]",
    re.DOTALL,
)
_JSON_FEED = lazy_re(
    rb'\A(?:\xef\xbb\xbf)?\s*\{.{0,2000}?"version"\s*:\s*"https?://jsonfeed\.org/', re.DOTALL
)


def looks_like_feed(data: bytes) -> bool:
    """Whether ``data`` opens as an RSS, Atom or JSON feed does."""
    sample = data[:8192]
    return bool(_FEED_START.match(sample) or _JSON_FEED.match(sample))


WHAT_IS_READ = (
    "reader reads web pages, text (plain, Markdown, reStructuredText), PDFs, EPUB books, "
    "Word (.docx) documents, Jupyter notebooks, mail, source code and CSV tables"
)


def refusal(mime: str) -> str:
    """The one-sentence message for a type we do not read."""
    if mime in FEED_TYPES or mime.endswith(_FEED_TYPE_ENDS):
        return FEED_MESSAGE
    return f"This is {describe_type(mime)} ({mime}); {WHAT_IS_READ}."


def refused(message: str) -> LoadError:
    """The error to raise for a refusal ``message``: :class:`IsAFeed` for a feed's (the
    reading screen then offers to subscribe to it)."""
    return (IsAFeed if message == FEED_MESSAGE else LoadError)(message)


def is_readable_type(mime: str) -> bool:
    """True if a declared MIME type (lower case, no parameters) is one we read."""
    if mime in READABLE_TYPES or mime.endswith("+html") or mime in CODE_AND_TABLE_TYPES:
        return True  # (a program's source, JSON, a CSV: read as code or a table)
    return mime.startswith("text/") and mime not in _TEXT_REFUSED


EPUB_TYPE = "application/epub+zip"


def is_epub(data: bytes) -> bool:
    """Whether ``data`` is an EPUB book: a zip whose first file is its ``mimetype`` saying so
    (read by ``reader.sources.epub``)."""
    return data[:4] == b"PK\x03\x04" and data[30:38] == b"mimetype" and (
        EPUB_TYPE.encode() in data[38:128]
    )


def sniff_type(data: bytes) -> str | None:
    """The MIME type of a binary format recognised by its magic bytes, else None."""
    for magic, offset, mime in _MAGIC:
        if data[offset : offset + len(magic)] == magic:
            return mime
    return None


def looks_binary(data: bytes) -> bool:
    """True for bytes that are not text: many NULs or other control bytes (UTF-16 excepted).

    A few stray controls (hostile pages have them) do not count: the sanitiser removes them.
    """
    sample = data[:_SAMPLE]
    if not sample or bom_encoding(sample) or utf16_without_bom(sample):
        return False
    odd = sum(sample.count(byte) for byte in _BINARY_BYTES)
    return odd >= 16 and odd * 20 > len(sample)


def check_bytes(data: bytes) -> str | None:
    """A refusal message if the bytes are a binary format or junk, else None."""
    mime = sniff_type(data[:64])
    if mime:
        return refusal(mime)
    if looks_like_feed(data):
        return FEED_MESSAGE
    if looks_binary(data):
        return f"This looks like binary data, not text; {WHAT_IS_READ}."
    return None
