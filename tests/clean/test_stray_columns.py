"""A ``<col>`` or ``<colgroup>`` written outside any table (a template's leftover) is ignored
as a browser ignores it: the paragraph it stands in stays one paragraph."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.clean.html.stray_columns import without_stray_columns
from tests.cli_run import dump_article, run_dump

STORY = "".join(
    f"<p>Paragraph {n} of the story, told at length, with words enough to be the text.</p>"
    for n in range(5)
)
STRAY = ("<col>", "<col span='2'/>", "<colgroup><col span='2'></colgroup>", "<COLGROUP>")


@pytest.mark.parametrize("stray", STRAY)
def test_a_stray_column_tag_does_not_split_its_paragraph(tmp_path: Path, stray: str) -> None:
    article = (
        f"{STORY}<p>The vote came <b>late</b> in the night{stray} and the count ran until "
        f"<a href='https://example.org/d'>dawn</a> on Friday.</p>{STORY.replace('story', 'tale')}"
    )
    texts = [block["text"] for block in dump_article(tmp_path, "The vote", article)["body"]]
    wanted = "The vote came late in the night and the count ran until dawn on Friday."
    assert wanted in texts, texts
    markdown = run_dump("--format", "markdown", tmp_path / "page.html")
    assert "late** in the night and the count ran until [dawn](https://example.org/d) on" in (
        markdown
    ), markdown


def test_a_tables_own_columns_stay_and_its_rows_are_read(tmp_path: Path) -> None:
    article = (
        f"{STORY}<p>The results were:</p><table><colgroup><col span='1'><col></colgroup><tr>"
        "<th>County</th><th>Votes cast</th></tr><tr><td>Marin County</td><td>10,400</td></tr>"
        "<tr><td>Sonoma County</td><td>12,210</td></tr></table>"
        f"<p>A closing line with <col> a stray tag and words enough to be read.</p>{STORY}"
    )
    body = dump_article(tmp_path, "The count", article)["body"]
    tables = [block for block in body if block["type"] == "table"]
    rows = [["County", "Votes cast"], ["Marin County", "10,400"], ["Sonoma County", "12,210"]]
    assert [table["rows"] for table in tables] == [rows], body
    texts = [block["text"] for block in body]
    assert "A closing line with a stray tag and words enough to be read." in texts, texts


def test_only_the_tags_outside_tables_go_and_comments_and_scripts_are_read_past() -> None:
    page = (
        "<p>a<col>b</p><table><colgroup><col></colgroup><tr><td>x<table><col></table></td>"
        "</tr></table><p>c</colgroup>d</p><!-- <table> --><p>e<col>f</p>"
        "<script>var t = '<table>';</script><p>g<col-note>h</p>"
    )
    assert without_stray_columns(page) == (
        "<p>ab</p><table><colgroup><col></colgroup><tr><td>x<table><col></table></td>"
        "</tr></table><p>cd</p><!-- <table> --><p>ef</p>"
        "<script>var t = '<table>';</script><p>g<col-note>h</p>"
    )
    assert without_stray_columns("<p>no columns here</p>") == "<p>no columns here</p>"


@pytest.mark.parametrize("opener", ["<script x", "<!-- ", "<style "])
def test_unclosed_comments_and_scripts_are_read_past_in_linear_time(opener: str) -> None:
    """A hostile page of a stray column and 20,000 comments or scripts never closed: each
    was searched to the end of the page (14 s for this one); now the first unclosed one
    ends the reading, as a browser reads the rest as its text."""
    import time

    page = "<p>a<col>b</p>" + opener * 20_000
    started = time.perf_counter()
    assert without_stray_columns(page).startswith("<p>ab</p>")
    assert time.perf_counter() - started < 2.0
