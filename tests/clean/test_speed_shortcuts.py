"""The extraction's shortcuts give what the slow, obvious way gives (see benchmarks/)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from lxml import etree

from reader.clean.class_index import ClassIndex
from reader.clean.explain import DropLog
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
    marked = hidden._marked(tree)  # (one walk for the three marks)
    assert [e for e in marked if hidden._may_hide(e.get("class"))] == _CLASSED(tree)
    assert [e for e in marked if e.get("style") is not None] == tree.xpath("//*[@style]")
    assert [e for e in marked if e.get("hidden") is not None] == tree.xpath("//*[@hidden]")


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


def test_readabilitys_own_length_tests_count_the_quick_way_while_ours_runs(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """readability's sibling and cleanup tests measure by ``folded_length`` during our
    summary (the same lengths), and readability used alone afterwards keeps its own."""
    import sys

    import readability.readability as theirs

    own = theirs.text_length
    callers: list[str] = []
    quick = readable.text_length

    def spy(element: etree._Element) -> int:
        callers.append(sys._getframe(1).f_globals["__name__"])
        return quick(element)

    monkeypatch.setattr(readable, "text_length", spy)
    story = "".join(f"<p>Paragraph {n} of the story, with words enough, and a comma.</p>"
                    for n in range(6))
    tree = parse_html(f"<html><body><div><p>Lead.</p></div><div>{story}</div></body></html>")
    assert readable.readability_main(tree) is not None
    assert "readability.readability" in callers
    assert theirs.text_length is own


def _dropped_the_slow_way(root: etree._Element) -> list[str]:
    """What ``drop_hidden`` took out before its three walks were made one: each walk run
    once the drops before it were done (so nothing inside a part gone is found)."""
    from reader.clean.html import hidden
    from reader.clean.html.dropping import drop
    from reader.clean.html.sheet_hidden import sheet_hidden
    from reader.clean.html.streamed import place_streamed

    log = DropLog()
    found = root.xpath("descendant-or-self::*[@hidden]")
    place_streamed(root, found)
    for element in found:
        if element.get("hidden") is not None:
            drop(element, log, "hidden")
    for element in root.xpath("descendant-or-self::*[@style]"):
        if hidden._DISPLAY_NONE.search(element.get("style")):
            drop(element, log, "hidden")
    for element in _CLASSED(root):
        classes = element.get("class")
        if hidden._PRINT_ONLY.search(classes):
            drop(element, log, "hidden")
        elif hidden.hidden_by_class(classes) and element.tag not in ("html", "body"):
            drop(element, log, "hidden-class")
    for element in sheet_hidden(root):
        drop(element, log, "hidden-by-stylesheet")
    return log.lines()


NESTED_HIDING = (
    "<html><head><style>.late { display: none }</style></head><body>"
    "<div hidden><p style='display:none'>styled in hidden</p><p class='d-none'>x</p></div>"
    "<template id='B:1'></template>"
    "<div style='display: none'><span class='hidden'>classed in styled</span>"
    "<i style='visibility: hidden'>styled in styled</i></div>"
    "<section class='d-none'><b class='print-only'>print in classed</b>"
    "<em class='late'>sheet in classed</em></section>"
    "<p class='hide-me nonesuch'>kept</p><p class='late'>sheet</p>"
    "<div hidden id='S:1'><p style='display:none'>moved</p></div>"
    "</body></html>"
)


@pytest.mark.parametrize("page", ["nested", *PAGES[:20]], ids=str)
def test_drop_hidden_drops_what_three_walks_dropped(page: str | Path) -> None:
    """One walk for the hidden, styled and classed elements takes out what three walks
    did, in the same order, and nothing found inside a part already gone."""
    from reader.clean.html.hidden import drop_hidden

    html = NESTED_HIDING if page == "nested" else Path(page).read_text(errors="replace")
    slow, quick = parse_html(html), parse_html(html)
    expected = _dropped_the_slow_way(slow)
    log = DropLog()
    drop_hidden(quick, log)
    assert log.lines() == expected
    assert etree.tostring(quick) == etree.tostring(slow)


def test_still_in_leaves_out_what_a_part_taken_out_holds() -> None:
    """A part taken out still answers ``getroottree()`` with the page: its way up tells."""
    from reader.clean.html import hidden

    tree = parse_html("<body><div id='a'><p id='b'>x</p></div><p id='c'>y</p></body>")
    a, b, c = (tree.get_element_by_id(name) for name in "abc")
    a.drop_tree()
    assert b.getroottree().getroot() is tree
    assert hidden._still_in(tree, [a, b, c]) == [c]


PROPS = (
    "<html><body><p itemprop='alternativeHeadline'>a</p><div class='x' itemprop='datePublished'>"
    "<span itemprop='datePublished'>b</span></div><p itemprop='alternativeHeadlines'>no</p>"
    "<svg><desc itemprop='datePublished'>c</desc></svg></body></html>"
)


@pytest.mark.parametrize("page", ["props", *PAGES[:20]], ids=str)
@pytest.mark.parametrize("value", ["alternativeHeadline", "datePublished"])
def test_index_finds_an_itemprop_as_a_walk_of_the_body_does(page: str | Path, value: str) -> None:
    """The page's index gives the elements of an itemprop as "//body/descendant::" did."""
    tree = parse_html(PROPS if page == "props" else Path(page).read_text(errors="replace"))
    walked = tree.xpath(f"//body/descendant::*/@itemprop[. = '{value}']/..")
    assert ClassIndex.of_page(tree).having("itemprop", value) == walked
    assert page != "props" or len(walked) == (1 if value == "alternativeHeadline" else 3)


def test_marked_elements_of_several_marks_come_once_in_page_order() -> None:
    from reader.clean.html import hidden

    tree = parse_html(
        "<html><body class='print-none'><div hidden style='x' class='hidden'><p class='hide'>"
        "a</p></div><p style='display:none'>b</p><p class='shown'>c</p><p hidden>d</p>"
        "</body></html>"
    )
    marked = hidden._marked(tree)
    assert [element.tag for element in marked] == ["body", "div", "p", "p", "p"]
    assert [element.text_content() for element in marked[2:]] == ["a", "b", "d"]
    assert marked == tree.xpath("//*[@hidden or @style or @class[contains(., 'hid')"
                                " or contains(., 'none') or contains(., 'print')]]")


def test_dialogs_are_found_by_their_marks_each_once() -> None:
    tree = parse_html(
        "<html><body><dialog role='dialog' aria-modal='true'>a</dialog><div role='alertdialog'>"
        "b<div aria-modal='false' role='dialog'>c</div></div><div role='dialogue'>no</div>"
        "<section><dialog>d</dialog></section></body></html>"
    )
    body = tree.find("body")
    found = consent._dialogs(body)
    assert sorted(element.text_content() for element in found) == ["a", "bc", "c", "d"]
    assert set(found) == set(body.xpath(
        "descendant::*[@role='dialog' or @role='alertdialog' or @aria-modal or self::dialog]"
    ))
    assert consent._dialogs(tree.find("body/dialog")) == []  # (inside it: none)


def test_unlikely_candidates_inside_a_dropped_one_are_not_tested(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Without a log, what is inside a dropped candidate is left alone (it went with it): the
    same page as with a log, whose record stays as it was."""
    html = (
        "<html><body><nav class='site-nav menu'><ul><li class='menu-item home'>"
        "<ul><li class='menu-item'><a class='menu-link'>Home</a></li></ul></li></ul></nav>"
        "<div class='story'><p>The story.</p><div class='sidebar'>Aside</div></div>"
        "</body></html>"
    )
    tested: list[str | None] = []
    named_by_heading = readable._named_by_heading

    def spy(element: etree._Element) -> bool:
        tested.append(element.get("class"))
        return named_by_heading(element)

    monkeypatch.setattr(readable, "_named_by_heading", spy)

    def removed(log: DropLog | None) -> str:
        tree = parse_html(html)
        summary = readable._Summary(tree)
        summary.html, summary.log = tree, log
        summary.remove_unlikely_candidates()
        return etree.tounicode(tree)

    log = DropLog()
    assert removed(None) == removed(log)
    assert tested[:2] == ["site-nav menu", "sidebar"]  # (without a log: the two dropped)
    assert len(tested) > 2  # (with a log, those inside too)
    assert log.lines()[0] == "unlikely-candidate: Home"
    assert log.lines()[-1] == "unlikely-candidate: Aside"


def test_content_containers_find_role_main_by_its_attribute() -> None:
    from reader.clean.class_index import owners
    from reader.clean.html import doc_page

    html = (
        "<html><body><div role='main' class='a'><article>x</article></div><main>y</main>"
        "<section role='main'><div role='mainly'>z</div></section></body></html>"
    )
    tree = parse_html(html)
    found = doc_page.content_containers(tree, html)
    assert [element.tag for element in found] == ["article", "main", "div", "section"]
    assert owners(doc_page._ROLE_MAIN(tree)) == tree.xpath("//*[@role='main']")


# names in other cases and scripts: "İ" lower-cases to two characters, "ſ" (a long s) and
# "K" (the Kelvin sign) match "s" and "k" case-blind but are not lower-case ASCII
ODD_NAMES = (
    "<html><body><div class='İntro post' id='Author-1'><p>Text</p></div>"
    "<div class='ſidebar'>Aside</div><div id='comment-İ'>Reply</div>"
    "<span itemprop='AUTHOR'>Ann Lee</span><a rel='NICK' class='x'>ann</a>"
    "<div class='has-sidebar menu' id='user'>Both names</div>"
    "<p class='foot'>Foot</p><p class='' id=''>Empty</p></body></html>"
)


@pytest.mark.parametrize("page", [ODD_NAMES, *PAGES], ids=lambda p: getattr(p, "name", "odd"))
def test_author_hints_are_found_as_a_test_of_each_element_finds_them(page: str | Path) -> None:
    from reader.clean.class_index import owners_matching
    from reader.clean.html import thread

    tree = parse_html(page if isinstance(page, str) else page.read_text(encoding="utf-8"))
    body = tree.find("body")
    obvious = [
        element for element in body.xpath("descendant-or-self::*[@class or @id or @itemprop"
                                          " or @rel]")
        if thread._AUTHOR_HINT.search(" ".join(
            element.get(name, "") for name in ("class", "id", "itemprop", "rel")).lower())
    ]
    assert owners_matching(thread._NAMES(body), thread._AUTHOR_HINT, fold=True) == obvious


@pytest.mark.parametrize("page", [ODD_NAMES, *PAGES], ids=lambda p: getattr(p, "name", "odd"))
def test_unlikely_owners_hold_every_unlikely_element_in_page_order(page: str | Path) -> None:
    tree = parse_html(page if isinstance(page, str) else page.read_text(encoding="utf-8"))
    found = readable._UNLIKELY_WORDS.owners(readable._FEATURES(tree))
    unlikely = [
        element for element in tree.xpath("descendant::*[@class or @id]")
        if readable._is_unlikely(f"{element.get('class', '')} {element.get('id', '')}")
    ]
    assert [element for element in found if element in unlikely] == unlikely
    assert len(set(found)) == len(found)
    if isinstance(page, str):  # "ſidebar" (case-blind "sidebar"), "comment-İ", "menu", "foot"
        assert [element.text for element in unlikely] == ["Aside", "Reply", "Both names",
                                                          "Foot"]


@pytest.mark.parametrize("mark", ["\ufffe", "\uffff", "&#xFFFE;", "\x0b", "&#11;"])
def test_a_noncharacter_or_a_control_in_the_markup_is_cleared_from_the_tree(mark: str) -> None:
    from reader.core.sanitize import markup_has_controls

    html = f"<html><body><p class='a{mark}'>caf\u00e9 \u2014 one{mark}two</p></body></html>"
    assert markup_has_controls(html, html.encode("utf-8", "replace"))
    tree = parse_html(html)
    paragraph = tree.find(".//p")
    paragraph.text += "!"  # (lxml refuses any change to a tree holding one)
    assert paragraph.text in ("caf\u00e9 \u2014 onetwo!", "caf\u00e9 \u2014 one two!")
    plain = "<html><body><p>caf\u00e9 \u2014 \u4e00 \U0001f600 &#233;</p></body></html>"
    assert not markup_has_controls(plain, plain.encode("utf-8", "replace"))


@pytest.mark.parametrize("path", PAGES[:20], ids=lambda p: p.name)
def test_link_density_of_nested_candidates_measures_each_link_once_alike(path: Path) -> None:
    tree = parse_html(path.read_text(encoding="utf-8", errors="replace"))
    summary = readable._Summary(tree)
    known: dict[etree._Element, int] = {}
    for element in tree.iter("div", "section", "article", "td", "body"):
        assert summary.get_link_density(element, known) == summary.get_link_density(element)
