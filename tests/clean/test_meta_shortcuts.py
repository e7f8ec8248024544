"""The metadata readers' shortcuts give what the long way gives: a box's words told without
reading it through, a boilerplate name told by its words before the full pattern, a class
found in the class-and-id text the index scans."""

from __future__ import annotations

import re

import lxml.html
import pytest

from reader.clean.byline import _DATE_PATTERNS, may_hold_a_date, parse_date
from reader.clean.class_index import ClassIndex
from reader.clean.meta.subtitle import _opening
from reader.clean.meta.text import element_text, in_boilerplate, norm_words, shows_text

BOXES = [
    "<div></div>",
    "<div>  \n </div>",
    "<div><script>var a = 1;</script> </div>",
    "<div><span hidden>hidden</span></div>",
    "<div><script>x</script>tail after a script</div>",
    "<div><span hidden>x</span> tail after a hidden part</div>",
    "<div><!-- a comment --> </div>",
    "<div><!-- a comment -->words</div>",
    "<div><p><b> </b></p><p><i>deep <u>words</u></i></p></div>",
    "<div>\u00a0\u2003</div>",
]


@pytest.mark.parametrize("markup", BOXES)
def test_a_box_shows_text_when_its_text_is_not_empty(markup: str) -> None:
    box = lxml.html.fragment_fromstring(markup)
    assert shows_text(box) == bool(element_text(box))


def _nested(class_name: str) -> lxml.html.HtmlElement:
    page = lxml.html.document_fromstring(
        f'<html><body><div class="{class_name}"><p id="x">Text</p></div></body></html>'
    )
    return page.get_element_by_id("x")


@pytest.mark.parametrize(
    ("class_name", "boilerplate"),
    [
        ("Related-Posts", True),
        ("site-FOOTER", True),
        ("wrap has-sidebar", False),  # a layout modifier names no sidebar
        ("lg:nav-[x]", False),  # nor a utility class
        ("ſhare-bar", True),  # a case-blind "share" (re's likeness of "ſ" and "s")
        ("entry-content", False),
    ],
)
def test_a_boilerplate_name_is_told_in_any_case(class_name: str, boilerplate: bool) -> None:
    assert in_boilerplate(_nested(class_name)) is boilerplate


def test_the_index_finds_a_class_whose_word_stands_in_an_id_elsewhere() -> None:
    page = lxml.html.document_fromstring(
        '<html><body><div id="byline">no</div><div class="Byline">yes</div>'
        '<div id="a" class="b">no</div></body></html>'
    )
    index = ClassIndex.of_page(page)
    found = index.find(re.compile("byline", re.I), ("byline",), "class")
    assert [element.text for element in found] == ["yes"]
    both = index.find(re.compile("byline", re.I), ("byline",), "class", "id")
    assert [element.text for element in both] == ["no", "yes"]


def test_every_byline_date_pattern_reads_a_year_the_shortcut_looks_for() -> None:
    # may_hold_a_date passes a line without "19" or "20" by: each pattern must need one
    assert all(r"(?:19|20)\d\d" in pattern.pattern for pattern in _DATE_PATTERNS)
    assert not may_hold_a_date("By Jane Doe, March 3")
    assert parse_date("Posted 3 March 2019") == "2019-03-03"


@pytest.mark.parametrize(
    "text",
    [
        "Short.",
        "The article body says something long enough to be read as text. " * 5,
        "Words-with-dashes, numbers 1,234 and (brackets) run on: " * 6,
        "Plain ASCII first " * 14 + "then Ünïcödé words past the cut " * 3,
        "Ünïcödé at the start " * 20,
        "x" * 300,
    ],
)
def test_a_paragraphs_opening_is_the_start_of_its_words(text: str) -> None:
    opening, whole = _opening(text), norm_words(text)
    assert whole.startswith(opening)
    assert opening[:80] == whole[:80] and (len(opening) > 40) == (len(whole) > 40)
