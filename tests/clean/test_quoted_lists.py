"""A list in an HTML quotation keeps its bullets and numbers, as a quoted Markdown list does:
in the JSON dump (its items behind their markers, apart from the quotation's other lines),
and in the Markdown dump as Markdown's own lists ("> - item", "> 1. item"). Through the CLI."""

from __future__ import annotations

from pathlib import Path

from tests.cli_run import dump_as, dump_json

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "html_lists" / "list-leftovers.html"
QUOTED = (
    "Before the season starts, please:\n\n• check the mooring lines\n• log every arrival\n\n"
    "1. open the gate at dawn\n2. close it at dusk"
)


def test_a_list_in_a_quotation_keeps_its_markers_in_the_json_dump() -> None:
    (quote,) = [block for block in dump_json(str(FIXTURE))["body"] if block["type"] == "quote"]
    assert quote["text"] == QUOTED


def test_a_list_in_a_quotation_is_markdowns_list_in_the_markdown_dump(tmp_path: Path) -> None:
    markdown = dump_as(tmp_path, FIXTURE.read_text(encoding="utf-8"), "markdown",
                       name="page.html")
    assert (
        "> Before the season starts, please:\n>\n> - check the mooring lines  \n"
        "> - log every arrival\n>\n> 1. open the gate at dawn  \n> 2. close it at dusk\n"
    ) in markdown
    again = dump_json(str(_saved(tmp_path / "again.md", markdown)))  # (read back: the same)
    (quote,) = [block for block in again["body"] if block["type"] == "quote"]
    assert quote["text"] == QUOTED


def test_a_line_that_only_starts_with_a_number_stays_words(tmp_path: Path) -> None:
    """ "1984. That year..." in a quotation is no list: its number stays escaped."""
    page = (
        "<html><head><title>Years</title></head><body><article><h1>Years</h1><p>The "
        "keeper's diary is quoted below, and the sentence runs on long enough to be read as "
        "prose.</p><blockquote><p>We moved in the spring.</p><p>1984. That year the light "
        "failed twice.</p></blockquote><p>That is all, and the sentence runs on long enough "
        "to be read as prose by the reader.</p></article></body></html>"
    )
    markdown = dump_as(tmp_path, page, "markdown", name="page.html")
    assert "> 1984\\. That year the light failed twice." in markdown


def _saved(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def test_a_quoted_items_words_never_open_markdown_of_their_own(tmp_path: Path) -> None:
    """An item's text that reads as Markdown where it now opens the item ("# ...", "> ...",
    "2. ...") is escaped: the Markdown shows the page's words, no heading or quotation."""
    page = (
        "<html><head><title>Marks</title></head><body><article><h1>Marks</h1><p>The "
        "keeper's list is quoted below, and the sentence runs on long enough to be read as "
        "prose.</p><blockquote><p>Marks:</p><ul><li># the hash</li><li>&gt; the arrow</li>"
        "<li>2. the number</li></ul></blockquote><p>That is all, and the sentence runs on "
        "long enough to be read as prose by the reader.</p></article></body></html>"
    )
    markdown = dump_as(tmp_path, page, "markdown", name="page.html")
    assert "> - \\# the hash  \n> - \\> the arrow  \n> - 2\\. the number\n" in markdown
