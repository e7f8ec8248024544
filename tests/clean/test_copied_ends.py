"""Where the article of a page copied whole ends, and which headline a widget hides, through
the real ``reader dump`` command: a feedback question that reads as a short sentence ("Was
this page helpful?"), the other ways pages head their other stories ("Other popular Blogs",
"Latest Insights", "Share the Blog on:"), a related box set near the top of a checklist
(which does not end it), a headline with its byline over a calculator's form, and a
button's words over the headline ("Search results for", "Read the Article")."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.clean.text.junk import is_button_line, is_end_heading
from tests.cli_run import body_texts, dump_explain, dump_text
from tests.harbour_page import BODY, FOOTER, MENU, TITLE, page_text

# a card offer's prose under the article, between short labels
OFFER = [
    "Insiders only",
    "Earn as much as 175,000 points after you spend $8,000 on eligible purchases with your"
    " new card in your first six months of membership.",
    "Terms apply",
    "Get five times the points on flights and prepaid hotels booked with the travel desk, on"
    " up to half a million dollars of purchases each year.",
    "Apply now",
]


@pytest.mark.parametrize(
    "question",
    ["Was this page helpful?", "How Was This Issue?", "Did you find this content helpful?"],
)
def test_a_feedback_question_ends_the_article(tmp_path: Path, question: str) -> None:
    """A feedback question reads as a short sentence; it ends the article all the same, with
    the writer's box and the offers under it."""
    tail = [question, "YesNo", "About Dana Holt",
            "Dana is an avid traveller who has written about cities and their bridges for"
            " thirteen years, from the harbour district to the far side of the river.",
            *OFFER]
    article = dump_text(tmp_path, page_text([*MENU, TITLE, "By Dana Holt", *BODY, *tail, *FOOTER]))
    assert article["title"] == TITLE
    assert body_texts(article) == BODY


@pytest.mark.parametrize(
    ("line", "ends"),
    [
        ("Other popular Blogs", True),
        ("More buying guides", True),
        ("Latest Insights", True),
        ("Share the Blog on:", True),
        ("Found this interesting? Share to your network.", True),
        ("Is this page useful?Edit this page", True),
        # a contact box's, a video list's and a blog's other posts' headings
        ("Reach Out To Us", True),
        ("Connect with Us", True),
        ("More Videos", True),
        ("Recently by Jeffrey Zeldman", True),
        ("Contact Us", False),  # (a menu's entry as often)
        # a section of the article, and lines that go on
        ("How was this guide created?", False),
        ("More posts related to Tokyo", False),
        ("More posts ≠ more subscribers.", False),
    ],
)
def test_headings_over_a_pages_other_stories(line: str, ends: bool) -> None:
    assert is_end_heading(line) is ends


def test_other_stories_under_their_heading_go(tmp_path: Path) -> None:
    teasers = ["Other popular Blogs", "Ten bridges worth a detour", "Harbour Gazette Team",
               "Feb 16, 2026", "How the ferry came back", "Harbour Gazette Team", "Feb 12, 2026"]
    lines = [*MENU, TITLE, "By Dana Holt", *BODY, "Share the Blog on:", *teasers, *FOOTER]
    article = dump_text(tmp_path, page_text(lines))
    assert body_texts(article) == BODY


def test_a_related_box_over_a_checklist_keeps_the_checklist(tmp_path: Path) -> None:
    """A short introduction, a box of related links, then the page's checklist: the box
    does not end the article when what follows holds most of its words."""
    intro = [
        "Want the full guide to planning a wedding in the city? Check out our complete guide"
        " for venues, caterers and budgets.",
        "The following checklists give you tools you can print or save for quick reference"
        " while you plan.",
    ]
    tasks = [
        f"{task} – {detail}"
        for task, detail in [
            ("Book the venue", "tour your favourites, compare what they offer, set a firm date"),
            ("Hire a planner", "or a coordinator for the day itself, if you want one"),
            ("Book the officiant", "religious or civil; make sure the date is reserved"),
            ("Book the caterer", "schedule tastings, review menus and dietary needs"),
            ("Book the photographer", "review portfolios and sign a contract for the day"),
            ("Hire the florist", "discuss your vision, favourite flowers and the budget"),
            ("Order the cake", "arrange a tasting with the bakery and choose flavours"),
            ("Send the invitations", "eight weeks ahead, with the website's address"),
            ("Arrange transport", "shuttles or cars for the wedding party and the guests"),
            ("Reserve hotel rooms", "a block near the venue for guests from out of town"),
            ("Choose the rings", "order them early enough for engraving and resizing"),
            ("Plan the rehearsal", "book a room for the dinner and tell the wedding party"),
            ("Buy the shoes", "wear them in at home before the day itself"),
            ("Write the vows", "or choose the readings, and practise them aloud"),
            ("Confirm the music", "send the band or the DJ the songs you want played"),
            ("Make the seating plan", "once the replies are in, table by table"),
            ("Pack for the honeymoon", "passports, tickets and the hotel's confirmation"),
            ("Pay the suppliers", "settle the balances that fall due in the last week"),
            ("Break in the dress", "a last fitting with the shoes and the jewellery"),
            ("Rest the night before", "hand the emergency kit to someone you trust"),
        ]
    ]
    box = ["Related Resources:", "Venue Comparison Guide - Compare venue features",
           "Wedding Day Emergency Kit - Essential items"]
    lines = [*MENU, "Complete Wedding Planning Checklist: A 12-Month Timeline", "By Dana Holt",
             *intro, *box, "12-Month Wedding Planning Timeline",
             "Keep this checklist handy to track your progress, and adjust the timing as"
             " needed for an engagement shorter or longer than a year.",
             "12+ Months Before", *tasks[:5], "9–12 Months Before", *tasks[5:12],
             "Save the dates go out now, especially for guests from out of town or for a"
             " date in the busy season of summer weddings.",
             *tasks[12:], *FOOTER]
    texts = body_texts(dump_text(tmp_path, page_text(lines)))
    for task in tasks:
        assert task in texts


def test_a_signed_headline_over_a_calculators_form_is_the_title(tmp_path: Path) -> None:
    """A headline with its byline and date under it, then a calculator's form between it and
    the body: the headline is the title, not the form's last button."""
    form = []
    for question in ["What is your industry?", "How many people work for your business?",
                     "Where is your business located?"]:
        form += ["Industry", "Size", "Location", "Results", question, "Next", "Back"]
    form += ["Use my current location", "Next", "Back", "Results:"]
    body = [
        "Pricing a harbour bridge repair is the first thing the city council has to get right,"
        " and the current estimate covers the piers, the deck and the lane for bicycles.",
        *BODY,
    ]
    lines = [*MENU, "How to", TITLE, "Written by Dana Holt", "Posted on November 6th, 2025",
             "10 min read", *form, *body, *FOOTER]
    article = dump_text(tmp_path, page_text(lines))
    assert article["title"] == TITLE
    assert article["authors"] == ["Dana Holt"]
    assert article["published"].startswith("2025-11-06")


def test_a_buttons_words_over_the_page_are_no_headline(tmp_path: Path) -> None:
    """A search box's button over a headline, its dek and its byline: the headline is the
    title, not "Search results for"."""
    dek = ("We tested a dozen crossings in the city to find which of them needs the work most"
           " urgently, and what it will cost.")
    notice = ("All stories are independently chosen by us. However, the Gazette may receive a"
              " commission on tickets sold through links.")
    lines = ["Search results for", "All search results", "DiscoverBest daily dealsLogin",
             notice, "City news", TITLE, dek, "By Dana Holt", "•", "January 23, 2026", "•",
             "Add the Harbour Gazette on Google", *BODY]
    article = dump_text(tmp_path, page_text(lines))
    assert article["title"] == TITLE


@pytest.mark.parametrize(
    ("line", "button"),
    [
        ("Check it out", True),
        ("Dismiss View all alerts", True),
        ("Shop on Amazon", True),
        ("Learn More About Bridges", False),
        ("Check it out: the new bridge", False),
        ("Shopping on Amazon is changing", False),
    ],
)
def test_a_buttons_words(line: str, button: bool) -> None:
    assert is_button_line(line) is button


def test_a_buying_guides_shop_buttons_go_and_sentences_stay(tmp_path: Path) -> None:
    """A buying guide copied whole: each product's shop buttons go; a sentence that tells
    the reader to check a price stays."""
    products = [
        ("Harbour Lantern 200", "The lantern lit the whole deck of the ferry for six hours on"
         " one charge, and it survived a drop onto the pier without a scratch."),
        ("Pier Light Mini", "The smaller light weighs half as much and still lasts four hours,"
         " which is enough for an evening walk along the harbour wall."),
        ("Bridge Beacon", "The brightest of the three is also the heaviest, and its clip held"
         " firm on a bicycle's handlebars over the old bridge's cobbles."),
    ]
    buttons = ["Check Price at Amazon", "Buy on Harbour Outfitters", "Read the review"]
    lines = [*MENU, "The best lanterns for the harbour", "By Dana Holt",
             "We tested a dozen lanterns on the ferry and along the harbour wall this winter,"
             " and these three were the best of them for light, weight and battery life.",
             "Check the price at the pier before you buy."]
    for name, verdict in products:
        lines += [name, verdict, *buttons]
    texts = body_texts(dump_text(tmp_path, page_text([*lines, *FOOTER])))
    for _name, verdict in products:
        assert verdict in texts
    assert "Check the price at the pier before you buy." in texts
    for button in buttons:
        assert button not in texts


@pytest.mark.parametrize(
    "link", ["Privacy Policy", "Cookie Policy", "Do Not Sell My Personal Information"]
)
def test_a_footers_consent_link_leaves_with_the_footer(tmp_path: Path, link: str) -> None:
    """A footer's "Privacy Policy" is one of its links, not a consent panel: taken out first,
    it left a footer of four lines, too short to read as one, and its other links ("About
    us", "Contact") stood under the story."""
    footer = [link if line == "Privacy Policy" else line for line in FOOTER]
    lines = [*MENU, TITLE, "By Dana Holt", "March 3, 2025", *BODY, *footer]
    article = dump_text(tmp_path, page_text(lines))
    assert body_texts(article) == BODY


def test_an_author_box_under_the_story_names_the_writer(tmp_path: Path) -> None:
    """"Article written by:" over a name with its letters, under the story: the name is the
    author, and the label, left last once its name went with the footer, goes too."""
    credits = ["Article written by:", "Dana Holt, MD", "Article reviewed by:", "Sam Lee, MD"]
    lines = [*MENU, TITLE, "March 3, 2025", *BODY, *credits, *FOOTER]
    article = dump_text(tmp_path, page_text(lines))
    assert article["authors"] == ["Dana Holt"]
    assert body_texts(article) == BODY
    explained = dump_explain(str(tmp_path / "note.txt"))
    assert "dangling-label: Article written by:" in explained
