"""The article's edges: date lines on top; tags, comment rules and company footers at the end."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.article.model import Article
from reader.clean.html.edges import (
    is_address_line,
    is_comment_policy,
    is_company_boilerplate,
    is_contact_line,
    is_credit_line,
    is_date_line,
    is_dated_byline,
    is_image_credit,
    is_label_line,
    is_language_list,
    is_meta_line,
    is_promo,
    is_reading_time,
    is_reporting_credit,
    trim_edges,
)
from reader.engine.pipeline import extract
from reader.sources.load import RawDocument

PAGE = Path(__file__).parents[1] / "fixtures" / "html" / "edges.html"
LONG = (
    "The council met on Monday night and voted to rebuild the old harbour wall before the "
    "storms of next winter, after three years of debate and two public inquiries."
)


@pytest.fixture(scope="module")
def article() -> Article:
    html = PAGE.read_text(encoding="utf-8")
    return extract(RawDocument(html, str(PAGE), content_type="text/html"), people=False)


def test_story_kept_furniture_gone(article: Article) -> None:
    texts = [block.text for block in article.blocks]
    assert texts[0].startswith("The blue harbour ferry carried")
    assert any(text.startswith("Sailings will run every twenty minutes") for text in texts)
    assert any("declined to comment on the rules" in text for text in texts)
    for gone in ("Tuesday, 14 March", "Tags", "Filed under", "Follow us", "moderated"):
        assert gone not in article.text, gone


def test_table_of_contents_goes_but_section_headings_stay(article: Article) -> None:
    headings = [block.text for block in article.blocks if block.type == "heading"]
    assert headings == ["The first crossing", "What the repairs cost", "The new timetable"]
    assert "Contents" not in article.text


@pytest.mark.parametrize(
    "text",
    [
        "segunda-feira, 22 de janeiro de 2018 às 0:13",
        "Nov. 20, 2019 5:52 AM EST",
        "Monday, November 18, 2019",
        "05/10/2018 14:30",
        "Updated: Nov. 20, 2019 1:35 a.m.",
        "Dienstag, 14. März 2023, 09:40 Uhr",
    ],
)
def test_date_lines(text: str) -> None:
    assert is_date_line(text)


@pytest.mark.parametrize(
    "text",
    [
        "May the best team win in 2019",
        "March 2023",  # a month alone is a heading, not a timestamp
        "The 2019 season",
        "Sunday lunch",
    ],
)
def test_not_date_lines(text: str) -> None:
    assert not is_date_line(text)


def test_dated_byline() -> None:
    assert is_dated_byline("By Mike Wuerthele and Malcolm Owen Monday, November 18, 2019, 4:05 pm")
    assert is_dated_byline("by Jeff Foust Monday, November 18, 2019")
    assert not is_dated_byline("By 2019 the company had doubled in size, the report said.")
    assert not is_dated_byline("By Jane Doe")


@pytest.mark.parametrize(
    "text",
    ["Tags: BGR Deals", "Tag: digitimes.com", "Filed under: Syi'ah |", "Categories: News, Sport"],
)
def test_label_lines(text: str) -> None:
    assert is_label_line(text)


def test_label_followed_by_sentences_is_text() -> None:
    assert not is_label_line("Topic: housing. The council said rents would rise. Tenants object.")


def test_language_switcher() -> None:
    assert is_language_list("Deutsch | Español | Français | 日本語 | Русский | 中文（简体）")
    assert is_language_list("English · Português (Brasil) · Bahasa Indonesia")
    assert not is_language_list("English | Español")  # two are a choice, not a switcher
    assert not is_language_list("Python | JavaScript | Go")
    assert not is_language_list("She speaks English, Deutsch and Français at home.")


def test_meta_line() -> None:
    line = "05/10/2018 - Publicado por: Clarissa Borba - Categoria: Saúde - Tags: sad veiculo"
    assert is_meta_line(line)
    assert not is_meta_line("Lisbon - The city council approved the plan on Monday.")
    assert is_meta_line("Jun 08, 2023 • 11 Minute Read")  # a date and the reading time
    assert not is_meta_line("Monday - 5 min read - then a walk in the park")


def test_comment_policy() -> None:
    assert is_comment_policy(
        "ATENÇÃO: Comentários com textos ininteligíveis não serão aprovados pelo moderador."
    )
    assert is_comment_policy("Note: we are temporarily moderating all comments to fight spam.")
    assert not is_comment_policy("WeWork declined to comment on whether it broke the rules.")


def test_contact_lines() -> None:
    assert is_contact_line("Jane Doe may be reached at jdoe@example.com.")
    assert is_contact_line("Follow Newsbeat on Instagram, Facebook and YouTube.")
    assert is_contact_line("Email Tariq Malik at tmalik@example.com or follow him @tariq.")
    assert not is_contact_line("Fans follow the band from city to city across Europe.")


def test_company_boilerplate() -> None:
    assert is_company_boilerplate(
        "Acme is a global solutions provider focused on healthcare software. Acme is "
        "headquartered in Baar (Switzerland) and employs around 1,300 people."
    )
    # the subject of a news story is not a press-release footer
    assert not is_company_boilerplate(
        "Acme is a global provider of software, and its shares fell 8% on Monday after it "
        "warned that profits would be lower than expected."
    )


def _p(text: str) -> tuple[str, str, int]:
    return ("paragraph", text, 0)


def test_date_line_only_dropped_at_the_top() -> None:
    date = "Monday, November 18, 2019"
    blocks = [_p(date), _p(LONG), ("heading", date, 2), _p(LONG)]
    assert trim_edges(blocks) == blocks[1:]


def test_end_rules_only_apply_at_the_end() -> None:
    contact = "Follow us on Twitter for more."
    blocks = [_p(LONG), _p(contact), *[_p(LONG)] * 5, _p(contact)]
    assert trim_edges(blocks) == blocks[:-1]


def test_about_section_goes_only_when_it_is_company_boilerplate() -> None:
    footer = (
        "Acme is a leading maker of garden tools. Founded in 1921, it is headquartered in "
        "Leeds. For more information, visit www.acme.example."
    )
    news = "Acme said the new shears would go on sale in May."
    body = [_p(LONG)] * 5
    about = [("heading", "About Acme", 3), _p(footer)]
    assert trim_edges([*body, *about]) == body
    kept = [*body, ("heading", "About the shears", 3), _p(news)]
    assert trim_edges(kept) == kept


def test_nothing_left_means_nothing_removed() -> None:
    blocks = [_p("Tags: one, two")]
    assert trim_edges(blocks) == blocks


def test_promo() -> None:
    assert is_promo(
        "There's plenty more where that came from. Sign up for The Water Coolest today to get "
        "the free daily newsletter delivered to your inbox."
    )
    assert is_promo("If you enjoyed this article: Join NRPLUS. Members get all of our content.")
    # news about subscriptions is not a pitch
    assert not is_promo(
        "Apple also stepped into gaming this year with the debut of its Apple Arcade "
        "subscription service, which costs $4.99 a month."
    )
    # a vendor's pitch for its own product closes its article: it is the article's text
    assert not is_promo("See how Acme can help your practice thrive. Get a free trial.")
    assert not is_promo(
        "Get more detailed information by signing up for a premium subscription and getting "
        "access to the Data Hub. Its dashboard lets you look up data by state and year."
    )
    # a priced offer is a pitch, whatever it sells
    assert is_promo("Get access to Moneycontrol Pro for as little as Rs 599 for the first year.")
    assert is_promo("Try the Weekly Planner for £4.99 a month. Click here for more information.")


@pytest.mark.parametrize(
    ("label", "after", "dropped"),
    [
        (("paragraph", "Table of contents", 0), ("paragraph", LONG, 0), True),
        (("heading", "Contents", 2), ("heading", "Background", 2), True),
        (("paragraph", "On this page:", 0), ("list", "Background\nDetails", 0), False),
        (("paragraph", "Contents", 0), ("paragraph", "Short line.", 0), False),
    ],
)
def test_a_contents_label_whose_list_is_gone_goes(
    label: tuple[str, str, int], after: tuple[str, str, int], dropped: bool
) -> None:
    blocks = [("paragraph", LONG + " Intro.", 0), label, after, ("paragraph", LONG + " End.", 0)]
    kept = trim_edges(blocks)
    assert (label not in kept) is dropped
    assert after in kept


def test_credit_lines() -> None:
    assert is_credit_line("Written by:")
    assert is_credit_line("Edited by: Kristina Zagame")
    assert is_credit_line("Medically reviewed by Ana Lima, MD")
    assert not is_credit_line("Edited by hand, the film runs to three hours. Critics loved it.")
    assert not is_credit_line("The report was reviewed by the committee before publication.")
    # an authors label with names alone (a paper's record page: "Authors:" glued to them)
    assert is_credit_line("Authors:Ann Lee, Bo Chen, Cy Diaz, Dee Ray, Eve Moss and Fay Lund")
    assert is_credit_line("Author: Jane Doe")
    assert is_credit_line("Autor: Hans Müller und Eva Braun")
    assert not is_credit_line("Author: an interview with the novelist about her new book")
    assert not is_credit_line("Authors: the people who wrote it say so. They would.")


def test_credits_at_the_top_go_and_do_not_fill_the_window() -> None:
    """A dek, "Written by:" with its names, an editor's credit and the reading time: the
    credits go with their names, and the reading time after them still counts as the top."""
    blocks = [
        ("paragraph", "Your step-by-step guide to the whole installation, start to end.", 0),
        ("paragraph", "Written by:", 0),
        ("list", "Emily Walker\nCasey McDevitt", 0),
        ("paragraph", "Edited by: Kristina Zagame", 0),
        ("paragraph", "8 min read", 0),
        ("paragraph", LONG, 0),
        ("list", "Solar panels\nAn inverter", 0),
    ]
    kept = [text for _kind, text, _level in trim_edges(blocks)]
    assert kept == [blocks[0][1], LONG, "Solar panels\nAn inverter"]


@pytest.mark.parametrize(
    "text", ["Reading time: 4 minutes", "5 min read", "3 MIN. READ", "Tempo de leitura: 1 minuto"]
)
def test_reading_time(text: str) -> None:
    assert is_reading_time(text)


def test_a_reading_time_below_a_long_paragraph_goes_too() -> None:
    blocks = [("paragraph", LONG, 0), ("paragraph", "3 MIN. READ", 0), ("paragraph", LONG, 0)]
    assert trim_edges(blocks) == [blocks[0], blocks[2]]


def test_reading_time_is_only_the_label() -> None:
    assert not is_reading_time("Reading time for children rose to 12 minutes a day in 2019.")


def test_reporting_credits() -> None:
    assert is_reporting_credit("Keith Bradsher contributed reporting from Hong Kong.")
    assert is_reporting_credit("(Reporting by Will Dunham; Editing by Tom Brown)")
    assert is_reporting_credit("Fox News' Jessica Napoli contributed to this report.")
    assert not is_reporting_credit("The reporting by local papers was praised by the judges.")
    # a contributor to an evergreen guide is credited in the guide's own text
    assert not is_reporting_credit("Jane Roe and Kim Doe contributed to this article.")


def test_address_lines() -> None:
    assert is_address_line("paul.takahashi@chron.com")
    assert is_address_line("twitter.com/paultakahashi")
    assert not is_address_line("Tickets at www.example-theatre.com")


def test_a_heading_left_last_goes() -> None:
    blocks = [_p(LONG), _p(LONG), ("heading", "More Great Stories", 2)]
    assert trim_edges(blocks) == blocks[:2]


def test_reading_time_on_top_goes(article: Article) -> None:
    blocks = [_p("Reading time: 3 minutes"), _p(LONG)]
    assert trim_edges(blocks) == blocks[1:]


def test_a_leading_block_repeating_the_subtitle_goes() -> None:
    from reader.clean.html.pipeline import clean_html

    dek = "Why the harbour wall will be rebuilt before the storms of next winter"
    html = (
        "<html><head><title>Harbour wall</title></head><body><article><h1>Harbour wall</h1>"
        f"<p class='article-dek'>{dek}</p><p>{LONG}</p><p>{LONG} Again.</p></article>"
        "</body></html>"
    )
    extracted = clean_html(html)
    assert extracted.subtitle == dek
    assert extracted.blocks[0][1] == LONG


def test_a_long_first_paragraph_used_as_description_stays_text() -> None:
    from reader.clean.html.pipeline import clean_html

    html = (
        "<html><head><title>Harbour wall</title>"
        f"<meta property='og:description' content='{LONG}'></head><body><article>"
        f"<h1>Harbour wall</h1><div>{LONG}</div><p>The harbour master said the work would "
        "start in April and take two summers, with the quay closed to cars for the first.</p>"
        "</article></body></html>"
    )
    extracted = clean_html(html)
    assert extracted.blocks[0][1] == LONG
    assert extracted.subtitle is None


def test_ten_thousand_nested_wrappers_keep_their_paragraph() -> None:
    from reader.engine.pipeline import extract
    from reader.sources.load import RawDocument

    sentence = "Deep text inside, a long sentence of the article body that a reader wants."
    page = (
        "<html><body>" + "<div>" * 10_000 + f"<p>{sentence}</p><p>{sentence} Again.</p>"
        + "</div>" * 10_000 + "</body></html>"
    )
    article = extract(RawDocument(page, "deep.html", path="deep.html"), people=False)
    assert sentence in article.text


def test_a_long_word_in_the_last_paragraph_cleans_in_linear_time() -> None:
    import time

    from reader.clean.html.pipeline import clean_html

    paragraphs = "".join(
        f"<p>Paragraph {n} of the story, long enough to read as ordinary article text.</p>"
        for n in range(6)
    )
    page = f"<html><body><article>{paragraphs}<p>{'x' * 80_000}</p></article></body></html>"
    started = time.perf_counter()
    clean_html(page)
    assert time.perf_counter() - started < 2.0  # was 33 s (the address pattern)


def test_credits_and_picture_credits_at_the_end_go() -> None:
    body = [_p(LONG)] * 5
    credit = _p("Written by Paulinho Giovannini")
    pictures = _p("Feature image by Girlfriend Collective, all other images via the brands")
    assert trim_edges([*body, credit, pictures]) == body
    assert is_image_credit("Header photo via Unsplash")
    assert not is_image_credit("The cover image was chosen by readers in a vote last spring.")
    assert not is_image_credit("Top photographers shared their tips with us.")


def test_an_authors_biography_at_the_end_goes() -> None:
    body = [_p(LONG)] * 5
    bio = _p(
        "Cassidy Horton is a finance writer who helps people find financial freedom. She holds "
        "an MBA and lives in Ohio."
    )
    quote = _p("Cassidy Horton is the name on the lease, the landlord said on Monday.")
    assert trim_edges([*body, bio], authors=["Cassidy Horton"]) == body
    assert trim_edges([*body, bio]) == [*body, bio]  # no author known: nothing to go by
    assert trim_edges([*body, bio], authors=["Ana Lima"]) == [*body, bio]
    # the same name deep in the story is the story's
    story = [*[_p(LONG)] * 5, bio, *[_p(LONG)] * 5]
    assert trim_edges(story, authors=["Cassidy Horton"]) == story
    # an author card above the article names the author by the first name alone
    card = _p("Cassidy is an experienced journalist who has covered money for ten years.")
    assert trim_edges([card, *body], authors=["Cassidy Horton"]) == body
    assert trim_edges([*body, quote], authors=["Cassidy Horton"])[-1] == quote


def test_the_biography_goes_from_a_page_through_the_reader() -> None:
    paragraphs = "".join(f"<p>{LONG}</p>" for _ in range(5))
    html = (
        "<html><head><title>Harbour wall</title>"
        '<meta name="author" content="Ana Lima"></head><body><article><h1>Harbour wall</h1>'
        f"{paragraphs}<p>Ana Lima is a reporter who covers the coast and its towns for the "
        "paper.</p></article></body></html>"
    )
    article = extract(RawDocument(html, "wall.html", content_type="text/html"), people=False)
    assert "council met" in article.text
    assert "covers the coast" not in article.text


def test_a_description_that_is_the_opening_sentence_stays_in_the_text() -> None:
    """A post whose description is its first sentence, written nowhere else ("I build tools
    for Substack creators."): that sentence opens the text, it is no dek over it."""
    from reader.clean.html.pipeline import clean_html

    opening = "I build tools for Substack creators."
    html = (
        f"<html><head><title>My newsletter</title><meta name='description' content='{opening}'>"
        "</head><body><article><h1>My newsletter</h1>"
        f"<p>{opening}</p><p>{LONG}</p><p>{LONG} Again.</p></article></body></html>"
    )
    extracted = clean_html(html)
    assert extracted.subtitle is None
    assert extracted.blocks[0][1] == opening
