"""The dek a page shows under its headline, kept over the page's description; furniture set
in a dek's place or under a dek's name is no dek."""

from __future__ import annotations

import lxml.html

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


def test_a_newsletter_platform_post_keeps_its_marked_subtitle() -> None:
    """A box named like a newsletter panel that holds the headline is the post itself."""
    body = (
        '<div class="newsletter-post post"><div class="post-header"><h1>The headline</h1>'
        f'<h3 class="subtitle">{DEK}</h3></div>{TEXT}</div>'
    )
    assert _subtitle(body) == DEK


def test_an_affiliate_disclosure_named_as_a_dek_is_no_dek() -> None:
    header = (
        '<header><h1>The headline</h1><div class="dek"><p>Our editors handpick every product we '
        "feature. We may earn a commission from your purchases.</p></div></header>"
    )
    assert _subtitle(header + TEXT) == "What the page says about itself for search."


def test_a_type_scale_class_is_no_dek_name() -> None:
    """"subtitle-2" names a size of type (Material's scale), as on a picture's credit."""
    body = (
        "<header><h1>The headline</h1></header>"
        '<figure><span class="subtitle-2">The laptop on a desk, in its box</span></figure>'
        + TEXT
    )
    assert _subtitle(body) == "What the page says about itself for search."
