"""Consent panels go (outside and inside the article container); the article stays."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from reader.engine.pipeline import extract
from reader.sources.load import RawDocument

FIXTURES = Path(__file__).parents[1] / "fixtures" / "html" / "consent"
PAGES = sorted(FIXTURES.glob("*.html"))
CONSENT_WORDS = re.compile(
    r"cookie|consent|accept|reject|preferences|partners|do not sell", re.IGNORECASE
)
ARTICLE_STARTS = (
    "The river rose three feet overnight",
    "Residents spent the morning moving furniture",
    "The mayor said emergency crews",
    "Forecasters expect the water to fall slowly",
)


def _article(html: str):
    return extract(RawDocument(html, "page.html", content_type="text/html"), people=False)


def test_every_platform_has_a_fixture() -> None:
    names = {page.stem for page in PAGES}
    assert {
        "onetrust",
        "cookiebot",
        "didomi",
        "quantcast",
        "trustarc",
        "usercentrics",
        "sourcepoint",
        "cookieyes",
        "complianz",
        "iubenda",
        "cookie-notice",
        "generic",
    } <= names


@pytest.mark.parametrize("page", PAGES, ids=[page.stem for page in PAGES])
def test_consent_panel_removed_and_article_kept(page: Path) -> None:
    html = page.read_text(encoding="utf-8")
    assert html.count("Do Not Sell") == 2  # one banner outside, one inside the article
    article = _article(html)
    assert not CONSENT_WORDS.search(article.text), article.text
    paragraphs = [block.text for block in article.blocks if block.type == "paragraph"]
    for start in ARTICLE_STARTS:
        assert any(text.startswith(start) for text in paragraphs), start
    assert article.title == "River floods the old town"


def test_article_about_cookies_is_not_a_consent_panel() -> None:
    body = "".join(
        f"<p>Cookies number {n}: we accept that these cookies need butter, and we reject "
        f"margarine; our partners at the bakery agree the cookies taste better.</p>"
        for n in range(6)
    )
    html = f"<html><body><div class='cookie-recipes'>{body}</div></body></html>"
    article = _article(html)
    assert len(article.blocks) == 6


def test_generic_banner_without_consent_language_stays() -> None:
    paragraphs = "".join(
        f"<p>Paragraph {n} of a long story about the harbour, the boats and the "
        f"fishermen who work there through the winter months.</p>"
        for n in range(4)
    )
    html = (
        "<html><body><article>"
        f"{paragraphs}"
        "<div class='cookie-box'><p>The baker's cookie box holds twelve biscuits.</p></div>"
        "</article></body></html>"
    )
    assert "twelve biscuits" in _article(html).text
