"""Metadata from HTML: JSON-LD, OpenGraph/meta tags and the visible page."""

from __future__ import annotations

from pathlib import Path

import lxml.html
import pytest

from reader.article.model import Caption
from reader.clean.extracted import Extracted
from reader.clean.meta import (
    Metadata,
    clean_authors,
    extract_metadata,
    parse_date,
    parse_json_lenient,
    split_authors,
    strip_title_affixes,
)

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "meta"


def load(name: str, url: str | None = None) -> Metadata:
    tree = lxml.html.document_fromstring((FIXTURES / name).read_text(encoding="utf-8"))
    return extract_metadata(tree, url)


def page(html: str, url: str | None = None) -> Metadata:
    return extract_metadata(lxml.html.document_fromstring(html), url)


# ----------------------------------------------------------------------------- whole pages


def test_jsonld_graph() -> None:
    meta = load("jsonld-graph.html", "https://www.dailycurrent.example/rivers")
    assert meta.title == "Rivers Return to the Valley"
    assert meta.authors == ["Maria Ortega", "Tom O'Neill"]  # not the Organization, not meta
    assert meta.published == "2021-03-05T09:30:00-08:00"
    assert meta.site == "The Daily Current"
    assert meta.subtitle == "Ten years after the dams came down, the salmon are back."
    assert meta.caption == Caption(
        "The Elwha River near Port Angeles.", "Jane Lee/The Daily Current"
    )


def test_broken_jsonld_does_not_raise_and_is_read() -> None:
    meta = load("jsonld-broken.html")
    assert meta.title == "Budget vote delayed again"
    assert meta.authors == ["Ana Lima"]
    assert meta.published == "2020-02-14"
    assert meta.site == "Northern Ledger"
    # A short description that is not the first paragraph repeated can serve as the dek.
    assert meta.subtitle == "Council members could not agree on the transit line."
    assert meta.caption is None


def test_opengraph_only() -> None:
    meta = load("opengraph-only.html", "https://coastline.example.com/news/bridge")
    assert meta.title == "Harbour Bridge Reopens After Repairs"
    assert meta.authors == ["Jane Doe", "John Smith"]  # URL author skipped, Reuters dropped
    assert meta.published == "2019-06-03T16:45:00+00:00"
    assert meta.site == "Coastline News"
    assert meta.subtitle is None  # the description repeats the first paragraph


def test_visible_page_only() -> None:
    meta = load("visible-only.html", "https://www.weeklyhilltop.com/2020/11/14/video-store")
    assert meta.title == "Inside the last video rental store in town"
    assert meta.authors == ["Lucy Park", "Omar Haddad"]
    assert meta.published == "2020-11-14"  # the byline's date, not the masthead's
    assert meta.site == "Weekly Hilltop"
    assert meta.subtitle == "How one family kept a shop of VHS tapes open for forty years."
    assert meta.caption == Caption("Rows of tapes at Reel Time Video.", "Lucy Park")


def test_site_falls_back_to_domain() -> None:
    meta = page(
        "<html><head><title>A headline</title></head><body></body></html>",
        "https://www.example.net/a",
    )
    assert meta.site == "example.net"
    assert meta.title == "A headline"


@pytest.mark.parametrize(
    ("title", "url", "site"),
    [("Converting units | Field Notes", None, "Field Notes"),
     ("The budget vote · Local News", "http://127.0.0.1:8000/a", "Local News"),
     ("The budget vote | Local News", "https://news.example.org/a", "news.example.org"),
     ("How the vote went - part two", None, None),
     ("The vote | What the council said about the harbour wall.", None, None)],
)
def test_a_page_with_no_site_of_its_own_is_named_by_its_title_bar(
    title: str, url: str | None, site: str | None
) -> None:
    """A saved file or a page on a local server has no host that names a site: the title
    bar's last part set apart with a bar or a dot does ("... | Field Notes")."""
    meta = page(f"<html><head><title>{title}</title></head><body></body></html>", url)
    assert meta.site == site


def test_empty_and_garbage_pages_do_not_raise() -> None:
    assert page("<html><body></body></html>") == Metadata()
    meta = page(
        '<html><head><script type="application/ld+json">[1, "x", null, {"@type": 5}]'
        "</script></head><body><p>text</p></body></html>"
    )
    assert meta.title == "" and meta.authors == []


def test_visible_date_wins_over_utc_metadata_day() -> None:
    html = """<html><head>
      <meta property="article:published_time" content="2019-11-20T04:30:00+00:00">
      <title>Late story - Paper</title></head><body><article><h1>Late story</h1>
      <div class="byline">By Ann Lee <time datetime="2019-11-20T04:30:00Z">Nov. 19, 2019
      11:30 PM ET</time></div><p>Body.</p></article></body></html>"""
    assert page(html).published == "2019-11-19"


def test_h1_preferred_over_seo_title() -> None:
    html = """<html><head><meta property="og:title" content="Opinion | Why the bus is late">
      </head><body><article><h1>Why the bus is late</h1></article></body></html>"""
    assert page(html).title == "Why the bus is late"


def test_an_h1_below_the_headline_h2_that_the_title_names_is_a_section() -> None:
    """A post's "# heading" rendered as h1 under its template's h2 headline."""
    html = """<html><head><title>What do people love about Rust? | Rust Blog</title></head>
      <body><article><h2>What do people love about Rust?</h2><p>Intro.</p>
      <h1 id="but">But what they love is the sense of empowerment</h1><p>Body.</p>
      </article></body></html>"""
    assert page(html).title == "What do people love about Rust?"
    alone = html.replace("<h2>What do people love about Rust?</h2>", "")
    assert page(alone).title == "But what they love is the sense of empowerment"


@pytest.mark.parametrize(
    ("title", "h1", "expected"),
    [
        # a manual's page: the h1 is the title's first segment, the rest names section and site
        ("systemd - ArchWiki", "systemd", "systemd"),
        ("WebSocket - Web APIs | MDN", "WebSocket", "WebSocket"),
        # its own link mark after the heading is not part of the title
        ("Models | Django documentation | Django", "Models<a class='headerlink'>¶</a>", "Models"),
        ("Learn C# - Acme Docs", "Learn C#", "Learn C#"),
        # MkDocs titles a page by its menu entry, then the site: the h1 says it whole
        ("API - Harbour", "API reference", "API reference"),
        ("Install | Harbour docs", "Install the cache on a server",
         "Install the cache on a server"),
        # a heading whose first words are code reads in order
        (
            "itertools — Functions creating iterators",
            "<code><span>itertools</span></code> — Functions creating iterators<a>¶</a>",
            "itertools — Functions creating iterators",
        ),
        # an archive's record page labels its fields, the title's too
        (
            "AlignMerge for merging models",
            '<span class="descriptor">Title:</span>AlignMerge for merging models',
            "AlignMerge for merging models",
        ),
        ("Title IX: fifty years on", "Title IX: fifty years on", "Title IX: fifty years on"),
    ],
)
def test_a_manual_page_title_is_its_heading(title: str, h1: str, expected: str) -> None:
    html = (
        f"<html><head><title>{title}</title></head><body><main><h1>{h1}</h1>"
        "<p>Body text of the page.</p></main></body></html>"
    )
    assert page(html).title == expected


@pytest.mark.parametrize(
    ("masthead", "expected"),
    [
        # a book's chapter: the only h1 is the book's name in its menu bar, the chapter an h2
        ("<nav><h1>The Rust Book</h1></nav>", "What Is Ownership?"),
        ("", "What Is Ownership?"),
        # a real headline h1 keeps its place even when an h2 is the title's first segment
        ("<h1>Ownership, from the start</h1>", "Ownership, from the start"),
    ],
)
def test_a_chapter_title_is_its_first_heading(masthead: str, expected: str) -> None:
    html = (
        "<html><head><title>What is Ownership? - The Rust Book</title></head><body>"
        f"{masthead}<main><h2>Keyboard shortcuts</h2><h2>What Is Ownership?</h2>"
        "<p>Body text of the chapter.</p></main></body></html>"
    )
    assert page(html).title == expected


@pytest.mark.parametrize(
    "h1",
    [
        # a blog's date inside its headline
        "<a href='/p'><time datetime='2025-12-18'>Dec <span>18</span> 2025</time> "
        "Preparing a transition</a>",
        # a documentation site's hidden bookmark button inside the heading
        "Preparing a transition<span hidden>Stay organized with collections</span>",
    ],
)
def test_a_headlines_date_and_hidden_parts_are_not_the_title(h1: str) -> None:
    html = (
        "<html><head><title>Preparing a transition | Colin's blog</title></head><body>"
        f"<article><h1>{h1}</h1><p>Body text of the page.</p></article></body></html>"
    )
    assert page(html).title == "Preparing a transition"


def test_a_headline_copying_the_page_title_loses_the_site_name_too() -> None:
    """A hidden h1 for screen readers that repeats <title>, site name and all."""
    title = "How to help toddlers sleep through the night | Acme Children's Hospital"
    html = (
        f"<html><head><title>{title}</title><meta property='og:site_name' "
        "content=\"Acme Children's Hospital\"></head><body><article>"
        f"<h1 class='sr-only'>{title}</h1><p>Body text of the page.</p></article></body></html>"
    )
    assert page(html).title == "How to help toddlers sleep through the night"


def test_og_image_alt_is_not_a_caption() -> None:
    html = """<html><head><meta property="og:image:alt" content="A cat"></head>
      <body><article><h1>Cats</h1><img src="c.jpg" alt="A cat"><p>Text.</p></article>
      </body></html>"""
    assert page(html).caption is None


# ----------------------------------------------------------------------------- pieces


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Nov. 14, 2014", "2014-11-14"),
        ("November 14th, 2014 at 10:00 am", "2014-11-14"),
        ("14 November 2014", "2014-11-14"),
        ("Friday, 14 Nov 2014 10:00:00 GMT", "2014-11-14"),
        ("2014-11-14", "2014-11-14"),
        ("2014-11-14T10:00:00Z", "2014-11-14T10:00:00+00:00"),
        ("2014-11-14T10:00:00.123+05:30", "2014-11-14T10:00:00+05:30"),
        ("2014-11-14 10:00", "2014-11-14T10:00:00"),
        ("1415959200000", "2014-11-14T10:00:00+00:00"),
        ("1415959200", "2014-11-14T10:00:00+00:00"),
        ("21/06/2014", "2014-06-21"),
        ("11/19/19 06:56 AM EST", "2019-11-19"),
        ("14.11.2014", "2014-11-14"),
        ("27 de setembro de 2018", "2018-09-27"),
        ("24 сентября 2018", "2018-09-24"),
        ("Maret 30, 2015", "2015-03-30"),
        ("20141114", "2014-11-14"),
        ("yesterday", None),
        ("2014-13-45", None),
        ("", None),
        (None, None),
    ],
)
def test_parse_date(raw: str | None, expected: str | None) -> None:
    assert parse_date(raw) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("By Molly O'Toole", ["Molly O'Toole"]),
        ("by JANE DOE and JOHN O'NEILL", ["Jane Doe", "John O'Neill"]),
        ("A. Smith, B. Jones & C. Brown", ["A. Smith", "B. Jones", "C. Brown"]),
        ("Meg James, Staff Writer", ["Meg James"]),
        ("Tom Krisher, AP Auto Writer", ["Tom Krisher"]),
        ("Sarah Needleman sarah.needleman@wsj.com", ["Sarah Needleman"]),
        ("By Bill Hoppe Updated: November 19, 2019", ["Bill Hoppe"]),
        ("Martin Luther King, Jr.", ["Martin Luther King, Jr."]),
        ("Victor Tangermann, Futurism", ["Victor Tangermann"]),
        (
            "Finian Cunningham. Sputnik International",
            ["Finian Cunningham", "Sputnik International"],
        ),
        ("Текст: Венера Ерофеева", ["Венера Ерофеева"]),
        ("Dr. Amara Osei", ["Amara Osei"]),
        ("admin", []),
        ("https://www.facebook.com/someone", []),
    ],
)
def test_split_authors(raw: str, expected: list[str]) -> None:
    assert split_authors(raw) == expected


def test_clean_authors_drops_organisations_when_a_person_is_present() -> None:
    assert clean_authors(["Jane Doe", "Associated Press"]) == ["Jane Doe"]
    assert clean_authors(["Associated Press"]) == ["Associated Press"]
    assert clean_authors(["Amy Kuperinsky | NJ Advance Media for NJ.com"]) == ["Amy Kuperinsky"]
    assert clean_authors(
        ["Jane Doe", "jane doe", "Sputnik International"], ["Sputnik International"]
    ) == ["Jane Doe"]


@pytest.mark.parametrize(
    ("title", "sites", "url", "expected"),
    [
        ("Rivers Return | The Daily Current", ["The Daily Current"], None, "Rivers Return"),
        ("Rivers Return - The Daily Current", ["The Daily Current"], None, "Rivers Return"),
        ("Rivers Return — The Daily Current", ["The Daily Current"], None, "Rivers Return"),
        ("The Daily Current | Rivers Return", ["The Daily Current"], None, "Rivers Return"),
        ("Rivers Return : CityAM", [], "https://www.cityam.com/x", "Rivers Return"),
        ("Rivers Return - Example.com", [], None, "Rivers Return"),
        ("Spain vs Russia - the decider", ["Sportsnet"], None, "Spain vs Russia - the decider"),
        ("Just a headline", ["Site"], None, "Just a headline"),
        # a wiki's page name before the site's in brackets; other brackets stay
        ("searching [Zotero Documentation]", [], "https://www.zotero.org/s", "searching"),
        ("Fix the parser [closed]", [], "https://stackoverflow.com/q/1", "Fix the parser [closed]"),
    ],
)
def test_strip_title_affixes(title: str, sites: list[str], url: str | None, expected: str) -> None:
    assert strip_title_affixes(title, sites, url) == expected


def test_parse_json_lenient() -> None:
    assert parse_json_lenient('{"a": 1,}') == [{"a": 1}]
    assert parse_json_lenient('{"a": "http://x.org/y", // comment\n "b": 2}') == [
        {"a": "http://x.org/y", "b": 2}
    ]
    assert parse_json_lenient('{"a": "line\nbreak"}') == [{"a": "line\nbreak"}]
    assert parse_json_lenient('{"a": 1} {"b": 2}') == [{"a": 1}, {"b": 2}]
    assert parse_json_lenient("{nope") == []


def test_page_furniture_in_a_dek_class_is_not_a_subtitle() -> None:
    page = lxml.html.fromstring(
        "<html><head><title>Auto show opens</title></head><body>"
        "<div class='subHead'><a>Subscribe</a> <a>Sign In</a></div>"
        "<h1>Auto show opens</h1><p class='dek'>New electric cars and small SUVs lead the "
        "show this week.</p><p>Body text.</p></body></html>"
    )
    meta = extract_metadata(page, None)
    assert meta.subtitle == "New electric cars and small SUVs lead the show this week."


def _cleaned(title: str, head: str, h1: str) -> Extracted:
    """A page of three prose paragraphs under ``h1``, through the HTML cleanup."""
    from reader.clean.html.pipeline import clean_html

    paragraph = "<p>" + "A sentence of the write-up, long enough to be its text. " * 6 + "</p>"
    return clean_html(
        f"<html><head><title>{title}</title>{head}</head><body><article><h1>{h1}</h1>"
        f"{paragraph * 3}</article></body></html>"
    )


def test_a_numeric_author_tag_is_no_author() -> None:
    """Facebook's article:author holds a profile id on some pages: no name, no byline."""
    tag = '<meta property="article:author" content="262588213843476">'
    assert _cleaned("Write-up", tag, "Write-up").authors == []


def test_a_labelled_title_heading_is_not_repeated_in_the_body() -> None:
    title = "AlignMerge for merging models"
    extracted = _cleaned(title, "", f'<span class="descriptor">Title:</span>{title}')
    assert extracted.title == title
    assert not any("AlignMerge" in text for _kind, text, _level in extracted.blocks)


ARTICLE_PARAGRAPHS = (
    "<p>Booking a meeting should take one click, and the tools below do it in different ways "
    "for different teams.</p><p>We tried each of them for a month with a team of six people.</p>"
)


def _dumped_subtitle(folder: Path, description: str, before: str = "") -> str | None:
    """The subtitle ``reader dump`` gives a page with ``description`` as its og:description,
    ``before`` (HTML) ahead of its article."""
    from tests.cli_run import dump_json

    page = folder / "page.html"
    page.write_text(
        f"<html><head><title>Scheduling tools</title>"
        f"<meta property='og:description' content='{description}'></head><body>{before}"
        f"<article><h1>Scheduling tools</h1>{ARTICLE_PARAGRAPHS}</article></body></html>",
        encoding="utf-8",
    )
    return dump_json(str(page))["subtitle"]


def test_a_description_written_as_html_shows_as_text(tmp_path: Path) -> None:
    """Through the real CLI: tags and twice-escaped entities a site wrote into its
    description never reach the subtitle."""
    description = (
        "&lt;p&gt;Lunacal: an &lt;a href=&quot;https://example.org&quot;&gt;appointment"
        "&lt;/a&gt; tool&amp;nbsp;for busy teams&lt;/p&gt;"
    )
    assert _dumped_subtitle(tmp_path, description) == "Lunacal: an appointment tool for busy teams"


@pytest.mark.parametrize(
    ("description", "subtitle"),
    [
        ("If you are new to sewing, choosing a first machine can seem overwhelming. Lucky for "
         "you,", "If you are new to sewing, choosing a first machine can seem overwhelming."),
        ("Looking for a drip coffee maker to suit your caffeine desires? Click here for our "
         "selection of the best machines this year ➔",
         "Looking for a drip coffee maker to suit your caffeine desires?"),
        ("Good food is more than functional; it is an expression of culture, an essential "
         "piece of the", None),
        ("Compare the services on price, food options, variety of meals and more",
         "Compare the services on price, food options, variety of meals and more"),
    ],
)
def test_a_description_cut_off_mid_sentence_keeps_its_whole_sentences(
    tmp_path: Path, description: str, subtitle: str | None
) -> None:
    """Through the real CLI: a description the site cut off at its length limit shows up to
    its last whole sentence, or not at all when none is long enough; a whole one as it is."""
    assert _dumped_subtitle(tmp_path, description) == subtitle


@pytest.mark.parametrize(
    "furniture",
    [
        "<header class='site-header'><div class='site-branding'><p class='site-title'>Midwest "
        "Life</p><p class='site-description'>Entertaining Made Easy</p></div></header>",
        "<div class='subscribe-overlay'><p class='subscribe-overlay-description'>Stay up to "
        "date! Get all the latest posts delivered straight to your inbox</p></div>",
        "<section class='layout--cta'><div class='cta'><h3 class='cta__title'>Know your "
        "visitors</h3><p class='cta__description'>Install today to start identifying new "
        "business opportunities.</p></div></section>",
        # a BEM name for the tagline; a site header's logo box, not the article's header
        "<div class='top-bar'><p class='site-header__site-description'>Your source for the"
        " latest news and trends in online education.</p></div>",
        "<header class='header'><div class='header__logo'><a href='/'>Columbia Star</a><p "
        "class='header__description'>The city's locally owned weekly newspaper since 1963"
        "</p></div></header>",
        # a product card's and a form's "description"
        "<div class='comparison-carousel'><div class='comparison-card'><span>Hostinger</span>"
        "<div class='comparison-card-description'>Starting from $12.99, now $1.99 a month"
        "</div></div></div>",
        "<div class='gform_wrapper'><div class='gform_heading'><p class='gform_description'>"
        "Fill out the form to get a copy of our ebook.</p></div></div>",
    ],
)
def test_the_sites_tagline_and_a_sign_up_overlay_are_no_subtitle(
    tmp_path: Path, furniture: str
) -> None:
    """Through the real CLI: the page's own description, not the site's tagline."""
    description = "Follow along with my easy steps to refinish an old dresser."
    assert _dumped_subtitle(tmp_path, description, furniture) == description


def test_a_dek_in_the_articles_own_header_is_the_subtitle() -> None:
    """A header that holds the headline is the article's: its dek stays (only a header
    without the headline, the site's, gives no subtitle)."""
    html = """<html><head><title>Refinishing a dresser</title></head><body>
      <header class="header"><a href="/">Midwest Life</a></header>
      <article><header class="header"><h1>Refinishing a dresser</h1>
      <p class="header__description">A weekend, two coats of paint and some patience.</p>
      </header><p>Old furniture needs some care.</p></article></body></html>"""
    assert page(html).subtitle == "A weekend, two coats of paint and some patience."


def test_a_dek_in_a_wrapper_with_a_newsletter_modifier_is_the_subtitle() -> None:
    """"with-newsletter" says a box stands beside the article, not that the dek is in it."""
    html = """<html><head><title>Refinishing a dresser</title></head><body>
      <div class="post with-newsletter"><article><h1>Refinishing a dresser</h1>
      <p class="dek">A weekend, two coats of paint and some patience.</p>
      <p>Old furniture needs some care.</p></article></div></body></html>"""
    assert page(html).subtitle == "A weekend, two coats of paint and some patience."


def _story(tmp_path: Path, title: str, top: str, rest: str = "") -> Path:
    """A page titled ``title``: ``top`` (headline, dek, byline...), six paragraphs of story,
    then ``rest`` inside the same container."""
    body = "".join(f"<p>Paragraph {n} of the story, with words to read.</p>" for n in range(6))
    page = tmp_path / "story.html"
    page.write_text(
        f"<html><head><title>{title}</title></head><body><main>{top}{body}{rest}</main>"
        "</body></html>",
        encoding="utf-8",
    )
    return page


def test_markup_inside_a_word_does_not_split_it_and_punctuation_keeps_its_place(
    tmp_path: Path,
) -> None:
    """A decorative capital in a span ("Planning <span>C</span>ycle") and a link before a
    comma are read as the page shows them, not "C ycle" and "Celery ,"."""
    from tests.cli_run import dump_json

    page = _story(
        tmp_path, "Planning Cycle",
        "<article><h1>How AI Can Cut Your Planning <span class='hand'>C</span>ycle</h1>"
        "<p class='dek'>Read more about <a href='/celery'>Celery</a>, then "
        "<a href='/go'>go here</a>.</p>",
        "</article>",
    )
    dumped = dump_json(str(page))
    assert dumped["title"] == "How AI Can Cut Your Planning Cycle"
    assert dumped["subtitle"] == "Read more about Celery, then go here."


def test_a_newsletter_sent_as_a_page_keeps_its_byline(tmp_path: Path) -> None:
    """A container named like furniture ("newsletter-email") that frames the headline and
    the story is the article, so the byline in it counts; a newsletter box beside the story
    (no headline in it) is still furniture."""
    from tests.cli_run import dump_json

    page = _story(
        tmp_path, "Two weeks to two days",
        "<div class='newsletter-email'><div class='post-intro'>"
        "<h1 class='title'>Two weeks to two days</h1>"
        "<div class='post-meta'><p class='byline'>by <a href='/a'>Austin Tedesco</a></p></div>"
        "</div>",
        "</div><div class='newsletter-signup'><p class='byline'>by Nora Editor</p>"
        "<p>Sign up for our emails.</p></div>",
    )
    assert dump_json(str(page))["authors"] == ["Austin Tedesco"]


@pytest.mark.parametrize(
    "header",
    [
        "<article><h1>Refinishing a dresser</h1>{dek}{body}</article>",
        # the headline above the story's box, the dek between them
        "<div class='header'><h1>Refinishing a dresser</h1>{dek}</div><main>{body}</main>",
    ],
)
def test_a_box_after_the_story_gives_no_subtitle(tmp_path: Path, header: str) -> None:
    """Through the real CLI: a "description" in a contact box below the story is not its dek
    (the page's description is); the dek between the headline and the text still is."""
    from tests.cli_run import dump_json

    description = "Follow along with my easy steps to refinish an old dresser."
    body = (
        "<p>Old furniture needs some care, and a weekend is enough for a dresser.</p>"
        "<p>Sand it first, then paint it twice with a thin coat.</p>"
    )
    contact = (
        "<div class='contact-section'><div class='contact__subtitle'>We'd love to hear about "
        "the project you're working on. Complete the form and we'll be in touch.</div></div>"
    )
    dek = "<p class='dek'>A weekend, two coats of paint and some patience.</p>"

    def subtitle(page_body: str) -> str | None:
        page = tmp_path / "dresser.html"
        page.write_text(
            f"<html><head><title>Refinishing a dresser</title><meta property='og:description' "
            f"content='{description}'></head><body>{page_body}</body></html>",
            encoding="utf-8",
        )
        return dump_json(str(page))["subtitle"]

    assert subtitle(header.format(dek="", body=body) + contact) == description
    assert subtitle(header.format(dek=dek, body=body) + contact) == (
        "A weekend, two coats of paint and some patience."
    )


@pytest.mark.parametrize(
    "box",
    [
        # a callout's "description" down in the text
        "{text}<div class='callout'><h2>Try it free</h2><p class='little-description'>Set up "
        "in minutes, unlimited data during the trial</p></div>",
        # a box under its own heading, its class naming a description
        "<div class='row-item-description'><h3>Learn web development</h3><div>Explore our "
        "growing collection of courses on design.</div></div>{text}",
    ],
)
def test_a_description_in_the_text_or_under_its_own_heading_is_no_dek(
    tmp_path: Path, box: str
) -> None:
    """Through the real CLI: a dek stands between the headline and the text, on its own."""
    from tests.cli_run import dump_json

    description = "Twenty-four tools for data analysis, and how to choose between them."
    text = "".join(
        f"<p>Tool number {n} reads your data, draws the charts you ask for and keeps its "
        "results for the next person on the team to read.</p>"
        for n in range(4)
    )
    page = tmp_path / "tools.html"
    page.write_text(
        f"<html><head><title>Data tools</title><meta name='description' content="
        f"'{description}'></head><body><article><h1>Data tools</h1>"
        f"{box.format(text=text)}</article></body></html>",
        encoding="utf-8",
    )
    assert dump_json(str(page))["subtitle"] == description


def test_a_name_and_dates_in_a_dek_class_are_the_byline_not_a_subtitle(tmp_path: Path) -> None:
    """Through the real CLI: "JANIE HAR Nov. 20, 2019 Updated: Nov. 20, 2019 1:35 a.m." set
    as a dek is the byline's line; a dek that mentions a date in a sentence stays one."""
    from tests.cli_run import dump_json

    def subtitle(dek: str) -> str | None:
        page = tmp_path / "page.html"
        page.write_text(
            "<html><head><title>Power shutoff</title></head><body><article><h1>Power shutoff"
            f"</h1><p class='subtitle'>{dek}</p><p>The utility began a new mass power shutoff "
            "on Wednesday over fire danger, cutting power to thousands of homes.</p>"
            "</article></body></html>",
            encoding="utf-8",
        )
        return dump_json(str(page))["subtitle"]

    assert subtitle("JANIE HAR Nov. 20, 2019 Updated: Nov. 20, 2019 1:35 a.m.") is None
    assert subtitle("Updated: Nov. 20, 2019 1:35 a.m.") is None
    dek = "The storm of Nov. 20, 2019 left the valley dark for a week."
    assert subtitle(dek) == dek


def test_a_short_pages_heading_beside_the_menu_is_its_title() -> None:
    """Read the Docs' theme sets the page's main region in "wy-nav-content" (the content
    beside the menu): on a short page its h1 is still the page's, not a menu's."""
    html = """<html><head><title>API - Harbour</title></head><body>
      <div class="wy-grid-for-nav"><nav class="wy-nav-side"><a href="/">Home</a>
      <a href="/guide/">Guide</a></nav><section class="wy-nav-content-wrap">
      <div class="wy-nav-content"><div class="rst-content"><div role="main" class="document">
      <h1>API reference</h1><p>The public classes of the harbour package.</p>
      </div></div></div></section></div></body></html>"""
    assert page(html).title == "API reference"
