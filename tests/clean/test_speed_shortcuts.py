"""The extraction's shortcuts give what the slow, obvious way gives (see benchmarks/)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from lxml import etree

from reader.clean.class_index import ClassIndex
from reader.clean.html import consent, nesting, readable
from reader.clean.html.boilerplate import strip_boilerplate
from reader.clean.html.nesting import MAX_MARKUP_DEPTH
from reader.clean.html.pipeline import parse_html
from reader.clean.html.second_opinion import page_words

FIXTURES = Path(__file__).parents[1] / "fixtures"
PAGES = sorted((FIXTURES / "html").rglob("*.html"))[:40]
_PIECES = etree.XPath(
    "//body//text()[not(parent::script or parent::style or parent::noscript"
    " or parent::template or ancestor::nav or ancestor::footer or ancestor::aside)]"
)


_CLASSED = etree.XPath(  # the classes that may hide an element, read the obvious way
    "descendant-or-self::*[@class][contains(@class, 'hid') or contains(@class, 'none')"
    " or contains(@class, 'print')]"
)


def _obvious_words(tree: etree._Element) -> int:
    return sum(len(re.findall(r"\w+", piece)) for piece in _PIECES(tree))


@pytest.mark.parametrize("path", PAGES, ids=lambda p: p.name)
def test_page_words_counts_each_piece(path: Path) -> None:
    from reader.clean.html import hidden

    tree = parse_html(path.read_text(encoding="utf-8", errors="replace"))
    assert page_words(tree) == _obvious_words(tree)
    assert hidden._CLASSED(tree) == _CLASSED(tree)  # (each class attribute read once)


def test_page_words_never_joins_pieces() -> None:
    tree = parse_html("<body><p>one<b>two</b>three</p><nav>skip me</nav><p>four</p></body>")
    assert page_words(tree) == 4


def test_page_words_of_many_pieces_and_of_one_long_piece() -> None:
    from reader.clean.html.second_opinion import BATCH, LONG_TEXT, count_words

    many = "".join(f"<p>word{n} and more</p>" for n in range(3 * BATCH + 7))
    assert page_words(parse_html(f"<body>{many}</body>")) == 3 * (3 * BATCH + 7)
    long_text = "alpha, beta-gamma " * (LONG_TEXT // 10)
    assert count_words(long_text) == len(re.findall(r"\w+", long_text))


def test_consent_candidates_come_in_document_order() -> None:
    tree = parse_html(
        "<body><div role='dialog'><p>a</p></div><div class='cookie-bar'>b</div>"
        "<section><div class='x'><dialog>c</dialog></div><div id='consent'>d</div></section>"
        "<div aria-modal='true'>e</div></body>"
    )
    body = tree.find("body")
    found = consent._candidates(body, ClassIndex.of_page(tree))
    order = {element: position for position, element in enumerate(body.iter())}
    assert [order[element] for element in found] == sorted(order[e] for e in found)
    assert [element.text_content() for element in found] == ["a", "b", "c", "d", "e"]


def test_class_index_reads_attributes_in_the_order_asked() -> None:
    tree = parse_html("<body><p id='Main' class='Date'>x</p><p class='other'>y</p></body>")
    index = ClassIndex.of_page(tree)
    pattern = re.compile(r"date main")
    assert [e.text for e in index.find(re.compile("Date Main"), ["date"], "class", "id")] == [
        "x"
    ]
    assert index.find(pattern, ["date"], "id", "class") == []  # "Main Date": another order
    assert [e.text for e in index.search(re.compile(r"main date"))] == ["x"]


def test_unlikely_verdict_is_shared_but_code_and_articles_are_kept() -> None:
    tree = parse_html(
        "<html><body><div class='comment'>drop one</div>"
        "<pre><span class='comment'>keep code</span></pre>"
        "<div class='comment'><article>keep article</article></div>"
        "<div class='comment'>drop two</div></body></html>"
    )
    summary = readable._Summary(tree)
    summary.html = tree
    summary.remove_unlikely_candidates()
    text = tree.text_content()
    assert "keep code" in text and "keep article" in text
    assert "drop one" not in text and "drop two" not in text


def test_class_hints_are_remembered_per_tag_kind() -> None:
    """A class that drops a ``<div>`` does not drop a paragraph (hints name what is near)."""
    tree = parse_html(
        "<body><div id='main'>"
        + "<p>An article paragraph long enough to be the text of the page itself.</p>" * 6
        + "<div class='share'>Share this</div><p class='share'>Kept paragraph</p>"
        "<div class='share'>Share again</div></div></body>"
    )
    main = tree.get_element_by_id("main")
    strip_boilerplate(main)
    text = main.text_content()
    assert "Kept paragraph" in text
    assert "Share this" not in text and "Share again" not in text


@pytest.mark.parametrize(
    ("opening", "expected"),
    [(MAX_MARKUP_DEPTH, False), (MAX_MARKUP_DEPTH + 1, True)],
)
def test_too_deep_counts_as_flatten_markup_does(opening: int, expected: bool) -> None:
    page = "<html><body>" + "<div><br><p>x" * (opening - 2) + "deep" + "</div>" * (opening - 2)
    assert nesting._too_deep(page) is expected
    assert (nesting.flatten_markup(page) != page) is expected


CASE_BLIND_TEXTS = [
    "Site-HEADER nav", "main-header", "COMMENT-list", "ſidebar", "İnfo footer", "x", "",
    "Footnotes", "doc-ENDNOTE", "\u212aelvin-comments", "sponsor\u00e9", "Pager pagination",
    "Sign Up for the NEWSLETTER", "inboxes", "Sign up:", "caf\u00e9 Newsletter",
]


@pytest.mark.parametrize("text", CASE_BLIND_TEXTS)
def test_case_blind_finds_what_the_case_blind_pattern_finds(text: str) -> None:
    from reader.clean.case_blind import CaseBlind

    for pattern in (
        r"foot-?notes?|end-?notes?|doc-(?:end|foot)notes?",
        r"comment|sidebar|pager|k",
        r"\b(?:newsletter|sign up|inbox)\b",
    ):
        blind = CaseBlind(pattern)
        assert blind.found(text) == bool(re.search(pattern, text, re.IGNORECASE)), pattern


@pytest.mark.parametrize("pattern", [r"Comment", r"(?<!\S)side", "ſide"])
def test_case_blind_takes_lower_case_ascii_words_only(pattern: str) -> None:
    from reader.clean.case_blind import CaseBlind

    with pytest.raises(ValueError):
        CaseBlind(pattern)


@pytest.mark.parametrize(
    "html",
    [
        "<html><head><noscript><body>one two</body></noscript></head>"
        "<body><p>three <b>four</b></p><nav>five</nav></body></html>",
        "<p>one</p><nav>two</nav></body></html><html><body><p>three four</p></body></html>",
        "<html><head><template><body>one</body></template></head><body>two</body></html>",
        "<frameset><frame></frameset>",
    ],
)
def test_page_words_reads_every_body_once(html: str) -> None:
    tree = parse_html(html)
    assert page_words(tree) == _obvious_words(tree)
