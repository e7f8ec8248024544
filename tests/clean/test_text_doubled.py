"""A line a copied page shows twice, run together, is read once: a byline or a date set for
narrow and for wide screens ("30 January 2025 / 23:07 GMT30 January 2025 / 23:07 GMT")."""

from __future__ import annotations

import pytest

from reader.clean.text.doubled import undoubled
from tests.clean.test_text_copied_head import SKILLET_BODY as BODY
from tests.cli_run import dump_json


def test_a_date_shown_twice_on_one_line_dates_a_copied_article() -> None:
    page = (
        "The Best Cast Iron Skillets, Tested by Our Cooks\n\n"
        "Our cooks seared, baked and scrubbed their way through eleven pans.\n\n"
        "Dana Holt\n\n"
        "30 January 2025 / 23:07 GMT30 January 2025 / 23:07 GMT\n\n"
        f"{BODY}\n"
    )
    article = dump_json("-", stdin=page.encode())
    assert article["published"] == "2025-01-30"
    assert article["authors"] == ["Dana Holt"]


def test_a_name_shown_twice_is_one_name() -> None:
    page = (
        "The Best Cast Iron Skillets, Tested by Our Cooks\n\n"
        "Written by: Dana Holt Dana Holt\n\n"
        f"{BODY}\n"
    )
    assert dump_json("-", stdin=page.encode())["authors"] == ["Dana Holt"]


@pytest.mark.parametrize(
    ("line", "once"),
    [
        ("Jan 5, 2026Jan 5, 2026", "Jan 5, 2026"),
        ("Kristian LarsenKristian Larsen", "Kristian Larsen"),
        ("Get In Touch   Get In Touch", "Get In Touch"),
    ],
)
def test_a_line_run_together_with_itself_is_read_once(line: str, once: str) -> None:
    assert undoubled(line) == once


@pytest.mark.parametrize(
    "line",
    [
        "la la la la",  # a refrain
        "Excellent\t Average\t Excellent\t Average",  # a table's row
        "Bora Bora",
        "Walla Walla Walla Walla Washington",
        "tsetsetsetse",
    ],
)
def test_a_line_that_repeats_words_of_its_own_stays(line: str) -> None:
    assert undoubled(line) == line

