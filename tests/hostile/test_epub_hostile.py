"""Hostile EPUB books through the real ``reader dump``: a zip bomb, too many files, paths that
climb out of the book, DRM, a missing container, escape sequences in its metadata and text.
Each gets one sentence (or its text, cleaned), never a traceback, and nothing is written."""

from __future__ import annotations

import io
import json
import subprocess
import sys
import zipfile
from pathlib import Path

from tests.epub_maker import chapter, make_epub, paragraph

ENCRYPTION = (
    '<encryption xmlns="urn:oasis:names:tc:opendocument:xmlns:container" '
    'xmlns:enc="http://www.w3.org/2001/04/xmlenc#"><enc:EncryptedData>'
    '<enc:EncryptionMethod Algorithm="{method}"/><enc:CipherData>'
    '<enc:CipherReference URI="{uri}"/></enc:CipherData></enc:EncryptedData></encryption>'
)


def dump(tmp_path: Path, data: bytes) -> subprocess.CompletedProcess[str]:
    path = tmp_path / "book.epub"
    path.write_bytes(data)
    return subprocess.run(
        [sys.executable, "-m", "reader", "dump", "--format", "json", str(path)],
        capture_output=True, text=True, timeout=60, cwd=tmp_path,
    )


def refusal(result: subprocess.CompletedProcess[str]) -> str:
    """The one line a refused book gets."""
    assert result.returncode != 0 and result.stdout == ""
    assert "Traceback" not in result.stderr
    (line,) = [line for line in result.stderr.splitlines() if line.strip()]
    return line


def test_a_zip_bomb_stops_at_the_size_limit(tmp_path: Path) -> None:
    data = make_epub(["<p>" + "lantern " * 4_000_000 + "</p>"])  # 32 MB, a few KB zipped
    assert len(data) < 1_000_000
    line = refusal(dump(tmp_path, data))
    assert "larger than 20 MB uncompressed" in line


def test_a_book_of_too_many_files_is_refused(tmp_path: Path) -> None:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as book:
        book.writestr("mimetype", "application/epub+zip")
        for number in range(10_001):
            book.writestr(f"f/{number}", b"")
    line = refusal(dump(tmp_path, out.getvalue()))
    assert "more than 10,000 files" in line


def test_a_path_climbing_out_of_the_book_is_never_read_or_written(tmp_path: Path) -> None:
    data = make_epub([chapter(1), chapter(2)],
                     extra_files={"../secret.xhtml": b"<p>SECRET WORDS</p>"})
    data = data.replace(b'href="ch1.xhtml" media', b'href="../../secret.xhtml" media')
    (tmp_path / "secret.xhtml").write_text("<p>SECRET WORDS</p>", encoding="utf-8")
    before = sorted(tmp_path.parent.rglob("*"))
    result = dump(tmp_path, data)
    assert "SECRET" not in result.stdout + result.stderr
    assert paragraph(2, 0) in result.stdout  # (the rest of the book reads)
    assert sorted(tmp_path.parent.rglob("*")) == sorted({*before, tmp_path / "book.epub"})


def test_a_book_with_encrypted_chapters_says_so(tmp_path: Path) -> None:
    encryption = ENCRYPTION.format(method="http://www.w3.org/2001/04/xmlenc#aes128-cbc",
                                   uri="OEBPS/ch1.xhtml").encode()
    data = make_epub([chapter(1)], extra_files={"META-INF/encryption.xml": encryption})
    line = refusal(dump(tmp_path, data))
    assert line.endswith("This EPUB book's chapters are encrypted (it is protected by DRM); "
                         "reader cannot open it.")


def test_a_book_with_obfuscated_fonts_reads(tmp_path: Path) -> None:
    encryption = ENCRYPTION.format(method="http://www.idpf.org/2008/embedding",
                                   uri="OEBPS/fonts/serif.otf").encode()
    data = make_epub([chapter(1)], extra_files={"META-INF/encryption.xml": encryption,
                                                "OEBPS/fonts/serif.otf": b"\x00" * 64})
    result = dump(tmp_path, data)
    assert result.returncode == 0, result.stderr
    assert paragraph(1, 2) in result.stdout


def test_a_book_without_its_container_says_so(tmp_path: Path) -> None:
    line = refusal(dump(tmp_path, make_epub([chapter(1)], container=False)))
    assert "has no META-INF/container.xml" in line


def test_a_damaged_book_says_so(tmp_path: Path) -> None:
    data = make_epub([chapter(1)])
    line = refusal(dump(tmp_path, data[: len(data) // 2]))
    assert "damaged" in line


def test_escape_sequences_in_its_metadata_and_text_never_reach_the_output(
    tmp_path: Path,
) -> None:
    evil = "\x1b]52;c;cHduZWQ=\x07\x1b[31mRed [bold]Title[/bold]"
    body = chapter(1, extra="<p>Ring \x1b[2J\x07 the bell &#27;[31m now.</p>")
    data = make_epub([body], title=evil, authors=("Ada\x1b[5m Marsh &#x1b;",))
    result = dump(tmp_path, data)
    assert result.returncode == 0, result.stderr
    assert "\x1b" not in result.stdout and "\x07" not in result.stdout
    article = json.loads(result.stdout)
    assert article["title"] == "Red [bold]Title[/bold]"  # (the whole sequences gone)
    assert article["authors"] and "\x1b" not in article["authors"][0]
    assert any("Ring" in block["text"] for block in article["body"])
