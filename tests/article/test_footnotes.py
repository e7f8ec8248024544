"""Footnote references and their notes: a line led by the mark, or the numbered item of
the last list after the reference; code, tables and the notes themselves are no
references."""

from __future__ import annotations

from pathlib import Path

from reader.article.footnotes import footnotes
from reader.article.model import build_article
from reader.engine.pipeline import load_article

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


def test_an_html_reference_finds_its_item_in_the_list_of_notes() -> None:
    article = load_article(str(FIXTURES / "structure.html"))
    [note] = footnotes(article)
    assert article.text[note.start:note.end] == "[1]" == note.text
    assert article.text[note.note:].startswith("The international foot")


def test_a_markdown_reference_finds_the_line_led_by_its_mark() -> None:
    article = load_article(str(FIXTURES / "structure.md"))
    [note] = footnotes(article)
    assert article.text[note.note:].startswith("[1] The international foot")
    assert note.start < note.note


def test_code_notes_and_marks_without_a_note_are_no_references() -> None:
    article = build_article(title="Notes", blocks=[
        ("paragraph", "A claim.[2] Another one.[3] And a third.[9]", 0),
        ("code", "items[2] = items[3]", 0),
        ("paragraph", "[2] The second note.", 0),
        ("paragraph", "[3] The third note, see [2] above.", 0),
    ])
    found = footnotes(article)
    assert [(note.label, article.text[note.note:note.note + 6]) for note in found] == [
        ("2", "[2] Th"), ("3", "[3] Th")]
    assert all(note.start < article.text.index("items") for note in found)


def test_no_brackets_no_work() -> None:
    plain = build_article(title="Plain", blocks=[("paragraph", "No notes here.", 0)])
    assert footnotes(plain) == ()
