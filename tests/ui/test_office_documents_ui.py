"""A Jupyter notebook and a Word document opened in the real app: the notebook's cells as
prose, code rows and what they printed; the Word document's headings, list and table, its
footnotes (followed to their notes) and text boxes, its numbered lists as Word numbers
them and its reviewers' comments as notes after the text."""

from __future__ import annotations

from pathlib import Path

import pytest
from office_files import (
    code_cell,
    comment_range,
    comments_part,
    display,
    docx,
    markdown_cell,
    note_reference,
    notebook,
    notes_part,
    numbering_part,
    para,
    stream,
    table,
    text_box,
)
from test_links import link_list
from test_structure_sizes import _body_lines
from ui_helpers import reading, screen_text, settle

pytestmark = pytest.mark.anyio


async def test_a_notebook_reads_as_prose_code_and_output(make_app, tmp_path: Path) -> None:
    path = tmp_path / "harbour.ipynb"
    path.write_text(notebook([
        markdown_cell("# Harbour traffic\n\nWe count the ships at each berth.\n"),
        code_cell("for berth in berths:\n    print(berth)\n", stream("North\nSouth\n")),
    ]), encoding="utf-8")
    app = make_app(path)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        assert reading(app).article.title == "Harbour traffic"
        layout = reading(app).body.layout_rows
        assert layout is not None and "code" in {layout.kinds[row] for row in range(len(layout))}
        lines = _body_lines(app)
        shown = [line.strip() for line in lines]
        assert "We count the ships at each berth." in shown and '"cell_type"' not in "".join(shown)
        # (a code cell's first row ends in its language's name, at the box's right)
        starts = {line.strip().removesuffix(" python").strip(): len(line) - len(line.lstrip())
                  for line in lines}
        assert starts["print(berth)"] - starts["for berth in berths:"] == 4  # indentation
        assert shown.index("North") > shown.index("print(berth)")  # its output, under it


async def test_a_notebook_shows_a_data_frame_as_a_table(make_app, tmp_path: Path) -> None:
    frame = ("<table class='dataframe'><thead><tr><th></th><th>berth</th><th>ships</th></tr>"
             "</thead><tbody><tr><th>0</th><td>North</td><td>12</td></tr>"
             "<tr><th>1</th><td>South</td><td>7</td></tr></tbody></table>")
    path = tmp_path / "berths.ipynb"
    path.write_text(notebook([code_cell("berths", display({
        "text/html": frame, "text/plain": "  berth  ships\n0 North 12\n1 South 7"}))]),
        encoding="utf-8")
    app = make_app(path)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        lines = [" ".join(line.split()) for line in _body_lines(app)]
        for expected in ("│ berth │ ships", "0 │ North │ 12", "1 │ South │ 7"):
            assert expected in lines, (expected, lines)


async def test_a_word_document_reads_as_its_headings_list_and_table(
    make_app, tmp_path: Path
) -> None:
    path = tmp_path / "report.docx"
    path.write_bytes(docx(
        para("Harbour report", style="Title") + para("Arrivals", style="Heading1")
        + para("Ships came to the north quay.") + para("Moor", numbered=(2, 0))
        + para("Unload", numbered=(2, 0)) + table([["Terminal", "Arrivals"], ["North", "12"]])))
    app = make_app(path)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        assert reading(app).article.title == "Harbour report"
        lines = [" ".join(line.split()) for line in _body_lines(app)]
        for expected in ("Arrivals", "Ships came to the north quay.", "1. Moor", "2. Unload",
                         "Terminal │ Arrivals", "North │ 12"):
            assert expected in lines, expected


async def test_a_word_documents_footnote_leads_to_its_note(make_app, tmp_path: Path) -> None:
    path = tmp_path / "notes.docx"
    path.write_bytes(docx(
        para("Ships came to the quay", note_reference(1), ".")
        + para("Anchor.", text_box(para("Boxed fact.")))
        + "".join(para(f"Filler paragraph {n} about the harbour.") for n in range(30)),
        parts={"word/footnotes.xml": notes_part({1: "Counted [bold]by hand[/bold]."})}))
    app = make_app(path)
    async with app.run_test(size=(100, 20)) as pilot:
        await settle(pilot)
        screen = reading(app)
        [note] = screen.links.notes
        assert screen.article.text[note.note:].startswith("[1] Counted [bold]by hand[/bold].")
        lines = [line.strip() for line in _body_lines(app)]
        assert "Ships came to the quay[1]." in lines and lines.count("Boxed fact.") == 1
        await pilot.press("f")
        await pilot.pause()
        assert "footnote: [1] Counted [bold]by hand[/bold]." in screen_text(app)
        number = next(index for index, item in enumerate(link_list(app).links, 1)
                      if item is note)
        await pilot.press(*str(number), "enter")
        await pilot.pause()
        low, high = screen.body.visible_range()
        assert app.screen is screen and low <= note.note <= high
        assert "[1] Counted [bold]by hand[/bold]." in screen_text(app)


async def test_a_word_documents_lists_read_numbered_and_its_comments_after_the_text(
    make_app, tmp_path: Path
) -> None:
    path = tmp_path / "orders.docx"
    path.write_bytes(docx(
        para("Orders for the quay.")
        + para("Moor", numbered=(4, 0)) + para("Bow line", numbered=(4, 1))
        + para("Stern line", numbered=(4, 1)) + para("Unload", numbered=(4, 0))
        + para("Then ", comment_range(1, "rest"), ".") + para("Refuel", numbered=(5, 0)),
        parts={"word/numbering.xml": numbering_part(
                   {1: [("upperRoman", 3), ("lowerLetter", 1)]}, {4: (1, {}), 5: (1, {})}),
               "word/comments.xml": comments_part({1: ("Ann [b]Lee[/b]", "Until when?")})}))
    app = make_app(path)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        lines = [" ".join(line.split()) for line in _body_lines(app)]
        for expected in ("III. Moor", "a. Bow line", "b. Stern line", "IV. Unload", "V. Refuel",
                         "Then rest[1].", "• [1] Comment by Ann [b]Lee[/b]: Until when?"):
            assert expected in lines, (expected, lines)
        [bow] = [line for line in _body_lines(app) if "Bow line" in line]
        [moor] = [line for line in _body_lines(app) if "Moor" in line]
        assert bow.index("a.") > moor.index("III.")  # nested under its item
        assert [note.label for note in reading(app).links.notes] == ["1"]
