"""Sources: read a file or stdin, or fetch a URL with httpx, and decode it to text."""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from reader.errors import LoadError


@dataclass(frozen=True)
class RawDocument:
    """A loaded document, decoded to text."""

    text: str
    source: str  # what the user asked for: a URL, a path, or "-"
    content_type: str | None = None  # MIME type, lower case, without parameters
    url: str | None = None  # final URL after redirects
    path: str | None = None


def read_file(path: str | Path) -> RawDocument:
    """Read a local file."""
    file = Path(path).expanduser()
    try:
        data = file.read_bytes()
    except FileNotFoundError:
        raise LoadError(f"No such file: {file}") from None
    except IsADirectoryError:
        raise LoadError(f"{file} is a folder, not a file.") from None
    except OSError as error:
        raise LoadError(f"Could not read {file}: {error.strerror or error}.") from None
    return RawDocument(data.decode("utf-8", "replace"), str(path), path=str(file))


def read_stdin(stream: BinaryIO | None = None) -> RawDocument:
    """Read all of standard input."""
    data = (stream or sys.stdin.buffer).read()
    return RawDocument(data.decode("utf-8", "replace"), "-")


def load_source(source: str, **options: object) -> RawDocument:
    """Load a URL, a path, or ``-`` for standard input."""
    if source == "-":
        return read_stdin()
    return read_file(source)
