"""A Word document's parts are untrusted XML: an entity bomb, an outside entity (a file of
the reader's, a parameter entity, an outside DTD) in any part reads nothing of it, fetches
nothing and expands nothing, through the real ``reader dump``; the rest of the document is
read as ever."""

from __future__ import annotations

import socket
import subprocess
from pathlib import Path

import pytest

from tests import office_files as O
from tests.cli_run import dump_bounded
from tests.raw_http import RawServer, head, read_request

SECRET = "TOP-SECRET-LINE-of-the-readers-file"
BOMB = ('<!DOCTYPE w:document [<!ENTITY lol "lollollollollollollollollollol">'
        + "".join(f'<!ENTITY lol{i} "{("&lol%s;" % ("" if i == 1 else i - 1)) * 10}">'
                  for i in range(1, 10)) + "]>")
BODY = O.para("A heading of the document", style="Heading1") + "".join(
    O.para(f"Paragraph {n} of the document, with words enough to be prose.") for n in range(4))


def _dump(folder: Path, data: bytes) -> subprocess.CompletedProcess[str]:
    path = folder / "doc.docx"
    path.write_bytes(data)
    return dump_bounded(path, "text")


def _doctypes(secret: Path, dtd_url: str) -> list[str]:
    return [
        BOMB,
        f'<!DOCTYPE w:document [<!ENTITY lol9 SYSTEM "file://{secret}">]>',
        f'<!DOCTYPE w:document [<!ENTITY % p SYSTEM "file://{secret}"> %p;]>',
        f'<!DOCTYPE w:document SYSTEM "{dtd_url}">',
    ]


@pytest.fixture
def server():
    def answer(conn: socket.socket) -> None:
        read_request(conn)
        conn.sendall(head(content_type="application/xml-dtd", content_length=33)
                     + b'<!ENTITY lol9 "FETCHED-FROM-DTD">')

    serving = RawServer(answer)
    yield serving
    serving.close()


@pytest.mark.parametrize("kind", ["bomb", "file", "parameter", "outside-dtd"])
def test_a_body_with_a_dtd_reads_nothing_of_it(tmp_path: Path, server, kind: str) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text(SECRET, encoding="utf-8")
    doctype = _doctypes(secret, server.url("/x.dtd"))[
        ["bomb", "file", "parameter", "outside-dtd"].index(kind)]
    document = (f'<?xml version="1.0"?>{doctype}<w:document xmlns:w="{O.W}"><w:body>'
                f"{BODY}<w:p><w:r><w:t>&lol9;</w:t></w:r></w:p></w:body></w:document>")
    result = _dump(tmp_path, O.docx("", document=document))
    assert result.returncode == 1
    assert result.stderr.count("\n") == 1 and "no text to read" in result.stderr
    assert SECRET not in result.stdout + result.stderr and "FETCHED" not in result.stdout
    assert server.hits == 0


def test_side_parts_with_a_dtd_are_as_if_missing(tmp_path: Path, server) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text(SECRET, encoding="utf-8")
    bomb, file, parameter, outside = _doctypes(secret, server.url("/x.dtd"))
    core = O.core("&lol9;", "Ann Author").replace("?>", "?>" + file, 1)
    rels = O.rels({"rId9": "https://example.org/&lol9;"}).replace("?>", "?>" + bomb, 1)
    notes = O.notes_part({1: "A note &lol9;"})
    notes = notes.replace("<w:footnotes", parameter + "<w:footnotes", 1)
    styles = f'{outside}<w:styles xmlns:w="{O.W}"/>'
    data = O.docx(BODY + O.para("See", O.link(" the link"), O.note_reference(1)),
                  parts={"docProps/core.xml": core, "word/_rels/document.xml.rels": rels,
                         "word/footnotes.xml": notes, "word/styles.xml": styles})
    result = _dump(tmp_path, data)
    assert result.returncode == 0, result.stderr
    assert "Paragraph 3 of the document, with words enough to be prose." in result.stdout
    assert SECRET not in result.stdout and "lol" not in result.stdout
    assert "FETCHED" not in result.stdout and "example.org" not in result.stdout
    assert server.hits == 0
