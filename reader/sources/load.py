"""Sources: read a file or stdin, or fetch a URL with httpx, and decode it to text."""

from __future__ import annotations

import os
import re
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO
from urllib.parse import unquote, urlsplit

from reader.core.errors import LoadError
from reader.core.file_types import DOCX_TYPE
from reader.core.lazy import lazy_re
from reader.core.sanitize import clean_shown as show
from reader.sources.decoding import decode_bytes
from reader.sources.docx import docx_text, is_docx
from reader.sources.limits import (
    DEFAULT_CONNECT_TIMEOUT,
    DEFAULT_MAX_BYTES,
    DEFAULT_TIMEOUT,
    Cancel,
    LoadCancelled,
    too_large,
)
from reader.sources.overstrike import is_overstruck, strip_overstrike
from reader.sources.pdf import is_pdf, pdf_text
from reader.sources.sniff import EPUB_TYPE, check_bytes, is_epub, refused

__all__ = [
    "DEFAULT_CONNECT_TIMEOUT",
    "DEFAULT_MAX_BYTES",
    "DEFAULT_TIMEOUT",
    "LoadCancelled",
    "RawDocument",
    "load_source",
    "read_bytes",
    "read_file",
    "read_stdin",
    "read_url",
]

_SCHEME = lazy_re(r"^([A-Za-z][A-Za-z0-9+.\-]*)://")
_BARE_SCHEMES = lazy_re(r"^(data|javascript|mailto|about|tel|news|magnet):", re.I)
_LOOKS_LIKE_HOST = lazy_re(r"^(?:www\.[\w.-]+|[\w-]+(?:\.[\w-]+)*\.[A-Za-z]{2,}/)")
_BARE_HOST = lazy_re(r"^[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}$")  # example.com
_READ_CHUNK = 1024 * 1024


@dataclass(frozen=True)
class RawDocument:
    """A loaded document, decoded to text."""

    text: str
    source: str  # what the user asked for: a URL, a path, or "-"
    content_type: str | None = None  # MIME type, lower case, without parameters
    url: str | None = None  # final URL after redirects
    path: str | None = None
    encoding: str | None = None  # the codec the bytes were read with
    title: str | None = None  # its own title, where its format holds one (a PDF's, a feed entry's)


def read_bytes(
    data: bytes,
    source: str,
    *,
    declared: str | None = None,
    content_type: str | None = None,
    url: str | None = None,
    path: str | None = None,
) -> RawDocument:
    """Refuse binary formats, then decode: BOM, ``declared`` charset, <meta>, detection. A
    man page's overstrike (bold "N\\bN") is taken out first; a PDF is read as its text, an
    EPUB book as one page of its chapters, a Word document as its parts' XML."""
    if is_pdf(data) or content_type == "application/pdf":  # (its text, page by page)
        text, title = pdf_text(data)
        return RawDocument(text, source, "application/pdf", url, path, "pdf", title)
    if is_epub(data) or content_type == EPUB_TYPE or _zipped_book(data, path or url):
        from reader.sources.epub import epub_document  # (zipfile: only for a book)

        text, title = epub_document(data, pictures=path is not None)
        return RawDocument(text, source, EPUB_TYPE, url, path, "epub", title)
    if content_type == DOCX_TYPE or is_docx(data, path or url):
        return RawDocument(docx_text(data), source, DOCX_TYPE, url, path, "docx")
    if is_overstruck(data):
        data = strip_overstrike(data)
    refusal = check_bytes(data)
    if refusal:
        raise refused(refusal)
    text, encoding = decode_bytes(data, declared)
    return RawDocument(text, source, content_type, url, path, encoding)


def _zipped_book(data: bytes, name: str | None) -> bool:
    """Whether a zip is an EPUB book all the same: named so, or holding one's container."""
    if data[:4] != b"PK\x03\x04":
        return False
    if (name or "").lower().split("?")[0].endswith(".epub"):
        return True
    from reader.sources.epub import holds_book

    return holds_book(data)


def _read_limited(stream: BinaryIO, max_bytes: int, what: str) -> bytes:
    """Read to the end, but no more than ``max_bytes`` (past them: binary data is told as
    binary, /dev/urandom or a disk image, else as too large)."""
    parts: list[bytes] = []
    size = 0
    while True:
        chunk = stream.read(min(_READ_CHUNK, max_bytes + 1 - size))
        if not chunk:
            return b"".join(parts)
        parts.append(chunk)
        size += len(chunk)
        if size > max_bytes:
            refusal = None if is_pdf(parts[0]) or is_epub(parts[0]) else check_bytes(parts[0])
            raise refused(refusal) if refusal else too_large(max_bytes, what)


def read_file(
    path: str | Path, *, source: str | None = None, max_bytes: int = DEFAULT_MAX_BYTES
) -> RawDocument:
    """Read a local file (``~`` expanded). Its ``source`` is the file's absolute path unless
    given (a ``file://`` URL): the path is made absolute once, here, against the folder it
    was asked for in, so the library keeps one row for the file wherever it is reopened."""
    file = Path(path).expanduser()
    name = show(file)
    try:
        if file.is_dir():
            raise LoadError(f"{name} is a folder, not a file.")
        with file.open("rb") as stream:
            data = _read_limited(stream, max_bytes, "The file")
    except FileNotFoundError:
        raise LoadError(_missing(str(path), file) if source is None else
                        f"No such file: {name}.") from None
    except PermissionError:
        raise LoadError(f"Could not read {name}: permission denied.") from None
    except OSError as error:
        reason = (error.strerror or "it could not be read").lower()
        raise LoadError(f"Could not read {name}: {reason}.") from None
    return read_bytes(data, os.path.abspath(file) if source is None else source, path=str(file))


def _missing(asked: str, file: Path) -> str:
    """What a missing file says, by what was asked: a web site's name (how to give its
    address: it is not fetched unasked, a missing notes.md would go to the web), a word
    that is neither a file nor an address, or a path whose folder is missing too."""
    name = show(file)
    if _LOOKS_LIKE_HOST.match(asked) or _BARE_HOST.match(asked):
        return (f"No such file: {name}. If you meant a web page, give its address: "
                f"https://{show(asked)}.")
    if not any(mark in asked for mark in "/\\.~"):
        return (f"No such file: {name}, and it is not a web address (a page's address "
                "starts with https://).")
    folder = file.parent
    if str(folder) not in ("", ".") and not folder.exists():
        return f"No such file: {name} (there is no folder {show(folder)})."
    return f"No such file: {name}."


def read_stdin(
    stream: BinaryIO | None = None, *, max_bytes: int = DEFAULT_MAX_BYTES
) -> RawDocument:
    """Read all of standard input (or ``stream``)."""
    if stream is None:
        if sys.stdin is None:
            raise LoadError("There is no standard input to read.")
        if sys.stdin.isatty():
            raise LoadError(
                "Nothing is piped into reader; pipe a page in, e.g. curl -s URL | reader -."
            )
        stream = sys.stdin.buffer
    try:
        data = _read_limited(stream, max_bytes, "The input")
    except OSError as error:
        reason = (error.strerror or "it could not be read").lower()
        raise LoadError(f"Could not read standard input: {reason}.") from None
    return read_bytes(data, "-")


def read_url(
    url: str,
    *,
    timeout: float = DEFAULT_TIMEOUT,
    connect_timeout: float = DEFAULT_CONNECT_TIMEOUT,
    max_bytes: int = DEFAULT_MAX_BYTES,
    cancelled: Cancel = None,
) -> RawDocument:
    """Fetch an http(s) URL and decode it."""
    from reader.sources.fetch import fetch  # (ssl, sockets, httpx: not for a local file)

    fetched = fetch(
        url,
        timeout=timeout,
        connect_timeout=connect_timeout,
        max_bytes=max_bytes,
        cancelled=cancelled,
    )
    return read_bytes(
        fetched.data,
        url,
        declared=fetched.charset,
        content_type=fetched.content_type,
        url=fetched.url,
    )


def _file_url_path(url: str) -> str:
    parts = urlsplit(url)
    if parts.netloc not in ("", "localhost"):
        raise LoadError(f"reader cannot open files on another machine: {show(url)}.")
    from urllib.request import url2pathname  # (urllib.request is slow to import)

    return url2pathname(unquote(parts.path))


def load_source(
    source: str,
    *,
    timeout: float = DEFAULT_TIMEOUT,
    connect_timeout: float = DEFAULT_CONNECT_TIMEOUT,
    max_bytes: int = DEFAULT_MAX_BYTES,
    cancelled: Cancel = None,
    stdin: BinaryIO | None = None,
) -> RawDocument:
    """Load an http(s) URL, a path (or ``file://`` URL), or ``-`` for standard input.

    ``timeout`` bounds the whole fetch (redirects and body); ``cancelled`` (a callable or a
    ``threading.Event``) is checked between chunks and stops the fetch with ``LoadCancelled``.
    Raises ``LoadError`` with one plain sentence on any failure.
    """
    if source == "-":
        return read_stdin(stdin, max_bytes=max_bytes)
    match = _SCHEME.match(source) or _BARE_SCHEMES.match(source)
    scheme = match.group(1).lower() if match else ""
    if scheme in ("http", "https"):
        return read_url(
            source,
            timeout=timeout,
            connect_timeout=connect_timeout,
            max_bytes=max_bytes,
            cancelled=cancelled,
        )
    if scheme == "file":
        return read_file(_file_url_path(source), source=source, max_bytes=max_bytes)
    if scheme:
        raise LoadError(
            f"reader cannot open {show(scheme, 20)}: addresses; give an http(s) URL, "
            "a file path, or - for standard input."
        )
    if not source.strip():
        raise LoadError("No source given; give a URL, a file path, or - for standard input.")
    return read_file(source, max_bytes=max_bytes)
