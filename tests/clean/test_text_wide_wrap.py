"""A manual page as ``man`` writes it for a wide terminal (``man ls | reader`` at 120
columns): its paragraphs, wrapped at 120 and set in from the margin, are joined as they are at
80 (a browser's copy, never set in, is measured by ``benchmarks/copied_text.py``)."""

from __future__ import annotations

import textwrap
from pathlib import Path

from tests.cli_run import body_texts, dump_json

WIDTH = 120
DESCRIPTION = (
    "List information about the FILEs (the current directory by default). Sort entries "
    "alphabetically if none of -cftuvSUX nor --sort is specified, and show each entry on a "
    "line of its own when the output is not a terminal."
)
OPTION = (
    "do not ignore entries starting with a dot, which are hidden by default, and list them "
    "among the others in the same order as the rest of the entries of the directory."
)


def _set_in(text: str) -> list[str]:
    return textwrap.wrap(text, WIDTH, initial_indent=" " * 7, subsequent_indent=" " * 7)


def test_a_manual_page_wrapped_for_a_wide_terminal_joins_its_paragraphs(tmp_path: Path) -> None:
    header = "LS(1)" + "User Commands".center(WIDTH - 10) + "LS(1)"
    lines = [header, "", "NAME", "       ls - list directory contents", "", "DESCRIPTION",
             *_set_in(DESCRIPTION), "", *_set_in(DESCRIPTION.replace("List", "Show")), "",
             "       -a, --all", *_set_in(OPTION), "", *_set_in(OPTION.replace("do", "Do")), ""]
    page = tmp_path / "ls.1.txt"
    page.write_text("\n".join(lines), encoding="utf-8")
    article = dump_json(str(page))
    assert article["title"] == "LS(1) User Commands LS(1)"
    assert DESCRIPTION in body_texts(article)
