"""Dates a copied page sets where the headline's details are not looked for: the post's day
under its last paragraph ("Published" / "August 30, 2024"), unless it is one of a list's
(related posts, a comment thread) under it; a "Posted on" line run on past 200 characters;
a date written "19-Dec-2025"."""

from __future__ import annotations

import pytest

from tests.clean.test_text_copied_head import FOOTER, MENU, SKILLET_BODY, SKILLET_HEADLINE
from tests.cli_run import dump_json


def _page(after_the_article: str) -> dict:
    body = "\n\n".join([SKILLET_BODY] * 5)  # (15 paragraphs: far from the headline)
    page = f"{MENU}{SKILLET_HEADLINE}\n\n{body}\n\n{after_the_article}{FOOTER}"
    return dump_json("-", stdin=page.encode())


@pytest.mark.parametrize(
    "after_the_article",
    [
        "Published\n\nAugust 30, 2024\n\nAuthor\n\nRelated Program",
        "Industry Insights\n\nAugust 30, 2024\n\nOur Services\n\nKitchen Design",
    ],
)
def test_the_date_under_the_articles_last_paragraph_dates_it(after_the_article: str) -> None:
    assert _page(after_the_article)["published"] == "2024-08-30"


@pytest.mark.parametrize(
    "after_the_article",
    [
        "More from the kitchen\n\nAugust 30, 2024\n\nThe Best Dutch Ovens\n\n"
        "September 2, 2024\n\nThe Best Chef's Knives",
        "Comments\n\nLori Campbell says\n\nAugust 30, 2024 at 8:55 am\n\n"
        "This looks great! I really like the finish on the pan.",
    ],
)
def test_a_lists_dates_under_the_article_are_not_its_own(after_the_article: str) -> None:
    assert _page(after_the_article)["published"] is None


def test_a_long_posted_on_line_under_the_headline_dates_the_article() -> None:
    """A blog's "Posted on" line runs on into its categories past 200 characters."""
    categories = ", ".join(f"Kitchen Equipment Reviews Part {n}" for n in range(1, 9))
    line = f"Posted on November 25, 2024December 3, 2024 in {categories}"
    page = f"{MENU}{SKILLET_HEADLINE}\n\n{line}\n\n{SKILLET_BODY}{FOOTER}"
    assert len(line) > 200
    assert dump_json("-", stdin=page.encode())["published"] == "2024-11-25"


def test_a_byline_dated_with_dashes_dates_the_copied_article() -> None:
    """"19-Dec-2025": the month's name between dashes, as many news sites write it."""
    head = f"{SKILLET_HEADLINE}\n\nBy  Jayesh Shinde | Updated on 19-Dec-2025"
    article = dump_json("-", stdin=f"{MENU}{head}\n\n{SKILLET_BODY}{FOOTER}".encode())
    assert article["published"] == "2025-12-19"
