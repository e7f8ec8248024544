"""A book or a Word document whose packed bytes are damaged inside an entry (the archive's
index intact, the deflate or LZMA stream broken before its checksum is reached) is told in
one sentence by ``reader dump`` and by the app's loader, never as an unexpected error."""

from __future__ import annotations

import io
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from epub_maker import chapter, make_epub
from office_files import docx, para

from reader.core.errors import LoadError
from reader.ui.jobs.loading import load


def damaged(data: bytes, name: str) -> bytes:
    """``data`` (a ZIP) with the packed bytes of entry ``name`` overwritten: every byte
    0xFF, which deflate reads as a block of a kind that does not exist."""
    entry = zipfile.ZipFile(io.BytesIO(data)).getinfo(name)
    broken = bytearray(data)
    start = entry.header_offset + 30 + len(entry.filename.encode()) + len(entry.extra)
    broken[start:start + entry.compress_size] = b"\xff" * entry.compress_size
    return bytes(broken)


def repacked(data: bytes, method: int) -> bytes:
    """The same archive with every entry packed by ``method``."""
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", method) as archive:
        for entry in source.infolist():
            archive.writestr(entry.filename, source.read(entry))
    return out.getvalue()


WORD = docx(para("The harbour report") + para("Ships came to the quay all year."))
BOOK = make_epub([chapter(1), chapter(2)])
CASES = {
    "deflated.docx": damaged(WORD, "word/document.xml"),
    "lzma.docx": damaged(repacked(WORD, zipfile.ZIP_LZMA), "word/document.xml"),
    "deflated.epub": damaged(BOOK, "OEBPS/ch1.xhtml"),
    "opf.epub": damaged(BOOK, "OEBPS/content.opf"),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_a_damaged_entry_is_told_in_a_sentence(name: str, tmp_path: Path) -> None:
    path = tmp_path / name
    path.write_bytes(CASES[name])
    done = subprocess.run([sys.executable, "-m", "reader", "dump", str(path)],
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 1 and done.stdout == ""
    assert done.stderr.count("\n") == 1 and "damaged" in done.stderr, done.stderr
    assert "unexpected error" not in done.stderr and "Traceback" not in done.stderr
    with pytest.raises(LoadError, match="damaged"):
        load(str(path))
