"""The reader's readability subclass finds what readability-lxml itself finds, only faster."""

from __future__ import annotations

import copy
import random
from pathlib import Path

import pytest
from readability import Document
from readability.readability import REGEXES, clean

from reader.clean.html.folded_length import folded_length
from reader.clean.html.pipeline import clean_html, parse_html
from reader.clean.html.readable import _is_unlikely, readability_main
from tests.cli_run import body_texts, dump_article

FIXTURES = Path(__file__).parents[1] / "fixtures"
PAGES = sorted((FIXTURES / "html").rglob("*.html")) + sorted((FIXTURES / "meta").glob("*.html"))

PARAGRAPH = (
    "<p>The committee heard evidence for three hours on Tuesday, and its chair said that a "
    "report would follow before the end of the month, with recommendations for the council.</p>"
)
TRICKY = {
    "svg-path-in-div": (
        f"<html><body><div class='story'>{PARAGRAPH}<div>Chart: <svg><path d='M0'/></svg> "
        f"rents by year</div><div>Plain words in a div, no blocks inside.</div>{PARAGRAPH}"
        "</div></body></html>"
    ),
    "hidden-and-display-none": (
        f"<html><body><div class='content'>{PARAGRAPH}<div hidden>Hidden text here.</div>"
        f"<p style='display: none'>Invisible paragraph.</p>{PARAGRAPH}</div></body></html>"
    ),
    "unlikely-candidates": (
        f"<html><body><div class='comment-list'><p>A comment, long enough to count as text "
        f"for the scorer of readability.</p></div><div class='article'>{PARAGRAPH}{PARAGRAPH}"
        "<div class='sidebar-promo'>Promo</div></div><pre class='comment'>code</pre>"
        "</body></html>"
    ),
    "inline-runs-and-tails": (
        f"<html><body><div class='post'>Loose text <b>bold</b> <a href='javascript:x()'>link"
        f"</a><br>after break<span>span</span><div>{PARAGRAPH}</div> tail words{PARAGRAPH}"
        "<script>var x = '<p>';</script><style>p {}</style></div></body></html>"
    ),
}


def _paragraphs(count: int, sentence: str) -> str:
    """``count`` numbered paragraphs: "<p>Paragraph 0 {sentence}</p>" ..."""
    return "".join(f"<p>Paragraph {n} {sentence}</p>" for n in range(count))


def _words(html_or_tree: object) -> list[str]:
    tree = parse_html(html_or_tree) if isinstance(html_or_tree, str) else html_or_tree
    return tree.text_content().split()


def _ours(html: str) -> list[str]:
    node = readability_main(parse_html(html))
    assert node is not None
    return node.text_content().split()


def _theirs(html: str) -> list[str]:
    return _words(Document(html).summary(html_partial=True))


@pytest.mark.parametrize("page", PAGES, ids=lambda path: path.stem)
def test_same_text_as_readability_on_fixture_pages(page: Path) -> None:
    html = page.read_text(encoding="utf-8")
    assert _ours(html) == _theirs(html)


@pytest.mark.parametrize("name", sorted(TRICKY))
def test_same_text_as_readability_on_tricky_markup(name: str) -> None:
    assert _ours(TRICKY[name]) == _theirs(TRICKY[name])


def test_the_callers_tree_keeps_its_text() -> None:
    tree = parse_html(TRICKY["unlikely-candidates"])
    before = copy.deepcopy(tree)
    readability_main(tree)
    assert _words(tree) == _words(before)


def test_embedded_posts_survive_readability() -> None:
    from reader.clean.html.readable import extract_main

    tweet = (
        "<div class='social-media-embed'><blockquote class='twitter-tweet'><p>Yes this is real "
        "and the state spent half a million on it: <a href='https://t.co/x'>t.co/x</a></p>"
        "— Jane (@jane) <a href='https://twitter.com/jane/status/1'>November 18, 2019</a>"
        "</blockquote></div>"
    )
    html = f"<html><body><article><div class='body'>{PARAGRAPH}{tweet}{PARAGRAPH}</div>"
    html += "</article></body></html>"
    main = extract_main(parse_html(html))
    assert "Yes this is real" in main.text_content()


def test_a_short_list_of_text_is_not_dropped_for_starting_below_zero() -> None:
    from reader.clean.html.readable import extract_main

    para = (
        "<p>The condition is evaluated, and if it is true the directives inside the braces "
        "run, with the configuration of the block, inherited as usual.</p>"
    )
    html = (
        f"<html><body><div id='content'>{para * 4}"
        "<p>A condition may be any of the following:</p><ul>"
        "<li><p>a variable name; false if its value is an empty string</p></li>"
        "<li><p>a match of a variable against a regular expression</p></li></ul>"
        f"{para * 2}</div></body></html>"
    )
    text = extract_main(parse_html(html)).text_content()
    assert "false if its value is an empty string" in text
    assert "against a regular expression" in text


def test_a_section_whose_id_is_its_heading_is_no_unlikely_candidate() -> None:
    from reader.clean.html.readable import extract_main

    para = (
        "<p>Many HTTP APIs feature link headers, and they make the APIs more "
        "self-describing and discoverable, so clients can follow them page by page.</p>"
    )
    html = (
        f"<html><body><div class='body'><section id='intro'><h2>Intro</h2>{para * 3}</section>"
        f"<section id='link-headers'><h2>Link Headers</h2>{para}"
        "<p>Requests parses these link headers and makes them easy to consume.</p></section>"
        "<div id='header-menu'><p>Home, About, Contact, and the rest of the site's menu.</p>"
        "</div></div></body></html>"
    )
    text = extract_main(parse_html(html)).text_content()
    assert "Requests parses these link headers" in text
    assert "rest of the site's menu" not in text


def test_prose_named_for_a_place_stays_but_junk_kinds_go() -> None:
    """readability's unlikely test reads "header" in "pane-header-alignment": prose stays."""
    pane = (
        "<div class='accordion pane-header-alignment-left'><p>We tested each tool for a month. "
        "Setup took an hour. The reports were clear and the support team answered fast. "
        "Pricing starts low and grows with the number of users on the plan you pick, and "
        "a free trial lets you try it first.</p></div>"
    )
    comments = (
        "<div class='comments-area'><p>I tried this too. It worked for me. Thanks for the long "
        "write-up, it saved me a lot of time and I will share it with my whole team today.</p>"
        "</div>"
    )
    menu = "<div class='menu'>" + "<a href='/x'>Home</a> " * 20 + "</div>"
    html = f"<html><body>{menu}<div class='post'>{PARAGRAPH}{pane}{PARAGRAPH}{comments}</div>"
    main = readability_main(parse_html(html + "</body></html>"))
    assert main is not None
    text = main.text_content()
    assert "We tested each tool" in text
    assert "I tried this too" not in text
    assert "Home" not in text


def test_a_heading_named_for_a_place_stays_a_junk_kind_goes() -> None:
    """A page builder's "et_pb_module_header" or Substack's "header-anchor-post" names a
    place; the tag says it is a heading. "comments-title" still names junk."""
    html = (
        f"<html><body><div class='post'>{PARAGRAPH}"
        "<h2 class='et_pb_module_header'>The second tool we tested</h2>"
        f"{PARAGRAPH}<h3 class='header-anchor-post'>What we would change</h3>{PARAGRAPH}"
        "<h3 class='comments-title'>Two thoughts on this post</h3></div></body></html>"
    )
    main = readability_main(parse_html(html))
    assert main is not None
    text = main.text_content()
    assert "The second tool we tested" in text
    assert "What we would change" in text
    assert "Two thoughts on this post" not in text


def test_a_list_is_not_the_article_the_prose_around_it_stays() -> None:
    """Items that hold paragraphs score their list; the list's container is the article."""
    item = (
        "<li><p><strong>The part:</strong> a long explanation of how this part of the machine "
        "works, with commas, clauses, and more words, so that it scores well.</p></li>"
    )
    sections = "".join(
        f"<section class='rich'><div class='flex col'><h2>Machine {n}</h2>"
        f"<p>Intro to machine {n}: what it is for, who uses it, and why it matters so much "
        f"to a beginner in the gym.</p><ul class='list'>{item * (6 if n == 2 else 3)}</ul>"
        "</div></section>"
        for n in range(4)
    )
    html = f"<html><body><article><h1>Gym guide</h1>{sections}</article></body></html>"
    main = readability_main(parse_html(html))
    assert main is not None
    chosen = main.text_content()
    assert [n for n in range(4) if f"Intro to machine {n}:" in chosen] == [0, 1, 2, 3]
    text = "\n".join(t for _kind, t, _level in clean_html(html).blocks)
    assert text.count("Intro to machine") == 4


def test_the_article_is_climbed_out_of_a_wrapper_that_holds_nothing_else() -> None:
    """A block theme wraps its steps in ``<div class=group><div class=inner>``; the intro
    paragraphs beside the outer wrapper are the article's, as readability merges them."""
    intro = "".join(
        f"<p>Intro paragraph {n}. It sets out what the guide covers. It is written as prose.</p>"
        for n in range(2)
    )
    steps = "".join(
        f"<h2>Step {n}</h2><p>Step {n} of the work, told at length: sand the drawer fronts, "
        "wipe them down, and let the stain dry overnight, because rushing it shows later.</p>"
        for n in range(8)
    )
    html = (
        f"<html><body><div class='entry'>{intro}<div class='group'><div class='inner'>{steps}"
        "</div></div></div><aside><p>Other posts you may like, and more.</p></aside></body></html>"
    )
    main = readability_main(parse_html(html))
    assert main is not None
    chosen = main.text_content()
    assert "Intro paragraph 0." in chosen and "Intro paragraph 1." in chosen
    assert "Step 7 of the work" in chosen
    assert "Other posts" not in chosen


def test_a_list_of_sentences_with_links_in_them_stays_a_list_of_links_goes() -> None:
    prose = _paragraphs(
        4, "of the checklist's introduction, with commas, clauses, and enough words to be the "
        "article that readability chooses."
    )
    tasks = (
        "<ul class='tasks'><li>Sit down together and <a href='/a'>discuss the wedding</a></li>"
        "<li>Draw up <a href='/b'>a budget</a> for it</li>"
        "<li>Start planning <a href='/c'>the guest list</a> early on</li></ul>"
    )
    menu = "<ul class='tasks'>" + "".join(
        f"<li><a href='/{n}'>Section number {n}</a></li>" for n in range(4)
    ) + "</ul>"
    html = f"<html><body><article><h1>Checklist</h1>{prose}{tasks}{prose}{menu}</article>"
    main = readability_main(parse_html(html + "</body></html>"))
    assert main is not None
    text = " ".join(main.text_content().split())
    assert "Draw up a budget for it" in text
    assert "Section number 2" not in text


def test_folded_length_is_the_length_of_readabilitys_clean() -> None:
    """The length counted without folding is that of readability's own fold, run by run:
    tabs and no-break spaces, runs about 255 long, with and without a line break."""
    pieces = [" ", "  ", "\t", "\t\t", "\n", "\r", "\xa0", "\u2003", "\x0b", "word", ",",
              " " * 254, " " * 260, "\t" * 256, "\xa0" * 255]
    generator = random.Random(7)
    for _ in range(5000):
        text = "".join(generator.choice(pieces) for _ in range(generator.randint(0, 40)))
        assert folded_length(text) == len(clean(text)), repr(text)


@pytest.mark.parametrize("path", PAGES[:30], ids=lambda p: p.name)
def test_folded_length_of_every_element_of_a_page(path: Path) -> None:
    """Every element's text of a real page measures as readability measures it."""
    tree = parse_html(path.read_text(encoding="utf-8", errors="replace"))
    texts = [element.text_content() for element in tree.iter() if isinstance(element.tag, str)]
    assert [folded_length(text) for text in texts] == [len(clean(text)) for text in texts]


@pytest.mark.parametrize(
    "features", ["Site-HEADER nav", "main-header", "comment-list", "ſidebar", "İnfo footer", "x"]
)
def test_unlikely_test_is_readabilitys(features: str) -> None:
    """Lower-cased ASCII names meet the same words as readability's case-blind pattern."""
    expected = bool(
        len(features) >= 2
        and REGEXES["unlikelyCandidatesRe"].search(features)
        and not REGEXES["okMaybeItsACandidateRe"].search(features)
    )
    assert _is_unlikely(features) == expected


def _builder_page(panel: str) -> str:
    sections = [
        ("Pricing", "Our electricians quote every job before they start, and the price you see "
         "is the price you pay, whether the work takes one hour or five, with no call-out fee."),
        ("How we are qualified", "Every technician passes written exams, code tests and "
         "hands-on skill checks, and keeps training through the year, so that your wiring is "
         "done to the code, safely, and the first time, in homes old and new alike."),
        ("Our vans", "We drive fully stocked vans, so most repairs are done on the first visit, "
         "without a second trip to a supplier, and your home is back to normal the same day, "
         "with the old parts taken away and the floors swept clean behind us."),
    ]
    panels = "".join(
        panel.format(f"<h3>{heading}</h3><p>{text}</p><p>{text}</p>") for heading, text in sections
    )
    return f"<html><body><main><div class='panel-layout'>{panels}</div></main></body></html>"


@pytest.mark.parametrize(
    "panel",
    [
        "<div class='so-panel widget widget_sow-editor'><div class='so-widget-sow-editor'>"
        "<div class='siteorigin-widget-tinymce textwidget'>{}</div></div></div>",
        "<div class='elementor-element elementor-widget'><div class='elementor-widget-container'>"
        "{}</div></div>",
    ],
    ids=["siteorigin", "elementor"],
)
def test_a_page_builders_widgets_are_its_blocks_not_junk(panel: str) -> None:
    """readability weighs every "widget" down: on a page builder's page, each block of the
    article is one, and all but one block were lost."""
    main = readability_main(parse_html(_builder_page(panel)))
    assert main is not None
    text = main.text_content()
    for phrase in ("price you see", "written exams", "fully stocked vans"):
        assert phrase in text


def test_a_sidebar_gadget_named_widget_still_weighs_down() -> None:
    from reader.clean.html.readable import _Summary

    summary = _Summary("<html><body></body></html>")
    gadget = parse_html("<div class='widget widget_recent_entries'>x</div>").find(".//div")
    block = parse_html("<div class='elementor-widget-container'>x</div>").find(".//div")
    related = parse_html("<div class='elementor-widget comment-box'>x</div>").find(".//div")
    assert summary.class_weight(gadget) == -25
    assert summary.class_weight(block) == 0
    assert summary.class_weight(related) == -25  # "comment" still weighs it down


@pytest.mark.parametrize(
    ("features", "expected"),
    [("wrap has-sidebar", False), ("inner under-menu", False), ("no-sidebar", False),
     ("sidebar", True), ("menu has-items", True)],
)
def test_a_layout_modifier_is_no_unlikely_word(features: str, expected: bool) -> None:
    """"has-sidebar", "under-menu": where the element stands beside the furniture."""
    assert _is_unlikely(features) == expected


def test_an_article_in_a_wrapper_beside_the_sidebar_is_read_by_readability() -> None:
    from reader.clean.explain import DropLog

    paragraphs = _paragraphs(
        6, "about reducing waste at home, with enough words in it to be a real paragraph of "
        "prose for the reader to keep."
    )
    page = (
        "<html><body><div class='menu'><a href='/'>Home</a> <a href='/a'>About</a></div>"
        f"<div class='wrap has-sidebar'><div class='inner under-menu'><h1>Reducing waste</h1>"
        f"{paragraphs}</div></div><div class='sidebar'><p>Popular posts</p></div></body></html>"
    )
    log = DropLog()
    extracted = clean_html(page, log=log)
    assert [drop.text for drop in log.drops if drop.rule == "unlikely-candidate"] == [
        "Home About", "Popular posts"
    ]
    assert sum("Paragraph" in text for _kind, text, _level in extracted.blocks) == 6


def test_the_page_tree_is_made_of_plain_html_elements() -> None:
    """The parser picks every element's class in C (lxml.html's form classes, chosen by a
    Python call per element, cost 3% of extraction on the 181 pages): a form's input is a
    plain element with the same HTML methods."""
    from lxml.html import HtmlElement

    tree = parse_html("<html><body><form><label>Name <input name='q'></label></form></body>")
    kinds = {type(element) for element in tree.iter()}
    assert kinds == {HtmlElement}
    assert tree.find(".//label").text_content() == "Name "


def test_a_heading_of_links_stays_where_readability_drops_it(tmp_path: Path) -> None:
    """A list article's entries are headed by a link to each product ("1. <a>Notion</a>"):
    readability-lxml drops a heading over a third links; the reader keeps it, link and all
    (through the real CLI). A heading weighed as junk by its class still goes."""
    from tests.cli_run import dump_json

    entries = "".join(
        f"<h3>{n}. <a href='https://example.com/{name.lower()}'>{name}</a></h3><p>{name} "
        f"keeps notes {kind}, and its search finds a page by any word in it within a second, "
        "which matters more than any other feature once a collection grows past a thousand.</p>"
        for n, (name, kind) in enumerate(
            (("Notion", "in databases"), ("Obsidian", "as plain files"), ("Logseq", "as outlines")),
            start=1,
        )
    )
    html = (
        f"<html><body><article><h1>The best note apps</h1>{PARAGRAPH}{entries}"
        f"<h3 class='sidebar-widget'><a href='/x'>Sponsored apps</a></h3>{PARAGRAPH}"
        "</article></body></html>"
    )
    assert "Notion" not in _theirs(html)
    page = tmp_path / "apps.html"
    page.write_text(html, encoding="utf-8")
    article = dump_json(str(page))
    headings = [b["text"] for b in article["body"] if b["type"] == "heading"]
    assert headings == ["1. Notion", "2. Obsidian", "3. Logseq"]
    assert {"text": "Notion", "href": "https://example.com/notion"}.items() <= (
        article["links"][0].items()
    )


def test_a_named_anchor_is_no_link(tmp_path: Path) -> None:
    """``<a name="...">`` marks a place to jump to, not a link: a short section whose heading
    is one is not a box of links for readability's cleanup (through the real CLI)."""
    from tests.cli_run import dump_json

    sections = "".join(
        f"<div><h2><a name='{n}'>{n}. {name} Insurance Group</a></h2>"
        f"<p>Market share: {share}%. It writes policies in every state.</p></div>"
        for n, (name, share) in enumerate(
            (("State Farm", "12.89"), ("Progressive", "6.15"), ("Allstate", "4.49")), start=1
        )
    )
    html = (
        f"<html><body><article><h1>The largest insurers</h1>{PARAGRAPH}{sections}"
        f"<p>Rankings come from the filings each insurer makes every year, gathered by the "
        "state regulators and published in the spring for the year before.</p>"
        "</article></body></html>"
    )
    page = tmp_path / "insurers.html"
    page.write_text(html, encoding="utf-8")
    text = "\n".join(block["text"] for block in dump_json(str(page))["body"])
    assert "Market share: 6.15%" in text


def test_the_link_that_holds_a_headings_words_is_no_place(tmp_path: Path) -> None:
    """mdBook (the Rust book and many manuals) sets each heading's words in a link to
    itself classed "header": the heading keeps its words (through the real CLI)."""
    from tests.cli_run import dump_json

    html = (
        "<html><body><main><h1><a class='header' href='#what-is-ownership'>What Is "
        f"Ownership?</a></h1>{PARAGRAPH}<h2><a class='header' href='#the-stack'>The Stack and "
        "the Heap</a></h2><p>Both the stack and the heap are parts of memory available to "
        "your code to use at runtime, but they are structured in different ways.</p>"
        "</main></body></html>"
    )
    page = tmp_path / "ch04.html"
    page.write_text(html, encoding="utf-8")
    article = dump_json(str(page))
    headings = [b["text"] for b in article["body"] if b["type"] == "heading"]
    assert "The Stack and the Heap" in headings


def test_a_heading_in_a_frame_of_its_own_stays(tmp_path: Path) -> None:
    """A component-built page wraps each heading in its own ``<div>``s: readability drops
    a block that short as empty, and the heading with it (through the real CLI)."""
    from tests.cli_run import dump_json

    sections = "".join(
        f"<div class='container'><div class='wrapper'><h2>{name} Model</h2></div></div>"
        f"<p>The {name} model, in short, suits teams whose {need}.</p>"
        for name, need in (("Spiral", "risks are high"), ("Agile", "plans change weekly"))
    )
    html = f"<html><body><div class='post'>{PARAGRAPH}{sections}</div></body></html>"
    assert "Spiral Model" not in _theirs(html)
    page = tmp_path / "models.html"
    page.write_text(html, encoding="utf-8")
    headings = [b["text"] for b in dump_json(str(page))["body"] if b["type"] == "heading"]
    assert headings == ["Spiral Model", "Agile Model"]


def test_a_divs_text_with_sub_small_and_cite_in_it_stays_one_paragraph(tmp_path: Path) -> None:
    """A div's own text runs on through ``<sub>``, ``<small>`` and ``<cite>``: one paragraph
    ("Water is H₂O ..."), not a paragraph cut at each of them ("Water is H" / "₂" / "O, ...")."""
    words = (
        "Water is H<sub>2</sub>O, and the harbour's holds less salt than the sea's, said the"
        " <small>chief chemist</small> of the laboratory, quoting <cite>The Harbour Report</cite>"
        " of last year."
    )
    article = dump_article(
        tmp_path,
        "Water on the harbour",
        f"<div>{PARAGRAPH[3:-4]}<p>{PARAGRAPH[3:-4]}</p></div>"
        f"<div>{words}<p>{PARAGRAPH[3:-4]}</p></div>",
    )
    assert (
        "Water is H₂O, and the harbour's holds less salt than the sea's, said the chief chemist"
        " of the laboratory, quoting The Harbour Report of last year."
    ) in body_texts(article)


def test_words_of_a_sentence_named_like_furniture_stay_in_it(tmp_path: Path) -> None:
    """A citation's number in ``<span class="footers">`` (readability reads "footer" in the
    name) is a word of its sentence: "students [4,5]", not "students [,]"."""
    cite = ('<span class="footers"><a class="citation-link" href="#ref{n}" rel="footnote">'
            "{n}</a></span>")
    article = dump_article(
        tmp_path, "Sleep and study",
        f"<p>Many college students reported feeling overwhelmed [{cite.format(n=4)},"
        f"{cite.format(n=5)}], and most of them slept less than seven hours a night during the "
        f"term, by their own account, in every survey of the last decade.</p>{PARAGRAPH}",
    )
    assert "overwhelmed [4,5], and most" in " ".join(body_texts(article))


def test_a_short_command_in_its_highlighters_frame_stays(tmp_path: Path) -> None:
    """readability drops a block of fewer than 25 characters as having no content: a one-line
    command in its highlighter's ``<div>`` went, and the steps read on without it."""
    article = dump_article(
        tmp_path, "A DNS box",
        "<p>First, install Unbound on the system running Pi-Hole, from the distribution's own "
        "packages, which are kept up to date by its maintainers:</p>"
        '<div class="highlight"><pre>sudo apt install unbound</pre></div>'
        "<p>Next, download a fresh copy of the root hints file, which lists the servers that "
        "answer for the top of the name tree, and keep it where Unbound looks.</p>",
    )
    codes = [block for block in article["body"] if block["type"] in ("code", "preformatted")]
    assert [block["text"] for block in codes] == ["sudo apt install unbound"]


def test_a_lines_words_and_inline_elements_beside_a_block_read_as_one_paragraph(
    tmp_path: Path,
) -> None:
    """A ``<div>`` holding a code block with loose words around it: a line's words and its
    inline elements (keys, variables, sample output, ``<wbr>``, code after a block) make one
    paragraph, spaced as the page spaces them, never split at each element nor joined where
    the page has no space ("foo<kbd>()</kbd>")."""
    story = _paragraphs(3, "of the guide, told at length, with enough words to be the text.")
    article = (
        f"{story}<div class='section'>The CRM <kbd>is</kbd> a tool: set <var>x</var> and "
        "read <samp>ok</samp> back, call foo<kbd>()</kbd>, see Histogram<wbr>Config."
        "<pre>make all\nmake test</pre>After the listing the <code>run</code> step "
        "ends it.<br>A line of its own.</div>"
    )
    texts = body_texts(dump_article(tmp_path, "The guide", article))
    assert (
        "The CRM is a tool: set x and read ok back, call foo(), see HistogramConfig." in texts
    ), texts
    assert "After the listing the run step ends it." in texts
    assert "A line of its own." in texts
