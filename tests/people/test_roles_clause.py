"""A role before a name never swallows the clause in front of it."""

from __future__ import annotations

from reader.people.roles import apposition_before


def test_role_before_name_stops_at_clause_verb() -> None:
    text = (
        "Among the issues the NYAG is examining is whether WeWork’s founder and former "
        "CEO, Adam Neumann, indulged in self-dealing."
    )
    role = apposition_before(text, text.index("Adam"))
    assert role == "WeWork’s founder and former CEO"


def test_role_before_name_plain_phrase_unchanged() -> None:
    text = "Stone thanked the director, Yorgos Lanthimos, warmly."
    assert apposition_before(text, text.index("Yorgos")) == "director"
