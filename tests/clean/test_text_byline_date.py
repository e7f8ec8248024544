"""The date on the byline that names a copied article's writer, when nothing else dated the
article: a dek the byline ran onto, a label glued to the name."""

from __future__ import annotations

import pytest

from tests.clean.test_text_copied_head import FOOTER, MENU, SKILLET_BODY, SKILLET_HEADLINE
from tests.cli_run import dump_json


@pytest.mark.parametrize(
    "dek",
    [
        "Eleven pans, a month of cooking and one clear winner. By Dana Holt on Dec. 19, 2025",
        "By Dana HoltUpdated: Dec 19, 2025 1:06 PM EST",
    ],
)
def test_the_date_on_the_writers_byline_dates_the_article(dek: str) -> None:
    page = f"{MENU}{SKILLET_HEADLINE}\n\n{dek}\n\n{SKILLET_BODY}{FOOTER}"
    article = dump_json("-", stdin=page.encode())
    assert article["authors"] == ["Dana Holt"]
    assert article["published"] == "2025-12-19"


def test_the_writers_other_posts_on_other_days_date_nothing() -> None:
    others = (
        "More from Dana Holt\n\nThe Best Dutch Ovens. By Dana Holt on Nov. 2, 2025\n\n"
        "The Best Chef's Knives. By Dana Holt on Oct. 5, 2025"
    )
    page = f"{MENU}{SKILLET_HEADLINE}\n\nBy Dana Holt\n\n{SKILLET_BODY}\n\n{others}{FOOTER}"
    assert dump_json("-", stdin=page.encode())["published"] is None
