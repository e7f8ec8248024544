"""A link's ``#fragment`` matched to the heading of the article it names."""

from __future__ import annotations

import pytest

from reader.article.anchors import fragment_of, heading_for, same_page
from reader.article.model import build_article

HEADINGS = ["Early life", "Getting Started", "Frequently asked questions about pricing"]


def _article(url: str | None = "https://example.com/guide"):  # type: ignore[no-untyped-def]
    specs = []
    for heading in HEADINGS:
        specs += [("heading", heading, 2), ("paragraph", f"Text under {heading}.", 0)]
    return build_article(title="A guide", blocks=specs, url=url)


@pytest.mark.parametrize(
    ("fragment", "heading"),
    [
        ("Early_life", "Early life"),  # Wikipedia
        ("getting-started", "Getting Started"),  # GitHub, MkDocs, Hugo
        ("h-getting-started", "Getting Started"),  # WordPress
        ("2-getting-started", "Getting Started"),  # numbered
        ("frequently-asked-questions", "Frequently asked questions about pricing"),  # cut short
        ("Getting%20Started", "Getting Started"),
    ],
)
def test_a_fragment_names_the_heading_it_spells(fragment: str, heading: str) -> None:
    found = heading_for(_article(), fragment_of(f"https://example.com/guide#{fragment}"))
    assert found is not None and found.text == heading


@pytest.mark.parametrize("fragment", ["", "pricing", "started", "comments", "life-early"])
def test_a_fragment_that_spells_no_heading_finds_none(fragment: str) -> None:
    assert heading_for(_article(), fragment) is None


def test_same_page_is_the_articles_address_or_a_fragment_alone() -> None:
    article = _article()
    assert same_page("https://example.com/guide/#faq", article)
    assert same_page("#faq", _article(url=None))
    assert not same_page("https://example.com/other#faq", article)
    assert not same_page("https://example.com/other#faq", _article(url=None))


def test_only_a_web_address_or_a_fragment_alone_has_a_fragment() -> None:
    assert fragment_of("https://example.com/guide#faq") == "faq"
    assert fragment_of("#faq") == "faq"
    assert fragment_of("/home/ann/notes#2/getting-started.md") == ""
    assert fragment_of("library:12") == "" and fragment_of(None) == ""
