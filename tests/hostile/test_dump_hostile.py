"""Every hostile document: ``reader dump`` exits cleanly, nothing leaks, markup stays literal."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from reader.cli.main import main
from tests.hostile.corpus import (
    BIDI_OVERRIDE,
    RICH_MARKUP,
    SEQUENCE_RESIDUE,
    forbidden_in_output,
    hostile_documents,
)

DOCUMENTS = hostile_documents()


@pytest.fixture(scope="module")
def corpus_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("hostile")
    for name, (suffix, content) in DOCUMENTS.items():
        (folder / f"{name}{suffix}").write_text(content, encoding="utf-8")
    return folder


def _path(corpus_dir: Path, name: str) -> str:
    return str(corpus_dir / f"{name}{DOCUMENTS[name][0]}")


@pytest.mark.parametrize("name", sorted(DOCUMENTS))
@pytest.mark.parametrize("fmt", ["text", "json"])
def test_dump_is_clean(
    name: str, fmt: str, corpus_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status = main(["dump", "--format", fmt, _path(corpus_dir, name)])
    out, err = capsys.readouterr()
    assert status in (0, 1)
    assert "Traceback" not in err
    if status == 1:
        assert out == ""
        assert err.startswith("reader: ") and err.count("\n") == 1, err
        assert "unexpected error" not in err  # our own clear message, not a caught bug
    assert forbidden_in_output(out + err) == []
    for residue in SEQUENCE_RESIDUE:
        assert residue not in out
    if fmt == "json" and out:
        json.loads(out)  # valid JSON


def test_bidi_override_is_neutralised(corpus_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["dump", _path(corpus_dir, "bidi")]) == 0
    out = capsys.readouterr().out
    assert BIDI_OVERRIDE not in out
    assert "usergnp.exe" in out  # the characters stay, in their real order


def test_rich_markup_stays_literal(corpus_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["dump", "--format", "json", _path(corpus_dir, "rich_markup")]) == 0
    article = json.loads(capsys.readouterr().out)
    assert article["title"] == "[bold]Markup[/bold] title"
    assert any(RICH_MARKUP in block["text"] for block in article["body"])


def test_control_sequences_keep_the_visible_words(
    corpus_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["dump", _path(corpus_dir, "html_csi_colour")]) == 0
    out = capsys.readouterr().out
    assert "REDCSI" in out
    assert "Before" in out and "after." in out


def test_an_escape_in_metadata_goes_whole_before_a_byline_is_split(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A JSON-LD author "Jane <OSC 52;c;QUJD BEL>Doe": the sequence goes, not the name (the
    byline reader splits names at ";")."""
    page = tmp_path / "page.html"
    page.write_text(
        '<html><head><script type="application/ld+json">{"@type": "NewsArticle", "author": '
        '{"@type": "Person", "name": "Jane \\u001b]52;c;QUJD\\u0007Doe"}}</script></head><body>'
        "<article><h1>Harbour walls</h1><p>The tide tables for the harbour were printed every "
        "winter, and the keepers checked them each morning.</p></article></body></html>",
        encoding="utf-8",
    )
    assert main(["dump", "--format", "json", str(page)]) == 0
    assert json.loads(capsys.readouterr().out)["authors"] == ["Jane Doe"]


def test_empty_page_gives_one_clear_line(corpus_dir: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "reader", "dump", _path(corpus_dir, "empty_html")],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 1
    assert result.stdout == ""
    assert result.stderr.startswith("reader: ") and result.stderr.count("\n") == 1
    assert "Traceback" not in result.stderr


def test_many_paragraphs_keep_every_one(
    corpus_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["dump", "--format", "json", _path(corpus_dir, "many_paragraphs")]) == 0
    body = json.loads(capsys.readouterr().out)["body"]
    texts = {block["text"] for block in body}
    assert all(f"Paragraph number {n}." in texts for n in range(0, 100_000, 997))


def _read_whole(tmp_path: Path, capsys: pytest.CaptureFixture[str], page: str,
                fmt: str = "json") -> str:
    """``reader dump`` of ``page`` (a file's HTML): it must read (status 0); its output."""
    path = tmp_path / "page.html"
    path.write_text(page, encoding="utf-8")
    status = main(["dump", "--format", fmt, str(path)])
    out, err = capsys.readouterr()
    assert status == 0, err
    return out


def test_a_page_with_stray_controls_reads_whole(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A NUL, a backspace, a form feed or a colour sequence in a page's text (a CMS paste, a
    terminal log quoted) next to clutter the cleanup drops: the page is read, not refused
    ("Could not read this page's HTML"), and none of them reaches the output."""
    words = "The harbour board met on Tuesday to agree the new berth fees for ferries."
    out = _read_whole(tmp_path, capsys, (
        "<html><head><title>Berth fees agreed</title></head><body><article>"
        "<h1>Berth fees agreed</h1>"
        f"<p>{words} {words}</p>"
        "<div class='share-buttons'><a href='https://x.example/share'>Share</a></div>"
        "\x00Fees rise by\x08 four\x0cper cent from \x1b[31mMarch\x1b[0m, the board said."
        f"<p>{words} Members voted seven to two.</p>"
        "<div class='newsletter-signup'>Sign up</div>"
        "<p title='Dock&#x1b;[2J fees'>The &#x1b;[1mnew&#x1b;[0m fees&#12;start on the "
        "<a href='/fees&#x1b;]52;c;eA==&#7;'>first</a> of March.</p>"
        "</article></body></html>"
    ))
    text = " ".join(block["text"] for block in json.loads(out)["body"])
    assert "Fees rise by four per cent from March, the board said." in text
    assert "Members voted seven to two." in text
    assert "The new fees start on the first of March." in text
    assert forbidden_in_output(out) == []
    assert not any("/fees" in link["href"] for link in json.loads(out)["links"])


def test_a_page_with_a_malformed_address_in_its_head_reads_whole(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A canonical address Python's URL parser refuses (an unclosed IPv6 host) in a page
    whose main container is larger than the article (so whether it reads as documentation
    is asked, from its addresses among other things): the page is read, not refused."""
    dumped = json.loads(_read_whole(tmp_path, capsys, (
        "<html><head><title>Berth fees agreed | Harbour News</title>"
        "<link rel='canonical' href='http://[harbour/news/fees'>"
        "<meta property='og:url' content='https://[harbour/news/fees'></head><body><main>"
        "<div class='sidebar'><p>Other stories from the harbour this week.</p></div>"
        "<article><h1>Berth fees agreed</h1>"
        "<p>The harbour board met on Tuesday to agree the new berth fees for ferries.</p>"
        "<p>Fees rise by four per cent from March, the board said after a long meeting.</p>"
        "<pre><code>fees = 1.04 * fees</code></pre></article></main></body></html>"
    )))
    assert dumped["title"] == "Berth fees agreed"
    assert any("four per cent" in block["text"] for block in dumped["body"])


def test_a_page_nested_past_the_limit_with_a_control_reads(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A page nested too deep for the parser (its deep parts flattened into paragraphs) with
    a control in that text: it is cleared before the flattening changes the tree."""
    said = "Deep in the nest the fees rise \x13by \x1b[1mfour\x1b[0m per cent."
    deep = "<div>" * 200 + said + "</div>" * 200  # (200 levels: past 150, flattened)
    words = "The harbour board met on Tuesday to agree the new berth fees for ferries."
    out = _read_whole(tmp_path, capsys, (
        f"<html><head><title>Berth fees</title></head><body><article>"
        f"<h1>Berth fees</h1><p>{words} {words}</p>{deep}</article></body></html>"
    ), fmt="text")
    assert "fees rise by four per cent" in " ".join(out.split())
