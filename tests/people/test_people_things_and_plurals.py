"""Names that are no one's and roles that are no one's, through the real CLI (``reader dump
--format json`` of a page): a product named like a person, a journal, a department's
"General Studies"; a plural title before a name, a book's description after its author."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

FILLER = ("<p>The season's work went on through the winter, with long evenings in the lab "
          "and short days outside, and the results came in slowly over several months.</p>")


def _people(tmp_path: Path, paragraphs: list[str]) -> dict[str, str | None]:
    """Each person ``reader dump`` lists for a page of ``paragraphs``, with their role."""
    body = "".join(f"<p>{text}</p>" for text in paragraphs) + FILLER * 3
    page = tmp_path / "page.html"
    page.write_text(f"<!doctype html><html><head><title>Notes from the field</title></head>"
                    f"<body><article><h1>Notes from the field</h1>{body}</article></body></html>",
                    encoding="utf-8")
    dumped = subprocess.run([sys.executable, "-m", "reader", "dump", str(page), "-f", "json"],
                            capture_output=True, text=True, timeout=120)
    assert dumped.returncode == 0, dumped.stderr
    return {person["name"]: person.get("role") for person in json.loads(dumped.stdout)["people"]}


def test_a_product_named_like_a_person_is_no_person(tmp_path: Path) -> None:
    """Its "surname" is a word the page writes in lower case, it is never named by it
    alone, and nothing gives it a title: what it is said to do does not make it one."""
    people = _people(tmp_path, [
        "Coding agents like Claude Code and Codex write most of the code now, and the code "
        "they write is mostly right.",
        "I told Claude Code to port the tests first. Then I had Claude Code write the parser.",
        "“It was faster than I thought,” said Maria Lindqvist, who reviewed the code.",
    ])
    assert "Claude Code" not in people
    assert "Maria Lindqvist" in people


def test_a_journal_and_a_department_are_no_people(tmp_path: Path) -> None:
    people = _people(tmp_path, [
        "A case study with the editors of Precision Nanomedicine, a Scholastica customer, "
        "tells how they were indexed.",
        "If you are choosing the Division of General Studies, tell us about your passions.",
        "“We were indexed within a year,” said Tomas Herrera, the journal's managing editor.",
    ])
    assert "Precision Nanomedicine" not in people and "Studies" not in people
    assert people["Tomas Herrera"] == "journal's managing editor"


def test_a_plural_title_is_each_ones_and_a_books_description_is_no_role(
    tmp_path: Path
) -> None:
    people = _people(tmp_path, [
        "In a 2024 meta-analysis, Kraft and researchers Beth Schueler and Grace Falken "
        "examined 265 trials of tutoring, Schueler said.",
        "My favourite was “Amped” by Daniel H. Wilson, a gripping philosophical science "
        "fiction novel from a new-to-me author. Wilson said he wrote it in a year.",
    ])
    assert people["Beth Schueler"] == "researcher"
    assert people.get("Daniel H. Wilson", "absent") is None
