"""The box about the writer under a copied article ("Dana Holt is a senior editor ..."): the
page's, not the article's."""

from __future__ import annotations

from tests.clean.test_text_copied_head import SKILLET_BODY as BODY
from tests.cli_run import dump_json

HEAD = "Skip to content\n\nHome\n\nSign in\n\nThe Best Cast Iron Skillets, Tested by Our Cooks\n\n"


def _body(page: str, author: str = "Dana Holt") -> str:
    """The body the CLI reads from ``page`` (stdin), once it checked the byline."""
    article = dump_json("-", stdin=page.encode())
    assert article["authors"] == [author]
    return "\n".join(block["text"] for block in article["body"])


def test_the_writers_biography_under_the_article_goes_with_the_name_over_it() -> None:
    bio = (
        "Dana Holt\n\nDana Holt is a senior editor who has tested kitchen tools since 2012 "
        "and cooks on a wood stove at home.\n"
    )
    body = _body(f"{HEAD}By Dana Holt\n\n{BODY}\n\n{bio}")
    assert "Cast iron skillets outlast" in body and "came clean" in body
    assert "senior editor" not in body
    assert "Dana Holt" not in body


def test_a_biography_by_first_name_goes_when_it_names_a_trade() -> None:
    bio = "Dana is our kitchen editor. When not cooking, you can find her in the garden.\n"
    body = _body(f"{HEAD}By Dana Holt\n\n{BODY}\n\n{bio}")
    assert "came clean" in body
    assert "kitchen editor" not in body


def test_the_first_name_in_a_sentence_that_names_no_trade_stays() -> None:
    closing = "Summer is the best season to season a skillet outdoors, on a grill.\n"
    body = _body(f"{HEAD}By Summer Swann\n\n{BODY}\n\n{closing}", author="Summer Swann")
    assert "Summer is the best season" in body


def test_the_box_about_the_writer_over_the_article_goes() -> None:
    """A page may set the box about its writer before the article's first paragraph."""
    bio = "Dana Holt is a senior editor who has tested kitchen tools since 2012.\n\n"
    body = _body(f"{HEAD}By Dana Holt\n\n{bio}{BODY}\n")
    assert "senior editor" not in body
    assert "Cast iron skillets outlast" in body


def test_the_writer_named_within_the_first_half_of_the_article_stays() -> None:
    """Past the first paragraphs and before the last half, a paragraph about the writer is
    the article's (a columnist telling of herself)."""
    first, second, third = BODY.split("\n\n")
    told = "Dana Holt is a senior editor who spent a month with eleven skillets.\n\n"
    more = "".join(f"Skillet number {n} heated evenly and came clean.\n\n" for n in range(6))
    body = _body(f"{HEAD}By Dana Holt\n\n{first}\n\n{second}\n\n{told}{third}\n\n{more}")
    assert "spent a month with eleven skillets" in body
