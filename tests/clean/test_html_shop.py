"""Shop product cards leave the article; prices in prose, tables and code stay."""

from __future__ import annotations

from lxml.html import fragment_fromstring

from reader.clean.explain import DropLog
from reader.clean.html.shop import is_product_card, remove_product_cards

CARD = """
<div class="card"><h3><a href="/p/kit">Houseplant Starter Kit</a></h3>
  <div class="rating"><span>4.9 / 5.0</span> <span>(169)</span></div>
  <div class="price"><span class="hidden">Regular price</span> <span>$49.99 USD</span>
  <span class="hidden">Sale price</span> <span>$39.99 USD</span></div></div>
"""
PROSE = "<p>Low light suits a snake plant well. Water it every two weeks in the winter.</p>"


def test_a_card_goes_whole_and_the_article_stays() -> None:
    main = fragment_fromstring(f"<div>{PROSE}<h3>Essentials:</h3>{CARD}{CARD}{PROSE}</div>")
    log = DropLog()
    assert remove_product_cards(main, log) == 2
    text = " ".join(main.text_content().split())
    assert "Starter Kit" not in text and "$49.99" not in text
    assert text.count("snake plant") == 2
    assert [drop.rule for drop in log.drops] == ["product-card", "product-card"]


def test_prices_in_sentences_tables_and_code_are_not_cards() -> None:
    assert not is_product_card("The kit costs $49.99, down from $80. Buy now while it lasts.")
    table = fragment_fromstring(
        "<div><table><tr><td>price</td><td>Regular price</td><td>79.99 USD</td></tr></table>"
        "</div>"
    )
    assert remove_product_cards(table) == 0
    assert "79.99 USD" in table.text_content()
