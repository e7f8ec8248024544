"""A ZIP document (an EPUB book, a Word document) read in memory within bounds.

The archive is opened from its bytes or its file (nothing is ever written to disk, so a name
with ``..`` reaches nothing), refused when it holds more than a bound of entries, and each
entry read is counted against one budget of unpacked bytes for the whole archive (a ZIP bomb
stops there).
Whatever breaks on the way (a cut or damaged archive, a bad CRC, an encrypted entry, an odd
compression, a missing name) becomes a ``LoadError`` with the caller's own sentence.
"""

from __future__ import annotations

import zipfile
import zlib
from dataclasses import dataclass
from io import BytesIO
from pathlib import Path
from types import TracebackType

from reader.core.errors import LoadError

__all__ = ["Bounds", "Zipped", "zip_holds"]

_CHUNK = 1 << 20
try:
    from lzma import LZMAError
except ImportError:  # (a Python built without lzma: zipfile reads no LZMA entry then)
    LZMAError = zlib.error  # type: ignore[assignment,misc]

# what zipfile raises for a damaged, encrypted or oddly compressed archive or entry (zlib's
# and lzma's errors: an entry's packed bytes damaged, found before its CRC is reached)
BROKEN_ZIP = (zipfile.BadZipFile, zipfile.LargeZipFile, NotImplementedError, OSError,
              ValueError, EOFError, RuntimeError, KeyError, zlib.error, LZMAError)


@dataclass(frozen=True)
class Bounds:
    """How much of a ZIP is read, and the sentences that tell the user when it is not."""

    entries: int  # entries in the archive, at most
    unpacked: int  # bytes unpacked from the entries read, in all, at most
    damaged: str  # the archive or an entry cannot be read
    too_many: str  # it holds more than ``entries``
    too_large: str  # what is read unpacks to more than ``unpacked``


class Zipped:
    """A ZIP's names and its entries' bytes, read within :class:`Bounds`."""

    def __init__(self, data: bytes | Path, bounds: Bounds) -> None:
        """``data``: the archive's bytes, or its file (read an entry at a time, never
        whole: a book's picture drawn from its file)."""
        self.bounds = bounds
        try:
            self.zip = zipfile.ZipFile(BytesIO(data) if isinstance(data, bytes) else data)
            entries = self.zip.infolist()
        except BROKEN_ZIP:
            raise LoadError(bounds.damaged) from None
        if len(entries) > bounds.entries:
            self.zip.close()
            raise LoadError(bounds.too_many)
        self.names = frozenset(entry.filename for entry in entries)
        self.left = bounds.unpacked  # bytes still allowed

    def read(self, name: str) -> bytes:
        """The unpacked bytes of ``name``, counted against the bound (else ``LoadError``)."""
        parts: list[bytes] = []
        try:
            with self.zip.open(name) as stream:
                while chunk := stream.read(min(_CHUNK, self.left + 1)):
                    parts.append(chunk)
                    self.left -= len(chunk)
                    if self.left < 0:
                        raise LoadError(self.bounds.too_large)
        except LoadError:
            raise
        except BROKEN_ZIP:
            raise LoadError(self.bounds.damaged) from None
        return b"".join(parts)

    def close(self) -> None:
        self.zip.close()

    def __enter__(self) -> Zipped:
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None,
                 trace: TracebackType | None) -> None:
        self.close()


def zip_holds(data: bytes, name: str) -> bool:
    """Whether ``data`` is a ZIP that holds an entry ``name`` (False for any other bytes)."""
    try:
        with zipfile.ZipFile(BytesIO(data)) as archive:
            return archive.NameToInfo.get(name) is not None
    except BROKEN_ZIP:
        return False
