"""A page copied whole from a browser: the article is found between its menus and footer."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.clean.text.pipeline import clean_plain_text
from reader.clean.text.region import MAX_PAGE_UNITS, article_span
from reader.engine.pipeline import detect_kind
from reader.sources.load import RawDocument
from tests.cli_run import dump_explain, dump_json

PAGE = Path(__file__).resolve().parents[1] / "fixtures" / "text" / "whole-page-copy.txt"
PROSE = (
    "A paragraph of the story that runs on long enough to read as prose, with a clause or "
    "two more, and ends like a sentence."
)


@pytest.mark.parametrize("how", ["file", "stdin"])
def test_a_whole_page_copy_reads_as_its_article(how: str) -> None:
    text = PAGE.read_text(encoding="utf-8")
    article = dump_json(str(PAGE)) if how == "file" else dump_json("-", stdin=text.encode())
    assert article["title"] == "How to Read Your Garden's Soil Before You Plant Anything"
    assert article["subtitle"] == "A handful of dirt tells you more than a catalogue does."
    assert article["authors"] == ["Maren Ostby"]
    assert article["published"] == "2025-04-14"
    body = [block["text"] for block in article["body"]]
    assert body[0].startswith("Every spring the same mistake")
    assert body[-1].startswith("Compost fixes nearly every problem")
    words = " ".join(body)
    for kept in (
        "fill a jar one third with soil",
        "shake it hard",
        "The squeeze test",
        "You can feel the whole story of a bed in your palm",
    ):
        assert kept in words
    for furniture in (
        "Skip to main content",
        "Podcasts",
        "Home › Gardening",
        "6 min read",
        "In this article",
        "Related stories",
        "Ten Vegetables",
        "Privacy Policy",
        "Careers",
        "Get the best of Field Notes",
    ):
        assert furniture not in words


def test_a_short_texts_own_first_lines_stay() -> None:
    """No headline of three words: a two-word title, an author and a chapter line are kept."""
    second = PROSE.replace("story", "book")
    draft = clean_plain_text(f"The Waves\n\nVirginia Woolf\n\nChapter One\n\n{PROSE}\n\n{second}\n")
    texts = [draft.title] + [text for _kind, text, _level in draft.blocks]
    assert texts == ["The Waves", "Virginia Woolf", "Chapter One", PROSE, second]


def test_a_closing_list_or_code_stays_with_the_article() -> None:
    menu = "\n".join(["Home", "News", "Sport", "Weather", "Sign in"])
    closing = "pip install reader\nreader dump page.html --format json\nreader bookmarks"
    footer = "\n".join(["About", "Contact", "Careers", "Privacy", "Terms", "Cookie Settings"])
    draft = clean_plain_text(
        f"{menu}\n\nA Headline Of Some Length\n\n{PROSE}\n\n{closing}\n\n{footer}\n"
    )
    texts = [text for _kind, text, _level in draft.blocks]
    assert draft.title == "A Headline Of Some Length"
    assert "reader bookmarks" in "\n".join(texts)
    assert not {"Home", "Weather", "Privacy", "Terms"} & set(texts)


def _page_units(headline: str, under: str) -> list[str]:
    """A copied page's units: a menu, the headline and a line under it, two paragraphs, a
    footer."""
    return [
        "Menu",
        "Search",
        "Sign in",
        headline,
        under,
        PROSE,
        PROSE,
        "About",
        "Jobs",
        "Legal",
        "Privacy",
        "Terms",
    ]


def test_the_longest_headline_above_the_body_is_the_title_not_a_label() -> None:
    span = article_span(_page_units("The Whole Title Of This Story Here", "Share this page"))
    assert span is not None
    assert (span.head, span.body, span.end) == (3, 5, 7)


def test_a_text_that_is_its_article_is_not_cut() -> None:
    assert article_span(["Title Of The Story Here", PROSE, PROSE]) is None
    assert article_span(["Label", "Label", "Label"]) is None  # no prose at all


def test_a_book_length_text_is_not_searched() -> None:
    units = ["Menu"] * 10 + [PROSE] * MAX_PAGE_UNITS
    assert article_span(units) is None
    assert article_span(units[:MAX_PAGE_UNITS]) is not None


def test_numbered_and_dashed_lines_alone_do_not_make_piped_text_markdown() -> None:
    text = "Steps\n\n1. Fill the jar.\n2. Shake it.\n\n- a dashed line\n"
    assert detect_kind(RawDocument(text, "-")) == "text"
    assert detect_kind(RawDocument("## Steps\n\n1. Fill the jar.\n2. Shake it.\n", "-")) == (
        "markdown"
    )
    linked = "Read [the guide](https://a.example/g).\n\n- a\n- b\n"
    assert detect_kind(RawDocument(linked, "-")) == "markdown"


@pytest.mark.anyio
async def test_the_app_shows_a_copied_pages_article(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from reader.ui.app import ReaderApp

    monkeypatch.setenv("READER_HOME", str(tmp_path / "home"))
    app = ReaderApp(str(PAGE), data_dir=str(tmp_path / "data"))
    async with app.run_test(size=(120, 40)) as pilot:
        for _ in range(3):
            await app.workers.wait_for_complete()
            await pilot.pause()
        screen = "\n".join(strip.text for strip in app.screen._compositor.render_strips())
    assert "How to Read Your Garden's Soil" in screen
    assert "Maren Ostby" in screen
    assert "Every spring the same mistake" in screen
    assert "Skip to main content" not in screen and "Podcasts" not in screen


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


def _copy_from(first: str) -> str:
    """A copy that starts at ``first``, then a table of contents, then the body."""
    contents = "\n".join(
        [
            "Contents",
            "Why soil texture matters",
            "Testing soil texture at home",
            "Improving sandy soil texture",
            "Improving heavy clay soil",
            "Questions readers ask",
            "Further reading on soil",
            "About the author",
        ]
    )
    body = (
        "Soil texture decides how water moves, and a gardener who knows the texture of the "
        "soil can plan every bed around it.\n\nSandy soil drains fast; clay soil holds water "
        "for days, and texture changes slowly even with compost.\n"
    )
    return f"{first}\n\n{contents}\n\n{body}"


def test_a_copy_from_the_headline_down_keeps_its_first_line_as_the_title() -> None:
    draft = clean_plain_text(_copy_from("Understanding Your Soil Texture"))
    assert draft.title == "Understanding Your Soil Texture"
    assert draft.blocks[-1][1].startswith("Sandy soil drains fast")


def test_a_first_line_that_does_not_name_the_body_is_no_title() -> None:
    """A promotion or a site's notice on top is not the headline: the text's own is found."""
    draft = clean_plain_text(_copy_from("Spring Sale Ends Tonight Everywhere\nSearch\nSign in"))
    assert draft.title != "Spring Sale Ends Tonight Everywhere"
    assert draft.blocks[0][1].startswith("Soil texture decides")


def test_a_documents_own_opening_and_closing_lines_are_not_cut() -> None:
    """A licence's name, version and address above its terms; a sign-off and a list of
    numbered changes below the text: a document's own, not a page's menus and footer."""
    terms = "\n\n".join(
        f'{n}. "Term {n}" shall mean the terms and conditions for use, reproduction, and '
        "distribution as defined by the sections of this document."
        for n in range(1, 6)
    )
    changes = "\n".join(f"{9000 + n}    Fix Handling Of Case {n} In The Parser" for n in range(8))
    text = (
        "Apache License\nVersion 2.0, January 2004\nhttp://www.apache.org/licenses/\n\n"
        f"TERMS AND CONDITIONS FOR USE\n\n{terms}\n\nChanges by ticket:\n\n{changes}\n\n"
        "Jakob Schlyter\nWesley Griffin\nFreiburg\nGermany\n"
    )
    draft = clean_plain_text(text)
    every = "\n".join([draft.title, *(text for _kind, text, _level in draft.blocks)])
    for line in ("Version 2.0", "licenses/", "TERMS AND", "9007", "Wesley Griffin", "Germany"):
        assert line in every


def test_a_headline_starting_with_by_is_no_byline() -> None:
    """ "ByRhonda Krause" is a byline glued to its name; "Byzantine ..." is a headline."""
    span = article_span(_page_units("Byzantine Coins Found Under the Market", "ByRhonda Krause"))
    assert span is not None and span.head == 3


def test_a_web_pages_footer_goes_without_a_sites_words_of_its_own() -> None:
    """A blog's footer of bare links ("Projects", "Random post") goes when the page holds a
    site's words elsewhere (its "Sign in" above); without them, the same lines are the
    text's own."""
    paragraphs = [f"Day {day}. {PROSE}" for day in range(1, 7)]
    story = "\n\n".join(paragraphs)
    footer = "\n\n".join(["Projects", "Random post", "View posts by tag", "Archive", "RSS feed"])
    head = "Harbour Notes\n\nA Quiet Harbour Town Learns to Live With the Tourists\n\n"
    for sign_in, kept in (("Sign in\n\n", False), ("Home   Blog   Now\n\n", False), ("", True)):
        draft = clean_plain_text(f"{sign_in}{head}{story}\n\n{footer}\n")
        texts = [text for _kind, text, _level in draft.blocks]
        assert ("Random post" in texts) is kept, sign_in
        assert all(paragraph in texts for paragraph in paragraphs)


_STORY = "".join(
    f"Paragraph {n} of the story about the harbour runs on long enough to read as prose, "
    "with the boats, the nets and the people who mend them every morning before dawn.\n\n"
    for n in range(1, 9)
)
_MENU = "Skip to content\n\nHome\n\nNews\n\nSport\n\nSign in\n\nThe Harbour Wakes Before Dawn\n\n"
_FOOTER = "About us\n\nContact\n\nCareers\n\nAdvertise\n\nPrivacy Policy\n\nTerms of Use\n"


def _teasers(count: int) -> str:
    return "".join(
        f"Other Story Number {n} From The Same Site\n\nA summary of that other story, long "
        "enough to read as a sentence of prose about something else entirely.\n\n"
        for n in range(count)
    )


def test_a_heading_after_the_article_ends_it_with_the_prose_under_it(tmp_path: Path) -> None:
    """The author's box and other stories with their summaries: prose, but the page's."""
    page = tmp_path / "copied.txt"
    page.write_text(
        f"{_MENU}{_STORY}About the Author\n\nDana Holt\n\nDana Holt has covered the coast "
        "for twenty years and lives two streets from the harbour she writes about.\n\n"
        f"Related Articles\n\n{_teasers(4)}{_FOOTER}",
        encoding="utf-8",
    )
    body = " ".join(block["text"] for block in dump_json(str(page))["body"])
    assert body.startswith("Paragraph 1 of the story")
    assert "Paragraph 8 of the story" in body
    for gone in ("About the Author", "twenty years", "Other Story Number", "summary of that"):
        assert gone not in body
    explained = dump_explain(str(page))
    assert "after-end-heading: About the Author" in explained
    assert "footer-below: Terms of Use" in explained


def test_a_heading_just_under_the_article_ends_it_however_much_follows(
    tmp_path: Path,
) -> None:
    """"End of Article" under the story's last paragraph, then a long list of other stories'
    headlines (neither prose nor labels): the page's, though they outnumber its menus."""
    teasers = "".join(
        f"How the tide turned on quay number {n} and what the fishermen said about it\n\n"
        for n in range(30)
    )
    page = tmp_path / "copied.txt"
    page.write_text(f"{_MENU}{_STORY}End of Article\n\n{teasers}{_FOOTER}", encoding="utf-8")
    body = " ".join(block["text"] for block in dump_json(str(page))["body"])
    assert "Paragraph 8 of the story" in body
    assert "quay number" not in body
    assert "after-end-heading: End of Article" in dump_explain(str(page))


def test_a_title_far_above_the_article_beats_a_promotion_that_names_nothing_of_it(
    tmp_path: Path,
) -> None:
    """The headline and its byline stand over a dozen lines of buttons and credits; the line
    just over the story ("Shop the look today") names nothing of it and is no title."""
    buttons = "".join(f"{label}\n\n" for label in (
        "Photo: Ann Lee", "Share", "Save", "Listen", "Print", "Gift", "Comments",
        "Advertisement", "Photo: Bo Kim", "Text size", "Follow",
    ))
    page = tmp_path / "copied.txt"
    page.write_text(
        f"{_MENU}Harbour Wakes Before Dawn As Boats Return\n\nBy Dana Holt\n\n"
        f"March 3, 2025\n\n{buttons}Shop the look today\n\n{_STORY}{_FOOTER}",
        encoding="utf-8",
    )
    dump = dump_json(str(page))
    assert dump["title"] == "Harbour Wakes Before Dawn As Boats Return"
    assert dump["authors"] == ["Dana Holt"]
    assert dump["body"][0]["text"].startswith("Paragraph 1 of the story")


def test_a_box_of_links_set_into_the_article_does_not_end_it(tmp_path: Path) -> None:
    """"Related Articles" over a few links, then the story goes on: its last paragraphs
    stay, though there are fewer of them than above the box."""
    story = _STORY.split("\n\n")
    box = "Related Articles\n\nOne Link\n\nAnother Link\n\nA Third Link\n\n"
    page = tmp_path / "copied.txt"
    page.write_text(
        _MENU + "\n\n".join(story[:6]) + "\n\n" + box + "\n\n".join(story[6:]) + _FOOTER,
        encoding="utf-8",
    )
    body = " ".join(block["text"] for block in dump_json(str(page))["body"])
    assert "Paragraph 8 of the story" in body
    assert "Another Link" not in body


def test_a_documents_own_see_also_is_no_end() -> None:
    """A document's closing section ("See also" over prose) is its own."""
    doc = "Home\n\nDocs\n\nSign in\n\nUsing The Harbour Tool\n\n" + _STORY
    doc += "See also\n\nThe other guide explains the nets in the same detail, step by step.\n\n"
    doc += _FOOTER
    texts = [text for _kind, text, _level in clean_plain_text(doc).blocks]
    assert "The other guide explains the nets in the same detail, step by step." in texts


def test_a_signed_headline_under_a_menus_blurbs_is_the_title(tmp_path: Path) -> None:
    """A menu whose items carry a sentence each reads as prose: the headline with its byline
    and date below it, not a line above them, is the title, and the article starts there."""
    blurbs = "".join(
        f"{name}\n\nA short course of study in {name.lower()} for people who work full time.\n\n"
        for name in ("Boats", "Nets", "Tides", "Knots")
    )
    page = tmp_path / "copied.txt"
    page.write_text(
        f"Skip to content\n\nHome\n\nCourses\n\nSign in\n\n{blurbs}"
        "The Harbour Wakes Before Dawn\n\nBy Dana Holt\n\nMarch 3, 2025\n\n"
        f"{_STORY}{_STORY.replace('Paragraph', 'Part')}{_FOOTER}",
        encoding="utf-8",
    )
    article = dump_json(str(page))
    assert article["title"] == "The Harbour Wakes Before Dawn"
    assert article["authors"] == ["Dana Holt"]
    assert article["published"] == "2025-03-03"
    body = " ".join(block["text"] for block in article["body"])
    assert body.startswith("Paragraph 1 of the story")
    assert "short course of study" not in body
