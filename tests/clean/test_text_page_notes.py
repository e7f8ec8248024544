"""What a copied page says of itself between the paragraphs: a picture's credit, alone or after
its caption (the picture stayed on the page), and the site's note that it earns from its links.
A setting's key that reads like a credit, and an article's own sentence on links, stay."""

from __future__ import annotations

from tests.clean.test_text_copied_head import SKILLET_BODY as BODY
from tests.cli_run import dump_json

HEAD = (
    "Skip to content\n\nHome\n\n"
    "The Best Cast Iron Skillets, Tested by Our Cooks\n\nBy Dana Holt\n\n"
)


def _body(page: str) -> str:
    article = dump_json("-", stdin=page.encode())
    return "\n".join(block["text"] for block in article["body"])


def test_a_pictures_credit_between_the_paragraphs_goes() -> None:
    first, rest = BODY.split("\n\n", 1)
    figures = (
        "Photo: Getty Images\n\n"
        "Our cooks seared steaks in every pan. Credit: Chris McNamara\n\n"
        "Image by Dana Holt from Pixabay\n\n"
    )
    body = _body(f"{HEAD}{first}\n\n{figures}{rest}\n")
    assert "Cast iron skillets outlast" in body and "came clean" in body
    for credit in ("Getty Images", "McNamara", "Pixabay", "seared steaks in every pan"):
        assert credit not in body, credit


def test_a_settings_key_and_a_credit_in_prose_stay() -> None:
    first, rest = BODY.split("\n\n", 1)
    lines = (
        "image: postgres:18\n\n"
        "Credit: 720 is the score most lenders asked for in the survey of the year.\n\n"
    )
    body = _body(f"{HEAD}{first}\n\n{lines}{rest}\n")
    assert "image: postgres:18" in body
    assert "Credit: 720 is the score" in body


def test_the_sites_note_that_it_earns_from_its_links_goes() -> None:
    first, rest = BODY.split("\n\n", 1)
    note = "When you buy through our links, we may earn a commission. Learn more.\n\n"
    body = _body(f"{HEAD}{note}{first}\n\n{rest}\n")
    assert "Cast iron skillets outlast" in body
    assert "commission" not in body


def test_an_article_telling_how_others_earn_from_links_keeps_it() -> None:
    first, rest = BODY.split("\n\n", 1)
    told = "Streamers earn a commission when viewers buy skillets through affiliate links.\n\n"
    body = _body(f"{HEAD}{first}\n\n{told}{rest}\n")
    assert "Streamers earn a commission" in body
