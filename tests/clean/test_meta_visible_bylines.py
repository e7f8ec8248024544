"""Unmarked visible bylines: "By Jane Doe" lines, labels apart from names, and what is not one."""

from __future__ import annotations

from pathlib import Path

import lxml.html
import pytest

from reader.clean.meta import extract_metadata, split_authors
from reader.clean.meta.authors import first_last
from reader.clean.meta.bylines import name_beside_headline, visible_bylines


def authors(body: str, head: str = "") -> list[str]:
    html = f"<html><head>{head}</head><body><h1>A headline</h1>{body}<p>Text.</p></body></html>"
    return extract_metadata(lxml.html.document_fromstring(html)).authors


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # the label in its own element, the name in the next
        ('<div><span class="x">By</span><span>Daryl Austin</span></div>', ["Daryl Austin"]),
        ("<div><p>Written by</p><p>Edzel Tabing</p></div>", ["Edzel Tabing"]),
        ("<div><div>Author</div><div>Michelle Lee</div></div>", ["Michelle Lee"]),
        # the label and a linked name
        ('<p><strong>By <a href="/a">Dr. Vahid Osman</a></strong></p>', ["Vahid Osman"]),
        ('<p class="text-xl">by: Ziyi Xu, Dec 17, 2025</p>', ["Ziyi Xu"]),
        ('<span>Posted by <a href="/u">BeauHD</a> on Friday December 19</span>', ["BeauHD"]),
        ("<p>Contributors: Janet Loughrey</p>", ["Janet Loughrey"]),
        # "Author(s)", as publication pages write it, alone or with the names after
        ("<div><h6>Author(s)</h6><ul><li><a>John Alic</a></li><li><a>Edward Rubin</a></li>"
         "</ul></div>", ["John Alic", "Edward Rubin"]),
        ("<p>Author(s): Janet Loughrey</p>", ["Janet Loughrey"]),
        # names in a list: apart, not run together
        (
            "<span>Written by: <ul><li><a>Emily Walker</a></li><li><a>Casey McDevitt</a></li>"
            "</ul></span>",
            ["Emily Walker", "Casey McDevitt"],
        ),
    ],
)
def test_unmarked_bylines(body: str, expected: list[str]) -> None:
    assert authors(body) == expected


@pytest.mark.parametrize(
    "body",
    [
        "<p>By clicking subscribe you agree to our terms.</p>",
        "<p>by sending a Pull Request on GitHub</p>",
        "<div><p>Contributor Guide</p></div>",
        "<p>Reviewed by Jane Roe</p>",
        '<div class="author-box"><a>Full Bio</a></div>',
        '<div class="author-card">Learn about our editorial process</div>',
    ],
)
def test_not_bylines(body: str) -> None:
    assert authors(body) == []


def test_a_byline_class_with_only_a_job_title_does_not_hide_the_next_byline() -> None:
    body = (
        '<div class="author-wrapper">EdTech Content writer</div>'
        '<div class="author-name">By Sofia Kondrat</div>'
    )
    assert authors(body) == ["Sofia Kondrat"]


def test_an_author_box_whose_name_has_its_own_element_is_read_there() -> None:
    """The box's text ran the name into the job title beside it ("Liza Burke Marketing")."""
    body = (
        '<div class="t-blogpost-author-info"><div class="t-blogpost-author-name">Liza Burke'
        '</div><div class="t-blogpost-author-position">Marketing Director</div>'
        '<div class="t-blogpost-date">May 14, 2025</div></div>'
    )
    assert authors(body) == ["Liza Burke"]


def test_after_an_organisation_a_lone_word_is_not_a_person() -> None:
    body = '<div class="byline">Reuters</div><div class="author">Washington</div>'
    assert authors(body) == ["Reuters"]


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Eliz - Product marketer", ["Eliz"]),
        ("IndustrySelect on Tuesday, March 3", ["IndustrySelect"]),
        ("Recipe by PJ Hamel", ["PJ Hamel"]),
        ("Fact checked by Yarilet Perez", []),
        ("Jean de la Fontaine", ["Jean de la Fontaine"]),
        ("Recent Posts", []),
        ("Rachel MacDonald Writer", ["Rachel MacDonald"]),  # a title without a comma
        ("Dec. 19, 2025 · Niko Matsakis on behalf of Vision Doc group", ["Niko Matsakis"]),
        ("Andrew Gerrand 4 August 2010", ["Andrew Gerrand"]),  # a day-first date after it
        ("This post was written by Danielle Padula, Head of Marketing", ["Danielle Padula"]),
        ("Dr. Allen", ["Dr. Allen"]),  # a title before a lone name is how it is written
        ("Sir Nuno", ["Sir Nuno"]),
        # a date after a job title: the title is still only a title
        ("By Charles Patterson, WCI Columnist August 19, 2025", ["Charles Patterson"]),
        ("Dec 17, 2025 Julian K. Arni", ["Julian K. Arni"]),  # the date before the name
        ("Posted by Colin Watson on 2025-12-18 in debusine", ["Colin Watson"]),
    ],
)
def test_split_authors_roles_and_furniture(raw: str, expected: list[str]) -> None:
    assert split_authors(raw) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            '<div class="post-card__meta">By The Meetingnotes Team | 6 mins</div>',
            ["The Meetingnotes Team"],
        ),
        ('<p class="author-name">Podium Staff</p>', ["Podium Staff"]),
        ('<p class="author-name">SFist Contributor</p>', ["SFist Contributor"]),
        ('<p class="author-name">Jane Doe, Senior Contributor</p>', ["Jane Doe"]),
        ('<p class="author-name">Senior Contributor</p>', []),
        ("<p>By <a>A. J. Neal</a> View In Digital Edition</p>", ["A. J. Neal"]),
        (
            "<div><a>Ben Applebaum-Bauch</a> ⋅ Review Editor</div>".join(["<p>By ", "</p>"]),
            ["Ben Applebaum-Bauch"],
        ),
    ],
)
def test_collective_bylines_and_trailing_furniture(body: str, expected: list[str]) -> None:
    assert authors(body) == expected


@pytest.mark.parametrize("raw", ["NB", "I've consulted", "We Are Hiring"])
def test_initials_and_first_person_are_not_names(raw: str) -> None:
    assert split_authors(raw) == []


def test_scholarly_author_tags_are_family_comma_given() -> None:
    head = (
        '<meta name="citation_author" content="Roy, Aniruddha">'
        '<meta name="citation_author" content="Patel, Rina K.">'
    )
    assert authors("", head) == ["Aniruddha Roy", "Rina K. Patel"]


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("Roy, Aniruddha", "Aniruddha Roy"),
        ("Jane Doe", "Jane Doe"),
        ("Doe, Jr.", "Doe, Jr."),
        ("Doe, Editor", "Doe, Editor"),
        ("Jane Doe, Staff Writer", "Jane Doe, Staff Writer"),
        ("Smith, Jones, Brown", "Smith, Jones, Brown"),
    ],
)
def test_first_last(value: str, expected: str) -> None:
    assert first_last(value) == expected


def test_a_link_to_the_authors_page_names_the_author() -> None:
    body = (
        '<div class="hero"><a href="/authors/chris-carroll/">Chris Carroll</a></div>'
        '<footer><a href="/authors/other-writer/">Other Writer</a></footer>'
    )
    assert authors(body) == ["Chris Carroll"]


def test_an_author_link_beats_an_organisation_in_the_meta_tags() -> None:
    head = '<meta name="author" content="Rapid7">'
    body = '<p><a href="https://x.com/blog/author/spencer-mcintyre">Spencer McIntyre</a></p>'
    assert authors(body, head) == ["Spencer McIntyre"]


def test_an_author_link_with_a_button_text_is_not_a_name() -> None:
    body = '<a href="/author/paramita-ghosh/">Learn More</a><p class="byline">By Paramita Ghosh</p>'
    assert authors(body) == ["Paramita Ghosh"]


def test_utility_classes_naming_a_sidebar_width_are_not_a_sidebar() -> None:
    body = (
        '<div class="w-full lg:mr-[--sidebar-container-width]"><div class="md:flex">'
        '<a href="https://example.com/blog/authors/jane-roe" class="inline-flex">'
        "<span>Jane Roe</span></a></div></div>"
    )
    assert authors(body) == ["Jane Roe"]


def test_an_articles_own_footer_names_its_author_the_pages_footer_does_not() -> None:
    inside = (
        "<article><h1>Lab notes</h1><p>Body.</p><footer class='meta'><p class='name'>"
        "<a rel='author' href='/author/hgoetz/'>Halina Goetz</a></p></footer></article>"
    )
    outside = (
        "<article><h1>Lab notes</h1><p>Body.</p></article><footer>"
        "<a rel='author' href='/about/'>Site Owner</a></footer>"
    )
    assert authors(inside) == ["Halina Goetz"]
    assert authors(outside) == []


def test_an_articles_footer_class_and_labelled_line_count_comments_in_it_do_not() -> None:
    wordpress = (
        "<article><h1>Sourdough</h1><p>Body.</p><div class='entry-footer'><p>"
        "<span class='entry-author'><a rel='author' href='/author/k/'>Kiersten Hickman</a>"
        "</span></p></div></article>"
    )
    posted = (
        "<article><h1>Debusine</h1><p>Body.</p><footer><p>Posted by "
        "<a href='/blog/author/colin-watson.html'>Colin Watson</a> on "
        "<time datetime='2025-12-18'>Thu 18 December 2025</time></p></footer></article>"
    )
    comments = (
        "<article><h1>Debusine</h1><p>Body.</p><footer><section class='comments'>"
        "<div class='comment-author'>Karl Fleischmann says</div></section></footer></article>"
    )
    assert authors(wordpress) == ["Kiersten Hickman"]
    assert authors(posted) == ["Colin Watson"]
    assert authors(comments) == []


def _page_authors(body: str) -> list[str]:
    html = f"<html><body>{body}<p>Week one starts slowly.</p></body></html>"
    return extract_metadata(lxml.html.document_fromstring(html)).authors


def test_a_name_standing_alone_under_the_headline_is_the_author() -> None:
    hero = "<div class='hero'><h1>Free 10 Week Marathon Plan</h1><p>Matteo Laratta</p></div>"
    assert _page_authors(hero) == ["Matteo Laratta"]
    # one block down: the headline's block, then the name in the next one
    below = "<header><h1>Free 10 Week Marathon Plan</h1></header><div>Lisa Pham</div>"
    assert _page_authors(below) == ["Lisa Pham"]


@pytest.mark.parametrize(
    "after",
    [
        "<p>Training Plans For Beginners</p>",  # capitalised, but no given name first
        "<p>Anna was slow at first.</p>",  # a sentence
        "<p>Anna Berg 12 May 2024</p>",  # a date line
    ],
)
def test_other_lines_under_the_headline_are_not_bare_names(after: str) -> None:
    page = f"<html><body><div><h1>Free 10 Week Marathon Plan</h1>{after}</div></body></html>"
    assert name_beside_headline(lxml.html.document_fromstring(page)) is None


def test_a_name_before_its_date_under_the_headline_is_the_byline() -> None:
    """Not a bare name, but the name and date a byline gives, as a reader sees them."""
    assert _page_authors("<div><h1>Free 10 Week Marathon Plan</h1><p>Anna Berg 12 May 2024</p>"
                         "</div>") == ["Anna Berg"]


def test_a_labelled_byline_comes_before_a_bare_name() -> None:
    body = ("<div><h1>Free 10 Week Marathon Plan</h1><p>Matteo Laratta</p></div>"
            "<p class='byline'>By Ana Lima</p>")
    assert _page_authors(body) == ["Ana Lima"]


def _site_authors(head: str, footer: str, url: str) -> list[str]:
    html = (
        f"<html><head>{head}</head><body><article><h1>Seven habits of ineffective agents</h1>"
        "<p>The number is made up, and the habits are real.</p></article>"
        f"<footer>{footer}</footer></body></html>"
    )
    return extract_metadata(lxml.html.document_fromstring(html), url).authors


@pytest.mark.parametrize(
    ("head", "footer"),
    [
        ("<meta property='og:site_name' content='Toby Hede'>", ""),
        ("<title>Seven habits of ineffective agents | Toby Hede</title>", ""),
        ("", "&copy; 2025 Toby Hede. All rights reserved."),
        ("", "Copyright (c) 2019-2025 Toby Hede"),
    ],
)
def test_an_unsigned_post_on_a_personal_site_is_its_owners(head: str, footer: str) -> None:
    """The site's name, or its copyright holder, is a person's name the address spells."""
    assert _site_authors(head, footer, "https://tobyhede.com/blog/habits") == ["Toby Hede"]


@pytest.mark.parametrize(
    ("head", "footer", "url"),
    [
        # the address does not spell the name: a company named like a person, or a host
        ("<meta property='og:site_name' content='Clay Global'>", "© 2025 Clay Global",
         "https://clay.global/blog/habits"),
        ("<meta property='og:site_name' content='Toby Hede'>", "",
         "https://agents.example.org/habits"),
        # no person's name
        ("", "© 2025 Sofia Health Inc.", "https://sofiahealth.com/blog/habits"),
    ],
)
def test_a_site_named_like_a_person_it_is_not_gives_no_author(
    head: str, footer: str, url: str
) -> None:
    assert _site_authors(head, footer, url) == []


def test_a_signed_post_keeps_its_byline_on_a_personal_site() -> None:
    html = (
        "<html><head><meta property='og:site_name' content='Toby Hede'></head><body><article>"
        "<h1>Guest post: agents</h1><p class='byline'>By Ana Lima</p><p>Text.</p></article>"
        "</body></html>"
    )
    tree = lxml.html.document_fromstring(html)
    assert extract_metadata(tree, "https://tobyhede.com/guest").authors == ["Ana Lima"]


def test_the_name_over_an_author_boxs_biography_is_the_author() -> None:
    """The box is named "author" but holds a biography too long for a byline: the element
    holding the name alone is the byline."""
    bio = (
        "Lauren Vetter is a growth-focused marketing professional who writes about search, "
        "practice management and the small clinics she has worked with for ten years, and "
        "who answers every reader's letter within the week it arrives."
    )
    box = (
        "<div class='blog_author-box'><img alt='Lauren Vetter' src='/l.webp'>"
        "<div class='blog_author-text'><div class='text-weight-semibold'>Lauren Vetter</div>"
        f"<div class='rich-text'><p>{bio}</p></div></div></div>"
    )
    assert _page_authors(f"<article><h1>SEO tips</h1><p>Text.</p>{box}</article>") == [
        "Lauren Vetter"
    ]
    no_name = box.replace(">Lauren Vetter</div>", ">Meet the writer</div>").replace(
        "Lauren Vetter is", "She is"
    )
    assert _page_authors(f"<article><h1>SEO tips</h1><p>Text.</p>{no_name}</article>") == []


def test_an_articles_own_fact_card_names_its_author_a_sidebar_does_not() -> None:
    """An ``<aside>`` inside the ``<article>`` is the story's card of facts (author, date,
    topics); one beside the article is the site's sidebar."""
    card = "<aside class='insight__content'><h3>Author</h3><p> Lisa D. Ellis</p></aside>"
    inside = f"<article><h1>Benefits of learning</h1>{card}<p>Text.</p></article>"
    beside = f"<article><h1>Benefits of learning</h1><p>Text.</p></article>{card}"
    assert _page_authors(inside) == ["Lisa D. Ellis"]
    assert _page_authors(beside) == []


@pytest.mark.parametrize(
    ("page", "line", "near_miss", "name"),
    [
        # Next.js pages name their classes "styles_dateAndAuthorContainer__JAvHP"
        (
            "<article>{}<h1>Attested builds</h1><p>T.</p></article>",
            "<div class='styles_dateAndAuthorContainer__JAvHP'><span>Dec 17, 2025</span>"
            "<span>Julian K. Arni</span></div>",
            ("dateAndAuthorContainer", "dateAndAuthorizationContainer"),
            "Julian K. Arni",
        ),
        # React pages name the byline's element "authorName", "bylineText"
        (
            "<article><h1>Plumbing trends</h1>{}<p>T.</p></article>",
            "<div><p class='authorName'>Dana Whitfield</p><p>Dec 17, 2025</p></div>",
            ("authorName", "authorityScore"),
            "Dana Whitfield",
        ),
    ],
)
def test_a_camel_case_author_class_is_a_byline(
    page: str, line: str, near_miss: tuple[str, str], name: str
) -> None:
    assert _page_authors(page.format(line)) == [name]
    near = lxml.html.document_fromstring(page.format(line.replace(*near_miss)))
    assert [names for names in visible_bylines(near) if names] == []  # (no byline class)


def test_a_layout_modifier_naming_the_menu_is_no_menu() -> None:
    """"under-menu" says where the section stands (below the menu), not that it is one."""
    page = (
        "<div class='{}'><h1>How to reduce waste</h1><div class='my-meta'><span>"
        "<a href='/search?q=Meaghan'>by Meaghan Weeden</a></span></div><p>T.</p></div>"
    )
    assert _page_authors(page.format("section under-menu")) == ["Meaghan Weeden"]
    assert _page_authors(page.format("section has-sidebar")) == ["Meaghan Weeden"]
    assert _page_authors(page.format("section menu")) == []


def test_the_authors_job_title_in_an_author_class_is_no_name() -> None:
    box = (
        "<div class='gb-container'><p class='gb-headline'>Asser Christensen</p>"
        "<div class='dynamic-author-description'>Licensed Q Arabica Grader, M.A. Journalism"
        "</div></div>"
    )
    assert _page_authors(f"<article><h1>Espresso machines</h1>{box}<p>T.</p></article>") == []
    bio = "<div class='author-bio'>This post was written by Danielle Padula, Head of Sales</div>"
    assert _page_authors(f"<article><h1>Indexing</h1><p>T.</p>{bio}</article>") == [
        "Danielle Padula"
    ]


@pytest.mark.parametrize(
    "phrase", ["Driven by expertise and thorough research", "Made by hand in Vermont"]
)
def test_a_phrase_with_lower_case_function_words_is_not_a_name(phrase: str) -> None:
    assert split_authors(phrase) == []


@pytest.mark.parametrize(
    ("lang", "line", "expected"),
    [
        ("fr", "Par Jean Dupont", ["Jean Dupont"]),
        ("de-DE", "Von <a href='/a'>Max Mustermann</a>", ["Max Mustermann"]),
        ("es", "Por María García", ["María García"]),
        ("it", "di Mario Rossi", ["Mario Rossi"]),
        ("nl", "Door Jan de Vries", ["Jan de Vries"]),
        ("sv", "Av Anna Svensson", ["Anna Svensson"]),
        # a label with a colon, and Chinese and Japanese labels, on a page in any language
        ("de", "Autorin: Anna Schmidt", ["Anna Schmidt"]),
        ("ru", "Автор: Иван Петров", ["Иван Петров"]),
        ("zh-CN", "记者：王小明", ["王小明"]),
        ("", "文／山田太郎", ["山田太郎"]),
        # "par", "di", "von" are words of other languages too: not labels on an English page
        ("en", "Par Jean Dupont", []),
        ("", "Di Maria scored twice", []),
        ("en", "Von Miller signs", []),
    ],
)
def test_a_byline_labelled_in_the_pages_language(
    tmp_path: Path, lang: str, line: str, expected: list[str]
) -> None:
    """Through the real CLI: the label of the page's own language (``<html lang>``) opens a
    byline as "By" does."""
    from tests.cli_run import dump_json

    story = "".join(f"<p>Paragraph {n} of the story, with words to read.</p>" for n in range(6))
    page = tmp_path / "story.html"
    page.write_text(
        f"<html lang='{lang}'><head><title>A headline</title></head><body><article>"
        f"<h1>A headline</h1><div class='info'><span>{line}</span></div>{story}"
        "</article></body></html>",
        encoding="utf-8",
    )
    assert dump_json(str(page))["authors"] == expected


def _cli_page_authors(folder: Path, body: str, site: str = "Acme Tutors") -> list[str]:
    """The authors ``reader dump`` (the real CLI) gives a page with ``body`` under its
    headline, on a site named ``site``."""
    from tests.cli_run import dump_json

    page = folder / "page.html"
    page.write_text(
        f"<html><head><title>Finding a tutor</title><meta property='og:site_name' "
        f"content='{site}'></head><body><article><h1>Finding a tutor</h1>{body}"
        "<p>Grades are a huge part of college applications, and finding a tutor who fits "
        "keeps them up through the year.</p><p>Start with what the school offers.</p>"
        "</article></body></html>",
        encoding="utf-8",
    )
    return dump_json(str(page))["authors"]


def test_the_writers_picture_between_label_and_name_is_passed_over(tmp_path: Path) -> None:
    """ "Written by:", then the writer's avatar, then the name: the name is the author."""
    body = (
        '<div class="meta"><span>Written by:</span><picture><img alt="" src="a.jpg">'
        "</picture><span>Elise Nass</span></div>"
    )
    assert _cli_page_authors(tmp_path, body) == ["Elise Nass"]


def test_a_label_with_nothing_but_pictures_after_it_names_no_one(tmp_path: Path) -> None:
    body = '<div class="meta"><span>Written by:</span><img src="a.jpg"><img src="b.jpg"></div>'
    assert _cli_page_authors(tmp_path, body) == []


def _author_box(heading: str, biography: str, box_class: str = "author__photo") -> str:
    return (
        f'<section><div class="callout"><div class="{box_class}"><img src="a.jpg"></div>'
        f'<div class="callout__content"><h3>{heading}</h3><p>{biography}</p></div></div>'
        "</section>"
    )


def test_the_name_over_an_author_box_is_the_author(tmp_path: Path) -> None:
    """An author box at the article's end: the name, then a biography that opens with it
    ("Alban" is not a known given name; the box vouches for the name)."""
    box = _author_box(
        "Alban Brooke",
        "Alban Brooke is the Head of Marketing at Buzzsprout and the co-host of Buzzcast.",
    )
    assert _cli_page_authors(tmp_path, box, site="Buzzsprout") == ["Alban Brooke"]


@pytest.mark.parametrize(
    ("heading", "biography", "box_class"),
    [
        # a section of the article about a thing, under a heading of its name
        ("Art Deco", "Art Deco is a distinctive furniture style of the 1920s.", "figure"),
        # an author box whose biography is someone else's
        ("Alban Brooke", "Jane Roe is the Head of Marketing at Buzzsprout.", "author__photo"),
    ],
)
def test_a_named_section_is_no_author_box(
    tmp_path: Path, heading: str, biography: str, box_class: str
) -> None:
    assert _cli_page_authors(tmp_path, _author_box(heading, biography, box_class)) == []


def _card(title: str, name: str, wrapped: bool) -> str:
    card = (
        f'<article class="card"><h3><a href="/{title}">{title}</a></h3>'
        f'<span rel="author">{name}</span></article>'
    )
    return f'<div class="col">{card}</div>' if wrapped else card


@pytest.mark.parametrize("wrapped", [False, True], ids=["cards", "wrapped-cards"])
def test_bylines_in_a_grid_of_other_stories_are_theirs(wrapped: bool) -> None:
    grid = "".join(
        _card(title, name, wrapped)
        for title, name in (("One", "Xinyin Ma"), ("Two", "Jiaming Han"), ("Three", "En Yu"))
    )
    byline = '<p class="byline">By <span rel="author">Naftali Tishby</span></p>'
    assert authors(f'{byline}<section class="related">{grid}</section>') == ["Naftali Tishby"]


def test_the_byline_in_the_story_s_own_article_still_counts() -> None:
    body = '<article><span rel="author">Dana Holt</span><p>The story.</p></article>'
    assert authors(body) == ["Dana Holt"]
    comments = "".join(
        f'<article class="comment"><span rel="author">{name}</span><p>Nice.</p></article>'
        for name in ("Mark Bernstein", "Liam Nugent")
    )
    assert authors(f'<span rel="author">Dana Holt</span><div>{comments}</div>') == ["Dana Holt"]


def test_the_story_beside_a_related_article_keeps_its_byline() -> None:
    html = (
        '<html><body><main><article><h1>The harbour wall</h1><span rel="author">Dana Holt'
        "</span><p>The story.</p></article></main><aside><article><h3>Other</h3>"
        '<span rel="author">Mark Bernstein</span></article></aside></body></html>'
    )
    tree = lxml.html.document_fromstring(html)
    assert next(visible_bylines(tree)) == ["Dana Holt"]  # the marked names: the story's only
    assert extract_metadata(tree).authors == ["Dana Holt"]
