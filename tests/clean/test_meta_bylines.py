"""Bylines in the page's language, roles and places out; deks that are furniture; dates from
the article's own markup."""

from __future__ import annotations

import lxml.html
import pytest

from reader.clean.meta import clean_authors, extract_metadata, split_authors

BODY = "<p>" + "The article body says something long enough to be read as text. " * 4 + "</p>"


def _meta(head: str, body: str, lang: str = "en") -> object:
    head = f"<head><title>The headline</title>{head}</head>"
    page = f'<html lang="{lang}">{head}<body>{body}</body></html>'
    return extract_metadata(lxml.html.document_fromstring(page))


@pytest.mark.parametrize(
    ("raw", "lang", "expected"),
    [
        ("Jan de Vries en Piet Jansen", "nl", ["Jan de Vries", "Piet Jansen"]),
        ("María López en Madrid", "es", ["María López"]),
        ("Par Jean Dupont avec Marie Curie", "fr", ["Jean Dupont", "Marie Curie"]),
        ("Anna Schmidt und Max Müller", "de", ["Anna Schmidt", "Max Müller"]),
        ("Ana Lima e João Souza", "pt", ["Ana Lima", "João Souza"]),
        ("Jane Doe in Vienna", "en", ["Jane Doe"]),
        ("Jane Doe. Edited by John Roe", "en", ["Jane Doe"]),
        ("By Jane Doe, edited by John Roe", "en", ["Jane Doe"]),
        ("Jane Doe, design: Scott Roe, code: Steve Poe", "en", ["Jane Doe"]),
        ("Text: Anna Schmidt, Fotos: Max Muster", "de", ["Anna Schmidt"]),
    ],
)
def test_bylines_split_on_the_page_language(raw: str, lang: str, expected: list[str]) -> None:
    assert split_authors(raw, lang) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        # an aside after the name goes, closed or cut off: never an unclosed bracket
        ("Claight Corporation (Expert Market Research)", ["Claight Corporation"]),
        ("By Jean-Luc Aufranc (CNXSoft", ["Jean-Luc Aufranc"]),
        ("María (Mari) López", ["María (Mari) López"]),
        ("C", []),
        ("Webmaster", []),
    ],
)
def test_a_byline_keeps_names_only(raw: str, expected: list[str]) -> None:
    assert split_authors(raw) == expected


def test_a_magazine_name_with_an_ampersand_is_not_an_author() -> None:
    assert clean_authors(["Town & Country"]) == ["Town & Country"]
    assert clean_authors(["Town & Country", "Jane Doe"]) == ["Jane Doe"]
    assert clean_authors(["Jane Doe & John Roe"]) == ["Jane Doe", "John Roe"]


def test_a_dutch_page_byline_is_split_on_en() -> None:
    meta = _meta('<meta name="author" content="Jan de Vries en Piet Jansen">', BODY, lang="nl")
    assert meta.authors == ["Jan de Vries", "Piet Jansen"]


DESCRIPTION = '<meta name="description" content="What the story says, in one sentence.">'


@pytest.mark.parametrize(
    "dek",
    [
        '<aside><p class="dek">Another story you may like to read next week.</p></aside>',
        '<a href="/other"><p class="dek">Another story you may like to read next.</p></a>',
        '<p class="dek" contenteditable="true">Add a description for this article here</p>',
        "".join(
            f'<div class="card"><p class="dek">Teaser number {n} for another story.</p></div>'
            for n in range(3)
        ),
        # a form's help text in a "description" class (Gravity Forms, password rules)
        '<form><div class="gfield_description">This field is for validation purposes and '
        "should be left unchanged.</div><input type=email></form>",
        '<fieldset><div class="PasswordInput-description">Must be 8 characters or more with '
        "an uppercase and lowercase character.</div></fieldset>",
        '<div class="Reset-description">Enter your email address to receive a code to reset '
        "your password.</div>",
        # a consent panel's text, a widget's prompt, a breadcrumb trail, a related heading
        '<p class="cmplz-description">The technical storage or access is strictly necessary '
        "for the legitimate purpose.</p>",
        '<p class="description">Click on a star to rate it!</p>',
        '<p class="description">Home &gt; Tech &gt; Laptops</p>',
        '<p class="description">You might also like</p>',
        '<p class="subtitle">SUBSCRIBE TO EVERFIT Never miss a story</p>',
        '<p class="description">Create a free account to save your favorite articles, follow '
        "important topics, and more.</p>",
        # a consent plugin's or a modal's description, a template never filled in
        '<div class="wpconsent-preferences-modal"><p class="wpconsent-service-description">'
        "SourceBuster is used by WooCommerce for order attribution.</p></div>",
        '<div class="signup-modal"><p class="description">The latest wonders from the site, '
        "once every two weeks.</p></div>",
        '<p class="description">{{ $localize("payment.title") }}</p>',
        # an author box's description: the writer's credentials
        '<div class="dynamic-author-description">Licensed Q Arabica Grader, M.A. '
        "Journalism</div>",
        '<div class="ArticleAuthorFooter_descriptionContainer"><p class="description">I am a '
        "folklorist writing about nature and culture for travellers.</p></div>",
    ],
)
def test_a_furniture_dek_gives_way_to_the_description(dek: str) -> None:
    meta = _meta(DESCRIPTION, f"<article><h1>The headline</h1>{BODY}</article>{dek}")
    assert meta.subtitle == "What the story says, in one sentence."


def test_the_article_own_dek_is_kept() -> None:
    body = '<article><h1>The headline</h1><p class="dek">The dek of this very story.</p>'
    meta = _meta(DESCRIPTION, body + BODY + "</article>")
    assert meta.subtitle == "The dek of this very story."


def test_a_time_element_markup_wins_over_its_text() -> None:
    body = (
        '<article><h1>The headline</h1><time datetime="2021-03-04T10:00:00">3 days ago'
        f" (4/3)</time>{BODY}</article>"
    )
    assert _meta("", body).published.startswith("2021-03-04")


@pytest.mark.parametrize(
    "description",
    [
        "Why has tutoring failed?,Why has tutoring failed?",
        # the title with a file name after it (a gist's description)
        "Why has tutoring failed in our schools? - writeup.md",
    ],
)
def test_a_description_that_only_repeats_the_title_is_no_subtitle(description: str) -> None:
    title = "Why has tutoring failed in our schools?"
    twice = f'<meta name="description" content="{description}">'
    html = f"<html><head><title>{title}</title>{twice}</head><body>{BODY}"
    meta = extract_metadata(lxml.html.document_fromstring(html + "</body></html>"))
    assert meta.subtitle is None


@pytest.mark.parametrize(
    ("byline", "names"),
    [("记者 王小明", ["王小明"]), ("作者：李华", ["李华"]), ("文/张伟", ["张伟"]),
     ("著者：山田太郎", ["山田太郎"]), ("홍길동 기자", ["홍길동"]),
     ("ライトハウス国際特許事務所 ／", ["ライトハウス国際特許事務所"])],
)
def test_a_reporters_label_in_chinese_japanese_or_korean_is_not_the_name(
    byline: str, names: list[str]
) -> None:
    assert split_authors(byline) == names


def _cli_authors(folder, byline: str, site: str) -> list[str]:
    """The authors ``reader dump`` gives a page whose meta tags name ``byline`` and ``site``."""
    from tests.cli_run import dump_json

    page = folder / "page.html"
    page.write_text(
        f"<html><head><title>Retiring early</title><meta name='author' content='{byline}'>"
        f"<meta property='og:site_name' content='{site}'></head><body><article>"
        "<h1>Retiring early</h1><p>Retiring early takes time and incredible discipline, "
        "and a plan for the years after work that most people never make.</p>"
        "</article></body></html>",
        encoding="utf-8",
    )
    return dump_json(str(page))["authors"]


def test_the_site_named_beside_its_writer_is_not_an_author(tmp_path) -> None:
    """Through the real CLI: "Jane Roe and Business Insider" on Business Insider Deutschland
    is Jane Roe's; a company's own name alone ("Alpha Apex" on Alpha Apex Group) stays, and
    so does a person whose name opens the site's ("Myles Katherine Photography")."""
    assert _cli_authors(
        tmp_path, "Tanza Loudenback and Business Insider", "Business Insider Deutschland"
    ) == ["Tanza Loudenback"]
    assert _cli_authors(tmp_path, "Alpha Apex", "Alpha Apex Group") == ["Alpha Apex"]
    assert _cli_authors(
        tmp_path, "Myles Katherine and Jane Roe", "Myles Katherine Photography"
    ) == ["Myles Katherine", "Jane Roe"]


def test_the_sites_name_and_a_compound_title_after_a_name_are_not_part_of_it(tmp_path) -> None:
    """Through the real CLI: "Kevin McCoy USA TODAY" on usatoday is Kevin McCoy, "CNN
    Editor-at-large" a title; a surname that is also a one-word site's name stays."""
    assert _cli_authors(tmp_path, "Kevin Johnson and Kevin McCoy USA TODAY", "usatoday") == [
        "Kevin Johnson", "Kevin McCoy"
    ]
    assert _cli_authors(tmp_path, "Chris Cillizza, CNN Editor-at-large", "CNN") == [
        "Chris Cillizza"
    ]
    assert _cli_authors(tmp_path, "Jane Roe, Editor in Chief", "The Daily") == ["Jane Roe"]
    assert _cli_authors(tmp_path, "Mary Kay Ash", "Ash") == ["Mary Kay Ash"]
