"""Any depth of nesting, in any tag or Markdown construct, keeps every word of the text."""

from __future__ import annotations

import pytest

from reader.engine.pipeline import extract
from reader.sources.load import RawDocument

FIRST = "First paragraph of the story, long enough to count as body text in an article."
DEEP = "Deep paragraph inside the nesting, long enough to be kept as article text."
LAST = "Last paragraph of the story, long enough to be kept as article text at the end."

HTML_NESTING = {  # name -> (opening, closing) of one level
    "b": ("<b>", "</b>"),
    "i": ("<i>", "</i>"),
    "a": ("<a href='#'>", "</a>"),
    "table": ("<table><tr><td>", "</td></tr></table>"),
    "ul": ("<ul>", "</ul>"),
    "ul_li": ("<ul><li>", "</li></ul>"),
    "blockquote": ("<blockquote>", "</blockquote>"),
    "div": ("<div>", "</div>"),
    "span": ("<span>", "</span>"),
}


def _html(opening: str, closing: str, depth: int) -> str:
    return (
        "<html><head><title>Nested</title></head><body><article>"
        f"<p>{FIRST}</p>{opening * depth}<p>{DEEP}</p>{closing * depth}<p>{LAST}</p>"
        "</article></body></html>"
    )


@pytest.mark.parametrize("depth", [300, 3_000, 10_000])
@pytest.mark.parametrize("name", HTML_NESTING)
def test_deep_html_keeps_every_paragraph(name: str, depth: int) -> None:
    page = _html(*HTML_NESTING[name], depth)
    article = extract(RawDocument(page, "n.html", path="n.html"), people=False)
    for paragraph in (FIRST, DEEP, LAST):
        assert paragraph in article.text


def _markdown(body: str) -> str:
    return f"# Nested\n\n{FIRST}\n\n{body}\n\n{LAST}\n"


MARKDOWN_NESTING = {
    "list": lambda n: "".join("  " * i + f"- item {i}\n" for i in range(n)) + "  " * n + DEEP,
    "ordered": lambda n: "".join("   " * i + f"1. item {i}\n" for i in range(n))
    + "   " * n + DEEP,
    "quote": lambda n: ">" * n + " " + DEEP,
    "spaced_quote": lambda n: "> " * n + DEEP,
    "quote_list": lambda n: "> - " * n + DEEP,
}


@pytest.mark.parametrize("depth", [10, 20, 200, 1_000])  # indented lists grow as depth²
@pytest.mark.parametrize("name", MARKDOWN_NESTING)
def test_deep_markdown_keeps_every_paragraph(name: str, depth: int) -> None:
    text = _markdown(MARKDOWN_NESTING[name](depth))
    article = extract(RawDocument(text, "n.md", path="n.md"), people=False)
    words = " ".join(article.text.split())
    for paragraph in (FIRST, DEEP, LAST):
        assert paragraph in words
