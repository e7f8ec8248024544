"""An entry read from its feed (no link, or its page out of reach) as a small web page: its
author and date in the page's head, its text (HTML, as the feed gave it) in an
``<article>``, for the HTML cleaner to read as any page, lists and paragraphs kept.

The page has no title: its reader gives the entry's own (``RawDocument.title``), so that the
cleaner never takes a paragraph that repeats the title (a note whose whole text is its title)
for a copy of it and drops it."""

from __future__ import annotations

from html import escape

from reader.feeds.markup import plain_to_html


def entry_page(
    text: str, *, author: str | None = None, published: str | None = None,
    link: str | None = None, markup: bool = True,
) -> str:
    """The page of an entry whose text is ``text``: HTML, or plain text unless ``markup``
    (a blank line between paragraphs). Relative addresses in it resolve against ``link``."""
    head = ['<meta charset="utf-8">']
    if link:
        head.append(f'<base href="{escape(link)}">')
    if author:
        head.append(f'<meta name="author" content="{escape(author)}">')
    if published:
        head.append(f'<meta property="article:published_time" content="{escape(published)}">')
    body = text if markup else plain_to_html(text)
    return (
        "<!doctype html><html><head>" + "".join(head) + "</head><body><article>"
        f"{body}</article></body></html>"
    )


__all__ = ["entry_page"]
