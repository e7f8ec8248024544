"""The second pass: share bars, newsletter boxes, related lists, labels, repeated captions."""

from __future__ import annotations

from pathlib import Path

import pytest
from lxml.html import fragment_fromstring

from reader.article.model import Article
from reader.clean.html.boilerplate import is_agency_credit, is_boilerplate_text, strip_boilerplate
from reader.engine.pipeline import extract
from reader.sources.load import RawDocument
from tests.cli_run import dump_article

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
    texts = [block.text for block in article.blocks if block.text]
    for start in starts:
        assert any(text.startswith(start) for text in texts), start
    assert len(texts) == 4, texts
    # the lead picture stays, drawn without its caption (the header shows that)
    assert [(b.type, b.src) for b in article.blocks if not b.text] == [("image", "bridge.jpg")]


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
        "Loading paragraph...",
        "[CTA_MODULE]",
        "Skip to main content",
        "(AP Photo/Eduardo Verdugo)",
        "Photo: Jane Doe/Reuters",
        "Image copyright Getty Images",
        "Updated 5:27 am CST, Wednesday, November 20, 2019",
        "By Paul Takahashi",
        "You may also like...",
        "More on this story",
        "Sharing is caring!",
        "Text size",
        "Facebook Twitter WhatsApp Email",
        "Natalie Naccache | Bloomberg | Getty Images",
        "Advertisement - Continue Reading Below",
        "Article Continues Below",
        "PIN FOR LATER",
        "As an Amazon Associate we earn from qualifying purchases.",
        "Disclosure: As an Affiliate Marketer, I earn from qualifying purchases.",
        "Products are chosen independently by our editors. Purchases made through our links "
        "may earn us a commission.",
        "We independently evaluate all of our recommendations. If you click on links we "
        "provide, we may receive compensation.",
        "Copyright © 2025 WABC-TV. All Rights Reserved.",
        "© 2019–2025 Acme Inc. All rights reserved.",
        "Latest posts by Autumn Adams (see all)",
        "Already have an account? Log in",
        "Jump to: navigation, search",
        "Jump to:navigation Jump to:search",
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
        "The company said it would continue reading the reports below the fold.",
        "Amazon pays its associates a fee for each sale, the filing shows.",
        "Affiliates of the bank earned a commission on every loan they sold, regulators said.",
        "Copyright law protects all rights reserved by authors, the court said in its ruling.",
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


def test_a_paragraph_said_again_one_paragraph_later_is_a_refrain() -> None:
    """A, B, A: both As stay (a speech's or a poem's refrain); a caption's copy in a
    paragraph just after a paragraph between still goes."""
    refrain = "We shall fight on the beaches, we shall fight on the landing grounds."
    between = "And we shall fight in the fields and in the streets, we shall fight in the hills."
    caption = "A long row of unsold cars sits at a dealership in Littleton, Colorado."
    main = fragment_fromstring(
        f"<div><p>{refrain}</p><p>{between}</p><p>{refrain}</p>"
        f"<figure><figcaption>{caption}</figcaption></figure><p>{between} Again.</p>"
        f"<p>{caption}</p></div>"
    )
    strip_boilerplate(main)
    texts = [p.text_content() for p in main.iter("p", "figcaption")]
    assert texts.count(refrain) == 2
    assert texts.count(caption) == 1


def test_an_item_in_a_wrapper_of_its_own_text_is_not_a_repeat() -> None:
    """``<div><li>text</li></div>``: the wrapper and the item hold one text, said once."""
    items = "".join(
        f"<div class='spacing'><li>Itinerary highlights: day {n} explores a new town, "
        "a canyon and the old trading post.</li></div>"
        for n in range(3)
    )
    main = fragment_fromstring(f"<div><ul>{items}</ul></div>")
    strip_boilerplate(main)
    assert len(main.findall(".//li")) == 3


STORY = "<p>The story itself, long enough to be the article that the reader came for.</p>"
ENDING = "<p>The end of the story, where the reporter sums up what happens next.</p>"


def _strip(html: str) -> str:
    main = fragment_fromstring(f"<div>{STORY}{html}{ENDING}</div>")
    strip_boilerplate(main)
    return " ".join(main.text_content().split())


def test_tag_links_and_their_label_go() -> None:
    text = _strip(
        '<p><strong>Tags<br><a rel="tag" href="/t/a">stock car</a>, '
        '<a rel="tag" href="/t/b">interlagos</a></strong></p>'
    )
    assert "Tags" not in text and "interlagos" not in text
    assert "The story itself" in text and "The end of the story" in text


def test_a_paragraph_with_one_tag_link_stays() -> None:
    text = _strip(
        '<p>The race at <a rel="tag" href="/t/i">Interlagos</a> was stopped twice by rain '
        "before the safety car finally led the field home.</p>"
    )
    assert "stopped twice by rain" in text


def test_microdata_date_and_author_go() -> None:
    text = _strip(
        '<span itemprop="datePublished">segunda-feira, 22 de janeiro de 2018</span>'
        '<div itemprop="author">Ana Lima</div>'
    )
    assert "janeiro" not in text and "Ana Lima" not in text


def test_rails_and_recirculation_go() -> None:
    text = _strip(
        '<div class="rail rail--trending"><h3>RANDY ANDY</h3><span>Prince parties</span></div>'
        '<figure class="content-recirculation"><h4>Watch: the hearing</h4></figure>'
    )
    assert "RANDY" not in text and "Watch" not in text


@pytest.mark.parametrize(
    "label", ["In this article", "Contents [hide]", "Table of Contents ▼", "Jump to chapter"]
)
def test_table_of_contents_and_its_label_go(label: str) -> None:
    """The label over a table of contents goes with it, its fold button too: the same labels
    a copied page's contents are known by (``reader.clean.labels``)."""
    text = _strip(
        f"<h2>{label}</h2><ul><li><a href='#a'>The vote</a></li>"
        "<li><a href='#b'>The cost</a></li><li><a href='#c'>What next</a></li></ul>"
    )
    assert label not in text and "The cost" not in text


def test_a_list_of_outside_links_is_not_a_table_of_contents() -> None:
    main = fragment_fromstring(
        "<div><p>Sources for this story:</p><ul><li><a href='https://a.example/x'>Report one "
        "on housing</a></li><li><a href='https://b.example/y'>Report two on rents</a></li>"
        "<li><a href='https://c.example/z'>Report three on planning</a></li></ul></div>"
    )
    from reader.clean.html.boilerplate import _toc_lists

    assert _toc_lists(main) == 0


def test_caption_and_byline_classes_count_on_paragraphs_too() -> None:
    text = _strip(
        "<p class='InlineImage-imageEmbedCaption'>The minister walks past a jet.</p>"
        "<h3 class='byline'>by Jeff Foust</h3><p class='story-lead'>Kept: a lead paragraph.</p>"
    )
    assert "walks past a jet" not in text and "Jeff Foust" not in text
    assert "Kept: a lead paragraph." in text


def test_also_label_with_a_link_goes() -> None:
    text = _strip("<p>Also: <a href='/x'>See our Black Friday coverage</a></p>")
    assert "Black Friday" not in text


def test_words_inside_a_sentence_are_never_cut_out() -> None:
    text = _strip(
        "<p>The attorney said in an <a href='/m'>email</a> to <a href='/ap'>Reuters</a> that "
        "she would appeal, <em>Print</em> editions aside.</p>"
    )
    assert "said in an email to Reuters that she would appeal, Print editions aside." in text


def test_a_link_alone_in_its_paragraph_still_goes() -> None:
    text = _strip("<p><a href='/share'>Share this article</a></p>")
    assert "Share this" not in text


def test_a_link_that_is_a_whole_item_of_a_list_of_steps_stays(tmp_path: Path) -> None:
    """"Install Node.js" (a link to where to get it) is a step among steps; a link under an
    item's own words ("Add to Goodreads") and a list of nothing but links still go."""
    steps = (
        "<p>Before you start, you need the following tools on the machine you work on, all "
        "of them free to download and install.</p><ul>"
        "<li><p><a href='https://nodejs.org/'>Install Node.js</a>.</p></li>"
        "<li><p>Install the SDK with the package manager, then run the server once.</p></li>"
        "</ul><ol><li><p>The first book is a slow story of a family by the sea.</p>"
        "<p><a href='https://goodreads.example/1'>Add to Goodreads To-Read List</a></p></li>"
        "<li><p>The second book is a quick one, read in a single afternoon.</p></li></ol>"
        "<ul><li><p><a href='/other-story'>Another story from the desk</a></p></li>"
        "<li><p><a href='/more-story'>More news from the desk</a></p></li></ul>"
    )
    texts = [block["text"] for block in dump_article(tmp_path, "Setting up", steps)["body"]]
    joined = " ".join(texts)
    assert "Install Node.js" in joined and "Install the SDK" in joined
    assert "Goodreads" not in joined and "The second book" in joined
    assert "Another story" not in joined and "More news" not in joined


@pytest.mark.parametrize(
    ("text", "boilerplate"),
    [("source string", False), ("Source§impl<T, E> Result<T, E>", False),
     ("Source", True), ("Source: Reuters", True), ("Source/AP", True), ("Photo: Jane Roe", True)],
)
def test_source_is_a_credit_only_with_its_colon(text: str, boilerplate: bool) -> None:
    """A manual's argument "source string" is no picture credit; "Source" alone (a picture's
    link to where it came from) is."""
    assert is_boilerplate_text(text) is boilerplate


@pytest.mark.parametrize(
    ("text", "credit"),
    [
        ("Sakib Ali/Hindustan Times/Getty Images", True),
        ("Getty", True),
        ("Jane Doe/AFP via Getty Images", True),
        ("said in an email to The Associated Press", False),
        ("Shares fell 3% after the report by Bloomberg", False),
    ],
)
def test_agency_credits(text: str, credit: bool) -> None:
    assert is_agency_credit(text) is credit


def test_highlighted_code_keeps_its_comments() -> None:
    main = fragment_fromstring(
        "<div><p>Run these:</p><pre><code class='language-bash hljs'>"
        "<span class='hljs-comment'># initialize git</span>\ngit init\n"
        "<span class='token comment'># clone the repo</span>\ngit clone URL</code></pre>"
        "<div class='comments'>Leave a comment</div></div>"
    )
    strip_boilerplate(main)
    text = main.text_content()
    assert "# initialize git" in text and "# clone the repo" in text
    assert "Leave a comment" not in text



def test_a_hinted_link_inside_a_sentence_stays_but_a_share_link_goes() -> None:
    filler = "<p>" + "The cluster keeps the service reachable at one address. " * 8 + "</p>"
    root = fragment_fromstring(
        "<div><p>A Service exposes one or more <a class='glossary-tooltip' href='/pods' "
        "title='A Pod is a set of containers'>Pods</a> in your cluster.</p>"
        "<p>Tell a friend: <a class='share' href='/s'>Share on Facebook</a> today</p>"
        f"{filler}</div>"
    )
    strip_boilerplate(root)
    text = " ".join(root.text_content().split())
    assert "one or more Pods in your cluster." in text
    assert "Share on Facebook" not in text


def test_blog_widgets_recent_posts_categories_and_calendar_go() -> None:
    body = "<p>" + "The review covers the whole book, chapter by chapter, with notes. " * 3 + "</p>"
    widgets = (
        "<h3>Recent Posts</h3><ul><li><a href='/a'>Critique: Fleet</a></li>"
        "<li><a href='/b'>Critique: Keeper</a></li></ul>"
        "<h3>Categories</h3><ul><li><a href='/c'>Design</a></li><li><a href='/d'>Theory</a></li>"
        "</ul><table id='wp-calendar' class='wp-calendar-table'><tr><th>M</th><th>T</th></tr>"
        "<tr><td>1</td><td>2</td></tr></table>"
    )
    text = _strip(f"<div>{body}{widgets}</div>")
    assert "chapter by chapter" in text
    for gone in ("Recent Posts", "Critique: Fleet", "Categories", "Theory", "M T"):
        assert gone not in text


def test_a_pictures_caption_stays_with_it_but_a_caption_class_elsewhere_goes() -> None:
    body = "".join(
        f"<p>Sentence {n} of the real story, long enough to count.</p>" for n in range(8)
    )
    main = fragment_fromstring(
        f"<div>{body}<figure><img src='/lake.jpg' alt='A lake'>"
        "<figcaption class='wp-element-caption'>The lake at dawn.</figcaption></figure>"
        "<figure><figcaption class='wp-element-caption'>A caption of nothing.</figcaption>"
        "</figure><figure><img src='data:image/svg+xml,%3Csvg%3E' alt='Lazy'>"
        "<figcaption class='wp-element-caption'>A picture never loaded.</figcaption></figure>"
        "<div class='caption-strip'>Gallery caption.</div></div>"
    )
    strip_boilerplate(main)
    text = main.text_content()
    assert "The lake at dawn." in text
    for gone in ("A caption of nothing.", "A picture never loaded.", "Gallery caption."):
        assert gone not in text


def test_a_you_might_also_like_link_in_the_text_goes() -> None:
    """ "You might also like: <a>another story</a>" between two paragraphs is a promotion."""
    body = (
        "<div><p>Unilever traces its palm oil to the plantation, so that none of it comes from "
        "land cleared of forest.</p><p>You might also like: <a href='/palm'>The Challenges of "
        "Sustainable Palm Oil</a></p><p>Smart contracts pay for green projects when a sensor "
        "confirms the work.</p></div>"
    )
    element = fragment_fromstring(body)
    strip_boilerplate(element)
    text = element.text_content()
    assert "You might also like" not in text
    assert "Unilever traces" in text and "Smart contracts" in text
    assert not is_boilerplate_text("You might also like the second half of the film better.")


def test_a_wiki_article_in_todays_markup_is_the_article_alone() -> None:
    """A MediaWiki page as Wikipedia serves it now (Vector 2022): the "[edit]" link sits
    beside each heading, not in it; the language button, the "From Wikipedia, the free
    encyclopedia" line, the box of links marked ``role="navigation"`` and the categories
    are no part of the article; the hatnote, the infobox, the figure and the references
    are."""
    from tests.cli_run import dump_json

    dumped = dump_json(str(Path(__file__).parents[1] / "fixtures" / "wiki-vector-2022.html"))
    texts = [block["text"] for block in dumped["body"]]
    assert dumped["title"] == "European robin"
    assert texts[0] == "For other uses, see Robin (disambiguation)."
    assert [t for t in texts if t in ("Taxonomy", "Description", "References")] == [
        "Taxonomy", "Description", "References"
    ]
    gone = ("[edit]", "120 languages", "free encyclopedia", "Taxon identifiers", "Wikidata",
            "Birds of Europe", "Retrieved from")
    assert not [t for t in texts if any(word in t for word in gone)]
    assert texts[-1].startswith("BirdLife International (2018).")
    assert any(block["type"] == "table" for block in dumped["body"])


GO_TUTORIAL = (
    "<html><head><title>Tutorial: Get started</title></head><body><main id='main-content'>"
    "<article class='Doc Article'><h1>Tutorial: Get started</h1>{contents}"
    "<p>In this tutorial, you'll get a brief introduction to the tool. Along the way, you will "
    "install it and write some code that uses it.</p><h2 id='prerequisites'>Prerequisites</h2>"
    "<p>Some programming experience. The code here is pretty simple, but it helps to know "
    "something about functions.</p><h2 id='install'>Install the tool</h2><p>Use the download "
    "and install steps for your system, then check the version it prints.</p><h2 id='code'>"
    "Write some code</h2><p>Get started with Hello, World: open a command prompt and cd to "
    "your home directory.</p></article></main></body></html>"
)
GO_CONTENTS = (
    "<dl><dt><a href='#prerequisites'>Prerequisites</a></dt><dt><a href='#install'>Install "
    "the tool</a></dt><dt><a href='#code'>Write some code</a></dt></dl>"
)


def test_a_contents_table_and_a_contents_definition_list_go(tmp_path) -> None:
    """Through the real CLI: a table headed "Table of Contents" over definition lists of the
    page's own sections (go.dev's tutorials) goes, and so does such a definition list."""
    from tests.cli_run import dump_json

    for contents in (
        "<div id='nav' class='TOC'><table class='unruled'><tbody><tr><th colspan='2'>Table of "
        f"Contents</th></tr><tr><td class='first'>{GO_CONTENTS}</td><td><dl></dl></td></tr>"
        "</tbody></table></div>",
        GO_CONTENTS,
    ):
        page = tmp_path / "tutorial.html"
        page.write_text(GO_TUTORIAL.format(contents=contents), encoding="utf-8")
        texts = [block["text"] for block in dump_json(str(page))["body"]]
        assert not any("Table of Contents" in text for text in texts)
        assert texts.count("Install the tool") == 1  # the section's heading alone
        assert texts[0].startswith("In this tutorial")


def test_a_table_of_in_page_links_without_a_contents_heading_stays() -> None:
    main = fragment_fromstring(
        "<div><table><tr><th>Part</th><th>Where</th></tr>"
        + "".join(f"<tr><td>Part {n}</td><td><a href='#s{n}'>See part {n}</a></td></tr>"
                  for n in range(4))
        + "</table></div>"
    )
    from reader.clean.html.boilerplate import _toc_lists

    assert _toc_lists(main) == 0


SECTIONED_REFERENCE = """<html><head><title>SELECT</title></head><body><main>
<h1>SELECT</h1>
<p>The select statement retrieves rows from zero or more tables, and this page describes each
of its clauses in the order in which the database applies them to the rows it reads.</p>
<h3 id="the-child-clause-credit">The child clause credit</h3>
<p>Every clause below is given credit for the rows it removes, so that readers can see which of
them does the most work when a query runs slowly on a table with many rows.</p>
<div class="section" id="sql-for-update-share">
<h3>The Locking Clause</h3>
<p>The locking clause makes the select statement lock the rows it returns, so that no other
transaction can change them until the current one ends; the strength of the lock is named.</p>
<p>Rows are locked as they are read, and a row that another transaction has locked makes this
one wait, unless the clause says to skip locked rows or not to wait for them at all.</p>
</div>
<div id="comments-share"><h3>Share this page</h3><p>Send this page to a friend by mail or post it
to your favourite network so that they can read it too, and tell us what you think of it in the
comments below, where other readers of the manual share their questions and answers.</p></div>
<p>The ordering clause sorts the rows the query produces by one or more expressions, each of
them ascending or descending, with the rows whose values are null placed first or last.</p>
<p>The grouping clause puts the rows that share the same values of its expressions into one
group each, and the aggregate functions of the select list are computed once for every group.</p>
<p>The window clause names window definitions that the functions of the select list can use, so
that the same partition and ordering need not be written out again for each of them.</p>
<p>The last clause, the limit clause, returns only part of the rows the query produces, which is
useful when a reader pages through a long result one screen at a time.</p>
</main></body></html>"""


def test_a_heading_anchor_that_names_a_furniture_word_is_no_hint(tmp_path: Path) -> None:
    """Through the real CLI: ids are anchors named after headings ("sql-for-update-share",
    "the-child-clause-credit"); such a heading, and the section it opens, stay. A section
    headed by furniture ("Share this page") still goes for its id."""
    from tests.cli_run import dump_json

    page = tmp_path / "select.html"
    page.write_text(SECTIONED_REFERENCE, encoding="utf-8")
    texts = [block["text"] for block in dump_json(str(page))["body"]]
    assert "The child clause credit" in texts
    assert "The Locking Clause" in texts
    assert any(text.startswith("Rows are locked as they are read") for text in texts)
    assert not any("Share this page" in text or "Send this page" in text for text in texts)
    assert texts[-1].startswith("The last clause")


def test_a_wikis_jump_links_and_language_box_go(tmp_path: Path) -> None:
    """Through the real CLI: MediaWiki's "Jump to:navigation" links (``mw-jump-link``) stand
    beside the article's container, not in a sentence; they go, and so does its box of the
    page's translations ("Other languages:" over names, one ending in a direction mark)."""
    from tests.cli_run import dump_json

    sentence = "and the sentence runs on long enough to be read as the article's prose."
    paragraphs = "".join(
        f"<h2>Part {n}</h2><p>Paragraph {n} of the wiki's article, {sentence}</p>"
        f"<pre>emerge --ask tool{n}</pre>" for n in range(6)
    )
    page = tmp_path / "wiki.html"
    page.write_text(
        "<html><head><title>Portage</title><meta name='generator' content='MediaWiki 1.39'>"
        "</head><body><div class='sidebar'><a href='/a'>Main page</a></div>"
        "<div id='content' class='mw-body' role='main'>"
        "<h1>Portage</h1><div id='bodyContent' class='mw-body-content'>"
        "<a class='mw-jump-link' href='#mw-head'>Jump to:navigation</a> "
        "<a class='mw-jump-link' href='#searchInput'>Jump to:search</a>"
        "<div id='mw-content-text'><div class='mw-parser-output'><div class='mw-pt-languages'>"
        "<div class='mw-pt-languages-label'>Other languages:</div><ul><li>English</li><li>"
        "<a href='/es'>español</a></li><li><a href='/fr'>français</a></li><li><a href='/zh'>"
        "中文（中国大陆）\u200e</a></li><li><a href='/ja'>日本語</a></li></ul></div>"
        f"{paragraphs}</div></div>"
        "</div></div></body></html>",
        encoding="utf-8",
    )
    texts = [block["text"] for block in dump_json(str(page))["body"]]
    assert not any("Jump to" in text for text in texts), texts
    assert not any("languages" in text or "español" in text for text in texts), texts
    assert texts[:2] == ["Part 0", "Paragraph 0 of the wiki's article, " + sentence]


def test_a_footnotes_number_linked_back_to_the_text_is_its_label(tmp_path: Path) -> None:
    """Substack sets each footnote's number as a link back to its place in the text, alone
    in its line: the note's label, not a teaser (the notes lost their numbers)."""
    notes = "".join(
        f'<div class="footnote"><a class="footnote-number" href="https://example.org/p#'
        f'footnote-anchor-{n}">{n}</a><div class="footnote-content"><p>{text}</p></div></div>'
        for n, text in ((1, "The ontology paper, in the proceedings of the conference."),
                        (2, "The abstract states this purpose in its first sentence."))
    )
    body = (
        "<p>Procedural knowledge is how an organisation does things, written down so that "
        'the next person can do them too.<a href="#footnote-1">1</a></p>'
        f"<h2>Footnotes</h2>{notes}"
    )
    texts = [block["text"] for block in dump_article(tmp_path, "Process knowledge", body)["body"]]
    at = texts.index("The ontology paper, in the proceedings of the conference.")
    assert texts[at - 1] == "1" and "2" in texts
