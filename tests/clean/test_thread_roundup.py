"""A story that says it is an article (og:type) and whose sections each name their writer
(an experts' roundup, a live blog) is read as the story, not as a thread of posts."""

from __future__ import annotations

from pathlib import Path

from tests.cli_run import dump_json

EXPERTS = [
    ("Amara Lindqvist", "economist at the harbour institute"),
    ("Tomás Berglund", "professor of maritime law"),
    ("Keiko Ferreira", "former port director"),
    ("Idris Malone", "union representative for the dock workers"),
]


def _roundup(og_type: str) -> str:
    sections = "".join(
        f"<div class='expert'><div class='expert-author'><span class='author-name'>{name}"
        f"</span>, {role}</div><p>The new berth fees will change how shipping lines plan"
        f" their calls at the port over the coming decade, and the council should publish"
        f" the figures it used so that every operator can check them, said {name}.</p></div>"
        for name, role in EXPERTS
    )
    return (
        "<html><head><title>What the experts say about the berth fees</title>"
        f"<meta property='og:type' content='{og_type}'>"
        "<meta name='author' content='Ruth Okonkwo'></head><body><main>"
        "<h1>What the experts say about the berth fees</h1>"
        f"{sections}</main></body></html>"
    )


def test_a_story_whose_sections_name_their_writers_stays_the_story(tmp_path: Path) -> None:
    page = tmp_path / "roundup.html"
    page.write_text(_roundup("article"), encoding="utf-8")
    article = dump_json(page)
    headings = [block["text"] for block in article["body"] if block["type"] == "heading"]
    assert not any(name in heading for heading in headings for name, _role in EXPERTS)
    assert article["authors"] == ["Ruth Okonkwo"]
    body = " ".join(block["text"] for block in article["body"])
    assert all(f"said {name}" in body for name, _role in EXPERTS)


def test_the_same_page_not_called_an_article_is_read_as_posts(tmp_path: Path) -> None:
    page = tmp_path / "thread.html"
    page.write_text(_roundup("website"), encoding="utf-8")
    article = dump_json(page)
    headings = [block["text"] for block in article["body"] if block["type"] == "heading"]
    assert sum(any(name in h for h in headings) for name, _role in EXPERTS) == len(EXPERTS)
