"""The labelled people set (tests/people): per-article results on the tuning part, a floor on
the held-out part (articles written first and not looked at while tuning)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

from reader.people.finder import analyse_people

_PATH = Path(__file__).parents[1] / "people" / "labelled.py"
_SPEC = importlib.util.spec_from_file_location("people_labelled", _PATH)
labelled = importlib.util.module_from_spec(_SPEC)  # type: ignore[arg-type]
sys.modules["people_labelled"] = labelled
_SPEC.loader.exec_module(labelled)  # type: ignore[union-attr]

GOLD = labelled.load_gold()
TUNING = sorted(key for key, value in GOLD.items() if not value["held_out"])
HELD_OUT = sorted(key for key, value in GOLD.items() if value["held_out"])

# Known misses on the tuning part, kept visible rather than tuned away.
KNOWN_MISSING = {
    "t12-obituary": {"Dizzy Gillespie"},  # no first-name match, no title, no speech verb
    "t20-telescope": {"Einstein"},  # a one-word name with no title is never a new person
    "t22-oscars": {"Da'Vine Joy Randolph"},  # no evidence besides being capitalised
}
KNOWN_EXTRA: dict[str, set[str]] = {}
KNOWN_WRONG_ROLES: dict[str, int] = {}
KNOWN_WRONG_QUOTES: dict[str, int] = {}
# Held-out batches were written before the code they test and each scored once before any
# change it could inform ("first look"): batch 1 F1 0.991, batch 2 0.830, batch 3 0.948,
# batch 4 0.937 (pooled 0.925). Batches 1-2 were then looked at and general fixes made, so
# today's scores on them are no longer clean; batches 3-4 were not tuned on.
HELD_OUT_F1_FLOOR = 0.93


def test_the_set_is_big_enough() -> None:
    assert len(GOLD) >= 24 and len(HELD_OUT) >= 8
    for article_id in GOLD:
        assert labelled.article_path(article_id).exists()


@pytest.mark.parametrize("article_id", TUNING)
def test_tuning_article(article_id: str) -> None:
    article = analyse_people(labelled.parse_article(labelled.article_path(article_id)))
    score = labelled.score(article, GOLD[article_id])
    assert set(score.missing) == KNOWN_MISSING.get(article_id, set())
    assert set(score.extra) == KNOWN_EXTRA.get(article_id, set())
    assert len(score.wrong_roles) == KNOWN_WRONG_ROLES.get(article_id, 0), score.wrong_roles
    assert len(score.wrong_quotes) == KNOWN_WRONG_QUOTES.get(article_id, 0), score.wrong_quotes
    assert score.pulls_right == score.pulls_total


def test_held_out_floor() -> None:
    total = labelled.Score()
    for article_id in HELD_OUT:
        article = analyse_people(labelled.parse_article(labelled.article_path(article_id)))
        score = labelled.score(article, GOLD[article_id])
        total.tp += score.tp
        total.fp += score.fp
        total.fn += score.fn
    assert total.f1 >= HELD_OUT_F1_FLOOR
