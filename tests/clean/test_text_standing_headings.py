"""Headings a plain text sets by a line standing alone: a chapter's line, a short line in
capitals; not a letter's salutation, a sentence said aloud or a speaker's name (``reader
dump``)."""

from __future__ import annotations

import textwrap
from pathlib import Path

from tests.cli_run import dump_as, dump_text

PROSE = textwrap.fill(
    "The boats came in before dawn, and the men carried their catch up the slipway in "
    "baskets while the gulls circled over the harbour wall and the light came over the hills.",
    76,
)
SHORT = "By six the hall was full."  # (a paragraph too short for a heading over it)


def _kinds(article: dict) -> dict[str, str]:
    return {block["text"]: block["type"] for block in article["body"]}


def test_a_short_line_in_capitals_alone_is_a_heading_over_a_short_paragraph(
    tmp_path: Path,
) -> None:
    text = f"The Harbour Town\n\n{PROSE}\n\nFISH MARKET\n\n{SHORT}\n\n{PROSE} Again.\n"
    kinds = _kinds(dump_text(tmp_path, text))
    assert kinds["FISH MARKET"] == "heading"
    assert kinds[SHORT] == "paragraph"


def test_a_chapter_line_is_a_heading_whatever_follows_it(tmp_path: Path) -> None:
    text = (
        f"The Harbour Town\n\n{PROSE}\n\nCHAPTER I.\n\n{SHORT}\n\n{PROSE} One.\n\n"
        f"Chapter 2: The Tide\n\n{PROSE} Two.\n\nXII.\n\n{SHORT} Still.\n\n"
        f"Part Three\n\n{PROSE} Three.\n"
    )
    kinds = _kinds(dump_text(tmp_path, text))
    for line in ("CHAPTER I.", "Chapter 2: The Tide", "XII.", "Part Three"):
        assert kinds[line] == "heading", line


def test_a_chapter_line_over_its_title_and_the_title_are_headings(tmp_path: Path) -> None:
    text = f"A Book\n\n{PROSE}\n\nCHAPTER IV.\nThe Rabbit Sends in a Little Bill\n\n{PROSE} Two.\n"
    kinds = _kinds(dump_text(tmp_path, text))
    assert kinds["CHAPTER IV."] == "heading"
    assert kinds["The Rabbit Sends in a Little Bill"] == "heading"


def test_the_markdown_dump_sets_the_heading_apart(tmp_path: Path) -> None:
    text = f"The Harbour Town\n\n{PROSE}\n\nFISH MARKET\n\n{SHORT}\n"
    assert "\n## FISH MARKET\n" in dump_as(tmp_path, text, "markdown")


def test_a_sentence_said_aloud_is_no_heading(tmp_path: Path) -> None:
    text = (
        f"The Harbour Town\n\n{PROSE}\n\nWE WILL NOT BE MOVED FROM THIS HARBOUR, THEY SAID.\n\n"
        f"{SHORT}\n\nSTOP!\n\n{SHORT} Again.\n\n{PROSE} Two.\n"
    )
    kinds = _kinds(dump_text(tmp_path, text))
    assert kinds["WE WILL NOT BE MOVED FROM THIS HARBOUR, THEY SAID."] == "paragraph"
    assert kinds["STOP!"] == "paragraph"


def test_a_letters_salutation_is_no_heading(tmp_path: Path) -> None:
    text = f"To the council\n\n{PROSE}\n\nDear Councillor Brown\n\n{PROSE} Two.\n"
    assert _kinds(dump_text(tmp_path, text))["Dear Councillor Brown"] == "paragraph"


def test_capitals_within_a_paragraph_or_set_again_and_again_are_no_headings(
    tmp_path: Path,
) -> None:
    play = "\n\n".join(
        f"{name}\n\n{line}"
        for name, line in (
            ("ANNA", "Where have the boats gone?"),
            ("TOM", "Out past the wall, before the light."),
            ("ANNA", "Then we wait."),
            ("TOM", "We wait."),
            ("ANNA", "Until the tide turns."),
        )
    )
    text = f"The Quay\n\n{PROSE}\n\n{play}\n\nTHE END\nof the first act\n\n{PROSE} Two.\n"
    kinds = _kinds(dump_text(tmp_path, text))
    assert not any(kind == "heading" for kind in kinds.values())
