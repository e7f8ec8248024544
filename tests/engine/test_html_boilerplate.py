"""The second pass: share bars, newsletter boxes, related lists, labels, repeated captions."""

from __future__ import annotations

from pathlib import Path

import pytest
from lxml.html import fragment_fromstring

from reader.clean.boilerplate import is_boilerplate_text, strip_boilerplate
from reader.engine import extract
from reader.model import Article
from reader.sources import RawDocument

PAGE = Path(__file__).parents[1] / "fixtures" / "html" / "boilerplate.html"


@pytest.fixture(scope="module")
def article() -> Article:
    html = PAGE.read_text(encoding="utf-8")
    return extract(RawDocument(html, str(PAGE), content_type="text/html"), people=False)


def test_article_paragraphs_all_kept(article: Article) -> None:
    starts = [
        "The town council voted seven to two",
        "Engineers said the new crossing",
        "Residents who opposed the plan",
        "The final design will be shown",
    ]
    texts = [block.text for block in article.blocks]
    for start in starts:
        assert any(text.startswith(start) for text in texts), start
    assert len(article.blocks) == 4, texts


@pytest.mark.parametrize(
    "phrase",
    [
        "Share this",
        "Tweet",
        "Advertisement",
        "newsletter",
        "Subscribe",
        "Related",
        "Canal towpath",
        "Read more",
        "Why the iron bridge",
    ],
)
def test_boilerplate_removed(article: Article, phrase: str) -> None:
    assert phrase not in article.text


def test_caption_shown_once_as_the_lead_caption(article: Article) -> None:
    assert article.caption is not None
    assert article.caption.text == "The old bridge at dawn, seen from the east bank."
    assert (article.caption.credit or "").endswith("Ana Lima")
    assert "seen from the east bank" not in article.text


def test_title_and_site(article: Article) -> None:
    assert article.title == "Town council approves the new bridge"
    assert article.site == "The Example Times"
    assert not any(block.type == "heading" and "bridge" in block.text for block in article.blocks)


@pytest.mark.parametrize(
    "text",
    [
        "Advertisement",
        "ADVERTISEMENT",
        "Story continues below advertisement",
        "Share this article",
        "Skip to main content",
        "(AP Photo/Eduardo Verdugo)",
        "Photo: Jane Doe/Reuters",
        "Image copyright Getty Images",
        "Updated 5:27 am CST, Wednesday, November 20, 2019",
        "By Paul Takahashi",
        "You may also like...",
        "More on this story",
    ],
)
def test_short_boilerplate_texts(text: str) -> None:
    assert is_boilerplate_text(text)


@pytest.mark.parametrize(
    "text",
    [
        "By the end of the year, the council expects to have spent its whole budget on roads.",
        "Share prices fell sharply on Monday after the bank warned of lower profits.",
        "Photographs from the trip show the team on the summit at dawn, tired but happy.",
        "Related issues include housing, transport and the cost of school meals.",
    ],
)
def test_real_sentences_are_not_boilerplate(text: str) -> None:
    assert not is_boilerplate_text(text)


def test_class_hint_never_drops_the_bulk_of_the_text() -> None:
    body = "".join(
        f"<p>Sentence {n} of the real story, long enough to count.</p>" for n in range(8)
    )
    main = fragment_fromstring(f"<div><div class='related-content'>{body}</div></div>")
    strip_boilerplate(main)
    assert len(main.findall(".//p")) == 8


def test_repeated_caption_next_to_itself_goes_but_far_repeats_stay() -> None:
    caption = "A long row of unsold cars sits at a dealership in Littleton, Colorado."
    refrain = "Stir the pot and taste the sauce before adding any more salt to it."
    filler = "".join(f"<p>Filler paragraph number {n} about something else.</p>" for n in range(5))
    main = fragment_fromstring(
        f"<div><p>{caption}</p><p>{caption}</p><p>{refrain}</p>{filler}<p>{refrain}</p></div>"
    )
    strip_boilerplate(main)
    texts = [p.text_content() for p in main.iter("p")]
    assert texts.count(caption) == 1
    assert texts.count(refrain) == 2
