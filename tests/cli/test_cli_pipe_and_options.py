"""The command line as people type it: text piped into a bare ``reader``, and ``--data-dir``
written before the command it belongs to."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

STORY = (
    "Harbour wall to be rebuilt\n\n"
    "The council voted on Tuesday to rebuild the harbour wall before the winter storms.\n\n"
    "Work starts in March and should take eight months, the engineer said.\n"
)


def reader(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "reader", *args], input=stdin, capture_output=True, text=True,
        timeout=60, stdin=None if stdin is not None else subprocess.DEVNULL,
    )


def test_text_piped_into_a_bare_reader_is_read(tmp_path: Path) -> None:
    done = reader("--data-dir", str(tmp_path / "data"), stdin=STORY)
    assert done.returncode == 0, done.stderr
    assert "Harbour wall to be rebuilt" in done.stdout
    assert "Work starts in March" in done.stdout
    assert "Obama" not in done.stdout  # (not the library, which holds the sample)


def test_an_empty_pipe_is_one_sentence(tmp_path: Path) -> None:
    done = reader("--data-dir", str(tmp_path / "data"), stdin="")
    assert done.returncode == 1
    assert done.stderr.strip() == "reader: The standard input is empty: there is nothing to read."


def test_no_pipe_and_no_source_still_lists_the_library(tmp_path: Path) -> None:
    done = reader("--data-dir", str(tmp_path / "data"))
    assert done.returncode == 0, done.stderr
    assert "Obama Sidelines Mexico" in done.stdout


def test_data_dir_before_a_command_belongs_to_the_command(tmp_path: Path) -> None:
    data = str(tmp_path / "data")
    for command in (["library"], ["bookmarks"], ["feeds", "list"], ["search", "Mexico"]):
        before = reader("--data-dir", data, *command)
        after = reader(*command, "--data-dir", data)
        assert before.returncode == after.returncode == 0, (command, before.stderr)
        assert before.stdout == after.stdout, command
    assert "Obama" in reader(f"--data-dir={data}", "library").stdout
    assert list(tmp_path.iterdir()) == [tmp_path / "data"]  # nothing made elsewhere


def test_data_dir_before_dump_is_set_aside(tmp_path: Path) -> None:
    story = tmp_path / "story.txt"
    story.write_text(STORY, encoding="utf-8")
    done = reader("--data-dir", str(tmp_path / "data"), "dump", str(story))
    assert done.returncode == 0, done.stderr
    assert "Work starts in March" in done.stdout


def test_reader_open_help_names_its_command() -> None:
    done = reader("open", "--help")
    assert done.returncode == 0
    assert done.stdout.startswith("usage: reader open ")


def test_reader_help_names_every_kind_of_file_it_reads() -> None:
    done = reader("--help")
    assert done.returncode == 0
    for kind in ("HTML", "Markdown", "reStructuredText", "PDF", "Gutenberg", "EPUB", ".docx",
                 "Jupyter notebook", ".eml", ".mhtml", "program's source", ".csv"):
        assert kind in " ".join(done.stdout.split()), kind


def test_a_bad_argument_is_told_without_its_escape_sequences(tmp_path: Path) -> None:
    from tests.hostile.corpus import forbidden_in_output

    hostile = "\x1b]2;owned\x07\x1b[2Jx\x9b31m"
    for command in (["library"], ["bookmarks"], ["feeds"], ["dump", "--format"], []):
        done = reader(*command, hostile, "--bogus", "--data-dir", str(tmp_path / "data"))
        assert done.returncode == 2, (command, done.stderr)
        assert "error:" in done.stderr
        assert forbidden_in_output(done.stderr) == [], (command, done.stderr)
