"""Filling our reading in from the second opinion: lead and inner blocks, never the tail."""

from __future__ import annotations

from reader.clean.html.fusion import fill_in, holds_ours


def _p(text: str) -> tuple[str, str, int]:
    return ("paragraph", text, 0)


INTRO = _p("The intro paragraph says what the whole article is about in more than fifteen words.")
ONE = _p("First body paragraph with enough words to anchor the reading well.")
MIDDLE = _p("A middle paragraph that readability scored too low and dropped from its pick.")
TWO = _p("Second body paragraph with enough words to anchor the reading too.")
RELATED = _p("Related stories you may like to read next after this one, picked for you today.")


def test_lead_and_inner_blocks_are_placed_where_they_stand() -> None:
    ours = [ONE, TWO]
    theirs = [INTRO, ONE, MIDDLE, TWO, RELATED]
    assert fill_in(ours, theirs) == [INTRO, ONE, MIDDLE, TWO]


def test_nothing_is_filled_when_theirs_does_not_hold_ours() -> None:
    ours = [ONE, TWO, _p("A long paragraph of our own that the second opinion never saw.")]
    theirs = [INTRO, ONE, MIDDLE]
    assert not holds_ours(ours, theirs)
    assert fill_in(ours, theirs) is None


def test_nothing_is_filled_when_theirs_adds_nothing_before_or_inside() -> None:
    assert fill_in([ONE, TWO], [ONE, TWO, RELATED]) is None


def test_a_short_block_found_anywhere_in_ours_is_no_anchor() -> None:
    # "India" is in our text, but only as a word: the tail after TWO stays out
    ours = [ONE, TWO, _p("Offices in India")]
    theirs = [ONE, TWO, RELATED, _p("India"), MIDDLE]
    assert fill_in(ours, theirs) is None


def test_a_short_lead_or_heading_does_not_lead() -> None:
    theirs = [("heading", "A heading above the article text that is long enough", 2),
              _p("Posted on"), ONE, MIDDLE, TWO]
    assert fill_in([ONE, TWO], theirs) == [ONE, MIDDLE, TWO]
