"""A headline, its dek and the writer's name over the date, with no "By": the way a blog
platform's copy (Medium's, Substack's) and many a site's head read; and the labels between a
headline and its byline that are no dek. Through the real ``reader dump`` command."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.cli_run import body_texts, dump_text
from tests.harbour_page import BODY, FOOTER, MENU, TITLE, page_text

HEADLINE = "Why Our Old Bridges Keep Failing"
DEK = "Five habits of a city council that quietly add years to every repair"
NAME = "Priya Raman"
DATE = "Mar 3, 2025"


def test_a_dek_over_a_name_and_its_date_is_the_subtitle(tmp_path: Path) -> None:
    """The dek is the subtitle and the name over the date the byline: none of the three
    lines is left over the story."""
    article = dump_text(tmp_path, page_text([HEADLINE, DEK, NAME, DATE, *BODY]))
    assert article["title"] == HEADLINE
    assert article["subtitle"] == DEK
    assert article["authors"] == [NAME]
    assert article["published"].startswith("2025-03-03")
    assert body_texts(article) == BODY


def test_a_platforms_buttons_leave_the_headline_over_its_dek(tmp_path: Path) -> None:
    """Under "Sign up" / "Sign in", a headline in title case that names few of the story's
    words stays the title over its dek in sentence case (the dek names more of them, and
    was taken for the headline); "Follow", the reading time and the buttons go."""
    lines = ["Sign up", "Sign in", HEADLINE, DEK, NAME, "Follow", "9 min read", "·", DATE,
             "Listen", "Share", *BODY]
    article = dump_text(tmp_path, page_text(lines))
    assert article["title"] == HEADLINE
    assert article["subtitle"] == DEK
    assert article["authors"] == [NAME]
    assert body_texts(article) == BODY


def test_a_lead_paragraph_over_the_name_stays_in_the_story(tmp_path: Path) -> None:
    """A paragraph of more than 30 words over the name and the date is the story's lead,
    not a dek: it stays the first paragraph."""
    lead = ("The harbour bridge has been closed since the winter storm, and the council has"
            " spent the months since arguing about whether to repair it, rebuild it or pull"
            " it down for good.")
    article = dump_text(tmp_path, page_text([HEADLINE, lead, NAME, DATE, *BODY]))
    assert article["subtitle"] is None
    assert body_texts(article)[0] == lead
    assert article["authors"] == [NAME]


@pytest.mark.parametrize(
    "label",
    ["Written By:", "PUBLISHED", "Security", "Asia | Travel Tips | Japan",
     "Reviewed by: Sam Lee, MD", "8 min read · Updated"],
)
def test_a_label_under_the_headline_is_no_subtitle(tmp_path: Path, label: str) -> None:
    """A credit's or a date's label, a section's name, a list of tags or a reading time
    between the headline and the byline is the page's furniture: no subtitle, and not the
    story's."""
    lines = [*MENU, TITLE, label, "By Dana Holt", "March 3, 2025", *BODY, *FOOTER]
    article = dump_text(tmp_path, page_text(lines))
    assert article["title"] == TITLE
    assert article["subtitle"] is None
    assert label not in body_texts(article)


def test_a_dek_over_the_byline_stays_the_subtitle(tmp_path: Path) -> None:
    lines = [*MENU, TITLE, DEK, "By Dana Holt", "March 3, 2025", *BODY, *FOOTER]
    article = dump_text(tmp_path, page_text(lines))
    assert article["subtitle"] == DEK
    assert article["authors"] == ["Dana Holt"]
