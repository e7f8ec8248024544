"""A text nobody wrapped at a width, where a sentence was broken by hand: the broken
paragraph is one paragraph, and what only looks like one stays apart. Read through
``reader dump``."""

from __future__ import annotations

import pytest

from tests.cli_run import body_texts, dump_json

TRIP = (
    "Trip report\n\n"
    "We drove up the coast road on Saturday morning and stopped for lunch at a small cafe "
    "near the bay,\nthen walked along the cliffs.\n"
)
SHORT_TITLE = (
    "Short title\n\n"
    "This is a plain text file with a long first line that goes past the usual wrap width "
    "and it should\nbe reflowed into a paragraph.\n"
)


def test_a_sentence_broken_by_hand_is_one_paragraph() -> None:
    article = dump_json("-", stdin=TRIP.encode())
    assert article["title"] == "Trip report"
    assert body_texts(article) == [
        "We drove up the coast road on Saturday morning and stopped for lunch at a small cafe "
        "near the bay, then walked along the cliffs."
    ]


def test_the_title_over_such_a_paragraph_stays_the_title() -> None:
    article = dump_json("-", stdin=SHORT_TITLE.encode())
    assert article["title"] == "Short title"
    assert body_texts(article)[0].endswith("and it should be reflowed into a paragraph.")


@pytest.mark.parametrize(
    "lines",
    [
        # a headline over its byline
        "Top Six Tools for Business Success in 2026 and How to Get More From Each\nby Andrew Clark",
        # addresses, one a line
        "https://www.example.com/listing/1080341/whirlpool-corp-clyde-operations-plant\n"
        "https://www.example.com/laundry/dryers-and-washers/front-loading.html",
        # a tagline over a button
        "324+ episodes of free business, marketing, and design advice every week\n"
        "learn with elizabeth",
        # a full sentence over the next
        "The council met on Tuesday evening to discuss the new harbour wall plans.\n"
        "residents were invited to speak at the end of the meeting, as usual.",
    ],
    ids=["byline", "addresses", "button", "sentence-end"],
)
def test_lines_that_only_look_run_on_stay_apart(lines: str) -> None:
    text = f"A note\n\n{PARAGRAPH}\n\n{lines}\n\n{PARAGRAPH}\n\n{PARAGRAPH}\n"
    body = body_texts(dump_json("-", stdin=text.encode()))
    for line in lines.split("\n"):
        assert line in body, (line, body)


# a paragraph a line, as nobody wrapped it: the text has no wrap width
PARAGRAPH = (
    "The harbour wall was built in 1872 and has kept the winter storms out of the old town "
    "ever since, though the council has patched it many times and says the next repair "
    "will be the last one it can afford."
)
