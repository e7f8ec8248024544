"""A Word document (.docx) through the real ``reader dump`` and from a local web server: its
title, author, headings, paragraphs, lists, tables and links; a damaged, hostile or
too large one told in a sentence; an old binary .doc still refused."""

from __future__ import annotations

import io
import json
import subprocess
import sys
import zipfile
from pathlib import Path

from cli_run import dump_json
from office_files import core, docx, link, para, rels, run, table
from pytest_httpserver import HTTPServer

DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
BODY = (
    para("Harbour report", style="Title") + para("A year at the quay", style="Subtitle")
    + para("Arrivals", style="Heading1")
    + para("Ships came ", run("more often", bold=True), " to the ", link("north quay"), ".")
    + para("Cranes", numbered=(1, 0)) + para("Tugs", numbered=(1, 0))
    + para("Moor the ship", numbered=(2, 0)) + para("Bow line", numbered=(2, 1))
    + para("Unload", numbered=(2, 0))
    + table([["Terminal", "Arrivals"], ["North Quay", "1204"]])
    + para("Departures", style="Heading2")
    + para("The quay never sleeps.", style="Quote")
    + para("A line \x9b31mwith an escape.")
)
PARTS = {"docProps/core.xml": core("", "Jane Doe"),
         "word/_rels/document.xml.rels": rels({"rId9": "https://example.org/quay"})}


def _run(path: Path | str, fmt: str = "json") -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "reader", "dump", "--format", fmt, str(path)],
                          capture_output=True, text=True, timeout=60)


def _error(path: Path) -> str:
    done = _run(path)
    assert done.returncode != 0 and "Traceback" not in done.stderr
    return done.stderr.strip()


def _write(folder: Path, data: bytes, name: str = "report.docx") -> Path:
    path = folder / name
    path.write_bytes(data)
    return path


def test_a_word_document_reads_as_its_structure(tmp_path: Path) -> None:
    path = _write(tmp_path, docx(BODY, parts=PARTS))
    article = dump_json(str(path))
    assert (article["title"], article["subtitle"], article["authors"]) == (
        "Harbour report", "A year at the quay", ["Jane Doe"])
    body = article["body"]
    assert [(block["type"], block["text"]) for block in body] == [
        ("heading", "Arrivals"),
        ("paragraph", "Ships came more often to the north quay."),
        ("list", "Cranes\nTugs"),
        ("list", "Moor the ship\nBow line\nUnload"),
        ("table", "Terminal | Arrivals\nNorth Quay | 1204"),
        ("heading", "Departures"),
        ("quote", "The quay never sleeps."),
        ("paragraph", "A line with an escape."),
    ]
    assert [item["number"] for item in body[2]["items"]] == [None, None]  # bullets
    assert [(item["number"], item["depth"]) for item in body[3]["items"]] == [
        (1, 0), (1, 1), (2, 0)]
    assert body[4]["header"] is True and body[0]["level"] == 1 and body[5]["level"] == 2
    assert article["links"] == [{"text": "north quay", "href": "https://example.org/quay",
                                 "start": article["links"][0]["start"],
                                 "end": article["links"][0]["end"]}]
    assert "\x9b" not in json.dumps(article) and "31m" not in json.dumps(article)
    markdown = _run(path, "markdown").stdout
    assert "Ships came **more often** to the [north quay](https://example.org/quay)." in markdown
    assert "| North Quay | 1204 |" in markdown and "- Cranes\n- Tugs" in markdown


def test_the_title_is_the_documents_own_else_its_first_heading_else_its_name(
    tmp_path: Path,
) -> None:
    own = _write(tmp_path, docx(BODY, parts={"docProps/core.xml": core("Quay Annual", "")}))
    article = dump_json(str(own))
    assert article["title"] == "Quay Annual" and article["authors"] == []
    assert article["body"][0] == {"type": "heading", "text": "Harbour report", "level": 1}
    headed = _write(tmp_path, docx(para("Arrivals", style="Heading1") + para("Ships came.")),
                    "headed.docx")
    assert dump_json(str(headed))["title"] == "Arrivals"
    plain = _write(tmp_path, docx(para("Ships came.")), "notes.docx")
    assert dump_json(str(plain))["title"] == "notes.docx"


def test_a_damaged_or_hostile_word_document_is_told_in_a_sentence(tmp_path: Path) -> None:
    missing = io.BytesIO()
    with zipfile.ZipFile(missing, "w") as archive:
        archive.writestr("word/styles.xml", "<w:styles/>")
    assert "damaged or incomplete" in _error(
        _write(tmp_path, missing.getvalue(), "missing.docx"))
    laughs = ('<?xml version="1.0"?><!DOCTYPE d [<!ENTITY a "aaaaaaaaaa">'
              '<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]><d>&b;</d>')
    assert "has no text to read" in _error(
        _write(tmp_path, docx("", document=laughs), "laughs.docx"))
    cut = _write(tmp_path, docx(BODY)[:400], "cut.docx")  # (a download cut short)
    assert "damaged or incomplete" in _error(cut)


def test_a_zip_bomb_stops_at_the_bound(tmp_path: Path) -> None:
    bomb = io.BytesIO()
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        archive.writestr("word/document.xml", b"<w:document>" + b" " * (65 * 1024 * 1024))
    path = _write(tmp_path, bomb.getvalue(), "bomb.docx")
    assert path.stat().st_size < 1024 * 1024
    assert "more than 64 MB" in _error(path)
    many = io.BytesIO()
    with zipfile.ZipFile(many, "w") as archive:
        archive.writestr("word/document.xml", "<w:document/>")
        for number in range(10_001):
            archive.writestr(f"x/{number}", "")
    assert "more than 10,000 parts" in _error(_write(tmp_path, many.getvalue(), "many.docx"))


def test_an_old_binary_word_document_is_still_refused(tmp_path: Path) -> None:
    path = _write(tmp_path, b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600, "old.doc")
    message = _error(path)
    assert "Word document in the old .doc form" in message and "Word (.docx)" in message


def test_a_word_document_from_a_server_reads_by_its_type_or_its_bytes(
    httpserver: HTTPServer,
) -> None:
    data = docx(BODY, parts=PARTS)
    httpserver.expect_request("/files/report").respond_with_data(data, content_type=DOCX_TYPE)
    httpserver.expect_request("/download").respond_with_data(
        data, content_type="application/octet-stream")
    for address in ("/files/report", "/download"):
        article = dump_json(httpserver.url_for(address))
        assert article["title"] == "Harbour report", address
        assert article["body"][4]["rows"][1] == ["North Quay", "1204"]


def test_a_document_of_millions_of_elements_stops_at_the_bound(tmp_path: Path) -> None:
    crowd = io.BytesIO()
    with zipfile.ZipFile(crowd, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("word/document.xml", b"<w:document>" + b"<a/>" * 2_000_001)
    message = _error(_write(tmp_path, crowd.getvalue(), "crowd.docx"))
    assert "more than 2,000,000 XML elements" in message


def test_an_empty_word_document_says_so(tmp_path: Path) -> None:
    assert "has no text to read" in _error(_write(tmp_path, docx(para("")), "empty.docx"))


def test_a_link_in_a_heading_with_runs_of_spaces_covers_its_own_words(tmp_path: Path) -> None:
    heading = para("Read   the  ", link("harbour   log"), "   first", style="Heading2")
    body = para("Ships came to the north quay all year, and the cranes never slept.") + heading
    path = tmp_path / "spaced.docx"
    path.write_bytes(docx(body, parts=PARTS))
    article = dump_json(path)
    text = "\n\n".join(block["text"] for block in article["body"])
    assert "Read the harbour log first" in text
    (found,) = article["links"]
    assert found["text"] == "harbour log" == text[found["start"]:found["end"]]
    assert "## Read the [harbour log](https://example.org/quay) first" in _run(
        path, "markdown").stdout


def test_a_document_whose_xml_holds_a_control_reads_without_it(tmp_path: Path) -> None:
    """A raw ESC sequence, NUL or vertical tab (or a reference to one) is invalid XML, where
    the parser stopped: the document read as having no paragraph. Its text reads, clean."""
    body = (para("Harbour report", style="Title")
            + para("Ships \x1b[31mcame\x1b[0m to the\x00 quay.")
            + para("Cranes\x0bworked all night.")
            + '<w:p><w:r><w:t>Tugs &#27;&#x1B;&#0011;pulled.</w:t></w:r></w:p>')
    parts = {"docProps/core.xml": core("Harbour\x07 report", "Jane\x1b]0;x\x07 Doe")}
    path = _write(tmp_path, docx(body, parts=parts))
    article = dump_json(str(path))
    assert (article["title"], article["authors"]) == ("Harbour report", ["Jane Doe"])
    assert [block["text"] for block in article["body"]] == [
        "Ships came to the quay.", "Cranes worked all night.", "Tugs pulled."]
    text = _run(path, "text").stdout
    assert "Ships came to the quay." in text and "\x1b" not in text and "31m" not in text
