"""The second opinion: trafilatura's reading replaces ours only when ours is far shorter."""

from __future__ import annotations

import lxml.html

from reader.clean.html import second_opinion as so
from reader.engine.pipeline import extract
from reader.sources.load import RawDocument

SECTION = (
    "<section><h2>Part {n}: the {n}th tool</h2>"
    "<p>Tool number {n} is a sturdy choice for readers who want something that lasts; we "
    "tested it for three weeks on long articles, manuals and feeds, and it held up.</p>"
    "<p>It costs a little more than the others, but the battery, the screen and the keys "
    "are better in every way we measured, and the maker answers questions within a day.</p>"
    "</section><div class='ad'><span>Advert</span></div>"
)


def _guide(sections: int = 8) -> str:
    body = "".join(SECTION.format(n=n) for n in range(1, sections + 1))
    head = "<head><title>The best tools</title></head>"
    return f"<html>{head}<body><main>{body}</main></body></html>"


def test_gate_skips_the_second_opinion_when_ours_holds_nearly_all_the_page(monkeypatch) -> None:
    called = []
    monkeypatch.setattr(
        so, "trafilatura_html", lambda text, url, **_: called.append(1) or "<p>x</p>"
    )
    ours = [("paragraph", "one two three four five", 0)]
    kept, theirs = so.second_opinion("<html/>", None, ours, 9, lambda html: [])
    assert kept is ours and not theirs and called == []
    kept, theirs = so.second_opinion("<html/>", None, ours, 100, lambda html: [])
    assert called == [1] and kept is ours and not theirs  # asked, but it found nothing


def test_theirs_replaces_ours_only_when_ours_is_less_than_half(monkeypatch) -> None:
    monkeypatch.setattr(so, "trafilatura_html", lambda text, url, **_: "<p>found</p>")
    ours = [("paragraph", "word " * 10, 0)]
    longer = [("paragraph", "word " * 30, 0)]
    similar = [("paragraph", "word " * 15, 0)]
    assert so.second_opinion("<p/>", None, ours, 100, lambda html: longer) == (longer, True)
    assert so.second_opinion("<p/>", None, ours, 100, lambda html: similar) == (ours, False)


def test_theirs_leaves_out_the_boxes_our_cleanup_took_out(monkeypatch) -> None:
    """trafilatura reads the page as it came: a sign-up box we removed stays removed."""
    monkeypatch.setattr(so, "trafilatura_html", lambda text, url, **_: "<p>found</p>")
    ours = [("paragraph", "word " * 10, 0)]
    box = "Sign up for our newsletter. Enter your email: First Name (optional): Subscribe"
    longer = [
        ("paragraph", "word " * 30, 0),
        ("paragraph", "Enter your email:", 0),
        ("paragraph", "First Name (optional):", 0),
        ("heading", "Sign up", 2),  # too short to tell: it may be the article's
    ]
    kept, theirs = so.second_opinion("<p/>", None, ours, 100, lambda html: longer, boxes=box)
    assert theirs and kept == [longer[0], longer[3]]


def test_theirs_fills_ours_in_when_it_holds_ours_and_more(monkeypatch) -> None:
    monkeypatch.setattr(so, "trafilatura_html", lambda text, url, **_: "<p>found</p>")
    one = ("paragraph", "the first paragraph of ours, long enough to anchor", 0)
    two = ("paragraph", "the second paragraph of ours, long enough to anchor", 0)
    lost = ("paragraph", "a paragraph between them that readability dropped", 0)
    kept, theirs = so.second_opinion("<p/>", None, [one, two], 60, lambda html: [one, lost, two])
    assert kept == [one, lost, two] and not theirs


def test_a_main_region_with_many_more_words_than_ours_asks_too(monkeypatch) -> None:
    """A buying guide's product cards stand beside the prose readability kept, inside the
    page's <main>: the page as a whole (with its menus) is under twice ours, the region
    holds REGION_ASK times ours and REGION_MORE words more."""
    called: list[int] = []
    monkeypatch.setattr(so, "trafilatura_html", lambda text, url, **_: called.append(1) or None)
    ours = [("paragraph", "word " * 700, 0)]
    asked: list[int] = []

    def region(words: int):
        return lambda: asked.append(words) or words

    so.second_opinion("<p/>", None, ours, 1300, lambda html: [], region=region(1250))
    assert called == [1]  # 1250 >= 1.5 x 700, and 550 more words
    so.second_opinion("<p/>", None, ours, 1300, lambda html: [], region=region(1150))
    assert called == [1]  # 450 more words: not enough to run trafilatura for
    so.second_opinion("<p/>", None, ours, 1000, lambda html: [], region=region(1000))
    assert called == [1] and asked == [1250, 1150]  # the page alone rules it out: not counted


def test_region_words_count_the_longest_main_or_article_without_its_navigation() -> None:
    tree = lxml.html.document_fromstring(
        "<html><body><nav>a b c</nav><article>one</article>"
        "<main><nav>d e</nav><p>two three four</p><aside>f</aside></main></body></html>"
    )
    assert so.region_words(tree) == 3
    assert so.region_words(lxml.html.document_fromstring("<p>no region here</p>")) == 0


def test_page_words_leave_out_navigation_and_scripts() -> None:
    tree = lxml.html.document_fromstring(
        "<html><body><nav>a b c</nav><script>x y</script><p>one two</p>"
        "<footer>d e</footer></body></html>"
    )
    assert so.page_words(tree) == 2


def test_a_multi_section_guide_keeps_every_section() -> None:
    html = _guide()
    raw = RawDocument(text=html, source="guide.html", content_type="text/html", url=None)
    article = extract(raw, people=False)
    for n in range(1, 9):
        assert f"Tool number {n} is a sturdy choice" in article.text, n
    assert "Advert" not in article.text


def test_page_words_count_a_page_swallowed_by_an_unclosed_navigation() -> None:
    paragraphs = "".join(f"<p>Paragraph {n} of the article, in a few plain words.</p>"
                         for n in range(8))
    closed = lxml.html.document_fromstring(
        f"<html><body><nav><a href='/'>Home</a></nav><main>{paragraphs}</main></body></html>"
    )
    unclosed = lxml.html.document_fromstring(
        f"<html><body><nav><a href='/'>Home</a><main>{paragraphs}</main></body></html>"
    )
    assert unclosed.find(".//nav").find(".//main") is not None  # the parser put it inside
    assert so.page_words(unclosed) == so.page_words(closed) + 1  # "Home" counts too
    sidebar = lxml.html.document_fromstring(
        f"<html><body><main>{paragraphs}</main><aside><p>About us</p></aside></body></html>"
    )
    assert so.page_words(sidebar) == so.page_words(closed)  # a closed aside stays out


def test_a_page_with_a_crowded_paragraph_is_not_asked(monkeypatch) -> None:
    """trafilatura is quadratic in a paragraph's elements: such a page keeps our reading."""
    called: list[int] = []
    monkeypatch.setattr(so, "trafilatura_html", lambda text, url, **_: called.append(1) or None)
    lead = "<p>A short lead paragraph of the page, in a few plain words that matter.</p>"
    spans = "".join(f"<span>w{n}</span> " for n in range(so.MAX_INLINE + 1))
    page = f"<html><body><article><h1>T</h1>{lead}</article><div class='sidebar'>"
    crowded = page + f"<p>{spans}</p></div></body></html>"
    calm = page + f"<div>{spans}</div></div></body></html>"
    assert so.crowded(lxml.html.document_fromstring(crowded))
    assert not so.crowded(lxml.html.document_fromstring(calm))
    extract(RawDocument(text=calm, source="a.html", content_type="text/html", url=None))
    assert called == [1]  # a page like it is asked ...
    extract(RawDocument(text=crowded, source="b.html", content_type="text/html", url=None))
    assert called == [1]  # ... but not this one


STORY = [
    "The city council voted on Tuesday to close the old harbour bridge to cars from March, "
    "after engineers found that two of its piers had sunk by several centimetres.",
    "Cyclists and pedestrians will keep the bridge, the council said, while a ferry takes "
    "the cars across the water until a new crossing opens in three years.",
    "Shop owners on the north bank fear the closure will cost them customers, and asked the "
    "council for lower rents while the works last; the mayor promised an answer in May.",
]


def _story_with_hidden_copy() -> str:
    """A news page that keeps a machine-readable copy of its story, hidden, for search
    engines: headline, the publisher's name and logo address, and every word again."""
    paragraphs = "".join(f"<p>{text}</p>" for text in STORY)
    copy = (
        "<div style='display: none' itemscope itemtype='http://schema.org/NewsArticle'>"
        "<h1 itemprop='headline'>Harbour bridge to close</h1>"
        "<div itemprop='articleBody'>" + " ".join(STORY) * 2 + "</div>"
        "<div itemprop='publisher'><div itemprop='name'>Harbourwire Publishing</div>"
        "<span itemprop='url'>https://example.org/assets/logo-harbourwire.png</span></div>"
        "</div>"
    )
    return (
        "<html><head><title>Harbour bridge to close</title></head><body>"
        f"<article><h1>Harbour bridge to close</h1>{paragraphs}</article>{copy}</body></html>"
    )


def test_the_second_opinion_reads_the_page_without_what_it_hides(monkeypatch) -> None:
    """trafilatura reads hidden text: the page it is given has none, so a site's hidden copy
    of the story (publisher name, logo address) cannot come in through it."""
    given: list[str] = []
    real = so.trafilatura_html

    def spy(page, url, **options):
        text = page if isinstance(page, str) else lxml.html.tostring(page, encoding="unicode")
        given.append(text)
        return real(page, url, **options)

    monkeypatch.setattr(so, "trafilatura_html", spy)
    html = _story_with_hidden_copy()
    article = extract(RawDocument(text=html, source="a.html", content_type="text/html", url=None))
    assert given, "the hidden copy makes the page look far longer than our reading: it asks"
    assert "Harbourwire" not in given[0] and "logo-harbourwire" not in given[0]
    assert "Harbourwire" not in article.text and "logo-harbourwire" not in article.text
    assert article.text.count("two of its piers had sunk") == 1


def test_a_page_hidden_until_its_script_runs_is_read() -> None:
    """A wrapper holding the whole page, ``visibility: hidden`` until a script has laid the
    page out, is shown: it is not left out as hidden (by us, or in the second opinion)."""
    paragraphs = "".join(f"<p>{text}</p>" for text in STORY)
    html = (
        "<html><head><title>Harbour bridge to close</title></head><body>"
        "<div style='visibility:hidden;min-height:100vh'><nav>"
        + "".join(f"<a href='/{n}'>Section {n}</a>" for n in range(8))
        + f"</nav><article><h1>Harbour bridge to close</h1>{paragraphs}</article>"
        "<footer><a href='/about'>About</a> <a href='/contact'>Contact</a></footer></div>"
        "<div style='display:none'><p>Please enable JavaScript to read this site, which "
        "needs it for its menus, its search and its comments, in every browser.</p></div>"
        "</body></html>"
    )
    article = extract(RawDocument(text=html, source="a.html", content_type="text/html", url=None))
    for text in STORY:
        assert text in article.text
    assert "enable JavaScript" not in article.text  # a small hidden notice stays hidden


def test_a_failing_visible_page_falls_back_to_the_source(monkeypatch) -> None:
    given: list[object] = []
    monkeypatch.setattr(so, "trafilatura_html", lambda page, url, **_: given.append(page) or None)

    def broken() -> str:
        raise RecursionError("too deep")

    ours = [("paragraph", "one two three four five", 0)]
    kept, theirs = so.second_opinion("<html/>", None, ours, 100, lambda html: [], page=broken)
    assert given == ["<html/>"] and kept is ours and not theirs


def test_a_wall_of_text_is_asked_again_in_favour_recall_mode(monkeypatch) -> None:
    """trafilatura's last resort (the page's whole text in one paragraph) is no reading: its
    favour-recall mode is asked, and its structure kept when it has one."""
    wall = "<p>" + "word " * 2000 + "</p>"
    structured = "<h2>Part</h2>" + "<p>A paragraph of the article, in its own block.</p>" * 5
    asked: list[bool] = []

    def extract(text: object, url: object, *, recall: bool = False, **_: object) -> str:
        asked.append(recall)
        return structured if recall else wall

    monkeypatch.setattr(so, "trafilatura_html", extract)
    to_blocks = lambda html: [("paragraph", p, 0) for p in html.split("<p>")[1:]]  # noqa: E731
    kept, theirs = so.second_opinion("<p/>", None, [], 100, to_blocks)
    assert asked == [False, True]
    assert theirs and len(kept) == 5
    assert so.is_wall(wall) and not so.is_wall(structured)


CODE_SECTION = (
    "<section><h2>Step {n}: install the {n}th tool</h2>"
    "<p>Tool number {n} is installed with <code>npm install tool{n}</code> from a terminal; we "
    "tested it for three weeks on long articles, manuals and feeds, and it held up.</p>"
    '<pre class="shiki"><code class="language-js"><span class="line"><span>import a{n} from '
    '"a"</span></span><span class="line"><span>export default a{n}</span></span></code></pre>'
    "<p>It costs a little more than the others, but <a href='/battery-{n}'>the battery of tool "
    "{n}</a>, the screen and the keys are <em>better</em> in every way we measured, and the "
    "maker answers questions within a day.</p>"
    "<ol><li>Open the box of <a href='/box-{n}'>tool {n}</a></li><li>Plug tool {n} in</li></ol>"
    "<dl><dt>Weight of tool {n}</dt><dd>Two kilograms and a half</dd></dl>"
    "</section>"
)


def test_trafilaturas_reading_keeps_the_pages_code_lists_and_links(monkeypatch) -> None:
    """trafilatura (run for real, its reading made to replace ours) writes inline code as
    ``<pre>``, every list as ``<ul>``, loses the lines a highlighter set by elements and reads
    no link: its paragraphs stay whole, its code blocks take the page's lines and language,
    its ordered lists count, its definition lists keep their terms, and its paragraphs take
    the page's links and emphasis."""
    monkeypatch.setattr(so, "ASK", 0.0)  # always asked ...
    monkeypatch.setattr(so, "SHARE", 100.0)  # ... and its reading replaces ours
    body = "".join(CODE_SECTION.format(n=n) for n in range(1, 5))
    html = f"<html><head><title>Tools</title></head><body><main>{body}</main></body></html>"
    page = "https://example.org/tools"
    raw = RawDocument(text=html, source=page, content_type="text/html", url=page)
    article = extract(raw, people=False)
    blocks = article.blocks
    texts = [block.text for block in blocks]
    assert any(text.startswith("Tool number 1 is installed with npm install tool1 from a")
               for text in texts), texts
    assert "npm install tool1" not in texts
    code = [(block.text, block.language) for block in blocks if block.type == "code"]
    assert ('import a1 from "a"\nexport default a1', "js") in code, code
    steps = next(block for block in blocks if block.text.startswith("Open the box of tool 1"))
    assert steps.type == "list" and steps.numbers == (1, 2)
    terms = next(block for block in blocks if "Weight of tool 1" in block.text)
    assert terms.type == "definitions", terms
    links = {(link.text, link.href) for link in article.links}
    assert ("the battery of tool 1", "https://example.org/battery-1") in links
    assert ("the battery of tool 4", "https://example.org/battery-4") in links
    assert ("tool 2", "https://example.org/box-2") in links  # (an ordered list's item)
    assert any(article.text[style.start : style.end] == "better" for style in article.styles)
