"""A news page copied whole in English, as a reader pastes it, through the real ``reader dump``
command: the head's layouts that gave a wrong title or writer (a date run into the writer's
name over the headline, a writer's one-line bio over a table of contents, a call to sign up
over the body, a headline ending in a full stop, a documentation page's two-word heading, a
name the given-name lists do not know), and the page furniture that stayed in the body (the
ad framework's consent purposes and buttons, calls to sign up and Substack's prompts, the
byline line the head was read from, a menu's entries run on with their buttons' words,
platforms' comment headings, share counts and pagers). With the rules under them."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.clean.text.consent import consent_mask, is_consent_label
from reader.clean.text.junk import junk_mask
from tests.cli_run import body_texts, dump_text
from tests.harbour_page import BODY, FOOTER, MENU, TITLE, page_text

# The ad industry's framework (IAB TCF) panel as a copy gives it: the notice, the list of
# its purposes run together and its buttons run together.
NOTICE = (
    "We and our 100 partners store and/or access information on a device, such as unique IDs"
    " in cookies to process personal data. You may accept or manage your choices by clicking"
    " below, including your right to object where legitimate interest is used."
)
PURPOSES = (
    "Store and/or access information on a device. Use limited data to select advertising."
    " Create profiles for personalised advertising. Use profiles to select personalised"
    " advertising. Measure advertising performance. Develop and improve services. List of"
    " Partners (vendors)"
)
BUTTONS = "Accept All Reject All Show Purposes"
PANEL = ["We Care About Your Privacy", NOTICE, "We and our partners process data to provide:",
         PURPOSES, BUTTONS]


def test_the_framework_panel_at_a_copys_end_goes_whole(tmp_path: Path) -> None:
    article = dump_text(tmp_path, page_text([*MENU, TITLE, *BODY, *FOOTER, *PANEL]))
    texts = body_texts(article)
    assert article["title"] == TITLE
    assert texts[: len(BODY)] == BODY
    for line in PANEL:
        assert line not in texts


def test_the_frameworks_purposes_one_a_line_go_with_its_notice() -> None:
    lines = [*BODY[:2], NOTICE, "Store and/or access information on a device",
             "Use limited data to select advertising", "Measure advertising performance",
             "Accept all", *BODY[2:]]
    mask = consent_mask(lines)
    assert mask == [False, False, True, True, True, True, True, False, False, False]


def test_an_article_naming_one_purpose_keeps_it() -> None:
    sentence = (
        "Advertisers want to measure advertising performance without cookies, the regulator"
        " said in its report on Tuesday, and the industry has a year to find a way."
    )
    lines = [*BODY[:2], sentence, *BODY[2:]]
    assert not any(consent_mask(lines))


@pytest.mark.parametrize(
    ("row", "is_row"),
    [
        (BUTTONS, True),
        ("I Accept Manage Options", True),
        ("Reject All Accept All", True),
        ("Show Purposes Manage Options", False),  # (no answer to the panel among them)
        ("Accept the Cookies", False),
        ("Sign in Subscribe", False),
    ],
)
def test_a_row_of_a_panels_buttons_run_together(row: str, is_row: bool) -> None:
    assert is_consent_label(row) is is_row


def test_a_date_run_into_a_name_over_the_headline_is_its_byline(tmp_path: Path) -> None:
    """A copy from just above the headline: "Dec 17, 2025Julian K. Arni" (a date and a name
    a page sets side by side) is the byline, not the title."""
    article = dump_text(
        tmp_path,
        page_text(["Dec 17, 2025Julian K. Arni", TITLE,
                   "The new crossing will open in three years.", *BODY]),
    )
    assert article["title"] == TITLE
    assert article["authors"] == ["Julian K. Arni"]
    assert article["published"] == "2025-12-17"
    assert TITLE not in body_texts(article)


def test_a_writers_bio_under_the_byline_keeps_the_headline(tmp_path: Path) -> None:
    """Headline, dek, byline, the writer's one-line bio, the date, then a table of contents
    over the body: the headline above it all is the title."""
    head = [TITLE, "The new crossing will open in three years, the engineers say.", "By",
            "Julian Arni", "Julian is a reporter at the Gazette.",
            "Updated on May 27, 2025 09:10AM", "In This Article", "The vote", "The money",
            "The works"]
    article = dump_text(tmp_path, page_text([*MENU, *head, *BODY, *FOOTER]))
    assert article["title"] == TITLE
    assert article["authors"] == ["Julian Arni"]
    assert article["published"] == "2025-05-27"
    assert body_texts(article)[: len(BODY)] == BODY


SUBSTACK_PROMPTS = [
    "Thanks for reading The Harbour Letter! Subscribe for free to receive new posts and"
    " support my work.",
    "The Harbour Letter is a reader-supported publication. To receive new posts and support"
    " my work, consider becoming a free or paid subscriber.",
]
SIGN_UP_CALLS = [
    "Sign up with your email address to receive news and updates.",
    "Want the latest from the harbour? Sign up to receive our emails!",
    "By submitting your email to subscribe, you agree to our Privacy Policy.",
]
# The writer's own sentences about signing up stay.
TOLD_OF_SIGNING_UP = [
    "If you signed up after the series had started, the welcome e-mail held links to the"
    " videos already released.",
    "Sign up for Twilio and get a phone number.",
    "Subscribe by sending an email to: harbour-users+subscribe@example.org",  # (a README's)
]


def test_calls_to_sign_up_go_and_sentences_about_it_stay(tmp_path: Path) -> None:
    lines = [*MENU, TITLE, BODY[0], SIGN_UP_CALLS[0], *BODY[1:3], *TOLD_OF_SIGNING_UP,
             SUBSTACK_PROMPTS[0], *BODY[3:], *SUBSTACK_PROMPTS[1:], *SIGN_UP_CALLS[1:],
             *FOOTER]
    texts = body_texts(dump_text(tmp_path, page_text(lines)))
    for line in SIGN_UP_CALLS + SUBSTACK_PROMPTS:
        assert line not in texts
    assert [t for t in texts if t in BODY + TOLD_OF_SIGNING_UP] == [
        *BODY[:3], *TOLD_OF_SIGNING_UP, *BODY[3:]
    ]


def test_a_call_to_sign_up_over_the_body_is_no_headline(tmp_path: Path) -> None:
    """A newsletter's page: its title twice and its date, a sponsor's line, then a call to
    sign up just over the body: the title stands, with its date."""
    head = ["Harbour Letter", TITLE, TITLE, "November 2, 2022", "|",
            "This newsletter is sponsored by",
            "Sign up to receive regular emails like this on the harbour bridge and its council"]
    intro = ("Welcome to this month's letter: the regular emails in which I tell you what the"
             " council decided about the harbour, and what it means for the people living there.")
    article = dump_text(tmp_path, page_text([*MENU, *head, intro, *BODY, *FOOTER]))
    assert article["title"] == TITLE
    assert article["published"] == "2022-11-02"
    assert body_texts(article)[: len(BODY) + 1] == [intro, *BODY]


@pytest.mark.parametrize(
    ("signature", "authors", "published"),
    [
        ("Published on December 2nd, 2025 by Chen Zhao and Daryl Fairweather",
         ["Chen Zhao", "Daryl Fairweather"], "2025-12-02"),
        ("Medically reviewed by Kim Rose RDN — Written by Julian Arni, MS — Updated on March 7,"
         " 2025", ["Julian Arni"], "2025-03-07"),
        ("Posted on November 25, 2024 in Harbour, City Council, Transport", [], "2024-11-25"),
    ],
)
def test_the_byline_line_over_the_body_goes_to_the_head(
    tmp_path: Path, signature: str, authors: list[str], published: str
) -> None:
    article = dump_text(tmp_path, page_text([*MENU, TITLE, signature, *BODY, *FOOTER]))
    assert article["title"] == TITLE
    assert article["published"] == published
    if authors:
        assert article["authors"] == authors
    assert body_texts(article)[: len(BODY)] == BODY


@pytest.mark.parametrize(
    "first",
    [
        "On November 25, 2024, the council voted to rebuild the harbour bridge.",
        "Posted on the harbour forum on November 25, 2024:",
    ],
)
def test_a_first_sentence_with_the_day_stays(tmp_path: Path, first: str) -> None:
    signature = "Posted on November 25, 2024 by Julian Arni"
    article = dump_text(tmp_path, page_text([*MENU, TITLE, signature, first, *BODY, *FOOTER]))
    assert article["published"] == "2024-11-25"
    assert body_texts(article)[: len(BODY) + 1] == [first, *BODY]


MENU_ENTRIES = [
    "About Us", "Office of the Provost", "Board of Advisors", "Messages for the Community",
    "Departments", "Compliance and Ethics", "Services & Administration", "Faculty Search",
    "Human Resources", "Campus Ministry", "How to Get Here", "Contact Us", "Research",
    "Research Administration", "Research Services", "Education", "Library", "School of Health",
    "School of Medicine", "School of Nursing", "Patient Care", "University Hospital",
    "News & Events", "Health Sciences Weekly", "Subject Matter Experts", "Health Magazine",
    "Office of Communications", "Giving",
]
UNIVERSITY_FOOTER = ["About Harbour University Medical Center", "Harbour University Medical Center",
                     "4000 Harbour Road", "Phone: 202-687-0100", "Maps", "Copyright",
                     "Accessibility", "Sitemap"]


def _university_page(under_headline: list[str]) -> str:
    """A university's news page copied whole: its menu twice (for wide and for narrow
    screens), the second time each entry with its button's words, then the breadcrumb, the
    headline, ``under_headline`` and the story."""
    return page_text([
        "Skip to main content Skip to main site menu", "Harbour University Medical Center",
        "Search    Menu", *(f"{entry}Toggle sub-navigation" for entry in MENU_ENTRIES), "Close",
        *(f"{entry}    Open sub-navigation    Close sub-navigation" for entry in MENU_ENTRIES),
        f"Home ▸ News Release ▸ {TITLE}", TITLE, "Posted in News Release", *under_headline,
        *BODY, *UNIVERSITY_FOOTER,
    ])


def test_a_menus_entries_run_on_with_their_buttons_words_go(tmp_path: Path) -> None:
    article = dump_text(tmp_path, _university_page([]))
    texts = body_texts(article)
    assert article["title"] == TITLE
    assert not [text for text in texts if "sub-navigation" in text]
    assert texts[: len(BODY)] == BODY


def test_a_tables_rows_and_a_heading_under_the_headline_stay(tmp_path: Path) -> None:
    """Lines as long as a menu's entries with its buttons' words, but a table's rows (with
    numbers) and a lone heading over the story: the article's."""
    rows = ["Harbour Mutual Non-Profit ~1.2M 14 states Largest insurer on the coast and inland",
            "Bridge Health For-Profit ~800K 6 states Focus on digital health and telehealth"]
    heading = "What the Harbour Bridge Means for Residents of the Old District"
    texts = body_texts(dump_text(tmp_path, _university_page([*rows, heading])))
    assert texts[:3] == [*rows, heading]
    assert texts[3 : 3 + len(BODY)] == BODY


@pytest.mark.parametrize(
    "marker", ["Discussion about this post", "Be the first to comment", "Load Disqus Comments"]
)
def test_a_platforms_comments_heading_ends_the_article(tmp_path: Path, marker: str) -> None:
    """A newsletter platform's or a comment service's own heading over the readers'
    comments: the comments and what follows go."""
    comments = [marker, "Comments", "Restacks",
                "Dana Holt: A long overdue decision, and the bicycle lane is a welcome surprise"
                " for everyone who has to cross the river every morning on the way to work.",
                "Substack is the home for great culture"]
    texts = body_texts(dump_text(tmp_path, page_text([TITLE, "By Julian Arni", *BODY, *comments])))
    assert texts == BODY


@pytest.mark.parametrize(
    ("details", "authors"),
    [
        ("December 15, 2025 · 30 min · 6279 words · Ash Vardanian", ["Ash Vardanian"]),
        ("September 1, 2016September 8, 2016Autumn Adams", ["Autumn Adams"]),
        # (words the story writes in lower case: a section's name, not a writer's)
        ("December 15, 2025 · City Council", []),
    ],
)
def test_a_name_no_list_knows_on_the_date_line_is_the_writer(
    tmp_path: Path, details: str, authors: list[str]
) -> None:
    article = dump_text(tmp_path, page_text([*MENU, TITLE, details, *BODY, *FOOTER]))
    assert article["authors"] == authors
    assert article["published"] == ("2025-12-15" if "2025" in details else "2016-09-01")


DOCS_SIDEBAR = [
    "Skip to Main Content", "Documentation", "Get started", "Install", "Tutorials",
    "Using and understanding Go", "Effective Go", "Editor plugins", "Diagnostics", "Modules",
    "Managing modules", "Module reference", "Workspaces", "Fuzzing", "Security", "Reference",
    "Specification", "Memory model", "Release history", "Talks", "Community", "Recorded Talks",
    "Meetups", "Conferences", "Go blog", "Go project", "Get connected",
]
DOCS_BODY = [
    "When your code uses external packages, those packages (distributed as modules) become"
    " dependencies. Over time, you may need to upgrade them or replace them, and Go gives you"
    " tools for each of these tasks.",
    "This topic describes how to perform tasks to manage dependencies you take on in your"
    " code. You can perform most of these with Go tools, which also keep your dependency list"
    " tidy and verified.",
    "Workflow for using and managing dependencies",
    "You can get and use useful packages with Go tools. On pkg.go.dev, you can search for"
    " packages you might find useful, then use the go command to import those packages into"
    " your own code to call their functions.",
]
DOCS_FOOTER = [
    "Why Go", "Use Cases", "Case Studies", "Get Started", "Playground", "Tour",
    "Stack Overflow", "Help", "Packages", "Standard Library", "About Go Packages", "About",
    "Download", "Blog", "Issue Tracker", "Release Notes", "Brand Guidelines", "Code of Conduct",
    "Connect", "Twitter", "GitHub", "Slack", "Meetup", "Golang Weekly", "Copyright",
    "Terms of Service", "Privacy Policy", "Report an Issue",
]


@pytest.mark.parametrize(
    ("heading", "title"),
    [("Managing dependencies", "Managing dependencies"), ("6 min read", "note.txt")],
)
def test_a_documentation_pages_short_heading_over_its_body_is_its_title(
    tmp_path: Path, heading: str, title: str
) -> None:
    """A documentation page copied whole: its sidebar, a heading of two words (too short to
    be read as a headline) and the text. With no other title, the heading is the title; a
    reading time there is none (the file's name is, then)."""
    article = dump_text(tmp_path, page_text([*DOCS_SIDEBAR, heading, *DOCS_BODY, *DOCS_FOOTER]))
    assert article["title"] == title
    assert body_texts(article)[: len(DOCS_BODY)] == DOCS_BODY


def test_a_headline_with_a_full_stop_over_a_run_on_byline(tmp_path: Path) -> None:
    """A blog's headline ending in a full stop, its byline run on ("ByShivya Nath") with the
    day, and a share count over the story: the headline is the title, the byline the
    writer's, and the count furniture."""
    head = ["Things to Know Before Crossing the Harbour Bridge for the First Time.",
            "ByAsha Nath  12th February 2025", "139 shares"]
    article = dump_text(tmp_path, page_text([*head, *BODY]))
    assert article["title"] == head[0].rstrip(".")
    assert article["authors"] == ["Asha Nath"]
    assert article["published"] == "2025-02-12"
    assert body_texts(article) == BODY


@pytest.mark.parametrize(
    ("line", "furniture"),
    [("139 shares", True), ("2.1k views", True), ("1,024 Likes", True),
     ("139 shares of the harbour company were sold on Tuesday.", False),
     # a pager's links run together
     ("Previous Next", True), ("PreviousNext", True), ("Prev PostNext Post", True),
     ("prev | next", True), ("Older posts Newer posts", True),
     ("Next steps for the council", False),
     ("By submitting your email, you agree to our terms.", True)],
)
def test_a_share_count_or_a_pager_is_furniture(line: str, furniture: bool) -> None:
    assert junk_mask([line]) == [furniture]
