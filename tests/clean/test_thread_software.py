"""Discussions as real forum, tracker and archive software serves them read post by post.
The fixtures are cut down from pages django-machina, Redmine and HyperKitty served (the
discussion benchmark's, ``benchmarks/data/discussions``), with other people and words:
a poster's column named as the post's sidebar, a note's byline in a heading ("Updated by
<a>...</a>"), a date in a link's title or in the author's line, replies shaded in turn
(``odd``, ``even``) at the level their class names (``reply-level-2``)."""

from __future__ import annotations

import time
from pathlib import Path

from lxml import html as lxml_html

from reader.clean.html.posts import class_depth, first_class
from reader.clean.meta.dates import written_date
from tests.cli_run import dump_json

PAGES = Path(__file__).parents[1] / "fixtures" / "threads"


def read(name: str) -> dict:
    return dump_json(PAGES / name)


def headings(dumped: dict) -> list[str]:
    return [block["text"] for block in dumped["body"] if block["type"] == "heading"]


def read_as_thread(name: str, shown: list[str], posters: dict[str, str]) -> dict:
    """The page ``name`` dumped, checked to read as posts under ``shown`` headings, its
    starter the byline, ``posters`` in the people panel with their roles."""
    dumped = read(name)
    assert headings(dumped) == shown
    assert dumped["authors"] == [next(iter(posters))]
    assert {person["name"]: person.get("role") for person in dumped["people"]} == posters
    return dumped


def test_a_forum_whose_poster_column_is_the_posts_sidebar_reads_post_by_post() -> None:
    dumped = read_as_thread(
        "machina_topic.html",
        [  # (each date as the author's line writes it: "By: wren on February 3, 2026, ...")
            "wren · February 3, 2026",
            "okonkwo · February 3, 2026",
            "bettany · February 4, 2026",
            "wren · February 5, 2026",
        ],
        {"wren": "author, 2 posts", "okonkwo": "1 post", "bettany": "1 post"},
    )
    text = "\n".join(block["text"] for block in dumped["body"])
    for furniture in ("Posts:", "By:", "¶", "Powered by"):
        assert furniture not in text, furniture


def test_a_trackers_issue_reads_as_its_description_and_notes() -> None:
    dumped = read_as_thread(
        "redmine_issue.html",
        [  # (the day in each link's title, not "about 1 month"; "Start date:" is no date)
            "Nadia Brandt · 04/14/2026 09:20 AM",
            "Joost de Wit · 04/14/2026 11:02 AM",
            "Priya Raman · 04/15/2026 08:47 AM",
            "Nadia Brandt · 04/16/2026 02:05 PM",
        ],
        {"Nadia Brandt": "author, 2 posts", "Joost de Wit": "1 post", "Priya Raman": "1 post"},
    )
    assert dumped["subtitle"] is None  # (its description box: "Description" and the first post)
    kinds = [block["type"] for block in dumped["body"]]
    assert kinds.count("code") == 1
    text = "\n".join(block["text"] for block in dumped["body"])
    assert (
        text.index("gateway timeout")
        < text.index("proxy_read_timeout")
        < text.index("twelve seconds")
    )
    for furniture in ("Updated by", "Added by", "Copy link", "Actions", "Atom", "Status:"):
        assert furniture not in text, furniture


def test_replies_titled_re_under_a_trackers_forum_topic_are_posts_not_a_listing() -> None:
    """Each reply heads itself "RE: <the topic>" (a link to the reply) beside its byline:
    a reply's title is no headline, so the topic is no list of entries."""
    dumped = read_as_thread(
        "redmine_forum_topic.html",
        [
            "Orla Quinn · 04/07/2026 08:10 AM",
            "Bram Okafor · 04/07/2026 09:02 AM",
            "Signe Holt · 04/07/2026 10:45 AM",
            "Orla Quinn · 04/07/2026 01:30 PM",
            "Bram Okafor · 04/08/2026 07:55 AM",
            "Signe Holt · 04/08/2026 09:20 AM",
        ],
        {"Orla Quinn": "author, 2 posts", "Bram Okafor": "2 posts", "Signe Holt": "2 posts"},
    )
    text = "\n".join(block["text"] for block in dumped["body"])
    assert "RE:" not in text and "Added by" not in text


def test_an_archived_mail_thread_keeps_its_replies_levels() -> None:
    read_as_thread(
        "hyperkitty_thread.html",
        [
            "Grete Vik · 11 May 2026",
            "Lars Eklund · 11 May",
            "↳ Grete Vik · May 11, 2026",  # (the page shows the time alone: its title the day)
            "↳↳ Lars Eklund · 12 May",
            "Tom Hardy · 12 May",
        ],
        {"Grete Vik": "author, 2 posts", "Lars Eklund": "2 posts", "Tom Hardy": "1 post"},
    )


def test_stripes_and_levels_are_no_shape_of_a_post() -> None:
    element = lxml_html.fragment_fromstring('<div class="even reply-level-2 message"></div>')
    assert first_class(element) == "message"
    assert [class_depth(name) for name in ("reply-level-2", "depth-3", "level4", "levels")] == [
        2,
        3,
        4,
        None,
    ]


def test_a_date_written_in_a_line_is_found_in_linear_time() -> None:
    assert written_date("By: wren on February 3, 2026, 8:10 a.m.") == "February 3, 2026"
    assert written_date("Sender's time: May 11, 2026, 3:55 p.m.") == "May 11, 2026"
    assert written_date("posted 2026-05-11 at noon") == "2026-05-11"
    assert written_date("Posts: 14") is None
    hostile = "1" * 2_000_000 + " " + "May " * 300_000 + "9" * 500_000
    started = time.perf_counter()
    assert written_date(hostile) is None
    assert time.perf_counter() - started < 5
