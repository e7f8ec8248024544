"""Pages as Chrome's "select all, copy" gives them, through the real ``reader dump`` command:
a site's menu entries set side by side with one space ("Home Blog About"), a comment count
under the byline, a blog's empty comment thread ("No comments:", "Post a Comment") with no
other site's words on the page, and a search box's buttons over the headline. Each case
came from a real browser's copies of the WCXB pages (``benchmarks/real_copies.py``)."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.clean.text.junk import is_comments_heading, is_menu_row
from tests.cli_run import body_texts, dump_text
from tests.harbour_page import BODY, FOOTER, MENU, TITLE, page_text

BANNER = ["$10 flat rate shipping", "FREE Shipping on orders $40+"] * 10  # (a carousel's slides)
# a blog's other posts, each a headline over its summary
POPULAR = [
    "Popular Posts",
    "Walking the old ferry routes",
    "The ferries stopped running in the sixties, but the piers and the waiting rooms are"
    " still there, and most of them can be reached on foot in an afternoon.",
    "A short history of the lighthouse",
    "The lighthouse was built by the harbour board after the great storm, when three ships"
    " were lost on the rocks below the point in a single night.",
    "Why the tide tables are wrong",
    "Every spring the tide tables printed by the council disagree with the water by a few"
    " minutes, and the fishermen have their own explanation for it.",
]


def test_a_comment_count_under_the_byline_ends_nothing(tmp_path: Path) -> None:
    """"0 comments" under the byline stands past the page's first lines (a banner's slides
    repeated above it): with none of the article's prose above it, it is no comment thread's
    start, and the article under it stays."""
    lines = ["Skip to content", *BANNER, *MENU, TITLE, "Mar 24, 2025", "By Dana Holt",
             "0 comments", *BODY, *FOOTER]
    article = dump_text(tmp_path, page_text(lines))
    body = body_texts(article)
    assert all(paragraph in body for paragraph in BODY)
    assert article["authors"] == ["Dana Holt"]


def test_a_blogs_empty_comment_thread_ends_the_article(tmp_path: Path) -> None:
    """A blog with none of a site's usual words ("Sign in", "Privacy Policy"): its comment
    thread's heading says it is a web page, so its other posts under it go. (Its tagline, a
    sentence over the date and the headline, is still read as the title.)"""
    head = ["Harbour Notes",
            "Notes on the harbour district and its bridges, from a retired engineer who walks"
            " them every morning before the traffic starts.",
            "Friday, December 19, 2025", TITLE]
    tail = ["Labels: Bridges", "No comments:", "Post a Comment", "Older Post Home",
            "Subscribe to: Post Comments (Atom)", *POPULAR]
    article = dump_text(tmp_path, page_text([*head, *BODY, *tail]))
    assert body_texts(article)[-len(BODY) :] == BODY


def test_a_byline_wins_over_a_guessed_name(tmp_path: Path) -> None:
    """A search box's buttons ("Clear Close") over a short headline and its date read as a
    name nobody's lists know, with the headline as its role; the byline under them says who
    wrote it."""
    tail = ["Related Posts:", "Walking the old ferry routes", "Leave a comment", "Name",
            "E-mail", "Message", "Submit", *FOOTER]
    lines = ["Skip to content", *BANNER, *MENU, "Clear Close", "The Harbour Bridge Story",
             "Mar 24, 2025", "By Dana Holt", "0 comments", *BODY, *tail]
    article = dump_text(tmp_path, page_text(lines))
    assert article["authors"] == ["Dana Holt"]


def test_a_menu_row_is_no_title(tmp_path: Path) -> None:
    """A blog's menu copied onto one line ("Home Blog About") over its date and headline."""
    lines = ["dana/holt", "Home Blog About", "dana@GitHub", "Nov 30, 2025", TITLE, *BODY, *FOOTER]
    article = dump_text(tmp_path, page_text(lines))
    assert article["title"] == TITLE


@pytest.mark.parametrize(
    ("line", "row"),
    [
        ("Home Blog About", True),
        ("HOME ABOUT Blog Book Contact", True),
        ("Search Home Contact", True),
        ("All About Home Insurance", False),  # (one menu entry's word: a headline)
        ("The Home Blog About Cooking", False),  # (a word no menu has beside them)
        ("Home Sweet Home: About the Blog", False),  # (punctuation: a title)
        ("Contact Us About Home Loans", False),
    ],
)
def test_menu_rows(line: str, row: bool) -> None:
    assert is_menu_row(line) is row


@pytest.mark.parametrize(
    ("line", "heading"),
    [
        ("No comments:", True),
        ("12 Comments", True),
        ("Post a Comment", True),
        ("Leave a comment", True),
        ("No comments.", False),  # (said in the story)
        ("Comments?", False),  # (asked)
    ],
)
def test_comments_headings(line: str, heading: bool) -> None:
    assert is_comments_heading(line) is heading


def test_a_headline_and_its_dek_stay_two_lines(tmp_path: Path) -> None:
    """Chrome sets a page's headline, dek, byline and date on lines of one block, and its
    paragraphs each on one long line; with many short lines of 30 to 100 characters around
    (a list of links), the text looked hard-wrapped and the dek was read as the title's
    second line."""
    title = "Council votes to rebuild the harbour bridge and both its piers"
    dek = "Introducing a plan to carry trams across the river by the end of the decade"
    head = "SubscribeSign in\n" + "\n".join([title, dek, "Dana Holt", "Dec 18, 2025", "Share"])
    paragraphs = [f"{BODY[n]} {BODY[n + 1]}" for n in range(0, 4)]  # (over 200 characters)
    links = [f"Walking tour number {n} of the old harbour district and its piers"
             for n in range(24)]
    text = head + "\n\n" + "\n\n".join(paragraphs) + "\n\nMore walks\n" + "\n".join(links) + "\n"
    article = dump_text(tmp_path, text)
    assert article["title"] == title


def test_a_wrapped_text_with_long_lines_stays_wrapped(tmp_path: Path) -> None:
    """A text hard-wrapped at 70 columns, its sentences going on into lines that start in
    lower case, with three long paragraphs pasted in unwrapped: its wrapped paragraphs are
    still joined."""
    wrapped = (
        "The harbour bridge was built in 1911 by the city engineers, who chose\n"
        "steel over stone because the river bed would not hold the weight of\n"
        "the granite piers that the first plans had drawn for the crossing."
    )
    pasted = [f"{BODY[n]} {BODY[n + 1]}" for n in range(0, 3)]  # (over 200 characters)
    text = "\n\n".join([wrapped] * 8 + pasted + [wrapped] * 8) + "\n"
    article = dump_text(tmp_path, text)
    assert " ".join(wrapped.split("\n")) in body_texts(article)


@pytest.mark.parametrize(
    ("byline", "published"),
    [
        ("BY DANA HOLTPUBLISHED: JAN 29, 2025", "2025-01-29"),
        ("DANA HOLTLAST UPDATED NOV 6, 2025", "2025-11-06"),
        ("BY DANA HOLTUPDATED: DEC 19, 2025 1:06 PM EST", "2025-12-19"),
    ],
)
def test_a_byline_in_capitals_run_on_to_its_date(
    tmp_path: Path, byline: str, published: str
) -> None:
    """A page that sets its byline in capitals (CSS ``text-transform``), its name and its
    date's label in elements side by side: Chrome copies them as one word ("HOLTPUBLISHED")."""
    article = dump_text(tmp_path, page_text([*MENU, TITLE, byline, *BODY, *FOOTER]))
    assert article["authors"] == ["Dana Holt"]
    assert article["published"] == published


def test_two_headings_after_a_short_article_end_it(tmp_path: Path) -> None:
    """A short press release, then "Comments" right over "ALSO IN THE NEWS" and other
    stories' cards (a section's label, a headline, a summary; their dates not copied): the
    cards' words outnumber the article's, but two such headings in a row end it."""
    cards = []
    for n, story in enumerate(["ferry timetable", "lighthouse repairs", "harbour festival",
                               "fish market", "sailing school", "tide gauge", "pier lights"]):
        cards += ["FRONT PAGE", f"Changes to the {story} announced",
                  f"THE HARBOUR BOARD said on Monday that the {story} would change from"
                  f" November, after {n + 2} months of talks with the traders and residents."]
    lines = [*MENU, TITLE, "December 19, 2025", *BODY, "Comments", "ALSO IN THE NEWS", *cards,
             *FOOTER]
    article = dump_text(tmp_path, page_text(lines))
    assert body_texts(article) == BODY


def test_a_headline_under_its_date_after_a_menus_blurbs(tmp_path: Path) -> None:
    """A site's menu whose entries each have a sentence under them, then the post's reading
    time and date over its headline (nothing under it but its tags): the headline with its
    date right above it is where the article starts, not the menu's first blurb."""
    blurbs = []
    for entry, what in [("About us", "our team"), ("Careers", "open jobs"),
                        ("Events", "quay walks"), ("Press", "our news")]:
        blurbs += [entry, f"Learn about {what} and find out how to reach us."]
    more = [f"Survey number {n} of the {part} found that its {what} had worn thinner than the"
            " engineers expected, and the council asked for a report before the spring."
            for n, (part, what) in enumerate([("north pier", "stones"), ("south pier", "iron"),
                                              ("deck", "planks"), ("railings", "paint"),
                                              ("lamps", "wiring"), ("steps", "concrete"),
                                              ("gates", "hinges"), ("drains", "pipes")])]
    lines = [*MENU, *blurbs, "Blog", "7 min read", "May 06, 2025", TITLE,
             "Bridges   Council", *BODY, *more, *FOOTER]
    article = dump_text(tmp_path, page_text(lines))
    assert article["title"] == TITLE
    assert article["published"] == "2025-05-06"


def test_a_copy_of_short_paragraphs_is_not_read_as_wrapped(tmp_path: Path) -> None:
    """A post of short paragraphs, one line each, few of them near one width: its dek near
    that width looked wrapped and was joined with the author's name under it ("...
    environment. Dana Holt"), and that line taken for the title."""
    dek = "Cloud as a coordination layer. The harbour as its execution environment."
    head = "\n".join(["SubscribeSign in", TITLE, dek, "Dana Holt", "Dec 19, 2025", "Share"])
    short = [f"The {part} will be rebuilt in stage {n}."
             for n, part in enumerate(["deck", "north pier", "south pier", "railings", "lamps",
                                       "steps", "gates", "drains", "cables", "arches", "quay",
                                       "ramp", "tower", "crane", "lock", "weir", "slip"])]
    longer = [f"The {part} of the old harbour bridge will be rebuilt once the divers are done."
              for part in ("west span", "east span", "toll house", "signal box")]
    text = head + "\n\n" + "\n\n".join(short + longer) + "\n"
    article = dump_text(tmp_path, text)
    assert article["title"] == TITLE
    assert article["authors"] == ["Dana Holt"]
