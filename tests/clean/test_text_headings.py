"""Headings a plain text underlines ("Installing" over "----------") are headings; lines it
marks with ">" are a quotation."""

from __future__ import annotations

import textwrap
from pathlib import Path

from reader.clean.text.pipeline import clean_plain_text
from tests.cli_run import dump_json

PROSE = textwrap.fill(
    "The prose of the document runs on in wrapped lines the way a text file has them, long "
    "enough for the reader to tell the width it was wrapped at, and a little more.",
    70,
)
FLAT = " ".join(PROSE.split("\n"))


def test_an_underlined_first_line_is_the_title_and_the_others_are_headings() -> None:
    text = f"Kettle Setup\n============\n\n{PROSE}\n\nInstalling\n----------\n\n{PROSE} Two."
    article = clean_plain_text(text)
    assert article.title == "Kettle Setup"
    assert article.blocks == [
        ("paragraph", FLAT, 0),
        ("heading", "Installing", 3),
        ("paragraph", f"{FLAT} Two.", 0),
    ]


def test_an_overlined_heading_and_one_with_its_text_right_under_it() -> None:
    text = f"Notes\n\n{PROSE}\n\n=========\nChanges\n=========\nFixed the lid.\n\n{PROSE} Two."
    blocks = clean_plain_text(text).blocks
    assert ("heading", "Changes", 2) in blocks
    assert ("paragraph", "Fixed the lid.", 0) in blocks
    assert not any(set(body) <= set("=-") for _kind, body, _level in blocks)


def test_a_short_title_underlined_is_the_title_not_a_label_above_the_next_line() -> None:
    text = f"Jansson README\n==============\n\n.. image:: https://example.org/badge.svg\n\n{PROSE}"
    assert clean_plain_text(text).title == "Jansson README"


def test_a_rule_under_a_paragraph_does_not_make_its_last_line_a_heading() -> None:
    text = f"Notes\n\n{PROSE} Then the lid\n{'-' * 30}\n\n{PROSE} Two."
    blocks = clean_plain_text(text).blocks
    assert not any(kind == "heading" for kind, _t, _l in blocks)
    assert ("paragraph", "-" * 30, 0) in blocks  # the text's own rule, kept


def test_a_list_item_is_no_title() -> None:
    text = f"* Noteworthy changes in release 1.9\n\n{PROSE}\n\n{PROSE} Two."
    article = clean_plain_text(text)
    assert article.title != "* Noteworthy changes in release 1.9"


def test_lines_quoted_with_marks_are_one_quotation() -> None:
    text = (
        f"Re: the kettle\n\n{PROSE}\n\n> The app says the water boiled but it is cold. Is\n"
        "> this the sensor or the app?\n>\n>> I saw it too.\n\n"
        f"{PROSE} Two."
    )
    blocks = clean_plain_text(text).blocks
    assert (
        "quote",
        "The app says the water boiled but it is cold. Is this the sensor or the app?\n"
        "I saw it too.",
        0,
    ) in blocks
    assert not any(">" in body for _kind, body, _level in blocks)


def test_a_chunk_with_a_line_not_marked_is_not_a_quotation() -> None:
    text = f"Notes\n\n{PROSE}\n\n> one marked line\nand one that is not\n\n{PROSE} Two."
    assert not any(kind == "quote" for kind, _t, _l in clean_plain_text(text).blocks)


def test_a_quotation_set_in_at_the_start_of_the_text_is_one_too() -> None:
    text = f"  > The lid is stuck.\n  > Again.\n\n{PROSE}\n\n{PROSE} Two."
    assert ("quote", "The lid is stuck. Again.", 0) in clean_plain_text(text).blocks


def test_a_python_session_set_in_is_no_quotation() -> None:
    session = "    >>> import kettle\n    >>> kettle.boil()"
    blocks = clean_plain_text(f"{PROSE}\n\n{session}\n\n{PROSE} Two.").blocks
    assert ("preformatted", ">>> import kettle\n>>> kettle.boil()", 0) in blocks


def test_the_line_that_introduces_a_quotation_is_a_paragraph_before_it() -> None:
    text = (
        f"Re: the kettle\n\n{PROSE}\n\nOn Tue, 3 Mar 2026, Ann Lee\nwrote:\n"
        "> The kettle should report when it boils.\n\n"
        f"{PROSE} Two.\n\nA line of its own:\n> and a marked one\nthen a plain one\n"
    )
    blocks = clean_plain_text(text).blocks
    at = blocks.index(("paragraph", "On Tue, 3 Mar 2026, Ann Lee wrote:", 0))
    assert blocks[at + 1] == ("quote", "The kettle should report when it boils.", 0)
    assert sum(kind == "quote" for kind, _t, _l in blocks) == 1  # the last chunk: as it is


def test_a_copied_headings_link_mark_is_not_text(tmp_path: Path) -> None:
    """Documentation prints a link to each heading after it ("Workers¶"); a copy takes it
    along. It is no part of the heading; a "#" that is ("Learn C#") stays."""
    page = tmp_path / "guide.txt"
    page.write_text(
        "Monitoring Guide¶\n\nThere are several tools available to monitor and inspect the "
        "workers, and this guide describes them one by one.\n\nWorkers ¶\n\nEach worker "
        "answers the commands below.\n\nLearn C#\n\nThe language of the examples.\n",
        encoding="utf-8",
    )
    dumped = dump_json(str(page))
    shown = [dumped["title"], *(block["text"] for block in dumped["body"])]
    assert not any("¶" in text for text in shown)
    assert "Workers" in shown and "Learn C#" in shown
