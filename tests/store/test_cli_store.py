"""``reader bookmarks``, ``reader library``, ``reader search`` through a real process."""

from __future__ import annotations

import csv
import io
import json
import sqlite3
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest

from reader.article.model import build_article
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


def test_a_library_emptied_by_its_user_is_not_given_the_sample(tmp_path: Path) -> None:
    """The library was made by opening a file (the app saves it; the sample is not added
    then), and that article was deleted: ``reader library`` finds it empty."""
    with Store.open(tmp_path) as store:
        store.save_article(make_article("Opened first"))
        (entry,) = store.list_articles()
        store.delete_article(entry.id)
    for _ in range(2):
        listed = reader("library", "--data-dir", str(tmp_path))
        assert listed.returncode == 0, listed.stderr
        assert "obama" not in listed.stdout.lower() and "Opened first" not in listed.stdout
    with Store.open(tmp_path) as store:
        assert store.count_articles() == 0


GOOD = '{"article_key": "k1", "text": "quote 1", "start": 1, "end": 6}'
DEEP = "[" * 100_000 + "]" * 100_000


def _after_a_good_one(fields: str) -> str:
    """An export whose second bookmark has ``fields`` (the first is fine)."""
    return '{"bookmarks": [' + GOOD + ', {"article_key": "k", "text": "t", ' + fields + "}]}"


MALFORMED = {
    "version_infinity": '{"version": Infinity, "bookmarks": [' + GOOD + "]}",
    "version_text": '{"version": "one", "bookmarks": [' + GOOD + "]}",
    "offset_huge": _after_a_good_one('"start": 1e30'),
    "offset_big_int": _after_a_good_one(f'"end": {10**30}'),
    "offset_nan": _after_a_good_one('"start": NaN'),
    "offset_negative": _after_a_good_one('"start": -4'),
    "title_not_text": _after_a_good_one('"title": [1]'),
    "deep": DEEP,
    "deep_inside": '{"bookmarks": [' + GOOD + ", " + DEEP + "]}",
    "digits": '{"bookmarks": [], "version": ' + "9" * 5000 + "}",
}


@pytest.mark.parametrize("case", MALFORMED)
def test_malformed_imports_are_one_sentence_and_nothing_is_imported(
    tmp_path: Path, case: str
) -> None:
    path = tmp_path / "bad.json"
    path.write_text(MALFORMED[case], encoding="utf-8")
    result = reader("bookmarks", "import", str(path), "--data-dir", str(tmp_path / "d"))
    assert result.returncode == 1, result.stderr
    assert result.stderr.startswith("reader: Could not import the bookmarks:")
    assert result.stderr.count("\n") == 1 and "unexpected" not in result.stderr
    with Store.open(tmp_path / "d") as store:
        assert store.list_bookmarks() == []  # nothing half-imported


def test_a_lone_surrogate_is_imported_as_a_replacement_mark(tmp_path: Path) -> None:
    path = tmp_path / "surrogate.json"
    path.write_text('{"bookmarks": [{"article_key": "k", "text": "half \\ud800 a pair"}]}')
    result = reader("bookmarks", "import", str(path), "--data-dir", str(tmp_path / "d"))
    assert result.returncode == 0, result.stderr
    listed = reader("bookmarks", "--data-dir", str(tmp_path / "d"))
    assert "half \ufffd a pair" in listed.stdout


def test_an_export_with_a_byte_order_mark_is_read(tmp_path: Path) -> None:
    _fill(tmp_path / "a")
    exported = reader("bookmarks", "export", "-f", "json", "--data-dir", str(tmp_path / "a"))
    path = tmp_path / "bom.json"
    path.write_bytes(b"\xef\xbb\xbf" + exported.stdout.encode("utf-8"))
    result = reader("bookmarks", "import", str(path), "--data-dir", str(tmp_path / "b"))
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("Imported 1 bookmark;")


def test_a_folder_given_for_a_file_is_named_a_folder(tmp_path: Path) -> None:
    """An export to a folder said "it already exists (use --force)", then with --force "is
    a directory"; a file given as the data folder said "file exists"."""
    _fill(tmp_path / "a")
    for force in ((), ("--force",)):
        result = reader("bookmarks", "export", "-o", str(tmp_path), "--data-dir",
                        str(tmp_path / "a"), *force)
        assert result.returncode == 1
        assert result.stderr == (
            f"reader: Could not write {tmp_path}: it is a folder; give a file's name.\n")
    taken = tmp_path / "notes.py"
    taken.write_text("x = 1\n", encoding="utf-8")
    result = reader("library", "--data-dir", str(taken))
    assert result.returncode != 0 and "it is a file, not a folder" in result.stderr
    assert taken.read_text(encoding="utf-8") == "x = 1\n"


def test_an_article_read_from_standard_input_is_listed_as_from_it(tmp_path: Path) -> None:
    with Store.open(tmp_path / "a") as store:
        store.save_article(make_article("Piped notes", source="-"))
    listed = reader("library", "--data-dir", str(tmp_path / "a"))
    assert listed.returncode == 0, listed.stderr
    assert "Piped notes" in listed.stdout and "standard input" in listed.stdout


def test_export_refuses_to_overwrite_without_force(tmp_path: Path) -> None:
    _fill(tmp_path / "a")
    target = tmp_path / "out.md"
    target.write_text("precious", encoding="utf-8")
    args = ("bookmarks", "export", "-o", str(target), "--data-dir", str(tmp_path / "a"))
    refused = reader(*args)
    assert refused.returncode == 1
    assert refused.stderr == (
        f"reader: Could not write {target}: it already exists (use --force to replace it).\n"
    )
    assert target.read_text(encoding="utf-8") == "precious"
    forced = reader(*args, "--force")
    assert forced.returncode == 0, forced.stderr
    assert target.read_text(encoding="utf-8").startswith("# Bookmarks")


def test_an_escape_in_the_output_path_is_not_echoed(tmp_path: Path) -> None:
    _fill(tmp_path / "a")
    target = tmp_path / "no-such-folder\x1b[2J\x1b]0;pwned\x07" / "out.md"
    result = reader("bookmarks", "export", "-o", str(target), "--data-dir", str(tmp_path / "a"))
    assert result.returncode == 1
    assert "\x1b" not in result.stderr and "\x07" not in result.stderr
    assert "no-such-folder" in result.stderr


@pytest.mark.parametrize("command", ["library", "search"])
@pytest.mark.parametrize("limit", ["99999999999999999999", "1000001"])
def test_absurd_limits_are_a_sentence(tmp_path: Path, command: str, limit: str) -> None:
    words = ["cartel"] if command == "search" else []
    result = reader(command, *words, "-n", limit, "--data-dir", str(tmp_path))
    assert result.returncode == 1
    assert result.stderr == "reader: --limit can be at most 1,000,000.\n"


def test_search_with_no_match_exits_1_like_grep(tmp_path: Path):
    _fill(tmp_path)
    result = reader("search", "zebra", "--data-dir", str(tmp_path))
    assert result.returncode == 1 and "Nothing found" in result.stdout


def test_a_quoted_phrase_is_searched_as_a_phrase(tmp_path: Path):
    _fill(tmp_path)
    together = reader("search", "back down", "--data-dir", str(tmp_path))
    assert together.returncode == 0 and "Ana Ruiz" in together.stdout
    apart = reader("search", "down back", "--data-dir", str(tmp_path))  # one word: a phrase
    assert apart.returncode == 1, apart.stdout
    words = reader("search", "down", "back", "--data-dir", str(tmp_path))  # two words
    assert words.returncode == 0 and "Ana Ruiz" in words.stdout


def test_bookmarks_search_without_a_match_says_so(tmp_path: Path):
    _fill(tmp_path)
    result = reader("bookmarks", "--search", "zzz", "--data-dir", str(tmp_path))
    assert result.returncode == 1
    assert "No bookmark matches 'zzz'" in result.stdout and "yet" not in result.stdout


def test_library_search_without_a_match_says_so(tmp_path: Path):
    _fill(tmp_path)
    result = reader("library", "--search", "zzz", "--data-dir", str(tmp_path))
    assert result.returncode == 1
    assert "No saved article matches 'zzz'" in result.stdout
    assert "empty" not in result.stdout


MARKUP = "x* [click me](javascript:alert(1)) <img src=x onerror=alert(1)> *"


def test_a_kept_time_that_is_not_a_date_is_not_imported_and_is_escaped_in_markdown(
    tmp_path: Path,
) -> None:
    path = tmp_path / "marks.json"
    marks = [
        {"article_key": "k1", "text": "A quote", "created": MARKUP},
        {"article_key": "k2", "text": "Another", "created": "2024-01-01T00:00:00+00:00"},
    ]
    path.write_text(json.dumps({"bookmarks": marks}), encoding="utf-8")
    data = ("--data-dir", str(tmp_path / "d"))
    assert reader("bookmarks", "import", str(path), *data).returncode == 0
    exported = json.loads(reader("bookmarks", "export", "--format", "json", *data).stdout)
    created = {mark["text"]: mark["created"] for mark in exported["bookmarks"]}
    assert created["Another"] == "2024-01-01T00:00:00+00:00"
    assert datetime.fromisoformat(created["A quote"]) > datetime(2025, 1, 1, tzinfo=UTC)
    # one kept before imports checked the time: escaped like every other field
    with sqlite3.connect(tmp_path / "d" / "reader.db") as conn:
        conn.execute("UPDATE bookmarks SET created = ?", (MARKUP,))
    conn.close()
    markdown = reader("bookmarks", "export", "--format", "markdown", *data)
    assert markdown.returncode == 0, markdown.stderr
    escaped = r"*Kept x\* \[click me\](javascript:alert(1)) \<img src=x onerror=alert(1)> \* UTC*"
    assert escaped in markdown.stdout.splitlines()


QUOTED_FORMULAS = [
    '"=HYPERLINK("http://127.0.0.1/x","click")', ' "=1+1', '""@SUM(1+1)', '"-2+3',
    "'+cmd|' /C calc'!A0", "“=1+1", " ‘ ＝1+1", "＂@SUM(1)",
]


def test_a_formula_behind_quote_marks_is_neutralised_in_the_csv_export(tmp_path: Path) -> None:
    path = tmp_path / "marks.json"
    marks = [
        {"article_key": f"q{n}", "text": f"{formula} a", "title": formula, "authors": [formula],
         "note": formula}
        for n, formula in enumerate(QUOTED_FORMULAS)
    ]
    path.write_text(json.dumps({"bookmarks": marks}), encoding="utf-8")
    data = ("--data-dir", str(tmp_path / "d"))
    assert reader("bookmarks", "import", str(path), *data).returncode == 0
    exported = reader("bookmarks", "export", "--format", "csv", *data)
    assert exported.returncode == 0, exported.stderr
    rows = list(csv.reader(io.StringIO(exported.stdout)))[1:]
    assert len(rows) == len(QUOTED_FORMULAS)
    for row in rows:
        highlight, title, author, _url, note = row[:5]
        assert all(cell.startswith("'") for cell in (highlight, title, author, note)), row


def test_bookmarks_list_marks_a_quote_kept_in_its_own_marks_once(tmp_path: Path):
    with Store.open(tmp_path) as store:
        article = make_article("Cartel violence", words="cartel")
        store.save_article(article)
        block = article.blocks[1]
        store.add_bookmark(article, block.start, block.end, text="“We will hold the wall”")
    listed = reader("bookmarks", "--data-dir", str(tmp_path))
    assert listed.returncode == 0, listed.stderr
    assert "“We will hold the wall”" in listed.stdout
    assert "““" not in listed.stdout


def test_huge_titles_bylines_and_speakers_keep_every_listed_line_short(tmp_path: Path):
    """A page's title, byline and a quote's speaker may be 10,000 characters: each line of
    the lists stays a line (cut with "…"), the id and the address still in view."""
    huge = "Harbour " * 1250
    with Store.open(tmp_path) as store:
        article = build_article(
            title=huge, blocks=[("paragraph", "Tides and gulls at the quay, harbour news.")],
            authors=["Ann " * 2500, "Tom Berry"], source="https://example.org/huge",
        )
        store.save_article(article)
        store.add_bookmark(article, 0, 15, speaker="Lee " * 2500, note="gist " * 2000)
    for command in (("library",), ("bookmarks",), ("search", "harbour")):
        result = reader(*command, "--data-dir", str(tmp_path))
        assert result.returncode == 0, result.stderr
        lines = result.stdout.splitlines()
        assert max(map(len, lines)) <= 320, (command, max(map(len, lines)))
        assert "…" in result.stdout and "https://example.org/huge" in result.stdout


def test_a_book_found_by_reader_search_shows_its_hit_in_the_snippet(tmp_path: Path):
    """A text too long for FTS5's snippet (its time grows with the square of the hits)
    has its snippet found otherwise: around its first hit, the hit marked."""
    chapter = "The tide came in over the wall and the gulls rose from the quay. " * 30
    with Store.open(tmp_path) as store:
        store.save_article(build_article(
            title="A long book", source="/books/long.txt",
            blocks=[("paragraph", f"{k} {chapter}") for k in range(100)]
            + [("paragraph", "At last the harbour master rang the bell.")] * 500,
        ))
        store.save_article(build_article(
            title="A short story", source="/books/short.txt",
            blocks=[("paragraph", "Gulls over the harbour at dawn.")],
        ))
    result = reader("search", "harbour", "--data-dir", str(tmp_path))
    assert result.returncode == 0, result.stderr
    assert "A long book" in result.stdout and "A short story" in result.stdout
    assert "the [harbour] master rang" in result.stdout
    assert "Gulls over the [harbour] at dawn." in result.stdout


def test_an_article_whose_title_is_nothing_visible_is_listed_by_its_address(tmp_path: Path):
    """A title of invisible marks only (a zero-width space, a right-to-left override) is
    cleaned to nothing: the lists name the article by its address, never a blank."""
    with Store.open(tmp_path) as store:
        article = build_article(title="\u200b\u202e", source="https://example.org/zw",
                                blocks=[("paragraph", "Gulls at the harbour.")])
        store.save_article(article)
        store.add_bookmark(article, 0, 5)
    listed = reader("library", "--data-dir", str(tmp_path)).stdout
    assert "0%  https://example.org/zw\n" in listed
    found = reader("search", "gulls", "--data-dir", str(tmp_path)).stdout
    assert "    1  https://example.org/zw\n" in found
    marks = reader("bookmarks", "--data-dir", str(tmp_path)).stdout
    assert "\n       https://example.org/zw\n" in marks and " · " not in marks


@pytest.mark.parametrize("form", ["csv", "markdown"])
def test_importing_a_csv_or_markdown_export_says_import_reads_the_json_one(
    tmp_path: Path, form: str
) -> None:
    _fill(tmp_path / "a")
    out = tmp_path / f"marks.{form}"
    exported = reader("bookmarks", "export", "-f", form, "-o", str(out), "--data-dir",
                      str(tmp_path / "a"))
    assert exported.returncode == 0, exported.stderr
    result = reader("bookmarks", "import", str(out), "--data-dir", str(tmp_path / "b"))
    assert result.returncode == 1
    assert result.stderr == (
        f"reader: Could not import the bookmarks: {out} is not JSON; import reads the JSON "
        "export (reader bookmarks export --format json).\n"
    )
