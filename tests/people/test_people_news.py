"""The second labelled set (tests/people/news): news in several styles written for issue 16.

Held out by file number (n03, n06, ... every third), never looked at while tuning. First look
(before any change of issue 16): tuning F1 0.902, quote speakers 0.744; held out F1 0.939,
quote speakers 0.737.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

from reader.people.finder import analyse_people

_HERE = Path(__file__).parent
_SPEC = importlib.util.spec_from_file_location("people_labelled_news", _HERE / "labelled.py")
labelled = importlib.util.module_from_spec(_SPEC)  # type: ignore[arg-type]
sys.modules["people_labelled_news"] = labelled
_SPEC.loader.exec_module(labelled)  # type: ignore[union-attr]
labelled.HERE = _HERE / "news"
labelled.ARTICLES = labelled.HERE / "articles"

GOLD = labelled.load_gold()
TUNING = sorted(key for key, value in GOLD.items() if not value["held_out"])
HELD_OUT = sorted(key for key, value in GOLD.items() if value["held_out"])


def test_a_fixed_third_is_held_out_by_file_number() -> None:
    assert [key for key in sorted(GOLD) if int(key[1:3]) % 3 == 0] == HELD_OUT
    assert len(HELD_OUT) * 3 == len(GOLD)


@pytest.mark.parametrize("article_id", TUNING)
def test_tuning_article(article_id: str) -> None:
    article = analyse_people(labelled.parse_article(labelled.article_path(article_id)))
    score = labelled.score(article, GOLD[article_id])
    assert (score.missing, score.extra, score.wrong_quotes) == ([], [], [])


def test_held_out_floor() -> None:
    total = labelled.Score()
    for article_id in HELD_OUT:
        article = analyse_people(labelled.parse_article(labelled.article_path(article_id)))
        score = labelled.score(article, GOLD[article_id])
        for key in ("tp", "fp", "fn", "quotes_right", "quotes_total"):
            setattr(total, key, getattr(total, key) + getattr(score, key))
    assert total.f1 >= 0.85
    assert total.quotes_right >= 0.9 * total.quotes_total
