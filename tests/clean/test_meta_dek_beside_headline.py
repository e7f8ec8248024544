"""The dek a page shows under its headline: found by its place when no name marks it, kept
over the page's description; furniture set in the same place is no dek."""

from __future__ import annotations

import lxml.html
import pytest

from reader.clean.html.pipeline import clean_html
from reader.clean.meta import extract_metadata

DESCRIPTION = '<meta name="description" content="What the page says about itself for search.">'
DEK = "A short line that sums the whole story up, under its headline."
PARAGRAPH = "<p>" + "The article body says something long enough to be read as text. " * 3 + "</p>"
TEXT = f'<div class="content">{PARAGRAPH * 6}</div>'


def _page(body: str, head: str = DESCRIPTION) -> str:
    return (
        f"<html><head><title>The headline</title>{head}</head>"
        f"<body><main><article>{body}</article></main></body></html>"
    )


def _subtitle(body: str) -> str | None:
    return extract_metadata(lxml.html.document_fromstring(_page(body))).subtitle


@pytest.mark.parametrize(
    "header",
    [
        f"<header><h1>The headline</h1><p>{DEK}</p><p>By Ann Lee</p></header>",
        # the dek in a box of its own, or written in a box without a paragraph
        f"<div><h1>The headline</h1><div class='x1'><p>{DEK}</p></div><div>By Ann Lee</div></div>",
        f"<div><h1>The headline</h1><div class='css-9z'>{DEK}</div></div>",
        # the headline in a box of its own; an empty box between
        f"<div><div class='title'><h1>The headline</h1></div><div></div><p>{DEK}</p></div>",
        # a paragraph the page's markup left empty before the dek's ("<p><p>dek</p></p>")
        f"<div><h1>The headline</h1><div class='lg'><p></p><p>{DEK}</p></div></div>",
    ],
)
def test_an_unnamed_line_under_the_headline_is_the_dek(header: str) -> None:
    assert _subtitle(header + TEXT) == DEK


def test_an_h2_under_the_headline_s_own_box_is_the_dek() -> None:
    body = f"<header><div class='title'><h1>The headline</h1></div><h2>{DEK}</h2></header>"
    assert _subtitle(body + TEXT) == DEK


@pytest.mark.parametrize(
    "line",
    [
        "Posted by Ann Lee on Tuesday, August 29, 2023",  # a byline with its date
        "2025-11-03 14 min read Written by Ann Lee",
        "We may earn a commission from links on this page, but we only recommend products.",
        "Products are chosen by our editors. Purchases made through our links may earn us a "
        "commission.",
        # the text's opening: more sentences than a dek holds
        "One sentence here. Another one here. A third one here. And a fourth one to end.",
    ],
)
def test_a_byline_a_disclosure_or_the_text_under_the_headline_is_no_dek(line: str) -> None:
    header = f"<header><h1>The headline</h1><p>{line}</p></header>"
    assert _subtitle(header + TEXT) == "What the page says about itself for search."


def test_an_affiliate_disclosure_named_as_a_dek_is_no_dek() -> None:
    header = (
        '<header><h1>The headline</h1><div class="dek"><p>Our editors handpick every product we '
        "feature. We may earn a commission from your purchases.</p></div></header>"
    )
    assert _subtitle(header + TEXT) == "What the page says about itself for search."


def test_a_short_first_paragraph_that_the_text_goes_on_after_is_no_dek() -> None:
    body = f"<h1>The headline</h1><p>{DEK}</p>{PARAGRAPH * 4}"
    assert _subtitle(body) == "What the page says about itself for search."


def test_the_only_paragraph_of_a_page_is_its_text_not_a_dek() -> None:
    assert _subtitle(f"<h1>The headline</h1><p>{DEK}</p>") != DEK


def test_a_newsletter_platform_post_keeps_its_marked_subtitle() -> None:
    """A box named like a newsletter panel that holds the headline is the post itself."""
    body = (
        '<div class="newsletter-post post"><div class="post-header"><h1>The headline</h1>'
        f'<h3 class="subtitle">{DEK}</h3></div>{TEXT}</div>'
    )
    assert _subtitle(body) == DEK


def test_a_type_scale_class_is_no_dek_name() -> None:
    """"subtitle-2" names a size of type (Material's scale), as on a picture's credit."""
    body = (
        "<header><h1>The headline</h1></header>"
        '<figure><span class="subtitle-2">The laptop on a desk, in its box</span></figure>'
        + TEXT
    )
    assert _subtitle(body) == "What the page says about itself for search."


def test_the_dek_is_shown_once_as_the_subtitle() -> None:
    page = _page(
        f"<header><h1>The headline</h1><div class='css-1'><p>{DEK}</p></div>"
        f"<div>By Ann Lee</div></header>{TEXT}"
    )
    extracted = clean_html(page)
    assert extracted.subtitle == DEK
    assert all(DEK not in text for _kind, text, _level in extracted.blocks)


def test_a_line_the_text_opens_with_stays_in_the_text() -> None:
    """Found by its place alone, the line is the text's when our reading begins with it: it
    stays there (no subtitle), never dropped as a repeat."""
    page = _page(f"<h1>The headline</h1><p>{DEK}</p><div>{PARAGRAPH * 6}</div>", head="")
    extracted = clean_html(page)
    texts = [text for _kind, text, _level in extracted.blocks if text]
    assert texts[0] == DEK
    assert extracted.subtitle is None
