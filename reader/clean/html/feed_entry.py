"""An entry read from its feed (``reader.feeds.entry_page``) as one article: all of its text.

A feed's content is the entry itself, chosen by its writer: no readability choice of one
node and no boilerplate rules, which drop a podcast's short lists of links (its show notes:
"Links from the show", "Sponsors") as a page's link lists. What every page gets still
happens: hidden elements, scripts and styles out, every string sanitised later by
``assemble``; the lines a feed adds at an entry's end ("The post X appeared first on Y",
"Continue reading →") are dropped (``reader.clean.feed_furniture``).
"""

from __future__ import annotations

from reader.clean.extracted import Extracted, tidy_breaks
from reader.clean.feed_furniture import drop_feed_furniture
from reader.clean.html.blocks import html_to_blocks
from reader.clean.html.hidden import drop_hidden
from reader.clean.html.page_meta import base_href, page_metadata
from reader.clean.html.pipeline import EMPTY_MESSAGE, parse_html
from reader.core.errors import LoadError


def clean_feed_entry(text: str, url: str | None = None) -> Extracted:
    """The ``Extracted`` draft of an entry's page: every block of its ``<article>``, its
    author and date from the page's head. Raises ``LoadError``."""
    tree = parse_html(text)
    meta = page_metadata(tree, url)
    drop_hidden(tree)
    body = tree.find("body")
    article = tree.find(".//article")
    root = article if article is not None else body
    if root is None:
        raise LoadError(EMPTY_MESSAGE)
    blocks = tidy_breaks(drop_feed_furniture(html_to_blocks(root)))
    if not any(kind != "heading" and words for kind, words, _level in blocks):
        raise LoadError(EMPTY_MESSAGE)
    return Extracted(
        authors=list(meta.authors),
        published=meta.published,
        url=url,
        base=base_href(tree, url),
        blocks=blocks,
    )


__all__ = ["clean_feed_entry"]
