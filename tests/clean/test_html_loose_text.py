"""Text set loose in a container beside its blocks gets a paragraph of its own before the
second opinion (trafilatura) reads the page: its favour-recall reading left it out."""

from __future__ import annotations

import pytest
from lxml import etree

from reader.clean.html.loose_text import wrap_loose_text
from reader.clean.html.pipeline import _visible_page, parse_html

ANSWERS = [
    ("Is it worth starting with a free plan?",
     "As a starting point, you can use a free plan to build your website and set up your"
     " future inventory before you open the shop to the public.",
     "Alternatively, you can choose a dedicated shop builder right away and skip the free"
     " plan altogether, which saves moving the site later."),
    ("Can I switch to a different builder later?",
     "Yes, you can switch to another builder and cancel your plan, but the process is slow"
     " because most builders want to keep you on their platform.",
     "You will need to design the site again, set up your settings and add your products"
     " one by one, so it is best to choose carefully at the start."),
]


def _faq_page() -> str:
    sections = "".join(
        f"<div class='accordion-section'><button class='accordion-title'><h4>{question}</h4>"
        f"</button><div class='accordion-content'>{loose}<p>{after}</p></div></div>"
        for question, loose, after in ANSWERS
    )
    intro = "".join(
        f"<p>{sentence}</p>"
        for sentence in [
            "Choosing a website builder is the first decision a small business makes online,"
            " and it shapes every change the business will make to its site for years.",
            "We tested twelve builders over three hundred hours, and these are the questions"
            " our readers ask most often about plans, prices and moving between them.",
        ]
    )
    return (f"<html><body><main><h1>Website builder questions</h1>{intro}<h2>FAQs</h2>"
            f"<div class='accordion'>{sections}</div></main></body></html>")


def _texts(element: etree._Element) -> list[str]:
    return [" ".join(p.text_content().split()) for p in element.iter("p")]


def test_loose_text_and_inline_runs_become_paragraphs() -> None:
    tree = parse_html(
        "<html><body><div>Lead <b>bold</b> words<p>A paragraph.</p>Tail words"
        " <a href='/x'>link</a><ul><li>item</li></ul>  </div></body></html>"
    )
    wrap_loose_text(tree)
    div = tree.find(".//div")
    assert [child.tag for child in div] == ["p", "p", "p", "ul"]
    assert _texts(div) == ["Lead bold words", "A paragraph.", "Tail words link"]
    assert div.text is None


@pytest.mark.parametrize(
    "html",
    [
        "<div>Only text and <b>inline</b> words</div>",  # no block: a paragraph already
        "<div> <p>One</p> <p>Two</p> </div>",  # nothing loose
    ],
)
def test_containers_without_loose_text_beside_blocks_stay(html: str) -> None:
    tree = parse_html(f"<html><body>{html}</body></html>")
    before = etree.tostring(tree)
    wrap_loose_text(tree)
    assert etree.tostring(tree) == before


def test_the_page_the_second_opinion_reads_has_the_loose_answers_as_paragraphs() -> None:
    """The page the second opinion gives trafilatura (the page without what it hides): each
    answer's loose first paragraph is a paragraph of its own, beside the second. (On a
    real page of six such answers, trafilatura's favour-recall reading had left out every
    loose one: WCXB dev, article F1 0.848 -> 0.883.)"""
    page = _visible_page(_faq_page(), False)
    paragraphs = _texts(page)
    for _question, loose, after in ANSWERS:
        assert loose in paragraphs
        assert after in paragraphs
