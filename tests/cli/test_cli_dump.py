"""``reader dump`` through the real command: formats, JSON Lines, errors."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from reader.core.errors import LoadError
from reader.engine.pipeline import extract
from reader.sources.load import RawDocument
from tests.cli_run import dump_text

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
SAMPLE = FIXTURES / "obama-mexico-security.txt"


def run(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "reader", "dump", *args],
        capture_output=True,
        input=stdin.decode() if stdin else None,
        text=True,
        timeout=120,
    )


def test_several_sources_give_json_lines_with_an_error_line(tmp_path: Path) -> None:
    page = tmp_path / "story.html"
    page.write_text(
        "<html><head><title>Second story</title></head><body><article><h1>Second story</h1>"
        + "<p>A paragraph of the second story that is long enough to be kept as body.</p>" * 5
        + "</article></body></html>",
        encoding="utf-8",
    )
    missing = tmp_path / "missing.html"
    result = run("--format", "json", str(SAMPLE), str(missing), str(page))
    assert result.returncode == 1
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(lines) == 3
    assert lines[0]["source"] == str(SAMPLE)
    assert lines[0]["title"].startswith("Obama Sidelines Mexico")
    assert lines[0]["people"], "people are filled in the dump"
    assert lines[1]["source"] == str(missing) and "No such file" in lines[1]["error"]
    assert set(lines[1]) == {"source", "error"}
    assert lines[2]["title"] == "Second story"
    assert "Traceback" not in result.stderr


def test_json_has_every_key_of_the_format() -> None:
    result = run("--format", "json", str(SAMPLE))
    assert result.returncode == 0
    article = json.loads(result.stdout)
    for key in ("title", "subtitle", "authors", "published", "site", "url", "caption", "body",
                "pull_quotes", "people", "word_count"):
        assert key in article
    assert article["word_count"] > 1000
    assert all(set(b) >= {"type", "text"} for b in article["body"])
    quote = article["pull_quotes"][0]
    assert set(quote) >= {"text", "attribution", "speaker", "block"}
    assert quote["speaker"] == "Barack Obama"


def test_text_and_markdown_formats() -> None:
    text = run(str(SAMPLE))
    assert text.returncode == 0
    assert text.stdout.startswith("Obama Sidelines Mexico Security Issues")
    assert "By Molly O'Toole" in text.stdout
    assert "cookie" not in text.stdout.lower()
    markdown = run("--format", "markdown", str(SAMPLE))
    assert markdown.stdout.startswith("# Obama Sidelines Mexico Security Issues")
    assert "\n> " in markdown.stdout  # the pull quotes


def test_unknown_format_is_refused_without_a_traceback() -> None:
    result = run("--format", "pdf", str(SAMPLE))
    assert result.returncode == 2
    assert "invalid choice" in result.stderr and "Traceback" not in result.stderr


EMPTY_INPUTS = {
    "text": ("e.txt", ""),
    "markdown": ("e.md", " \n\n"),
    "controls": ("c.txt", "\x1b[2J\n"),
}


@pytest.mark.parametrize("kind", EMPTY_INPUTS)
def test_an_empty_file_is_one_sentence_and_exit_1(tmp_path: Path, kind: str) -> None:
    name, content = EMPTY_INPUTS[kind]
    (tmp_path / name).write_text(content, encoding="utf-8")
    result = run(str(tmp_path / name))
    assert result.returncode == 1
    assert result.stdout == ""
    assert result.stderr == "reader: This document is empty: there is nothing to read.\n"


def test_empty_stdin_is_one_sentence_and_exit_1() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "reader", "dump", "-"],
        capture_output=True, input="", text=True, timeout=60,
    )
    assert result.returncode == 1
    assert result.stderr == "reader: The standard input is empty: there is nothing to read.\n"


@pytest.mark.parametrize("name", ["e.txt", "e.md", "e.html", "-"])
def test_the_engine_refuses_empty_documents(name: str) -> None:
    for text in ("", "  \n \n", "\x1b]0;t\x07\x1b[2J\x07"):
        with pytest.raises(LoadError, match=r"empty|no readable article text"):
            extract(RawDocument(text, name, path=None if name == "-" else name))


def test_open_with_stdout_not_a_terminal_prints_the_text() -> None:
    opened = subprocess.run(
        [sys.executable, "-m", "reader", str(SAMPLE)],
        capture_output=True, text=True, timeout=60, stdin=subprocess.DEVNULL,
    )
    assert opened.returncode == 0, opened.stderr
    assert opened.stdout == run(str(SAMPLE)).stdout
    assert opened.stdout.startswith("Obama Sidelines Mexico")
    assert "\x1b" not in opened.stdout


def test_open_piped_stdin_into_a_pipe_prints_the_text() -> None:
    opened = subprocess.run(
        [sys.executable, "-m", "reader", "-"],
        capture_output=True, text=True, timeout=60, input=SAMPLE.read_text(encoding="utf-8"),
    )
    assert opened.returncode == 0, opened.stderr
    assert opened.stdout.startswith("Obama Sidelines Mexico")


def test_open_without_a_source_and_not_a_terminal_lists_the_library(tmp_path: Path) -> None:
    opened = subprocess.run(
        [sys.executable, "-m", "reader", "--data-dir", str(tmp_path)],
        capture_output=True, text=True, timeout=60, stdin=subprocess.DEVNULL,
    )
    assert opened.returncode == 0, opened.stderr
    assert "Obama Sidelines Mexico" in opened.stdout  # the sample, seeded on first run


def test_dump_explain_lists_each_dropped_block_with_its_rule(tmp_path: Path) -> None:
    page = tmp_path / "explain.html"
    page.write_text(
        "<html><head><title>Explained</title></head><body><article><h1>Explained</h1>"
        + "".join(
            f"<p>Paragraph {n} of the story is long enough to be kept as the body.</p>"
            for n in range(4)
        )
        + "<p>Advertisement</p><p>Follow us on Twitter for more stories.</p></article>"
        + "<footer><p>\x1b[31mCopyright Example Inc, all rights reserved</p></footer>"
        + "</body></html>",
        encoding="utf-8",
    )
    result = run("--explain", str(page))
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert "boilerplate-text: Advertisement" in lines
    assert "contact-line: Follow us on Twitter for more stories." in lines
    assert "\x1b" not in result.stdout
    assert lines[-1].endswith("blocks dropped)")
    assert "not-chosen-by-readability: Copyright Example Inc, all rights reserved" in lines
    assert "of the story is long enough" not in result.stdout


def test_dump_explain_names_what_the_plain_text_cleanup_dropped(tmp_path: Path) -> None:
    body = "".join(
        f"Paragraph {n} of the story is long enough to be read as prose, and it says more "
        "about the harbour, the boats and the people who mend their nets each morning.\n\n"
        for n in range(1, 6)
    )
    comments = "".join(
        f"{name} says\n\nJuly {day}, 2015 at 3:53 pm\n\n{name} grew up by the harbour and "
        "still remembers the boats going out before dawn, so this piece brought it all back "
        "to me, thank you.\n\nReply\n\n"
        for name, day in (("Ann", 14), ("Bob", 15), ("Cat", 16))
    )
    page = tmp_path / "copied.txt"
    page.write_text(
        "Skip to content\n\nHome\n\nNews\n\nSports\n\nSign in\n\nSearch\n\n"
        "The Harbour Wakes Before Dawn\n\nBy Dana Holt\n\n"
        f"{body}Share this article\n\n{comments}"
        "About\n\nContact\n\n\x1b[31mPrivacy Policy\n\nTerms of Use\n",
        encoding="utf-8",
    )
    result = run("--explain", str(page))
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert "menus-above: Skip to content" in lines
    assert any(line.endswith(": Share this article") for line in lines)
    assert "footer-below: Terms of Use" in lines
    assert "comment-thread: Ann says" in lines
    assert "comment-thread: July 15, 2015 at 3:53 pm" in lines
    assert "\x1b" not in result.stdout
    assert lines[-1].endswith("blocks dropped)")
    assert "of the story is long enough" not in result.stdout


def test_a_chinese_story_reads_as_one_does_in_english() -> None:
    """Title without the site's "_新闻中心", the reporter's label ("记者") off the byline, the
    date and byline line ("2024年3月18日") out of the body, and lines wrapped by terminal
    cells (a Chinese character takes two; the text has no spaces to break at)."""
    from reader.article.wrapping import cell_width

    page = FIXTURES / "html" / "chinese_news.html"
    data = json.loads(run("--format", "json", str(page)).stdout)
    assert data["title"] == "城市公交系统明年全面升级"
    assert data["authors"] == ["王小明"]
    assert data["published"].startswith("2024-03-18")
    texts = [block["text"] for block in data["body"]]
    assert texts[0].startswith("市交通局周一宣布，从明年一月起")  # no headline, no byline line
    assert not any("2024年" in text for text in texts)
    lines = run("--format", "text", str(page)).stdout.splitlines()
    assert lines[1] == "=" * cell_width(data["title"])
    assert max(cell_width(line) for line in lines) <= 80
    assert any(line.startswith("八百辆") for line in lines)  # the paragraph goes on below
    characters = sum(len(re.findall(r"[\u4e00-\u9fff]", text)) for text in texts)
    assert characters / 3 <= data["word_count"] <= characters  # (not one word a sentence)


@pytest.mark.parametrize("explain", [(), ("--explain",)])
def test_dump_cut_short_by_the_reader_of_its_output_is_no_error(
    tmp_path: Path, explain: tuple[str, ...]
) -> None:
    """`reader dump [--explain] page | head -0`: the closed pipe ends it quietly, with no
    "unexpected error" on the terminal."""
    page = tmp_path / "page.html"
    page.write_text(
        "<html><body><nav><a href='/'>Home</a> <a href='/a'>About</a></nav><article>"
        "<h1>Harbour</h1>" + "<p>The boats came in at dawn, and the nets dried.</p>" * 400
        + "</article><footer>Contact us</footer></body></html>",
        encoding="utf-8",
    )
    process = subprocess.Popen(
        [sys.executable, "-m", "reader", "dump", *explain, str(page)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE,
        env={k: v for k, v in os.environ.items() if k != "PYTHONUNBUFFERED"},  # buffered
    )
    assert process.stdout is not None and process.stderr is not None
    process.stdout.close()
    assert process.wait(timeout=120) == 0
    assert process.stderr.read() == b""


def test_text_and_markdown_dumps_give_the_date_as_a_reader_reads_it(tmp_path: Path) -> None:
    """The JSON keeps the page's ISO timestamp; the text and Markdown dumps, read by a person,
    say the day as the reading view does ("18 March 2024", not "2024-03-18T09:30:00+00:00")."""
    page = tmp_path / "story.html"
    page.write_text(
        "<html><head><title>Buses</title>"
        "<meta property='article:published_time' content='2024-03-18T09:30:00+00:00'></head>"
        "<body><article><h1>Buses</h1><p>The city will replace its whole bus fleet next year, "
        "the transport office said on Monday, and the first of the new buses runs in May.</p>"
        "</article></body></html>",
        encoding="utf-8",
    )
    assert json.loads(run("--format", "json", str(page)).stdout)["published"].startswith(
        "2024-03-18T09:30"
    )
    text = run("--format", "text", str(page)).stdout
    assert "\n18 March 2024\n" in text and "2024-03-18" not in text
    markdown = run("--format", "markdown", str(page)).stdout
    assert "18 March 2024" in markdown and "2024-03-18" not in markdown


def test_a_file_without_a_title_is_named_by_its_file_name(tmp_path: Path) -> None:
    """A log (or any text whose lines give no title) is titled by its file's name, as a
    browser's tab names it, not "Untitled"; the name's escape sequences go."""
    log = ("2025-03-01 12:00:01 INFO server started\n"
           "2025-03-01 12:00:02 WARN disk 91% full\n"
           "2025-03-01 12:00:05 ERROR request failed\n")
    assert dump_text(tmp_path, log, name="server.log")["title"] == "server.log"
    assert dump_text(tmp_path, log, name="evil\x1b[31mred.log")["title"] == "evilred.log"


def test_a_tables_cell_of_two_lines_comes_back_from_the_markdown_dump(tmp_path: Path) -> None:
    """The Markdown dump writes a cell's line break as ``<br>``; read back, the cell is the
    page's two lines again, not its words run together ("orsystemctl")."""
    page = tmp_path / "units.html"
    page.write_text(
        "<html><head><title>Units</title></head><body><article><h1>Units</h1>"
        + "<p>How to list and manage the units of the system with its own commands.</p>" * 4
        + "<table><tr><th>Action</th><th>Command</th></tr><tr><td>List running units</td>"
        "<td>systemctl or<br>systemctl list-units</td></tr><tr><td>Status</td>"
        "<td>systemctl status</td></tr></table></article></body></html>",
        encoding="utf-8",
    )
    markdown = run("--format", "markdown", str(page))
    assert markdown.returncode == 0, markdown.stderr
    assert "systemctl or<br>systemctl list-units" in markdown.stdout
    again = tmp_path / "units.md"
    again.write_text(markdown.stdout, encoding="utf-8")
    tables = [b for b in json.loads(run("--format", "json", str(again)).stdout)["body"]
              if b["type"] == "table"]
    two_lines = ["List running units", "systemctl or\nsystemctl list-units"]
    assert tables and two_lines in tables[0]["rows"]
