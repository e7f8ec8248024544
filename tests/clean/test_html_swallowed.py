"""A navigation left unclosed swallows the article: its text is still read."""

from __future__ import annotations

import lxml.html

from reader.clean.html.swallowed import unwrap_swallowing
from reader.engine.pipeline import extract
from reader.sources.load import RawDocument

PARAGRAPH = (
    "<p>On day {n} the council met again and voted to rebuild the old harbour wall before the "
    "storms of next winter, after three years of debate and two public inquiries.</p>"
)
STORY = "".join(PARAGRAPH.format(n=n) for n in range(1, 6))


def test_an_article_inside_an_unclosed_navigation_is_read() -> None:
    """The intro stands before the navigation, the sections inside it: readability chooses
    the article, which holds the navigation."""
    opening = "<nav><a href='/'>Home</a> <a href='/news'>News</a>"  # never closed
    sections = "".join(
        f"<div class='block'><h2>Part {n}</h2>{PARAGRAPH.format(n=n)}{PARAGRAPH.format(n=n + 10)}"
        "</div>"
        for n in range(1, 4)
    )
    body = f"<article><h1>Harbour wall</h1>{PARAGRAPH.format(n=0)}{opening}{sections}</article>"
    html = f"<html><head><title>Harbour wall</title></head><body>{body}</body></html>"
    tree = lxml.html.document_fromstring(html)
    assert tree.find(".//div[@class='block']").getparent().tag == "nav"
    article = extract(RawDocument(html, "wall.html", content_type="text/html"), people=False)
    for n in (0, 1, 2, 3, 11, 12, 13):
        assert f"On day {n} the council met" in article.text, n


def test_a_real_navigation_in_the_article_stays_navigation() -> None:
    main = lxml.html.fragment_fromstring(
        f"<div>{STORY}<nav><p>Previous: the harbour in 1990</p>"
        "<p>Next: the storms of 2024</p></nav></div>"
    )
    assert unwrap_swallowing(main) == 0
    assert main.find(".//nav") is not None
