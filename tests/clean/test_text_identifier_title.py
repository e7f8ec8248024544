"""A copied post whose title opens with a name written in lower case ("rustc_codegen_gcc:",
"n8n:"): the title, not the first section's heading under its date. A line that opens with
a plain lower-case word runs on from a sentence and is no title."""

from __future__ import annotations

import pytest

from tests.cli_run import dump_json

_MENU = "Home      Sponsor me  Github\n\nversion 1.0.0\n\nAntoyo's Blog\n\nSponsor me  Github\n\n"
_BODY = (
    "This is a monthly report on the progress of the backend, which lets the compiler use "
    "the older code generator to reach more targets than the default one supports today.\n\n"
    "This month the test suite passed on two more targets, and the patches for the middle "
    "end were merged upstream after a long review that asked for many small changes.\n\n"
    "Next month the work goes on with the debug information, which still misses the types "
    "of a few generic functions, and with the build of the standard library itself.\n"
)
_FOOTER = "\n\nAbout\n\nContact\n\n© 2025 Antoyo. Privacy Policy. Terms of Use\n"


@pytest.mark.parametrize(
    "title",
    ["rustc_codegen_gcc: Progress Report #39", "n8n: Progress Report for the Compiler Backend"],
)
def test_a_title_opening_with_an_identifier_in_lower_case(title: str) -> None:
    page = f"{_MENU}{title}\n\n17 Dec 2025\n\nWhat is in this report?\n\n{_BODY}{_FOOTER}"
    article = dump_json("-", stdin=page.encode())
    assert article["title"] == title
    assert article["published"] == "2025-12-17"


def test_a_line_opening_with_a_plain_word_in_lower_case_is_no_title() -> None:
    page = f"{_MENU}the monthly progress report\n\n17 Dec 2025\n\n{_BODY}{_FOOTER}"
    assert dump_json("-", stdin=page.encode())["title"] != "the monthly progress report"
