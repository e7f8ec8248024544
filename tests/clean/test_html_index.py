"""The page's class index finds exactly what a regex over every element would find."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from reader.clean.class_index import ClassIndex
from reader.clean.html.pipeline import parse_html
from reader.clean.meta import bylines, shown, subtitle

FIXTURES = Path(__file__).parents[1] / "fixtures"
PAGES = sorted((FIXTURES / "html").rglob("*.html")) + sorted((FIXTURES / "meta").glob("*.html"))
# (pattern, the literals every match contains, attributes searched)
SEARCHES = [
    (subtitle._DEK_CLASS, subtitle._DEK_WORDS, ("class",)),
    (bylines.BYLINE_CLASS, bylines.BYLINE_WORDS, ("class",)),
    (shown.DATE_CLASS, shown.DATE_WORDS, ("class", "id")),
]
MIXED = (
    "<html><body><div class='x'><p class='Article-Dek'>d</p><span id='pubDate'>t</span>"
    "<div class='post-author byline__name'>a</div><div class='subheadline\nlede-text'>s</div>"
    "<p class='İstanbul dek'>i</p><p class='decking'>no</p><p itemprop='x'>p</p></div>"
    "</body></html>"
)


def _by_hand(tree: object, pattern: re.Pattern[str], attributes: tuple[str, ...]) -> list:
    elements = tree.xpath("//body//*[@class or @id or @itemprop]")  # type: ignore[attr-defined]
    return [el for el in elements if pattern.search(" ".join(el.get(a) or "" for a in attributes))]


@pytest.mark.parametrize("page", [*PAGES, None], ids=lambda p: p.stem if p else "mixed")
def test_find_matches_a_regex_on_every_element(page: Path | None) -> None:
    tree = parse_html(page.read_text(encoding="utf-8") if page else MIXED)
    index = ClassIndex.of_page(tree)
    for pattern, literals, attributes in SEARCHES:
        assert index.find(pattern, literals, *attributes) == _by_hand(tree, pattern, attributes)


def test_mixed_page_finds_the_expected_elements() -> None:
    tree = parse_html(MIXED)
    found = ClassIndex.of_page(tree).find(subtitle._DEK_CLASS, subtitle._DEK_WORDS, "class")
    assert [el.text for el in found] == ["d", "s", "i"]


@pytest.mark.parametrize(("pattern", "literals", "_attributes"), SEARCHES)
def test_every_alternative_of_a_pattern_contains_a_literal(
    pattern: re.Pattern[str], literals: tuple[str, ...], _attributes: tuple[str, ...]
) -> None:
    # (character classes are not words; a case-sensitive "Author" is looked up as "author",
    # the index's literals being found in lower-cased names)
    words = re.findall(r"[a-z][a-z_\-]*[a-z]", re.sub(r"\[[^\]]*\]", "", pattern.pattern).lower())
    assert words
    for word in words:
        assert any(literal in word for literal in literals), word


def test_search_maps_matches_to_their_elements() -> None:
    tree = parse_html(
        "<html><body><div id='a' class='cookie-bar'>x</div><p class='story'>y</p>"
        "<div class='CONSENT'>z</div></body></html>"
    )
    found = ClassIndex.of_page(tree).search(re.compile(r"cookie|consent"))
    assert [el.text for el in found] == ["x", "z"]
