"""Pages that lie about their encoding: valid UTF-8 under a legacy label, double-encoded UTF-8."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from pytest_httpserver import HTTPServer

from reader.sources.decoding import (
    choose_encoding,
    decode_bytes,
    is_multibyte_utf8,
    repair_mojibake,
)

TEXT = "Le café « Über » — 北京欢迎你, naïve résumé."


def _page(charset: str, body: bytes) -> bytes:
    head = f'<html><head><meta charset="{charset}"><title>t</title></head><body><p>'
    return head.encode("ascii") + body + b"</p></body></html>"


@pytest.mark.parametrize("charset", ["gb2312", "iso-8859-15", "windows-1252", "shift_jis"])
def test_valid_multibyte_utf8_wins_over_a_declared_legacy_charset(charset: str) -> None:
    text, codec = decode_bytes(_page(charset, TEXT.encode("utf-8")))
    assert codec == "utf-8"
    assert TEXT in text


def test_a_legacy_http_charset_is_overruled_too() -> None:
    assert choose_encoding(TEXT.encode("utf-8"), "iso-8859-1") == ("utf-8", 0)


def test_a_real_legacy_page_keeps_its_declared_charset() -> None:
    latin = "Le café « Über », naïve résumé."
    text, codec = decode_bytes(_page("iso-8859-15", latin.encode("iso-8859-15")))
    assert codec == "iso8859-15"
    assert latin in text
    chinese = "北京欢迎你，这是一个测试页面。"
    text, codec = decode_bytes(_page("gb2312", chinese.encode("gb2312")))
    assert codec == "gb18030"
    assert chinese in text


def test_ascii_only_or_one_accent_does_not_overrule() -> None:
    assert not is_multibyte_utf8(b"plain ascii text")
    assert not is_multibyte_utf8("one é only".encode())
    assert is_multibyte_utf8("é and ü".encode())
    assert not is_multibyte_utf8("é and ü".encode() + b"\xff trailing junk")


def test_double_encoded_utf8_is_repaired() -> None:
    bad = "He said ‘yes’ — café".encode().decode("cp1252")
    assert "â€" in bad
    assert repair_mojibake(f"<p>{bad}</p>") == "<p>He said ‘yes’ — café</p>"
    text, _codec = decode_bytes(_page("utf-8", bad.encode("utf-8")))
    assert "He said ‘yes’ — café" in text


def test_good_lines_stay_as_they_are_beside_a_repaired_one() -> None:
    bad = "It’s fixed".encode().decode("cp1252")
    good = "Ça marche, señor — déjà vu « ok »"
    assert repair_mojibake(f"{good}\n{bad}\n") == f"{good}\nIt’s fixed\n"


@pytest.mark.parametrize(
    "text",
    ["Ça marche, señor — déjà vu", "Größe: 5 µm ± 2 °C", "北京欢迎你", "plain ascii", "Ã"],
)
def test_good_text_is_not_touched(text: str) -> None:
    assert repair_mojibake(text) == text


def test_dump_reads_a_page_that_lies_about_its_charset(tmp_path: Path) -> None:
    body = ("<p>Le café « Über » — naïve résumé, déjà vu et señor. " * 3 + "</p>") * 4
    page = tmp_path / "lie.html"
    page.write_bytes(
        b'<html><head><meta charset="iso-8859-15"><title>Lie</title></head><body><article>'
        + body.encode("utf-8")
        + b"</article></body></html>"
    )
    result = subprocess.run(
        [sys.executable, "-m", "reader", "dump", str(page)],
        capture_output=True, text=True, encoding="utf-8", timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert "Le café « Über » — naïve résumé" in result.stdout
    assert "Ã" not in result.stdout


FRENCH = (
    "<html><head><title>Café naïve</title></head><body><article><h1>Café culture in the old "
    "town</h1><p>The “best” café in town serves crème brûlée – and it’s cheap. Many people in "
    "the old town go there every morning for coffee and a pastry before work.</p><p>Another "
    "paragraph with more words about the café and its owner, who has run the place for thirty "
    "years and knows every regular by name.</p></article></body></html>"
)


@pytest.mark.parametrize(
    "text",
    [
        FRENCH,
        "<p>À côté de la fenêtre, il a mangé une crème brûlée très sucrée.</p>",
        "<p>Ele não sabia onde a avó guardava o pão, mas a mãe disse: está lá.</p>",
    ],
    ids=["fr-page", "fr", "pt"],
)
def test_a_few_accents_without_a_charset_read_as_the_browsers_default(text: str) -> None:
    """charset-normalizer rates cp1250 as high as cp1252 on a few accented letters both read
    as letters ("naďve", "crčme"); browsers read such bytes as windows-1252."""
    assert decode_bytes(text.encode("cp1252"))[0] == text


def test_an_undeclared_cp1252_page_from_a_server_reads_right(httpserver: HTTPServer) -> None:
    httpserver.expect_request("/cafe").respond_with_data(
        FRENCH.encode("cp1252"), content_type="text/html"
    )
    done = subprocess.run(
        [sys.executable, "-m", "reader", "dump", httpserver.url_for("/cafe")],
        capture_output=True, text=True, timeout=60, check=True,
    )
    assert "crème brûlée" in done.stdout and "naïve" in done.stdout


def test_a_legacy_page_labelled_utf8_is_read_as_the_legacy_text_it_is(
    httpserver: HTTPServer,
) -> None:
    page = FRENCH.replace("<head>", '<head><meta charset="utf-8">')
    assert decode_bytes(page.encode("cp1252"))[0] == page
    httpserver.expect_request("/labelled").respond_with_data(
        FRENCH.encode("cp1252"), content_type="text/html; charset=utf-8"
    )
    done = subprocess.run(
        [sys.executable, "-m", "reader", "dump", httpserver.url_for("/labelled")],
        capture_output=True, text=True, timeout=60, check=True,
    )
    assert "crème brûlée" in done.stdout and "\ufffd" not in done.stdout
    # a UTF-8 text with a few bad bytes among its characters stays UTF-8
    assert decode_bytes("café naïve".encode() + b" \xff", "utf-8")[1] == "utf-8"
