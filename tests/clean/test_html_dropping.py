"""Dropping an element keeps its tail's words apart, and a run of drops adds no whitespace."""

from __future__ import annotations

from lxml.html import fragment_fromstring

from reader.clean.html.dropping import drop


def test_words_around_a_dropped_element_stay_apart() -> None:
    paragraph = fragment_fromstring("<p>word<span>x</span> <b>next</b> and<i>y</i> tail</p>")
    drop(paragraph.find("span"))
    drop(paragraph.find("i"))
    assert paragraph.text_content().split() == ["word", "next", "and", "tail"]


def test_a_run_of_dropped_siblings_does_not_pile_up_their_newlines() -> None:
    box = fragment_fromstring("<div>Start " + "<p>x</p>\n" * 2_000 + "<p>kept</p></div>")
    for child in list(box)[:-1]:
        drop(child)
    assert box.text == "Start "  # not "Start " and 2,000 newlines, rebuilt at each drop
    assert box.text_content() == "Start kept"
