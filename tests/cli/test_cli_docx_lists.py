"""A Word document's numbered and bulleted lists, comments and headings through the real
``reader dump``: each list item with its number, numbering and depth as ``numbering.xml``
counts them (lists of one abstract list counting on, a start override counting anew, a
style's own list and level); reviewers' comments as notes after the text, told as comments
with their reviewers' names; headings by style chains and outline levels; hostile
numbering, comments and styles read without an error."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from cli_run import dump_json
from office_files import W, comment_range, comments_part, docx, numbering_part, para

# abstract list 1: III, IV / 1, 2 / bullets; abstract list 2: 1, 2 / a, b
NUMBERING = numbering_part(
    {1: [("upperRoman", 3), ("decimal", 1), ("bullet", 1)],
     2: [("decimal", 1), ("lowerLetter", 1)]},
    {4: (1, {}), 5: (1, {}), 6: (1, {0: 1}), 7: (2, {})},
)
STYLES = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles xmlns:w="{W}">
<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/></w:style>
<w:style w:type="paragraph" w:styleId="Chapter"><w:name w:val="Chapter"/>
<w:basedOn w:val="Heading1"/></w:style>
<w:style w:type="paragraph" w:styleId="Part"><w:name w:val="Part Title"/>
<w:basedOn w:val="Chapter"/></w:style>
<w:style w:type="paragraph" w:styleId="Aside"><w:name w:val="Aside"/>
<w:pPr><w:outlineLvl w:val="2"/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="LoopA"><w:name w:val="Loop A"/>
<w:basedOn w:val="LoopB"/></w:style>
<w:style w:type="paragraph" w:styleId="LoopB"><w:name w:val="Loop B"/>
<w:basedOn w:val="LoopA"/></w:style>
<w:style w:type="paragraph" w:styleId="Step"><w:name w:val="Step"/>
<w:pPr><w:numPr><w:ilvl w:val="1"/><w:numId w:val="4"/></w:numPr></w:pPr></w:style>
</w:styles>"""
LISTS = (
    para("Opening words.")
    + para("Moor", numbered=(4, 0)) + para("Bow line", numbered=(4, 1))
    + para("Check the knot", numbered=(4, 2)) + para("Stern line", numbered=(4, 1))
    + para("Unload", numbered=(4, 0))
    + para("Between the lists.")
    + para("Refuel", numbered=(5, 0))  # (another list of the same abstract list: IV, V, VI)
    + para("Sail", numbered=(6, 0)) + para("Log the hour", style="Step")
    + para("Wash", numbered=(7, 1)) + para("Dry", numbered=(7, 1))  # (begun at its 2nd level)
)


def _items(block: dict) -> list[tuple]:
    return [(item["text"], item["number"], item["depth"], item.get("numbering", "1"))
            for item in block["items"]]


def _write(folder: Path, body: str, parts: dict[str, str], name: str = "lists.docx") -> str:
    path = folder / name
    path.write_bytes(docx(body, parts={"word/styles.xml": STYLES, **parts}))
    return str(path)


def _text(path: str) -> str:
    done = subprocess.run([sys.executable, "-m", "reader", "dump", "--format", "text", path],
                          capture_output=True, text=True, timeout=60, check=True)
    return done.stdout


def test_word_lists_keep_their_numbers_numbering_and_levels(tmp_path: Path) -> None:
    path = _write(tmp_path, LISTS, {"word/numbering.xml": NUMBERING})
    lists = [block for block in dump_json(path)["body"] if block["type"] == "list"]
    assert [_items(block) for block in lists] == [
        [("Moor", 3, 0, "I"), ("Bow line", 1, 1, "1"), ("Check the knot", None, 2, "1"),
         ("Stern line", 2, 1, "1"), ("Unload", 4, 0, "I")],
        [("Refuel", 5, 0, "I")],
        [("Sail", 1, 0, "I"), ("Log the hour", 1, 1, "1")],
        [("Wash", 1, 0, "a"), ("Dry", 2, 0, "a")],
    ]
    text = _text(path)
    for line in ("III. Moor", "     1. Bow line", "        • Check the knot", "IV. Unload",
                 "V. Refuel", "I. Sail", "   1. Log the hour", "a. Wash", "b. Dry"):
        assert f"\n{line}\n" in text, line


def test_hostile_numbering_still_reads(tmp_path: Path) -> None:
    body = (para("Nowhere", numbered=(77, 0)) + para("Far down", numbered=(4, 99))
            + para("Odd level", numbered=(4, 0)).replace('w:val="0"', 'w:val="-x"')
            + para("Plain words.") + para("In a loop", style="LoopA"))
    for numbering in ("<w:numbering><unclosed", NUMBERING.replace("<w:num ", "<w:num w:x='"),
                      NUMBERING.replace('w:val="3"', 'w:val="99999999999999999999"')):
        article = dump_json(_write(tmp_path, body, {"word/numbering.xml": numbering}))
        [listed, plain, loop] = article["body"]
        assert [item["text"] for item in listed["items"]] == ["Nowhere", "Far down", "Odd level"]
        assert [item["depth"] for item in listed["items"]] == [0, 1, 0]
        assert (plain["text"], loop["text"]) == ("Plain words.", "In a loop")


def test_comments_are_notes_after_the_text_with_their_reviewers(tmp_path: Path) -> None:
    long_name = "Reviewer " * 40
    path = _write(tmp_path, (
        para("The quay ", comment_range(3, "opened in 1890"), ".")
        + para(comment_range(8, "Cranes"), " worked all night.")
        + para("Tugs followed.", comment_range(9, "")) + para(comment_range(12, "Ships"))), {
        "word/comments.xml": comments_part({
            3: ("Ann [bold]Lee[/bold]", "Check the year \x9b31min the log."),
            8: ("", "Which cranes?"), 9: (long_name, "A long name."),
            11: ("Nobody", "Never referred to."), 12: ("Ann Lee", "   ")})})
    article = dump_json(path)
    texts = [block["text"] for block in article["body"]]
    assert texts == [
        "The quay opened in 1890[1].", "Cranes[2] worked all night.", "Tugs followed.[3]",
        "Ships",
        "[1] Comment by Ann [bold]Lee[/bold]: Check the year in the log.\n"
        "[2] Comment: Which cranes?\n"
        f"[3] Comment by {' '.join(long_name.split())[:79].rstrip()}\u2026: A long name.",
    ]
    shown = json.dumps(article)
    assert "\x9b" not in shown and "31m" not in shown and "Never referred to" not in shown
    assert "Comment by Ann [bold]Lee[/bold]: Check the year" in _text(path)


def test_headings_by_style_chains_and_outline_levels(tmp_path: Path) -> None:
    outlined = '<w:p><w:pPr><w:outlineLvl w:val="1"/></w:pPr><w:r><w:t>Berths</w:t></w:r></w:p>'
    path = _write(tmp_path, (
        para("Opening words.") + para("Arrivals", style="Chapter")
        + para("The first part", style="Part") + outlined + para("Note on tides", style="Aside")
        + para("Looped style words.", style="LoopA")), {"word/numbering.xml": NUMBERING})
    body = dump_json(path)["body"]
    assert [(block["type"], block["text"], block.get("level")) for block in body] == [
        ("paragraph", "Opening words.", None), ("heading", "Arrivals", 1),
        ("heading", "The first part", 1), ("heading", "Berths", 2),
        ("heading", "Note on tides", 3), ("paragraph", "Looped style words.", None)]


def test_numbered_headings_keep_the_numbers_word_shows(tmp_path: Path) -> None:
    """Headings numbered by their style's list, each level's label a pattern of the levels'
    counts ("%1.%2" for "2.1"), as in a report or a contract."""
    levels = ('<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="upperRoman"/>'
              '<w:lvlText w:val="Part %1"/></w:lvl>'
              '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
              '<w:lvlText w:val="%1.%2"/></w:lvl>'
              '<w:lvl w:ilvl="2"><w:numFmt w:val="bullet"/><w:lvlText w:val="\u2022"/></w:lvl>')
    numbering = (f'<w:numbering xmlns:w="{W}"><w:abstractNum w:abstractNumId="3">{levels}'
                 '</w:abstractNum><w:num w:numId="9"><w:abstractNumId w:val="3"/></w:num>'
                 "</w:numbering>")
    styles = STYLES.replace("</w:styles>", "".join(
        f'<w:style w:type="paragraph" w:styleId="Numbered{n}"><w:name w:val="heading {n}"/>'
        f'<w:pPr><w:numPr><w:ilvl w:val="{n - 1}"/><w:numId w:val="9"/></w:numPr>'
        f"</w:pPr></w:style>" for n in (1, 2, 3)) + "</w:styles>")
    path = tmp_path / "report.docx"
    path.write_bytes(docx(
        para("Opening words.") + para("Arrivals", style="Numbered1")
        + para("Ships", style="Numbered2") + para("Tugs", style="Numbered2")
        + para("Noted", style="Numbered3") + para("Departures", style="Numbered1")
        + para("Ferries", style="Numbered2") + para("Unnumbered", style="Heading1"),
        parts={"word/styles.xml": styles, "word/numbering.xml": numbering}))
    headings = [(block["text"], block["level"]) for block in dump_json(str(path))["body"]
                if block["type"] == "heading"]
    assert headings == [("Part I Arrivals", 1), ("I.1 Ships", 2), ("I.2 Tugs", 2),
                        ("Noted", 3), ("Part II Departures", 1), ("II.1 Ferries", 2),
                        ("Unnumbered", 1)]
