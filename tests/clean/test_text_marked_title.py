"""A documentation page copied whole: its headings carry their link marks ("Quickstart¶"),
and the first one, above the page's prose, is its title."""

from __future__ import annotations

from tests.cli_run import dump_json

SIDEBAR = (
    "Theme\nTable of Contents\nfunctools — Higher-order functions\npartial Objects\n"
    "Previous topic\nitertools — Functions creating iterators\nNext topic\n"
    "operator — Standard operators as functions\nThis page\nReport a bug\nShow source\n"
    "Navigation\nindex\nmodules |\nnext |\nprevious |\nPython »\n3.14.3 Documentation »\n"
    "The Python Standard Library »\nfunctools — Higher-order functions\n|\nTheme   |\n"
)
PROSE = (
    "The functools module is for higher-order functions: functions that act on or return "
    "other functions. In general, any callable object can be treated as a function for the "
    "purposes of this module.\n"
    "The functools module defines the following functions, each of which takes a callable "
    "and returns another callable that wraps or caches it in some way.\n"
)
SECTION = (
    "partial Objects¶\n"
    "partial objects are callable objects created by partial(). They have three read-only "
    "attributes, and each of them is described in the list that follows this paragraph.\n"
)
FOOTER = "\n© Copyright 2001 Python Software Foundation.\nPrivacy Policy\nTerms of Use\n"


def test_the_first_marked_heading_over_the_prose_is_the_title() -> None:
    page = f"{SIDEBAR}functools — Higher-order functions¶\n{PROSE}{SECTION}{FOOTER}"
    article = dump_json("-", stdin=page.encode())
    assert article["title"] == "functools — Higher-order functions"
    texts = [block["text"] for block in article["body"]]
    assert "functools — Higher-order functions" not in texts  # (the title, not a heading)
    assert "partial Objects" in texts  # (a section's heading, its mark gone)
    assert not any("¶" in text for text in texts)


def test_a_marked_heading_under_the_pages_prose_is_a_sections() -> None:
    """The page's title has no mark; the first marked heading comes after its opening prose:
    it is the first section's heading, not the title."""
    page = f"Tutorial: Get started with functools\n{PROSE}{PROSE}{SECTION}{FOOTER}"
    article = dump_json("-", stdin=page.encode())
    assert article["title"] == "Tutorial: Get started with functools"
    assert "partial Objects" in [block["text"] for block in article["body"]]
