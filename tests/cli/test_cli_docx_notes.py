"""A Word document's footnotes, endnotes and text boxes through the real ``reader dump``:
marks where the text refers to its notes, the notes listed at the end (their links kept),
each text box's words once where it stands, hostile notes held to the same rules."""

from __future__ import annotations

import json
from pathlib import Path

from cli_run import body_texts, dump_json
from office_files import docx, link, note_reference, notes_part, para, rels, run, text_box

from reader.article.footnotes import footnotes
from reader.engine.pipeline import load_article


def _write(folder: Path, body: str, parts: dict[str, str], name: str = "notes.docx") -> str:
    path = folder / name
    path.write_bytes(docx(body, parts=parts))
    return str(path)


def test_footnotes_and_endnotes_read_as_marks_and_a_list_of_notes(tmp_path: Path) -> None:
    two_paragraphs = ("<w:p><w:r><w:footnoteRef/></w:r>" + run(" See the ") + link("harbour log")
                      + run(".") + "</w:p><w:p>" + run("Kept since  1890.") + "</w:p>")
    path = _write(tmp_path, (
        para("Ships came", note_reference(2), " to the quay", note_reference(1, "endnote"), ".")
        + para("Cranes worked all night", note_reference(5), note_reference(9), ".")
        + para("Tugs followed", note_reference(2), ".")), {
        "word/footnotes.xml": notes_part({2: "Counted by the harbour master.",
                                          5: two_paragraphs, 7: "Never referred to."}),
        "word/endnotes.xml": notes_part({1: "An endnote."}, "endnote"),
        "word/_rels/document.xml.rels": rels({"rId9": "https://example.org/log"})})
    article = dump_json(path)
    assert body_texts(article) == [
        "Ships came[1] to the quay[2].",
        "Cranes worked all night[3].",  # (note 9 is in no part: no mark)
        "Tugs followed[1].",
        "[1] Counted by the harbour master.\n[2] An endnote.\n"
        "[3] See the harbour log. Kept since 1890.",
    ]
    [link_] = article["links"]
    text = "\n\n".join(body_texts(article))
    assert link_["href"] == "https://example.org/log" and link_["text"] == "harbour log"
    assert text[link_["start"]:link_["end"]] == "harbour log"
    notes = footnotes(load_article(path))
    assert [(note.label, load_article(path).text[note.note:note.note + 6]) for note in notes] == [
        ("1", "[1] Co"), ("2", "[2] An"), ("3", "[3] Se"), ("1", "[1] Co")]


def test_a_text_box_reads_once_where_it_stands(tmp_path: Path) -> None:
    path = _write(tmp_path, (
        para("Before the box.")
        + para("The anchor's words.", text_box(para("Boxed fact."), para("Boxed too.")))
        + para(text_box(para("An old VML box."), twice=False))
        + para("Moor", numbered=(2, 0)) + para("Unload", text_box(para("Mind the rope.")),
                                                 numbered=(2, 0))
        + para("After the box.")), {})
    article = dump_json(path)
    assert body_texts(article) == [
        "Before the box.", "The anchor's words.", "Boxed fact.", "Boxed too.", "An old VML box.",
        "Moor\nUnload", "Mind the rope.", "After the box."]


def test_hostile_notes_are_bounded_and_sanitised(tmp_path: Path) -> None:
    looping = ("<w:p><w:r><w:footnoteRef/></w:r>" + run(" Loops \x9b31mred\x9b0m [bold]x[/bold]")
               + note_reference(1) + note_reference(2) + "</w:p>")
    path = _write(tmp_path, para("A claim", note_reference(1), "."), {
        "word/footnotes.xml": notes_part({1: looping, 2: "Reached from a note."})})
    article = dump_json(path)
    dumped = json.dumps(article)
    assert "\x9b" not in dumped and "31m" not in dumped
    assert body_texts(article) == [
        "A claim[1].", "[1] Loops red [bold]x[/bold][1][2]\n[2] Reached from a note."]
    broken = _write(tmp_path, para("A claim", note_reference(1), "."),
                    {"word/footnotes.xml": "<w:footnotes><w:footnote"}, "broken.docx")
    assert body_texts(dump_json(broken)) == ["A claim."]


def test_a_titles_note_is_listed_but_its_mark_stays_out_of_the_title(tmp_path: Path) -> None:
    path = _write(tmp_path, (
        para("Harbour report", note_reference(1), style="Title")
        + para("A year at the quay", note_reference(3), style="Subtitle")
        + para("Ships came", note_reference(2), ".")), {
        "word/footnotes.xml": notes_part({1: "Thanks to the crew.", 2: "Counted.",
                                          3: "Since May."})})
    article = dump_json(path)
    assert (article["title"], article["subtitle"]) == ("Harbour report", "A year at the quay")
    assert body_texts(article) == [
        "Ships came[3].", "[1] Thanks to the crew.\n[2] Since May.\n[3] Counted."]
