"""Blog engines' index and tag pages read as listings: a list of posts each dated before
its headline (Nikola's tag page) and entries under a line of their date, writer, category
and tags and a "Read more ..." link (ABlog's index) read as their headlines, dates and
teasers."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from reader.clean.html.entry_furniture import is_more_link, is_taxonomy_line
from tests.cli_run import dump_json

BLOGS = Path(__file__).resolve().parents[1] / "fixtures" / "blog_engines"
MAINTENANCE = [
    "Tarring the Ferry Steps",
    "A Quiet Week at the Fish Market",
    "New Benches on the Harbour Wall",
]


def _texts(dump: dict, kind: str) -> list[str]:
    return [block["text"] for block in dump["body"] if block["type"] == kind]


def test_a_tag_pages_dated_posts_are_its_entries() -> None:
    dump = dump_json(BLOGS / "nikola_tag_page.html")
    assert _texts(dump, "heading") == MAINTENANCE
    assert _texts(dump, "paragraph") == ["2024-06-11 09:30", "2024-03-28 10:00", "2024-03-15 10:00"]
    assert dump["title"] == "Posts about maintenance"


def test_an_index_leaves_out_its_entries_furniture() -> None:
    dump = dump_json(BLOGS / "ablog_alabaster_index.html")
    assert len(_texts(dump, "heading")) == 5
    text = "\n".join(block["text"] for block in dump["body"])
    for furniture in ("Read more", "Category:", "Tags:", "Tag:"):
        assert furniture not in text
    assert "11 June 2024" in _texts(dump, "paragraph")


def test_a_post_list_in_a_story_stays_the_storys(tmp_path: Path) -> None:
    prose = "<p>" + "The harbour office met on Monday to talk about the tar. " * 30 + "</p>"
    entries = "".join(
        f'<li><time datetime="2024-0{n}-01">2024-0{n}-01</time> <a href="/posts/{n}/">Post '
        f"number {n} of the harbour</a></li>"
        for n in range(1, 4)
    )
    page = tmp_path / "story.html"
    page.write_text(
        f"<html><body><article><h1>The tar meeting</h1>{prose}</article>"
        f'<aside><ul class="postlist">{entries}</ul></aside></body></html>'
    )
    dump = dump_json(page)
    assert dump["title"] == "The tar meeting"
    assert "The harbour office met" in dump["body"][0]["text"]


@pytest.mark.parametrize(
    ("line", "taxonomy"),
    [
        ("Author: Ada Marsh Category: Harbour Life Tags: maintenance timber", True),
        ("Category: Harbour Life", True),
        ("Tag: birds", True),
        ("Author: Ada Marsh", False),  # a byline
        ("Authors: the crews of the north quay", False),
    ],
)
def test_taxonomy_lines(line: str, taxonomy: bool) -> None:
    assert is_taxonomy_line(line) is taxonomy


def test_read_more_with_dots() -> None:
    assert is_more_link("Read more ...", "Tarring the Ferry Steps")
    assert is_more_link("Read more >", "Tarring the Ferry Steps")


def test_many_dated_entries_read_at_once(tmp_path: Path) -> None:
    times = "<time>2024-06-11</time>" * 2
    entries = "".join(
        f'<li>{times}<a href="/posts/{n}/">Post number {n} of the harbour</a></li>'
        for n in range(15_000)
    )
    page = tmp_path / "archive.html"
    page.write_text(
        f'<html><body><h1>Archive</h1><ul class="postlist">{entries}</ul></body></html>'
    )
    started = time.perf_counter()
    dump = dump_json(page)
    took = time.perf_counter() - started
    assert len(_texts(dump, "heading")) == 15_000
    assert took < 60
