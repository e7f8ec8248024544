"""A page copied whole: its headline is the line that names the article, not the longest; its
byline and date stand around the headline."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.cli_run import dump_explain, dump_json

MENU = "Skip to content\n\nHome\n\nNews\n\nReviews\n\nSign in\n\nSearch\n\n"
FOOTER = "\n\nAbout\n\nCareers\n\nContact\n\nPrivacy Policy\n\nTerms of Use\n\nNewsletters\n"
SKILLET_BODY = (
    "Cast iron skillets outlast every other pan in a kitchen, and our cooks tested eleven of "
    "them over a month of searing steaks, baking cornbread and scrubbing burnt sugar.\n\n"
    "The best skillets heated evenly, released eggs after a light seasoning and came clean "
    "with hot water, while the cheapest pans warped on a gas flame within a week.\n\n"
    "We also weighed each pan, since a heavy skillet is hard to lift with one hand, and noted "
    "how long each one took to season before it cooked as well as it did out of the box."
)


def test_the_headline_names_the_article_and_its_date_may_stand_above_it() -> None:
    page = (
        f"{MENU}March 3, 2025 | Kitchen\n\n"
        "The Best Cast Iron Skillets, Tested by Our Cooks\n\n"
        "Promotions And Deals From Our Partner Stores This Week Only\n\n"
        "By Dana Holt\n\nShare\n\n"
        f"{SKILLET_BODY}{FOOTER}"
    )
    article = dump_json("-", stdin=page.encode())
    assert article["title"] == "The Best Cast Iron Skillets, Tested by Our Cooks"
    assert article["published"] == "2025-03-03"
    assert article["authors"] == ["Dana Holt"]
    body = [block["text"] for block in article["body"]]
    assert body[0].startswith("Cast iron skillets outlast")


def test_the_entries_of_a_table_of_contents_are_not_the_headline() -> None:
    page = (
        f"{MENU}How to Season Cast Iron Skillets\n\nBy Dana Holt\n\n"
        "Table of contents\n\n"
        "Why Cast Iron Skillets Need Seasoning Before Their First Use\n\n"
        "The Oils That Season Cast Iron Skillets Best, Tested by Our Cooks\n\n"
        f"{SKILLET_BODY}{FOOTER}"
    )
    article = dump_json("-", stdin=page.encode())
    assert article["title"] == "How to Season Cast Iron Skillets"


def _copied(head: str) -> dict:
    """The CLI's JSON for a copied page: the menu, ``head`` (the lines between the menu and
    the body), the body and the footer."""
    return dump_json("-", stdin=f"{MENU}{head}\n\n{SKILLET_BODY}{FOOTER}".encode())


def _from_headline(head: str) -> dict:
    """The CLI's JSON for a page copied from its headline down: the headline, ``head`` (the
    lines under it) and the body."""
    page = f"{SKILLET_HEADLINE}\n\n{head}\n\n{SKILLET_BODY}"
    return dump_json("-", stdin=page.encode())


def test_a_byline_after_a_date_or_under_a_label_names_the_author() -> None:
    headline = "The Best Cast Iron Skillets, Tested by Our Cooks\n\n"
    dated = _copied(f"{headline}September 1st, 2023 By Dana Holt   In")
    assert dated["authors"] == ["Dana Holt"]
    assert dated["published"] == "2023-09-01"
    labelled = _copied(f"{headline}Written by\n\nDana Holt\n\nShare")
    assert labelled["authors"] == ["Dana Holt"]
    updated = _copied(f"{headline}By Dana Holt Last Updated on May 3, 2024")
    assert updated["authors"] == ["Dana Holt"]


def test_a_byline_just_above_the_headline_names_the_author_a_menu_entry_does_not() -> None:
    above = _copied("Written by Dana Holt\n\nThe Best Cast Iron Skillets, Tested by Our Cooks")
    assert above["authors"] == ["Dana Holt"]
    menu = _copied("By Industry\n\nThe Best Cast Iron Skillets, Tested by Our Cooks")
    assert menu["authors"] == []


def test_a_date_line_under_the_bodys_first_lines_is_the_date() -> None:
    lead = (
        "Our cooks spent a month with eleven skillets, and two of them earned a place on every "
        "stove we own, for reasons this guide explains in full, pan by pan and dish by dish.\n\n"
        "But what makes a skillet worth its weight? And how does cast iron compare with the "
        "carbon steel pans that restaurant kitchens swear by these days?\n\n"
    )
    headline = "The Best Cast Iron Skillets, Tested by Our Cooks"
    article = _copied(f"{headline}\n\n{lead}Posted on\n\nNov 21, 2018")
    assert article["published"] == "2018-11-21"
    assert article["title"] == headline
    named = _copied(f"{headline}\n\n{lead}Dana Holt\n\nNovember 21, 2018")
    assert (named["authors"], named["published"]) == (["Dana Holt"], "2018-11-21")
    body = [block["text"] for block in named["body"]]
    assert "Dana Holt" not in body and "November 21, 2018" not in body  # (in the head now)
    assert body[0].startswith("Our cooks spent a month")
    glued = _copied(f"{headline}\n\n{lead}Dana Holt November 21, 2018 — 7 minutes read")
    assert (glued["authors"], glued["published"]) == (["Dana Holt"], "2018-11-21")


def test_a_documents_own_dated_lines_stay_in_it() -> None:
    news = (
        "libskillet NEWS\n\n0.2.13 (2021-01-29)\n\n"
        "The seasoning code now handles carbon steel pans as well as cast iron ones, and the "
        "test suite covers both of them on every platform we build for.\n\n"
        "0.2.12 (2020-06-02)\n\n"
        "Fixed a crash when a skillet had no handle, reported by two users who cook over fire."
    )
    article = dump_json("-", stdin=news.encode())
    body = [block["text"] for block in article["body"]]
    assert "0.2.13 (2021-01-29)" in body and "0.2.12 (2020-06-02)" in body


# a site's menu without the words that mark it as one (no "Sign in", no "Search" alone): not
# cut as a site's furniture, but its headline is still the title, and the menu above it goes
BARE_MENU = (
    "Shop The Spring Garden Sale\n\nProducts\n\nSolutions\n\nPricing\n\nSubscribeSign in\n\n"
)


def test_a_page_with_a_bare_menu_keeps_its_headline_as_the_title() -> None:
    page = f"{BARE_MENU}The Best Cast Iron Skillets, Tested by Our Cooks\n\n{SKILLET_BODY}"
    article = dump_json("-", stdin=page.encode())
    assert article["title"] == "The Best Cast Iron Skillets, Tested by Our Cooks"
    body = [block["text"] for block in article["body"]]
    assert "The Best Cast Iron Skillets, Tested by Our Cooks" not in body
    assert "Products" not in body  # (the menu above the headline goes with it)
    assert body[0].startswith("Cast iron skillets outlast")
    # a sentence among the lines above: they may be the text's own, and they stay
    note = "A short note on the pans we cook with, before the tests begin."
    headline = "The Best Cast Iron Skillets, Tested by Our Cooks"
    kept = dump_json("-", stdin=f"{note}\n\n{BARE_MENU}{headline}\n\n{SKILLET_BODY}".encode())
    assert kept["title"] == headline
    assert {"Products", note} <= {block["text"] for block in kept["body"]}
    # a menu's entry of a word or two is no title, though the article speaks of it
    menu = BARE_MENU.replace("Shop The Spring Garden Sale", "Skillets")
    page = f"{menu}The Best Cast Iron Skillets, Tested by Our Cooks\n\n{SKILLET_BODY}"
    assert dump_json("-", stdin=page.encode())["title"] == (
        "The Best Cast Iron Skillets, Tested by Our Cooks"
    )


def test_a_copys_own_title_stays_above_a_later_headline() -> None:
    # copied from the headline down, a trail before it: its first line names what follows,
    # it is the title, not a menu's entry
    title = "Kitchen › Skillets › Cast Iron Skillets Tested by Our Cooks"
    copy = f"{title}\n\nKitchen notes\n\nSpring edition\n\nHow Our Cooks Tested Skillets\n\n"
    article = dump_json("-", stdin=f"{copy}{SKILLET_BODY}".encode())
    assert article["title"] == title


def test_a_short_headline_over_a_longer_dek_is_the_title_not_a_masthead() -> None:
    page = _copied("Cast Iron Skillets\n\nWhich Pan Should You Buy for Your Kitchen This Year?")
    assert page["title"] == "Cast Iron Skillets"


def test_a_documents_short_first_line_that_names_it_is_its_title(tmp_path) -> None:
    # a licence's or a NEWS file's name over its version line, not a masthead over a title
    document = tmp_path / "CARE.txt"
    document.write_text(
        f"Cast Iron Skillets\n\nVersion 3, 29 June 2007\n\n{SKILLET_BODY}\n", encoding="utf-8"
    )
    assert dump_json(str(document))["title"] == "Cast Iron Skillets"


SKILLET_HEADLINE = "The Best Cast Iron Skillets, Tested by Our Cooks"
SITE_FOOTER = "\n\nPrivacy Policy\n\nTerms of Use\n"


def test_a_headline_under_a_site_name_in_lower_case_is_the_title() -> None:
    # the site's name and one menu line: too few labels to read as the page's menus
    page = f"danscooks\n\nHome Blog\n\n{SKILLET_HEADLINE}\n\n15 Dec, 2025\n\n{SKILLET_BODY}"
    article = dump_json("-", stdin=f"{page}{SITE_FOOTER}".encode())
    assert article["title"] == SKILLET_HEADLINE


def test_a_headline_the_body_names_little_stays_over_its_dek() -> None:
    page = (
        "Hot Metal, Cold Comfort, Sore Wrists Too\n\nHow We Tested Cast Iron Skillets\n\n"
        f"By Dana Holt\n\n{SKILLET_BODY}{SITE_FOOTER}"
    )
    article = dump_json("-", stdin=page.encode())
    assert article["title"] == "Hot Metal, Cold Comfort, Sore Wrists Too"


def test_a_document_without_a_title_line_is_not_given_a_heading_of_its_own() -> None:
    # no web page's words anywhere: a document, whose headings stay headings
    document = f"danscooks 1.2\n\nSeasoning Cast Iron Skillets at Home\n\n{SKILLET_BODY}"
    article = dump_json("-", stdin=document.encode())
    assert article["title"] != "Seasoning Cast Iron Skillets at Home"


def test_a_table_of_contents_label_or_a_menu_line_is_never_the_title() -> None:
    for label in ("Table of Contents", "About", "Skip to search"):
        page = f"{label}\n\nSeasoning Skillets\n\n{SKILLET_BODY}{SITE_FOOTER}"
        article = dump_json("-", stdin=page.encode())
        assert article["title"] == "Seasoning Skillets", label


def test_menu_items_a_copy_ran_together_are_not_the_title() -> None:
    menu = "24/7 LiveNew York CityNew JerseyLong IslandNorthern SuburbsConnecticut"
    page = f"{menu}\n\n{SKILLET_HEADLINE}\n\nBy Dana Holt\n\n{SKILLET_BODY}{SITE_FOOTER}"
    article = dump_json("-", stdin=page.encode())
    assert article["title"] == SKILLET_HEADLINE


def test_a_dek_of_common_words_does_not_outname_the_headline_above_it() -> None:
    # "what", "after", "with", "each", "them", "which" are in any body: they name nothing
    dek = "What We Found After a Month With Each of Them, and Which One to Buy"
    page = f"{MENU}Cast Iron Skillets, Tested\n\n{dek}\n\nBy Dana Holt\n\n{SKILLET_BODY}{FOOTER}"
    article = dump_json("-", stdin=page.encode())
    assert article["title"] == "Cast Iron Skillets, Tested"


def test_a_name_over_the_date_under_the_headline_is_the_byline_not_a_dek() -> None:
    for head, author in (
        ("Denise Everheart\n\nAugust 23, 2023", "Denise Everheart"),
        ("Trevor Jackins\n\n9 min read\n\nUpdated October 8, 2025", "Trevor Jackins"),
        ("By Korin MillerPublished: Jan 29, 2025", "Korin Miller"),  # a label run on
    ):
        article = _copied(f"{SKILLET_HEADLINE}\n\n{head}")
        assert article["authors"] == [author], head
        assert article["subtitle"] != author, head


def test_an_acronym_over_a_date_is_no_name() -> None:
    article = _copied(f"{SKILLET_HEADLINE}\n\nSEO Agencies\n\nDec 12, 2025")
    assert article["authors"] == []


def test_bylines_as_pages_label_them() -> None:
    for head, author in (
        ("Author:  Nirmita Panchal\n\nPublished: Feb 6, 2024", "Nirmita Panchal"),
        (
            "Written By: Catherine Boeckmann Executive Digital Editor and Master Gardener\n\n"
            "December 17, 2025",
            "Catherine Boeckmann",
        ),  # a job title run on after the name
        ("LEONARDO GARCIA\n\nSep 26, 2022\n\n2 min read", "Leonardo Garcia"),
    ):
        article = _copied(f"{SKILLET_HEADLINE}\n\n{head}")
        assert article["authors"] == [author], head


def test_a_long_table_of_contents_between_the_headline_and_the_body() -> None:
    entries = "".join(
        f"{entry}\n\n"
        for entry in (
            "Why Cast Iron Skillets Need Seasoning",
            "The Oils We Tried on Skillets",
            "How We Heated Each Skillet",
            "Eggs, Steaks and Cornbread",
            "Cleaning Burnt Sugar",
            "Weight and Handles",
            "Warping on Gas Flames",
            "Skillets for Small Kitchens",
            "Enamelled Skillets",
            "Carbon Steel Skillets",
            "Vintage Skillets",
            "How to Store",
            "Frequently Asked Questions",
            "The Skillets We Tested",
            "Our Verdict",
        )
    )
    for label in ("Table of Contents", "Article contents", "What's inside"):
        head = f"{SKILLET_HEADLINE}\n\nDana Holt\n\nMarch 3, 2025\n\n{label}\n\n{entries}"
        article = _copied(head.rstrip())
        assert article["title"] == SKILLET_HEADLINE, label
        assert article["authors"] == ["Dana Holt"], label
        assert article["published"] == "2025-03-03", label


def test_bylines_a_copy_ran_together() -> None:
    for head, author, day in (
        ("by Emily Baron Cadloff· October 10, 2021", "Emily Baron Cadloff", "2021-10-10"),
        ("ByKathryn GiuffridaMar 5, 2025 | 6 comments", "Kathryn Giuffrida", "2025-03-05"),
        ("Faith Katunga•Oct 20, 2025", "Faith Katunga", "2025-10-20"),
    ):
        article = _copied(f"{SKILLET_HEADLINE}\n\n{head}")
        assert (article["authors"], article["published"]) == ([author], day), head


def test_the_byline_under_the_headline_of_a_page_left_whole() -> None:
    page = (
        f"danscooks\n\nHome Blog\n\n{SKILLET_HEADLINE}\n\nby Dana Holt\n\n15 Dec, 2025\n\n"
        f"{SKILLET_BODY}{SITE_FOOTER}"
    )
    article = dump_json("-", stdin=page.encode())
    assert article["title"] == SKILLET_HEADLINE
    assert (article["authors"], article["published"]) == (["Dana Holt"], "2025-12-15")
    body = [block["text"] for block in article["body"]]
    assert not any("Dana Holt" in text or "15 Dec" in text for text in body)


def test_a_labelled_byline_may_name_one_first_name_or_the_sites_desk() -> None:
    for head, author in (
        ("Written by Kristin", "Kristin"),
        ("By Podium Staff", "Podium Staff"),
        ("By\n\nThe Currency editors", "The Currency editors"),  # the label on its own line
    ):
        article = _copied(f"{SKILLET_HEADLINE}\n\n{head}\n\nMarch 3, 2025")
        assert article["authors"] == [author], head
    article = _copied(f"{SKILLET_HEADLINE}\n\nSusan   December 9, 2024   0 Comments\n\nShare")
    assert article["authors"] == ["Susan"]  # a first name before its date, on one line
    article = _copied(f"{SKILLET_HEADLINE}\n\nBy Design\n\nMarch 3, 2025")
    assert article["authors"] == []  # no name: a phrase


def test_a_name_no_list_knows_over_its_date_is_the_byline() -> None:
    for head, author in (
        ("Pavlina Petkova\n\nApril 10, 2025\n\n11 min read", "Pavlina Petkova"),  # a dek's place
        ("Share\n\nKelia Losa Reinoso\n\nAugust 25, 2025", "Kelia Losa Reinoso"),
        ("Ridvika Arora\n\nMarketing Director\n\nAugust 26, 2025", "Ridvika Arora"),  # her role
        ("Share\n\nSpencer McIntyre\n\nMarch 3, 2025", "Spencer McIntyre"),
    ):
        article = _copied(f"{SKILLET_HEADLINE}\n\n{head}")
        assert article["authors"] == [author], head
        assert article["subtitle"] != author, head


def test_a_first_name_alone_over_its_date_is_the_byline_not_a_dek() -> None:
    """A blogger signs with one name ("Mazi" / "December 19, 2025"); a word the body writes in
    lower case, or a date's label, is no name."""
    for head, author in (
        ("Mazi\n\nDecember 19, 2025", ["Mazi"]),
        ("Elliptic\n\n12 December, 2025", ["Elliptic"]),
        ("Published\n\nMarch 3, 2025", []),
        ("Seasoning\n\nMarch 3, 2025", []),  # the body says "to season"... and "seasoning"
    ):
        article = _copied(f"{SKILLET_HEADLINE}\n\n{head}")
        assert article["authors"] == author, head
        assert article["published"] is not None, head


def test_a_name_no_list_knows_under_the_date_is_the_byline() -> None:
    for head in (
        "3 January, 2025\n\nZorwen Talbrook",
        "PUBLISHED\n\n3 January, 2025\n\nZorwen Talbrook\n\nProduct Analytics Expert",
    ):
        article = _copied(f"{SKILLET_HEADLINE}\n\n{head}")
        assert article["authors"] == ["Zorwen Talbrook"], head
        assert "Zorwen Talbrook" not in [block["text"] for block in article["body"]]


def test_the_name_after_by_on_a_long_posted_on_line() -> None:
    line = (
        "Posted on December 20, 2025 by Jean-Luc Aufranc (CNXSoft) - 5 Comments on The Best "
        "Cast Iron Skillets"
    )
    article = _copied(f"{SKILLET_HEADLINE}\n\n{line}")
    assert article["authors"] == ["Jean-Luc Aufranc"]
    assert article["published"] == "2025-12-20"


def test_a_writers_handle_after_by_is_the_byline_a_sort_order_is_not() -> None:
    for head, authors in (
        ("Posted by BeauHD on Friday December 19, 2025 @08:00PM", ["BeauHD"]),
        ("12/19/2025\n\nby ibby", ["ibby"]),
        ("By: ShawnHymel |  December 16, 2025  |  Categories: Tutorials", ["ShawnHymel"]),
        ("March 3, 2025\n\nBy date", []),
        ("March 3, 2025\n\nBy default", []),
    ):
        article = _copied(f"{SKILLET_HEADLINE}\n\n{head}")
        assert article["authors"] == authors, head


def test_a_published_line_under_the_article_dates_it() -> None:
    """A blog prints "Posted on April 13, 2023" under its post, not by its headline."""
    for line, day in (
        ("Posted on April 13, 2023", "2023-04-13"),
        ("Published On: 15 August 2025", "2025-08-15"),
    ):
        body = "\n\n".join([SKILLET_BODY] * 5)  # (15 paragraphs: far from the headline)
        page = f"{MENU}{SKILLET_HEADLINE}\n\n{body}\n\n{line}{FOOTER}"
        article = dump_json("-", stdin=page.encode())
        assert article["published"] == day, line


def test_a_newsletters_name_over_its_buttons_is_no_title() -> None:
    """A real newsletter's post copied whole (WCXB 2453, its first 70 lines): its name, its
    buttons run together ("SubscribeSign in"), then the signed headline."""
    page = Path(__file__).parents[1] / "fixtures" / "text" / "newsletter-copy.txt"
    article = dump_json(str(page))
    assert article["title"] == "10 software essays that changed how I think"
    assert article["authors"] == ["Dr Milan Milanović"]
    assert article["published"] == "2025-12-18"
    # its buttons and its counts of likes, comments and shares are no paragraphs of it
    assert article["body"][0]["text"].startswith("Over the years, I’ve read a handful")


def test_a_posts_counts_under_its_byline_go_and_explain_names_them(tmp_path: Path) -> None:
    page = tmp_path / "post.txt"
    page.write_text(
        "Why we moved our builds\n\nBy Ana Lima\n\nMar 3, 2025\n\n1,204\n\n57\n\n"
        "We moved every build to our own machines last spring, and the bill fell by half "
        "while the queue got shorter. This is how it went, and what we would do again.\n\n"
        "The old service charged by the minute, and our test suite had grown to forty minutes "
        "a run, so every change cost more than the lunch of the person who made it.\n",
        encoding="utf-8",
    )
    article = dump_json(str(page))
    assert article["authors"] == ["Ana Lima"]
    assert article["body"][0]["text"].startswith("We moved every build")
    assert "head-label: 1,204" in dump_explain(str(page))


THREE = ["Dana Holt", "Tom Reyes", "Ana Lima"]


def test_a_line_of_names_over_its_date_is_the_byline() -> None:
    for head, authors in (
        ("Dana Holt, Tom Reyes, Ana Lima\n\n24 Apr 2025 • 3 min read", THREE),
        ("Dana Holt and Tom Reyes\n\nMarch 3, 2025", ["Dana Holt", "Tom Reyes"]),
        ("Salt, Fat, Acid, Heat\n\nMarch 3, 2025", []),  # (no first names)
    ):
        article = _copied(f"{SKILLET_HEADLINE}\n\nShare\n\n{head}")
        assert article["authors"] == authors, head


def test_a_writer_in_a_section_beside_the_date_is_the_byline() -> None:
    for line, authors in (
        ("Dec 26, 2025 •  Zorwen Talbrook in Field Notes", ["Zorwen Talbrook"]),
        ("Dec 26, 2025 •  Posted in Field Notes", []),
        ("Dec 26, 2025 •  Made in Italy", []),
    ):
        article = _copied(f"{SKILLET_HEADLINE}\n\n{line}")
        assert article["authors"] == authors, line
        assert article["published"] == "2025-12-26", line


def test_a_name_over_a_day_without_its_year_is_the_byline() -> None:
    """A blog's byline dates its post by day and month alone ("Jun 9"): no date to publish,
    but the name over it is the author's."""
    for head in ("Kalyn Keen\n\nJun 9\n\n5 min read", "Share\n\nKalyn Keen\n\n9 June"):
        article = _copied(f"{SKILLET_HEADLINE}\n\n{head}")
        assert article["authors"] == ["Kalyn Keen"], head
        assert article["published"] is None


def test_words_the_body_writes_in_lower_case_or_a_menu_ran_together_are_no_name() -> None:
    for head in (
        "Share\n\nHeavy Skillets\n\nMarch 3, 2025",  # the body says "a heavy skillet"
        "Share\n\nDashboardGet Started\n\nMarch 3, 2025",
        "Share\n\nSecure Checkout\n\n30-day free returns\n\nMarch 3, 2025",  # date not under it
    ):
        article = _copied(f"{SKILLET_HEADLINE}\n\n{head}")
        assert article["authors"] == [], head


def test_a_name_under_the_date_the_head_already_read_is_the_byline() -> None:
    article = _copied(f"{SKILLET_HEADLINE}\n\nMarch 3, 2025\n\nDana Holt\n\nFood Editor")
    assert (article["authors"], article["published"]) == (["Dana Holt"], "2025-03-03")
    assert article["title"] == SKILLET_HEADLINE


def test_the_name_on_a_date_line_is_the_byline() -> None:
    for head, author, day in (
        ("December 15, 2025 · 30 min · 6279 words · Dana Holt", "Dana Holt", "2025-12-15"),
        ("Patrick Clarke Published 10:19am 19 December 2025", "Patrick Clarke", "2025-12-19"),
        ("Dec 17, 2025Julian K. Arni", "Julian K. Arni", "2025-12-17"),  # a copy's join
    ):
        article = _copied(f"{SKILLET_HEADLINE}\n\n{head}")
        assert (article["authors"], article["published"]) == ([author], day), head
    article = _copied(f"{SKILLET_HEADLINE}\n\nMarch 3, 2025 | Health News")
    assert (article["authors"], article["published"]) == ([], "2025-03-03")  # a section


MENU_LINES = "".join(  # (no site's words: the lines stay, the text's first line a title)
    f"{item}\n\n"
    for item in ("Shop", "Recipes", "Kitchen", "Reviews", "Deals", "Videos", "Gifts", "Pans")
)


@pytest.mark.parametrize("first", ["Find a skillet", "HOME   ABOUT   Cast Iron Skillets   Contact"])
def test_a_short_label_a_menu_above_the_headline_is_not_the_title(first: str) -> None:
    page = f"{first}\n\n{MENU_LINES}{SKILLET_HEADLINE}\n\nBy Dana Holt\n\n{SKILLET_BODY}{FOOTER}"
    assert dump_json("-", stdin=page.encode())["title"] == SKILLET_HEADLINE


def test_a_first_line_that_names_the_article_stays_over_a_line_below_it() -> None:
    title = "Cast Iron Skillets Tested: Seasoning, Searing and Cornbread"
    page = f"{title}\n\n{MENU_LINES}{SKILLET_HEADLINE}\n\nBy Dana Holt\n\n{SKILLET_BODY}{FOOTER}"
    assert dump_json("-", stdin=page.encode())["title"] == title


def test_a_publications_name_over_its_buttons_and_the_headline_is_no_title() -> None:
    dek = "Eleven skillets, a month of searing steaks, baking cornbread and scrubbing sugar"
    page = (
        f"The Ferrous Letter\n\nSubscribeSign in\n\n{SKILLET_HEADLINE}\n\n{dek}\n\n"
        f"Dana Holt\n\nMarch 3, 2025\n\n{SKILLET_BODY}"
    )
    article = dump_json("-", stdin=page.encode())
    assert article["title"] == SKILLET_HEADLINE  # (not the dek that names more of the body)


def test_a_headline_over_its_long_dek_is_the_title() -> None:
    headline = "What Cast Iron Skillets Can Do for You"
    dek = (
        "From searing steaks to baking cornbread, our cooks tested eleven skillets over a month "
        "and scrubbed burnt sugar from every one"
    )
    for top in (MENU, "Kitchen\n\n"):
        page = f"{top}{headline}\n\n{dek}\n\nMarch 3, 2025\n\n{SKILLET_BODY}{FOOTER}"
        assert dump_json("-", stdin=page.encode())["title"] == headline, top


def test_a_list_of_tags_over_the_headline_is_not_the_title() -> None:
    headline = "Cast Iron Skillets Tested: Eleven Pans, a Month of Searing and Baking Cornbread"
    page = f"{MENU}Kitchen, Cast Iron Skillets, Guides\n\n{headline}\n\n{SKILLET_BODY}{FOOTER}"
    assert dump_json("-", stdin=page.encode())["title"] == headline


def test_a_date_line_a_few_lines_from_the_headline_dates_the_page() -> None:
    for above in (
        "Last updated: Dec 4, 2025\n\nKitchen\n\nGuides\n\nGear\n\nShare\n\n",
        "Published Dec 4, 2025\n\nBy Dana Holt\n\nKitchen\n\nGuides\n\nGear\n\n",
        "Dec 4, 2025 · 3 min read · By Skillet Lab\n\nKitchen\n\nGuides\n\nGear\n\n",
    ):
        page = f"{MENU}{above}{SKILLET_HEADLINE}\n\n{SKILLET_BODY}{FOOTER}"
        article = dump_json("-", stdin=page.encode())
        assert (article["title"], article["published"]) == (SKILLET_HEADLINE, "2025-12-04")


def _newsletter_post(details: str) -> dict:
    """The CLI's JSON for a newsletter's post copied whole: the publication's name and
    buttons, the headline, ``details`` (the byline's line), the body and the footer."""
    page = (
        f"Skillet Lab\n\nSubscribeSign in\n\n{SKILLET_HEADLINE}\n\n{details}\n\n"
        f"Skillet Lab is a reader-supported publication.\n\n{SKILLET_BODY}\n\n"
        "Ready for more?\n\n© 2025 Skillet Lab\n\nPrivacy ∙ Terms ∙ Collection notice"
    )
    return dump_json("-", stdin=page.encode())


@pytest.mark.parametrize(
    ("details", "authors"),
    [
        ("@danaholt  •  Dec 4, 2025  •  Reading time", []),
        ("12/04/2025  |  Kitchen Notes  |  Skillet Lab", []),
        ("Dec 4, 2025  •  Kitchen Notes  •  Dana Holt", ["Dana Holt"]),
        ("By Dana Holt ⋅ Review Editor ⋅ Updated Dec 4, 2025", ["Dana Holt"]),
        ("by Dana Holt ● Dec 4, 2025 ● 6 min read", ["Dana Holt"]),
        ("Guide  by Dana Holt  Deputy Editor   Dec 4, 2025", ["Dana Holt"]),
        (  # (dashes between them: the writer after the reviewer)
            "Medically reviewed by Ann Lee, RD — Written by Dana Holt — Updated on Dec 4, 2025",
            ["Dana Holt"],
        ),
    ],
)
def test_a_byline_and_a_date_among_details_set_apart_by_dots(
    details: str, authors: list[str]
) -> None:
    article = _newsletter_post(details)
    assert article["title"] == SKILLET_HEADLINE
    assert (article["authors"], article["published"]) == (authors, "2025-12-04")


def test_a_byline_a_few_lines_from_the_headline_names_the_author() -> None:
    above = "By Dana Holt\n\nKitchen\n\nGuides\n\nGear\n\nShare\n\n"
    page = f"{MENU}{above}{SKILLET_HEADLINE}\n\n{SKILLET_BODY}{FOOTER}"
    article = dump_json("-", stdin=page.encode())
    assert (article["title"], article["authors"]) == (SKILLET_HEADLINE, ["Dana Holt"])
    above = "Dana Holt\n\nMarch 3, 2025\n\nKitchen\n\nGuides\n\nGear\n\nShare\n\n"  # (no "By")
    page = f"{MENU}{above}{SKILLET_HEADLINE}\n\n{SKILLET_BODY}{FOOTER}"
    article = dump_json("-", stdin=page.encode())
    assert (article["authors"], article["published"]) == (["Dana Holt"], "2025-03-03")


def test_a_sites_desk_over_its_date_is_the_author() -> None:
    article = _copied(f"{SKILLET_HEADLINE}\n\nSkillet Lab Team\n\nNov 08, 2025 7 min read")
    assert (article["authors"], article["published"]) == (["Skillet Lab Team"], "2025-11-08")
    article = _copied(f"{SKILLET_HEADLINE}\n\nKitchen Tools\n\nNov 08, 2025 7 min read")
    assert article["authors"] == []  # (no desk: a section's name)


@pytest.mark.parametrize(
    "details",
    [
        "Written by\n\nDana Holt\n\nTable of contents",  # a label over the name
        "Updated Dec. 23, 2024, 1:24 PM EST / Source: TODAY\n\nDana Holt\n\nFood Editor",
    ],
)
def test_a_copy_from_the_headline_reads_the_byline_under_it(details: str) -> None:
    page = f"{SKILLET_HEADLINE}\n\n{details}\n\n{SKILLET_BODY}"
    assert dump_json("-", stdin=page.encode())["authors"] == ["Dana Holt"]


def test_an_outlet_two_spaces_after_the_name_is_not_the_names() -> None:
    article = _copied(f"{SKILLET_HEADLINE}\n\nDana Holt  SKILLET WEEKLY\n\nMarch 3, 2025")
    assert (article["authors"], article["published"]) == (["Dana Holt"], "2025-03-03")
    article = _copied(f"{SKILLET_HEADLINE}\n\nSusan   December 9, 2024   0 Comments")
    assert article["authors"] == ["Susan"]  # (a first name before its date, cells apart)


def test_the_name_in_an_authors_box_under_the_article_is_the_author() -> None:
    box = "About the Author\n\nDana Holt\n\nDana tests cookware for a living."
    page = f"{MENU}{SKILLET_HEADLINE}\n\n{SKILLET_BODY}\n\n{box}{FOOTER}"
    assert dump_json("-", stdin=page.encode())["authors"] == ["Dana Holt"]
    box = "About the Author\n\nRecent Posts\n\nDana tests cookware for a living."
    page = f"{MENU}{SKILLET_HEADLINE}\n\n{SKILLET_BODY}\n\n{box}{FOOTER}"
    assert dump_json("-", stdin=page.encode())["authors"] == []  # (no name under the label)


def test_a_date_in_the_title_dates_a_text_that_shows_no_other() -> None:
    page = f"Skillet Notes, Week 2: 20 December 2025\n\n{SKILLET_BODY}"
    assert dump_json("-", stdin=page.encode())["published"] == "2025-12-20"


def test_a_blogs_name_over_a_signed_headline_is_not_the_title() -> None:
    """The blog's name names one word of the article; the headline has its byline and
    date under it (past its dek), the name has none."""
    top = "Notes on Skillets\n\nSubscribeSign in"
    dek = "Eleven pans, a month of steaks and a lot of burnt sugar"
    page = (
        f"{top}\n\n{SKILLET_HEADLINE}\n\n{dek}\n\nDana Holt\n\nMarch 3, 2025\n\n"
        f"{SKILLET_BODY}{FOOTER}"
    )
    article = dump_json("-", stdin=page.encode())
    assert article["title"] == SKILLET_HEADLINE
    assert article["authors"] == ["Dana Holt"]


def test_a_title_that_names_the_article_stays_over_a_signed_subhead() -> None:
    """A guide's title over its picture's credit and a subhead with the byline under it."""
    title = "Cast Iron Skillets: Searing, Seasoning and Cornbread Tested"
    subhead = "Why Cooks Keep Their Skillets"
    page = (
        f"{title}\n\nPhoto Credit\n\nDana Holt/Shutterstock\n\n{subhead}\n\nBy Dana Holt\n\n"
        f"March 3, 2025\n\n{SKILLET_BODY}{FOOTER}"
    )
    assert dump_json("-", stdin=page.encode())["title"] == title


@pytest.mark.parametrize(
    "under",
    [
        "Dana Holt\n\nStart Trial",  # the name under the headline, a button under it
        "Eleven pans, a month of steaks and a lot of burnt sugar later\n\nDana Holt",  # dek
        # the name, then its paper's after a wide space (a copy's cells)
        "Eleven pans, a month of steaks and a lot of burnt sugar later\n\nDana Holt  SKILLET DAILY"
        "\n\nShow Caption",
    ],
)
def test_a_name_alone_under_the_headline_is_the_byline(under: str) -> None:
    page = f"{SKILLET_HEADLINE}\n\n{under}\n\n{SKILLET_BODY}"
    assert dump_json("-", stdin=page.encode())["authors"] == ["Dana Holt"]


@pytest.mark.parametrize(
    "under",
    [
        "Trending\n\nCharles Dickens Quote\n\nHair Growth",  # a list's entry under a label
        "Tiger Cloud",  # a product the article writes of in lower case
    ],
)
def test_a_line_that_only_looks_like_a_name_under_the_headline_is_no_byline(under: str) -> None:
    body = f"{SKILLET_BODY}\n\nThe tiger cloud of smoke from a searing steak filled the kitchen."
    page = f"{SKILLET_HEADLINE}\n\n{under}\n\n{body}"
    assert dump_json("-", stdin=page.encode())["authors"] == []


@pytest.mark.parametrize(
    "kicker", ["discodanlives", "Erik Demaine's Folding and Unfolding:"]
)
def test_a_short_line_over_the_title_that_is_no_title_is_passed_over(kicker: str) -> None:
    """A blog's name in lower case, a series' name ending in a colon: over a signed title,
    not it, and not a reason to give up on the head."""
    page = f"{kicker}\n\nThe Fold-and-Cut Problem\n\n15 Dec, 2025\n\n{SKILLET_BODY}"
    article = dump_json("-", stdin=page.encode())
    assert article["title"] == "The Fold-and-Cut Problem"
    assert article["published"] == "2025-12-15"


@pytest.mark.parametrize("first", ["Read this first.", "discodanlives"])
def test_a_short_sentence_or_a_line_over_an_unsigned_heading_is_no_kicker(first: str) -> None:
    page = f"{first}\n\nThe Fold-and-Cut Problem\n\n{SKILLET_BODY}"
    assert dump_json("-", stdin=page.encode())["title"] != "The Fold-and-Cut Problem"


def test_the_name_over_an_author_box_under_the_article_is_its_author() -> None:
    """No byline under the headline; under the article, the writer's name and a biography
    that opens with it (or with the first name)."""
    for biography in (
        "Lauren Vetter is a growth-focused marketing professional in healthcare technology.",
        "Lauren has written about kitchens for a decade and tests every pan she reviews.",
    ):
        page = (
            f"{MENU}{SKILLET_HEADLINE}\n\n{SKILLET_BODY}\n\nLauren Vetter\n\n{biography}"
            f"\n\nRelated articles{FOOTER}"
        )
        assert dump_json("-", stdin=page.encode())["authors"] == ["Lauren Vetter"], biography


def test_a_list_of_people_each_with_a_biography_names_no_author() -> None:
    people = "".join(
        f"{name}\n\n{name} is a chef who has cooked with cast iron for twenty years.\n\n"
        for name in ("Lauren Vetter", "Dana Holt")
    )
    page = f"{MENU}{SKILLET_HEADLINE}\n\n{SKILLET_BODY}\n\n{people}{FOOTER}"
    assert dump_json("-", stdin=page.encode())["authors"] == []


def test_a_signed_headline_that_names_nothing_of_the_body_beats_a_button_above_it() -> None:
    """The headline's words need not be the body's ("I Gave Up My Car for a Whole Year"): with a
    byline and a date just under it, it stands over a menu's button that names a body word
    ("Skillets Club Now")."""
    article = _copied(
        "Skillets Club Now\n\nRecipes\n\nVideos\n\nForums\n\nClose\n\n"
        "I Gave Up My Car for a Whole Year\n\nBy Dana Holt\n\nPublished March 3, 2025"
    )
    assert article["title"] == "I Gave Up My Car for a Whole Year"
    assert article["authors"] == ["Dana Holt"]


def test_a_writers_letters_after_the_name_are_not_the_name() -> None:
    """Credentials run on after a name without a comma ("Dana R. Holt CPP, PSP") are cut
    from it; a surname in capitals after two given names stays ("Marie Claire DUPONT")."""
    headline = "The Best Cast Iron Skillets, Tested by Our Cooks\n\n"
    lettered = _copied(f"{headline}Dana R. Holt CPP, PSP\n\nDec. 17, 2025")
    assert lettered["authors"] == ["Dana R. Holt"]
    assert lettered["published"] == "2025-12-17"
    french = _copied(f"{headline}Par Marie Claire DUPONT\n\nDec. 17, 2025")
    assert french["authors"] == ["Marie Claire DUPONT"]


def test_a_date_with_its_seconds_and_zone_under_a_last_update_label_dates_the_article() -> None:
    """A copy from the headline down, the date in two forms ("Mon, 25 Aug 2025 08:00:00
    +0100", a time with its seconds and its zone): the head's line, not the body's first."""
    article = _from_headline(
        "By Dana Holt\n\nLast update on: August 25, 2025 Mon, 25 Aug 2025 08:00:00 +0100"
    )
    assert article["published"] == "2025-08-25"
    assert article["body"][0]["text"].startswith("Cast iron skillets outlast")


@pytest.mark.parametrize(
    ("byline", "authors"),
    [
        ("Recipe by Dana Holt", ["Dana Holt"]),  # (a food site's byline)
        ("Written By Linny and Peter", ["Linny", "Peter"]),  # (first names alone, one known)
        ("Paramita (Guha) Ghosh   Published: January 3, 2024", ["Paramita (Guha) Ghosh"]),
        ("March 3, 2025 by BeauHD", ["BeauHD"]),  # (a writer's handle after the date)
    ],
)
def test_a_byline_of_a_recipe_of_first_names_of_a_handle_or_with_a_name_in_brackets(
    byline: str, authors: list[str]
) -> None:
    assert _from_headline(byline)["authors"] == authors


def test_words_joined_by_and_after_by_are_no_first_names() -> None:
    assert _from_headline("By Land and Sea")["authors"] == []


def test_a_page_left_whole_takes_its_signed_headline_over_its_first_lines_site_name() -> None:
    """A short page with no menus to cut opens with its site's name, its menu run together
    and a quotation; the headline, with its date under it, stands a few lines down."""
    page = (
        "Skillet Notes\n\nHome Category Tag Archive About Résumé\n\n"
        '"Cooking is like love. It should be entered into with abandon."\n\n'
        "- Harriet Van Horne\n\n"
        "Why Cast Iron Skillets Outlast Every Other Pan\n\n18 Dec 2025\n\n"
        f"{SKILLET_BODY}\n"
    )
    article = dump_json("-", stdin=page.encode())
    assert article["title"] == "Why Cast Iron Skillets Outlast Every Other Pan"


def test_the_site_lines_over_a_signed_headline_go_with_it_when_they_are_labels() -> None:
    """The site's name gave the title, its menu stood over the headline: both go, and the
    headline is not told twice."""
    page = (
        "Skillet Blog\n\nSkillet\n\nInstall\n\nLearn\n\nTools\n\nGovernance\n\nCommunity\n\n"
        "🖌\n\nLight\n\nDark\n\nSystem\n\n"
        "What do cooks love about cast iron?\n\nDec. 18, 2025 · Dana Holt for the test kitchen\n\n"
        f"{SKILLET_BODY}\n"
    )
    article = dump_json("-", stdin=page.encode())
    assert article["title"] == "What do cooks love about cast iron?"
    assert article["published"] == "2025-12-18"
    texts = [block["text"] for block in article["body"]]
    assert "Governance" not in texts
    assert article["title"] not in texts


def test_a_name_shown_twice_over_its_date_is_the_byline_not_the_headline() -> None:
    """A page sets its writer's name twice (for narrow and wide screens) over the date. A
    person's name over a date is the byline, not a headline with its byline: the headline
    above it, which names as much of the article, stays the title."""
    menu = "".join(
        f"{item}\n\n" for item in ("Skip to main content", "Pinboard", "Top Content", "People")
    )
    page = (
        f"{menu}Join now     Sign in\n\nFive Trends from Skillet Week\n\n"
        "Dana Holt, MS, RD\n\nDana Holt, MS, RD\n\nPublished Jun 4, 2025\n\n+ Follow\n\n"
        "At Skillet Week 2025, Dana Holt, MS, RD, met cooks who tested pans for a month.\n\n"
        f"{SKILLET_BODY}{FOOTER}"
    )
    article = dump_json("-", stdin=page.encode())
    assert article["title"] == "Five Trends from Skillet Week"
    assert article["authors"] == ["Dana Holt"]
    assert article["published"] == "2025-06-04"


def test_a_storys_kind_over_its_date_is_no_writer() -> None:
    """ "Feature" over the date (run into its reading time) labels the story's kind."""
    article = _copied(f"{SKILLET_HEADLINE}\n\nFeature\n\nMar 27, 20255 mins")
    assert article["published"] == "2025-03-27"
    assert article["authors"] == []


def test_the_name_under_the_headline_is_found_under_its_second_showing() -> None:
    """A page that lists its own headline in a menu first ("Popular" posts) still has its
    byline under the headline over the article: the title's next line is looked under."""
    popular = (
        f"Popular\n\n{SKILLET_HEADLINE}\n\nHow to Season a Dutch Oven\n\n"
        "Why Carbon Steel Pans Are Worth a Look\n\n"
    )
    head = f"{SKILLET_HEADLINE}\n\nDana Holt\n\nStart Trial\n\n"
    page = f"{MENU}{popular}{head}{SKILLET_BODY}{FOOTER}"
    article = dump_json("-", stdin=page.encode())
    assert article["title"] == SKILLET_HEADLINE
    assert article["authors"] == ["Dana Holt"]


@pytest.mark.parametrize("label", ["Article by", "Post by:", "Story by"])
def test_a_name_under_an_article_by_label_at_the_end_is_the_author(label: str) -> None:
    """"Article by" over a name in the author's box under the article, the copy having set
    the label and the name on lines of their own."""
    page = f"{SKILLET_HEADLINE}\n\n{SKILLET_BODY}\n\n{label}\n\nDana Holt\n\nSubscribe{FOOTER}"
    assert dump_json("-", stdin=page.encode())["authors"] == ["Dana Holt"]
