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
