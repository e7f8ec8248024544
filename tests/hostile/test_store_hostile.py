"""A poisoned library: hostile imports and file names never reach the terminal or an export.

The store is filled through its real doors (a bookmarks JSON import, an article opened from
a file whose name holds escape sequences); then every CLI subcommand runs against it.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from reader.engine.pipeline import load_article
from reader.store import Store
from tests.hostile.corpus import BIDI_OVERRIDE, CONTROL_SEQUENCES, ESC, forbidden_in_output

POISON = "".join(CONTROL_SEQUENCES.values()) + BIDI_OVERRIDE + "\x9d\x90\x98"
# Parameters of the sequences that would be invisible in a terminal but must not be printed
# as if they were text either: the OSC 52 payload and the titles.
RESIDUE = ("ZWNobyBwd25lZA", "pwned-title")
HOSTILE_NAME = f"evil{ESC}]0;pwned-title{ESC}\\{ESC}[2J\u202egnp\x9b31m.txt"


def _hostile_bookmark(n: int) -> dict[str, object]:
    return {
        "article_key": f"https://evil.example/{n}{POISON}",
        "text": f"Kept quote {n} {POISON} with words",
        "title": f"Poisoned title {POISON}",
        "authors": [f"Ann {POISON}"],
        "url": f"https://evil.example/{n}{POISON}",
        "speaker": f"Speaker {POISON}",
        "start": 0,
        "end": 10,
        "before": POISON,
        "after": POISON,
        "note": f"A note {POISON}",
        "created": f"2024-01-01T00:00:00+00:00{POISON}",
    }


@pytest.fixture(scope="module")
def poisoned(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """A data folder holding hostile bookmarks and an article from a hostile file name."""
    root = tmp_path_factory.mktemp("poisoned")
    data = root / "data"
    export = root / "hostile.json"
    document = {"kind": "article-reader-bookmarks", "version": 1,
                "bookmarks": [_hostile_bookmark(n) for n in range(3)]}
    export.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    article_file = root / HOSTILE_NAME
    article_file.write_text(
        "Poisoned words in a file\n\nA paragraph about poisoned words, long enough to read.\n",
        encoding="utf-8",
    )
    with Store.open(data) as store:
        store.save_article(load_article(str(article_file), people=False))
    result = _reader("bookmarks", "import", str(export), "--data-dir", str(data))
    assert result.returncode == 0, result.stderr
    return {"data": data, "export": export, "file": article_file, "root": root}


def _reader(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "reader", *args],
        capture_output=True, text=True, input=stdin, timeout=120,
        env={**os.environ, "PYTHONIOENCODING": "utf-8"},
    )


def _assert_clean(text: str) -> None:
    assert forbidden_in_output(text) == []
    assert not any(residue in text for residue in RESIDUE)


COMMANDS = {
    "bookmarks": ["bookmarks"],
    "bookmarks_list_search": ["bookmarks", "-s", "quote", "list"],
    "export_markdown": ["bookmarks", "export", "-f", "markdown"],
    "export_json": ["bookmarks", "export", "-f", "json"],
    "export_csv": ["bookmarks", "export", "-f", "csv"],
    "import_again": ["bookmarks", "import", "{export}"],
    "import_missing": ["bookmarks", "import", "{root}/missing" + HOSTILE_NAME],
    "library": ["library"],
    "library_search": ["library", "-s", "poisoned"],
    "search": ["search", "poisoned"],
    "search_bookmarks": ["search", "kept", "quote"],
    "dump_text": ["dump", "{file}"],
    "dump_markdown": ["dump", "-f", "markdown", "{file}"],
    "dump_json_lines": ["dump", "-f", "json", "{file}", "{root}/missing" + HOSTILE_NAME],
    "dump_missing": ["dump", "{root}/missing" + HOSTILE_NAME],
    "open_not_a_terminal": ["{file}"],
}


@pytest.mark.parametrize("name", COMMANDS)
def test_no_control_character_reaches_the_output(poisoned: dict[str, Path], name: str) -> None:
    args = [arg.format(**{k: str(v) for k, v in poisoned.items()}) for arg in COMMANDS[name]]
    if args[0] in ("bookmarks", "library", "search"):
        args += ["--data-dir", str(poisoned["data"])]
    result = _reader(*args)
    assert result.returncode in (0, 1), result.stderr
    assert "unexpected error" not in result.stderr
    _assert_clean(result.stdout)
    _assert_clean(result.stderr)
    assert result.stdout or result.stderr


@pytest.mark.parametrize("fmt", ["markdown", "json", "csv"])
def test_an_export_file_is_clean_and_its_path_is_echoed_clean(
    poisoned: dict[str, Path], fmt: str
) -> None:
    target = poisoned["root"] / f"out-{fmt}-{HOSTILE_NAME}"
    args = ["bookmarks", "export", "-f", fmt, "-o", str(target), "--data-dir"]
    result = _reader(*args, str(poisoned["data"]))
    assert result.returncode == 0, result.stderr
    _assert_clean(result.stdout + result.stderr)
    written = target.read_text(encoding="utf-8")
    assert "Kept quote" in written
    _assert_clean(written)
    again = _reader(*args, str(poisoned["data"]))  # the file is there now: refused
    assert again.returncode == 1
    assert "already exists" in again.stderr and "--force" in again.stderr
    _assert_clean(again.stderr)
