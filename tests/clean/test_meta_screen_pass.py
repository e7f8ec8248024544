"""Head fields read off real pages: a description that is a byline over the text's opening,
a headline set in an <h4> under a title with a section's name after it."""

from __future__ import annotations

import lxml.html

from reader.clean.meta import Metadata, extract_metadata

OPENING = (
    "RAJSHAHI, Dec 20, 2025 (BSS) - Homestead gardening has been contributing significantly "
    "to making rural communities more self-reliant while enhancing food security."
)
HEADLINE = "Homestead gardening makes rural communities more self-reliant in Rajshahi"


def page(head: str, body: str) -> Metadata:
    html = f"<html><head>{head}</head><body>{body}</body></html>"
    return extract_metadata(lxml.html.document_fromstring(html), "https://news.example/d/1")


def test_a_description_of_a_byline_over_the_first_paragraph_is_no_subtitle() -> None:
    description = "By Md Aynal Haque\n\n" + OPENING[:120]
    meta = page(
        f"<title>{HEADLINE}</title><meta name='description' content='{description}'>",
        f"<h1>{HEADLINE}</h1><p>By <strong>Md Aynal Haque</strong></p><p>{OPENING}</p>"
        "<p>According to concerned sources, homestead gardening is booming in the region.</p>",
    )
    assert meta.subtitle is None


def test_a_short_description_of_its_own_is_still_the_subtitle() -> None:
    meta = page(
        f"<title>{HEADLINE}</title><meta name='description' "
        "content='Vegetables grown at home feed families across the Barind tract.'>",
        f"<h1>{HEADLINE}</h1><p>{OPENING}</p>",
    )
    assert meta.subtitle == "Vegetables grown at home feed families across the Barind tract."


def test_a_headline_in_an_h4_is_the_title_without_the_sections_name() -> None:
    meta = page(
        f"<title>{HEADLINE} | District</title>"
        f"<meta property='og:title' content='{HEADLINE} | District'>",
        "<nav><a href='/'>Home</a> <a href='/district'>District</a></nav>"
        f"<div class='headline_section'><h4>{HEADLINE}</h4></div><p>{OPENING}</p>",
    )
    assert meta.title == HEADLINE


def test_a_sections_one_word_heading_over_its_pages_is_not_the_headline() -> None:
    """ "Electrical - Overview | OSHA" over an <h3> "Electrical" and an <h4> "Overview": the
    section's heading is no headline, the title stays whole."""
    meta = page(
        "<title>Electrical - Overview | Occupational Safety and Health Administration</title>",
        "<h2 class='logo-type'></h2><h3>Electrical</h3><h4>Overview</h4>"
        "<p>Electricity has long been recognized as a serious workplace hazard.</p>",
    )
    assert meta.title.startswith("Electrical - Overview")
