"""PDFs (a report, a paper) read as their text, through the real ``reader dump`` command and
a served address: paragraphs joined across the lines the layout broke them into, running
heads and page numbers gone; a scan, a damaged or a locked PDF gets a sentence."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from pytest_httpserver import HTTPServer

from tests.cli_run import body_texts, dump_json
from tests.pdf_maker import aes_encrypted, make_pdf

MONTHS = ["", "January", "February", "March", "April"]


def paragraph(number: int) -> list[str]:
    """A paragraph broken into lines as a PDF lays it out, a word hyphenated at one end."""
    return [
        f"In {MONTHS[number]} the harbour authority counted more ships than in any month since",
        "the old breakwater was built, and the quays were busy from the first light until late",
        "in the evening, when the last ferry came in from the islands with its cargo of manip-",
        "ulated timber and the mail.",
    ]


def joined(number: int) -> str:
    return " ".join(paragraph(number)).replace("manip- ulated", "manipulated")


def _page(number: int, lines: list[str]) -> list[str]:
    """A page with its running head (not on the first, as a report sets it) and number."""
    head = ["Harbour Report 2026", ""] if number > 1 else []
    return [*head, *lines, "", str(number)]


def _report() -> bytes:
    return make_pdf(
        [
            _page(1, ["The Harbour Report", "", *paragraph(1), "", "1. Ships and quays", "",
                      *paragraph(2)]),
            _page(2, [*paragraph(3)]),
            _page(3, [*paragraph(4)]),
        ],
        title="Microsoft Word - report-final.docx",
    )


def test_a_pdf_reads_as_its_paragraphs(tmp_path: Path) -> None:
    path = tmp_path / "report.pdf"
    path.write_bytes(_report())
    article = dump_json(str(path))
    assert article["title"] == "The Harbour Report"  # (not its metadata's file name)
    texts = body_texts(article)
    assert [joined(number) for number in range(1, 5)] == [
        text for text in texts if text.startswith("In ")]
    assert "1. Ships and quays" in texts
    assert not any("Harbour Report 2026" in text or text in ("1", "2", "3") for text in texts)


def test_a_page_number_under_a_paragraph_the_page_break_split_is_not_read_into_it(
    tmp_path: Path,
) -> None:
    lines = paragraph(1) + paragraph(2) + paragraph(3) + paragraph(4)
    pages = [  # each page ends inside a paragraph, on a full line, its number right under it
        ["Harbour Report 2026", *lines[:5], "1"],
        ["Harbour Report 2026", *lines[5:9], "2"],
        ["Harbour Report 2026", *lines[9:13], "3"],
        ["Harbour Report 2026", *lines[13:], "4"],
    ]
    path = tmp_path / "split.pdf"
    path.write_bytes(make_pdf(pages))
    texts = body_texts(dump_json(str(path)))
    kept = [text for text in texts if text.startswith("In ")]
    assert kept == [joined(number) for number in range(1, 5)]
    assert not any(text.endswith((" 1", " 2", " 3", " 4")) for text in texts)


def test_a_served_pdf_is_read_and_its_metadata_title_used(httpserver: HTTPServer) -> None:
    body = make_pdf([paragraph(1), paragraph(2)], title="Ships of the Year")
    httpserver.expect_request("/r").respond_with_data(body, content_type="application/pdf")
    article = dump_json(httpserver.url_for("/r"))
    assert article["title"] == "Ships of the Year"
    assert joined(2) in body_texts(article)


def _error(tmp_path: Path, data: bytes) -> str:
    path = tmp_path / "x.pdf"
    path.write_bytes(data)
    result = subprocess.run([sys.executable, "-m", "reader", "dump", str(path)],
                            capture_output=True, text=True, timeout=60)
    assert result.returncode != 0 and "Traceback" not in result.stderr
    return result.stderr


def _locked(password: str = "secret", algorithm: str = "RC4-128") -> bytes:
    from io import BytesIO

    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter()
    writer.append(PdfReader(BytesIO(make_pdf([paragraph(1)]))))
    writer.encrypt(user_password=password, owner_password="rights", algorithm=algorithm)
    out = BytesIO()
    writer.write(out)
    return out.getvalue()


@pytest.mark.parametrize("algorithm", ["AES-256", "AES-128"])
def test_a_pdf_encrypted_with_aes_for_its_rights_only_reads(
    tmp_path: Path, algorithm: str
) -> None:
    """Encrypted with AES and an empty password to open it (only the rights locked, as many
    reports are): read like any other PDF."""
    path = tmp_path / "rights.pdf"
    path.write_bytes(_locked("", algorithm))
    result = subprocess.run([sys.executable, "-m", "reader", "dump", str(path)],
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert joined(1) in " ".join(result.stdout.split())


def test_a_scan_a_damaged_or_a_locked_pdf_gets_a_sentence(tmp_path: Path) -> None:
    assert "no text to read" in _error(tmp_path, make_pdf([[], []]))
    assert "locked with a password" in _error(tmp_path, _locked())
    assert "damaged" in _error(tmp_path, b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\n%%EOF\n")
    assert "damaged" in _error(tmp_path, _report()[:200])


def test_a_pdf_encrypted_with_aes_gets_a_sentence_not_damaged(tmp_path: Path) -> None:
    """AES-256, the usual encryption of a PDF today (often with no password to open it,
    only rights): pypdf decrypts it only with the cryptography package; without it the
    sentence says so, never "damaged"."""
    import importlib.util

    error = _error(tmp_path, aes_encrypted(make_pdf([paragraph(1)])))
    if importlib.util.find_spec("cryptography") is None:
        assert "encrypted with AES" in error and "pip install cryptography" in error
    else:  # (decrypted with it: the keys made up here open nothing)
        assert "locked with a password" in error
    assert "damaged" not in error
