"""Hostile mail messages (``.eml``, ``.mhtml``) through the real ``reader dump``.

The standard library's header parser takes time and memory that grow with the square of a
header's length: a 300 KB subject of encoded words took gigabytes, a 200 KB ``From`` or
``Content-Type`` minutes. Its MIME parser recurses once a nested part: 2,000 parts each
inside the last ran out of stack. Each must be read (or refused in a sentence) at once,
in little memory, never a caught bug.
"""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

from tests.cli_run import dump_bounded

BODY = "The body of the message is a short paragraph that says what the sender meant to say.\n"


def _message(headers: str, body: str = BODY, sender: str = "Ann Lee <ann@example.com>") -> str:
    return f"From: {sender}\nDate: Mon, 5 Jan 2026 10:00:00 +0000\n{headers}\n\n{body}"


def _dump_nested(tmp_path: Path, depth: int) -> subprocess.CompletedProcess[str]:
    """``reader dump`` of a message whose text part is inside ``depth`` multiparts, each
    inside the last."""
    parts = f"Content-Type: text/plain\n\n{BODY}"
    for level in range(depth):
        boundary = f"b{level}"
        parts = (
            f'Content-Type: multipart/mixed; boundary="{boundary}"\n\n'
            f"--{boundary}\n{parts}\n--{boundary}--\n"
        )
    path = tmp_path / "nested.eml"
    path.write_text(f"From: Ann Lee <ann@example.com>\nSubject: Nested\n{parts}", "utf-8")
    return dump_bounded(path)


HUGE_HEADERS = {
    "subject of encoded words": "Subject: " + "=?utf-8?q?word?= " * 20_000,
    "subject of plain words": "Subject: " + "word " * 300_000,
    "many parameters": "Subject: Hello\nContent-Type: text/plain; "
    + "name=value; " * 20_000,
}


@pytest.mark.parametrize("name", sorted(HUGE_HEADERS))
def test_a_huge_header_reads_at_once(name: str, tmp_path: Path) -> None:
    """A header hundreds of kilobytes long: the message reads in seconds and little memory,
    its body whole, its title the subject's start."""
    path = tmp_path / "huge.eml"
    path.write_text(_message(HUGE_HEADERS[name]), encoding="utf-8")
    result = dump_bounded(path)
    assert result.returncode == 0, result.stderr
    article = json.loads(result.stdout)
    assert any("short paragraph" in block["text"] for block in article["body"])
    assert article["title"].startswith(("word", "Hello"))
    assert article["authors"] == ["Ann Lee"]


def test_a_huge_sender_list_reads_at_once(tmp_path: Path) -> None:
    """Forty thousand senders: the first one is the author."""
    path = tmp_path / "senders.eml"
    senders = "Ann Lee <ann@example.com>" + ", bob@example.com" * 40_000
    path.write_text(_message("Subject: Hello", sender=senders), encoding="utf-8")
    result = dump_bounded(path)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["authors"] == ["Ann Lee"]


def test_a_part_with_a_huge_header_reads_at_once(tmp_path: Path) -> None:
    """The same inside a multipart message: a part's own header is as long."""
    parts = (
        '--b\nContent-Type: text/plain; ' + "name=value; " * 20_000 + f"\n\n{BODY}"
        "--b--\n"
    )
    path = tmp_path / "part.eml"
    path.write_text(
        _message('Subject: Hello\nContent-Type: multipart/mixed; boundary="b"', parts),
        encoding="utf-8",
    )
    result = dump_bounded(path)
    assert result.returncode == 0, result.stderr
    assert "short paragraph" in result.stdout


def test_parts_nested_thousands_deep_get_a_sentence(tmp_path: Path) -> None:
    """2,000 multiparts each inside the last: one sentence, not a caught bug."""
    result = _dump_nested(tmp_path, 2000)
    assert result.returncode == 1 and result.stdout == ""
    (line,) = result.stderr.splitlines()
    assert line.startswith("reader: ") and line.endswith(".")
    assert "unexpected" not in line and "Error" not in line
    assert "nested" in line


def test_parts_nested_a_few_deep_read(tmp_path: Path) -> None:
    """A real message's nesting (mixed > alternative > related, a forwarded one inside) reads."""
    result = _dump_nested(tmp_path, 12)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["title"] == "Nested"
    assert "short paragraph" in result.stdout


def _many_parts(count: int) -> str:
    """A multipart message whose text part comes first, followed by ``count`` small parts."""
    parts = "".join(f"--b\nContent-Type: text/plain; charset=utf-8\n\npart {n}\n"
                    for n in range(count))
    body = f"--b\nContent-Type: text/plain\n\n{BODY}{parts}--b--\n"
    return _message('Subject: Many parts\nContent-Type: multipart/mixed; boundary="b"', body)


def test_a_message_of_very_many_parts_reads_at_once(tmp_path: Path) -> None:
    """100,000 parts (5 MB): the first are read in seconds, the body and its headers kept,
    and a last sentence says the rest was not read."""
    path = tmp_path / "many.eml"
    path.write_text(_many_parts(100_000), encoding="utf-8")
    result = dump_bounded(path)
    assert result.returncode == 0, result.stderr
    article = json.loads(result.stdout)
    texts = [block["text"] for block in article["body"]]
    assert "short paragraph" in texts[0]
    assert article["title"] == "Many parts" and article["authors"] == ["Ann Lee"]
    assert "left out" in texts[-1] and "parts" in texts[-1]


def test_a_message_of_a_few_hundred_parts_reads_whole(tmp_path: Path) -> None:
    """A mail with its hundreds of attachments is read whole: no sentence about the rest."""
    path = tmp_path / "some.eml"
    path.write_text(_many_parts(300), encoding="utf-8")
    result = dump_bounded(path)
    assert result.returncode == 0, result.stderr
    assert "short paragraph" in result.stdout and "left out" not in result.stdout
