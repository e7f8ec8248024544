"""A date in numbers: one that could be day or month first ("03/10/2023") is read the way the
rest of its page writes dates; an ISO date with its time run on is a date."""

from __future__ import annotations

from reader.clean.date_order import in_page_order, writes_day_first
from tests.clean.test_text_copied_head import SKILLET_BODY as BODY
from tests.cli_run import dump_json

ARCHIVE = (
    "More from the blog\n\n"
    "How to clean a skillet - 27 October 2023\n\n"
    "Why cast iron rusts - 13 September 2023\n\n"
    "The best oils for seasoning - 1 August 2023\n\n"
)


def _published(date_line: str, archive: str) -> str:
    page = (
        "Skip to content\n\nHome\n\nRecipes\n\nSign in\n\n"
        f"How to Season Cast Iron Skillets\n\n{date_line}\n\n{BODY}\n\n{archive}"
        "About us\n\nPrivacy Policy\n\n© 2025 Skillet Co.\n"
    )
    return dump_json("-", stdin=page.encode())["published"]


def test_a_page_that_writes_days_first_reads_its_numeric_date_day_first() -> None:
    assert _published("03/10/2023", ARCHIVE) == "2023-10-03"


def test_a_page_that_writes_months_first_reads_it_month_first() -> None:
    archive = ARCHIVE.replace("27 October 2023", "October 27, 2023").replace(
        "13 September 2023", "September 13, 2023"
    )
    assert _published("03/10/2023", archive) == "2023-03-10"


def test_only_a_date_that_could_be_either_way_turns() -> None:
    text = "Posted 03/10/2023. Older: 27/10/2023 and 3 October 2023."
    assert writes_day_first(text)
    assert in_page_order("2023-03-10", text) == "2023-10-03"
    assert in_page_order("2023-03-10", "Posted March 10, 2023. Older: 27/10/2023.") == (
        "2023-03-10"  # (written with its month's name: no doubt)
    )
    assert in_page_order("2023-03-03", text) == "2023-03-03"


def test_an_iso_date_with_its_time_dates_a_copied_page() -> None:
    assert _published("Published on 2021-01-18T19:55", "") == "2021-01-18"
