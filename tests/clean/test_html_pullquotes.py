"""Pull quotes in HTML markup: found, taken out of the body, matched to the block they repeat."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.article.model import Article
from reader.clean.html.pipeline import clean_html
from reader.engine.pipeline import extract
from reader.sources.load import RawDocument

PAGE = Path(__file__).parents[1] / "fixtures" / "html" / "pullquotes.html"


@pytest.fixture(scope="module")
def article() -> Article:
    html = PAGE.read_text(encoding="utf-8")
    return extract(RawDocument(html, str(PAGE), content_type="text/html"), people=False)


def _block_with(article: Article, words: str) -> int:
    return next(i for i, block in enumerate(article.blocks) if words in block.text)


def test_three_pull_quotes_found(article: Article) -> None:
    texts = [quote.text for quote in article.pull_quotes]
    assert len(texts) == 3, texts
    assert texts[0] == "You learn to read the sea the way other people read the newspaper."
    assert "Nobody will be here to see the storms come in." in texts[1]
    assert "keeper's cottage will be sold" in texts[2]


def test_attributions_without_dash(article: Article) -> None:
    attributions = [quote.attribution for quote in article.pull_quotes]
    assert attributions[0] == "Mara Jensen, lighthouse keeper"
    assert attributions[1] == "Harbour master Tom Riis"
    assert attributions[2] is None


def test_blocks_point_at_the_repeated_passage(article: Article) -> None:
    first, second, third = article.pull_quotes
    assert first.block == _block_with(article, "read the sea the way")
    assert second.block == _block_with(article, "Nobody will be here")
    assert third.block == _block_with(article, "keeper's cottage")


def test_pull_quotes_are_out_of_the_body(article: Article) -> None:
    assert article.text.count("read the sea the way other people") == 1
    assert article.text.count("Nobody will be here to see the storms") == 1
    assert "Mara Jensen, lighthouse keeper" not in article.text
    assert "Harbour master Tom Riis\n" not in article.text


def test_a_real_quotation_stays_in_the_body(article: Article) -> None:
    quotes = [block for block in article.blocks if block.type == "quote"]
    assert len(quotes) == 1
    assert "The sea is a good neighbour and a bad landlord." in quotes[0].text
    assert all("landlord" not in quote.text for quote in article.pull_quotes)


def test_pull_quote_without_a_matching_block_has_none() -> None:
    paragraphs = "".join(
        f"<p>Paragraph {n} tells of the orchard, the apples and the long dry summer.</p>"
        for n in range(4)
    )
    html = (
        f"<html><body><article>{paragraphs}<blockquote class='pullquote'>Quantum chromodynamics "
        "explains gluons.</blockquote></article></body></html>"
    )
    extracted = clean_html(html)
    assert [q.text for q in extracted.pull_quotes] == ["Quantum chromodynamics explains gluons."]
    assert extracted.pull_quotes[0].block is None
