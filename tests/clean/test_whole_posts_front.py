"""A blog's front page that shows its posts whole (Nikola's, many themes'): each post under
its own headline, a link to the post's page, then its author and date, then its text; a
forum's post titles ("Re: ...", a link into the page, a byline naming the poster) head no
post."""

from __future__ import annotations

from pathlib import Path

from tests.cli_run import dump_json

FRONT = Path(__file__).parents[1] / "fixtures" / "blog_engines" / "whole_posts_front.html"
THREADS = Path(__file__).parents[1] / "fixtures" / "threads"


def _headings(dumped: dict) -> list[tuple[str, int]]:
    return [(block["text"], block["level"]) for block in dumped["body"]
            if block["type"] == "heading"]


def test_each_post_of_a_front_page_keeps_its_headline_as_a_link() -> None:
    dumped = dump_json(FRONT)
    assert _headings(dumped) == [
        ("Painting the Bollards", 2),
        ("Lena Voss · 2025-05-06 09:00", 4),
        ("How long it took", 3),
        ("The New Crane Arrives", 2),
        ("Piet Hals · 2025-04-22 09:00", 4),
        ("Mending the Winter Nets", 2),
        ("Lena Voss · 2025-04-02 09:00", 4),
    ]
    targets = {link["text"]: link["href"] for link in dumped["links"]}
    assert targets["The New Crane Arrives"] == "https://quay.example/posts/the-new-crane/"
    words = " ".join(block["text"] for block in dumped["body"])
    assert "lifted onto its rails" in words and "wooden needle" in words


def test_a_trackers_byline_headings_head_no_post() -> None:
    dumped = dump_json(THREADS / "redmine_issue.html")
    assert all(level != 2 for _text, level in _headings(dumped))
