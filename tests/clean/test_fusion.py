"""Filling our reading in from the second opinion: lead and inner blocks, never the tail."""

from __future__ import annotations

from reader.clean.html.fusion import fill_in, holds_ours, place_in


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


def test_what_our_rules_took_out_does_not_come_back() -> None:
    caption = _p("The old bridge at dawn, seen from the east bank, before the works began.")
    theirs = [ONE, caption, MIDDLE, TWO]
    seen = f"{ONE[1]} {caption[1]} {TWO[1]}"  # readability had the caption; a rule dropped it
    assert fill_in([ONE, TWO], theirs, seen) == [ONE, MIDDLE, TWO]


def test_a_block_of_the_pages_links_is_navigation() -> None:
    related = ("list", "Canal towpath to reopen in May\nRead more: Council budget explained", 0)
    contents = ("list", "2. Getting started\n2.1 First steps with the tool\nA1.2 Appendix", 0)
    links = frozenset({
        "canal towpath to reopen in may", "council budget explained", "getting started",
        "first steps with the tool", "appendix",
    })
    theirs = [ONE, related, MIDDLE, contents, TWO]
    assert fill_in([ONE, TWO], theirs, "", links) == [ONE, MIDDLE, TWO]
    assert fill_in([ONE, TWO], theirs) == [ONE, related, MIDDLE, contents, TWO]


def test_place_in_takes_inner_blocks_whatever_share_it_holds() -> None:
    """Where trafilatura's reading replaces ours, our inner blocks it left out go in."""
    theirs = [INTRO, ONE, TWO, RELATED]
    ours = [ONE, MIDDLE, TWO, _p("A closing paragraph of ours after the last shared block.")]
    assert place_in(theirs, ours) == [INTRO, ONE, MIDDLE, TWO, RELATED]
    assert place_in(theirs, [ONE, TWO]) is None  # (nothing to add)


def test_where_theirs_replaces_ours_our_closing_prose_follows_it() -> None:
    """Readability's reading keeps little but keeps it well: where trafilatura's replaces
    it, our paragraphs of prose after the last shared block follow trafilatura's reading;
    a heading or a short line there does not (``tail``). Filling ours in from theirs
    never takes their tail (``fill_in``)."""
    closing = _p("The closing paragraph of ours, after the last block we share with theirs,"
                 " says how the story ends.")
    ours = [ONE, TWO, _p("Share this story"), ("heading", "More from the author", 2), closing]
    theirs = [INTRO, ONE, TWO, RELATED]
    assert place_in(theirs, ours, tail=True) == [INTRO, ONE, TWO, RELATED, closing]
    assert place_in(theirs, ours) is None


def test_a_key_points_list_the_second_opinion_dropped_stays() -> None:
    """Through the real CLI, a real page (WCXB 4614, scripts, navigation, footers and pictures
    taken out): trafilatura's reading replaces readability's, and the "Key Takeaways" list
    only readability kept is placed in it."""
    from pathlib import Path

    from tests.cli_run import dump_json

    page = Path(__file__).parents[1] / "fixtures" / "html" / "key_takeaways.html"
    body = [block["text"] for block in dump_json(str(page))["body"]]
    takeaways = [i for i, text in enumerate(body) if text.startswith("Reduce household")]
    opening = [i for i, text in enumerate(body) if text.startswith("In 2018, the United")]
    assert takeaways and opening and takeaways[0] < opening[0]  # (where it stood: the lead)
    assert len(body) > opening[0] + 20  # (trafilatura's reading of the rest follows)
