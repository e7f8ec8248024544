"""``reader bookmarks``, ``reader library``, ``reader search`` through a real process."""

from __future__ import annotations

import csv
import io
import subprocess
import sys
from pathlib import Path

from reader.store import Store

from .conftest import make_article


def reader(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "reader", *args], capture_output=True, text=True, timeout=60
    )


def _fill(data_dir: Path) -> None:
    with Store.open(data_dir) as store:
        article = make_article("Cartel violence", words="cartel")
        store.save_article(article)
        store.save_article(make_article("Tariffs", source="https://b.example", words="tariff"))
        quote = article.pull_quotes[0]
        block = article.blocks[1]
        store.add_bookmark(
            article, block.start, block.end, text=quote.text, speaker=quote.speaker, note="key"
        )


def test_library_lists_articles_recent_first(tmp_path: Path):
    _fill(tmp_path)
    result = reader("library", "--data-dir", str(tmp_path))
    assert result.returncode == 0, result.stderr
    assert result.stdout.index("Tariffs") < result.stdout.index("Cartel violence")
    assert "https://b.example" in result.stdout


def test_search_prints_articles_and_bookmarks_with_snippets(tmp_path: Path):
    _fill(tmp_path)
    result = reader("search", "cartel", "--data-dir", str(tmp_path))
    assert result.returncode == 0, result.stderr
    assert "Cartel violence" in result.stdout and "Tariffs" not in result.stdout
    assert "[cartel]" in result.stdout
    result = reader("search", "back", "down", "--data-dir", str(tmp_path))
    assert "Bookmarks" in result.stdout and "Ana Ruiz" in result.stdout
    assert "Nothing found" in reader("search", "zebra", "--data-dir", str(tmp_path)).stdout


def test_bookmarks_list_export_and_import(tmp_path: Path):
    _fill(tmp_path / "a")
    listed = reader("bookmarks", "--data-dir", str(tmp_path / "a"))
    assert listed.returncode == 0, listed.stderr
    assert "We will not back down" in listed.stdout and "Note: key" in listed.stdout
    out = tmp_path / "marks.json"
    exported = reader(
        "bookmarks", "export", "--format", "json", "-o", str(out), "--data-dir", str(tmp_path / "a")
    )
    assert exported.returncode == 0, exported.stderr
    imported = reader("bookmarks", "--data-dir", str(tmp_path / "b"), "import", str(out))
    assert imported.returncode == 0, imported.stderr
    assert "Imported 1 bookmark;" in imported.stdout
    again = reader("bookmarks", "import", str(out), "--data-dir", str(tmp_path / "b"))
    assert "skipped 1" in again.stdout
    csv_out = reader("bookmarks", "export", "-f", "csv", "--data-dir", str(tmp_path / "b"))
    rows = list(csv.reader(io.StringIO(csv_out.stdout)))
    assert rows[0] == ["Highlight", "Title", "Author", "URL", "Note", "Location", "Date"]
    assert rows[1][0] == "We will not back down"


def test_errors_are_one_line_and_exit_1(tmp_path: Path):
    result = reader("bookmarks", "import", str(tmp_path / "nope.json"), "--data-dir",
                    str(tmp_path))
    assert result.returncode == 1
    assert result.stderr.strip().count("\n") == 0
    assert result.stderr.startswith("reader: Could not import the bookmarks:")
    blocker = tmp_path / "file"
    blocker.write_text("x")
    result = reader("library", "--data-dir", str(blocker / "sub"))
    assert result.returncode == 1 and result.stderr.count("\n") == 1


def test_first_run_library_holds_the_sample_once(tmp_path: Path):
    first = reader("library", "--data-dir", str(tmp_path))
    assert first.returncode == 0, first.stderr
    assert "obama-mexico-security.txt" in first.stdout
    second = reader("library", "--data-dir", str(tmp_path))
    assert second.stdout == first.stdout
