"""Plain-text ebooks: the book between Project Gutenberg's start and end lines, named by the
header's fields; a text's own "Title:" / "Author:" lines name it too."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from tests.cli_run import dump_json, dump_text

HEADER = (
    "\ufeffThe Project Gutenberg eBook of Pride and Prejudice\r\n\r\n"
    "This ebook is for the use of anyone anywhere in the United States and\r\n"
    "most other parts of the world at no cost and with almost no restrictions.\r\n\r\n"
    "Title: Pride and Prejudice\r\n\r\nAuthor: Jane Austen\r\n\r\n"
    "Release date: June 1, 1998 [eBook #1342]\r\n\r\nLanguage: English\r\n\r\n"
    "*** START OF THE PROJECT GUTENBERG EBOOK PRIDE AND PREJUDICE ***\r\n\r\n\r\n"
)
BOOK = (
    "Chapter 1\r\n\r\n\r\n"
    "It is a truth universally acknowledged, that a single man in possession\r\n"
    "of a good fortune, must be in want of a wife.\r\n\r\n"
    "\u201cMy dear Mr. Bennet,\u201d said his lady to him one day, \u201chave you heard\r\n"
    "that Netherfield Park is let at last?\u201d\r\n\r\n"
    "Mr. Bennet replied that he had not.\r\n\r\n"
)
LICENCE = (
    "*** END OF THE PROJECT GUTENBERG EBOOK PRIDE AND PREJUDICE ***\r\n\r\n"
    "Updating editions will replace the previous one\u2014the old editions will\r\n"
    "be renamed.\r\n\r\nSTART: FULL LICENSE\r\n\r\nTHE FULL PROJECT GUTENBERG LICENSE\r\n"
)


def test_a_gutenberg_book_is_the_text_between_its_start_and_end_lines(tmp_path: Path) -> None:
    book = tmp_path / "pg1342.txt"
    book.write_text(HEADER + BOOK + LICENCE, encoding="utf-8", newline="")
    dumped = dump_json(str(book))
    assert dumped["title"] == "Pride and Prejudice"
    assert dumped["authors"] == ["Jane Austen"]
    texts = [block["text"] for block in dumped["body"]]
    assert texts[0] == "Chapter 1"
    assert texts[-1] == "Mr. Bennet replied that he had not."
    assert not any("Gutenberg" in text or "ebook" in text.lower() for text in texts)

    explained = subprocess.run(
        [sys.executable, "-m", "reader", "dump", "--explain", str(book)],
        capture_output=True, text=True, timeout=120, check=True,
    ).stdout
    assert "ebook-licence: Release date: June 1, 1998" in explained
    assert "ebook-licence: Updating editions will replace" in explained


def test_a_text_opening_with_its_fields_is_named_by_them(tmp_path: Path) -> None:
    dumped = dump_text(
        tmp_path,
        "Title: Notes on the harbour\nAuthor: Ann Lee and Bo Chen\n\n"
        "The boats came in at dawn, as they have for a hundred years, and the nets\n"
        "were laid out on the quay to dry.\n\nBy noon the market had sold out.\n",
    )
    assert dumped["title"] == "Notes on the harbour"
    assert dumped["authors"] == ["Ann Lee", "Bo Chen"]
    assert dumped["body"][0]["text"].startswith("The boats came in at dawn")
    assert not any("Title:" in block["text"] for block in dumped["body"])


def test_fields_without_a_title_are_left_to_the_text(tmp_path: Path) -> None:
    """A form's "Author:" line alone names no text: it stays where it is."""
    dumped = dump_text(
        tmp_path,
        "Harbour report\n\nAuthor: the harbour master\n\n"
        "The boats came in at dawn, as they have for a hundred years.\n",
    )
    assert dumped["authors"] == []
    shown = [dumped["title"], *(block["text"] for block in dumped["body"])]
    assert "Author: the harbour master" in shown


def test_an_author_field_written_family_name_first_is_turned_round(tmp_path: Path) -> None:
    dumped = dump_text(
        tmp_path,
        "Title: Emma\nAuthor: Austen, Jane\n\nEmma Woodhouse, handsome, clever, and rich, with a "
        "comfortable home and happy disposition, seemed to unite some of the best blessings.\n",
    )
    assert (dumped["title"], dumped["authors"]) == ("Emma", ["Jane Austen"])
