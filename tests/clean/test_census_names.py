"""Bylines read the wide given-name list (the US census first names too); the people panel
and the unlabelled guesses (a copyright line, a name alone under the title) keep the hand
list, where a place or a brand ("Georgia Tech", "Cleveland Clinic") would read as a person."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.core.given_names import is_given_name, opens_with_given_name
from tests.cli_run import dump_article, dump_text

_BODY = (
    "Sourdough asks for patience more than skill: the starter does the work, and the baker "
    "mostly waits for it while the kitchen warms up through the afternoon.\n\n"
    "Feed the starter the night before, then mix the dough in the morning with warm water "
    "and a generous pinch of salt, and leave it covered on the counter.\n\n"
    "Fold the dough four times over two hours, shape it into a tight ball, and let it rest "
    "in the fridge overnight before it goes into a very hot oven the next day.\n\n"
)


def test_census_first_names_count_in_bylines_only() -> None:
    assert is_given_name("Kiersten", wide=True)
    assert not is_given_name("Kiersten")
    assert opens_with_given_name("Brinda Gulati", wide=True)
    assert not opens_with_given_name("Brinda Gulati")


@pytest.mark.parametrize(
    ("after_the_body", "writer"),
    [
        ("Pin this for later!\n\nPosted By: Kiersten · In: Sides, Sourdough\n\n", "Kiersten"),
        ("About the author\n\nBrinda Gulati\n\nContent Editor\n\n", "Brinda Gulati"),
    ],
)
def test_a_copied_byline_with_a_census_first_name_names_the_writer(
    tmp_path: Path, after_the_body: str, writer: str
) -> None:
    page = (
        "Home\n\nRecipes\n\nAbout\n\nHow to Make Sourdough Bread\n\n"
        f"{_BODY}{after_the_body}You'll Also Love\n"
    )
    assert dump_text(tmp_path, page)["authors"] == [writer]


def test_an_html_author_box_names_a_census_first_name(tmp_path: Path) -> None:
    body = "".join(f"<p>{paragraph}</p>" for paragraph in _BODY.split("\n\n") if paragraph)
    box = (
        '<div class="author-box"><h4>Kiersten Hickman</h4><p>Kiersten is a journalist and '
        "sommelier with ten years of writing about food, wine and the people who make them; "
        "she bakes a loaf every weekend, in a cold kitchen, and writes about every one that "
        "fails.</p></div>"
    )
    article = dump_article(tmp_path, "How to Make Sourdough Bread", body + box)
    assert article["authors"] == ["Kiersten Hickman"]


def test_places_and_brands_are_no_writers_and_no_people(tmp_path: Path) -> None:
    page = (
        "How Georgia Tech Bakes Bread\n\n"
        "Georgia Tech said on Monday that its kitchen lab would bake for the campus. "
        "Researchers at Georgia Tech timed every loaf.\n\n"
        "The Cleveland Clinic said the bread was good for you, and Georgia Tech agreed. "
        "Avis Car Rental delivered the flour to Georgia Tech.\n\n"
        f"{_BODY}© 2025 Cleveland Clinic. All rights reserved.\n"
    )
    article = dump_text(tmp_path, page)
    assert article["authors"] == []
    names = {person["name"] for person in article["people"]}
    assert not names & {"Georgia Tech", "Cleveland Clinic", "Avis Car Rental"}


def test_a_place_alone_under_an_html_headline_is_no_writer(tmp_path: Path) -> None:
    body = "".join(f"<p>{paragraph}</p>" for paragraph in _BODY.split("\n\n") if paragraph)
    article = dump_article(tmp_path, "How to Make Sourdough Bread", f"<p>Georgia Tech</p>{body}")
    assert article["authors"] == []
