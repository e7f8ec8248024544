"""Metadata from a page's JSON-LD: which objects name the article's authors."""

from __future__ import annotations

import lxml.html

from reader.clean.meta import Metadata, extract_metadata


def page(html: str) -> Metadata:
    return extract_metadata(lxml.html.document_fromstring(html), None)


def test_a_page_typed_only_as_a_web_page_gives_its_author() -> None:
    """A newsletter post (beehiiv) types its JSON-LD as a WebPage with a headline and an
    author; the meta tag names the newsletter. The person is the author."""
    ld = ('{"@context": "https://schema.org", "@type": "WebPage", "headline": "Signal #18",'
          ' "author": {"@type": "Person", "name": "Jana Novak"}}')
    meta = page(
        '<html><head><meta name="author" content="Signal">'
        '<meta property="og:site_name" content="Signal Weekly">'
        f'<script type="application/ld+json">{ld}</script></head>'
        "<body><h1>Signal #18</h1><p>Words of the post.</p></body></html>"
    )
    assert meta.authors == ["Jana Novak"]


def test_a_web_page_without_a_headline_names_no_author() -> None:
    """A site-wide WebPage object (no headline: not the post) is not read for the author."""
    ld = '{"@type": "WebPage", "author": {"@type": "Person", "name": "Jana Novak"}}'
    meta = page(
        f'<html><head><script type="application/ld+json">{ld}</script></head>'
        "<body><h1>Post</h1><p>Words of the post.</p></body></html>"
    )
    assert "Jana Novak" not in meta.authors
