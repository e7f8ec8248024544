"""Names the People panel listed on real pages that name no person: a preposition opening
the "name", companies named so by an apposition or the noun before them, a title inside a
brand's name. Each with the real people the rule must keep."""

from __future__ import annotations

from reader.article.model import build_article
from reader.people.finder import analyse_people


def _people(*paragraphs: str) -> dict[str, str | None]:
    blocks = [("paragraph", p) for p in paragraphs]
    article = analyse_people(build_article(title="T", blocks=blocks))
    return {person.name: person.role for person in article.people}


def test_per_opening_a_sentence_is_the_preposition() -> None:
    people = _people(
        "Per Wirecutter’s standards, I don’t own stock in any company. Like all Wirecutter "
        "journalists, I test products with complete independence. Wirecutter tested many.",
        "Per Reuters, the deal closed on Friday. Wirecutter said the results were fine.",
    )
    assert people == {}


def test_per_as_a_first_name_stays() -> None:
    people = _people(
        "Per Mertesacker said the team had played well.",
        "Arsenal’s Per Mertesacker’s header won it. Per Mertesacker, the defender, agreed.",
        "Per Olsen, 36, runs the bakery. Per Nilsson’s goal sealed the match for Malmö.",
    )
    assert {"Per Mertesacker", "Per Olsen", "Per Nilsson"} <= set(people)
