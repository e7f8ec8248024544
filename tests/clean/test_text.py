"""The plain-text cleaner: paragraphs, consent regions, page furniture, head, pull quotes."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from reader.article.model import Article
from reader.clean.byline import (
    is_date_line,
    parse_byline,
    parse_date,
    split_credit,
    split_glued_byline,
)
from reader.clean.text.consent import consent_mask, is_consent_label, is_consent_text
from reader.clean.text.junk import copyright_owner, is_nav_line, is_newsletter, junk_mask
from reader.clean.text.layout import split_units, wrap_width
from reader.clean.text.pipeline import clean_plain_text
from reader.clean.text.quotes import attribution_text, find_pull_quotes
from reader.clean.text.region import MAX_PAGE_UNITS
from reader.engine.pipeline import assemble

FIXTURES = Path(__file__).parents[1] / "fixtures" / "text"
COOKIE = re.compile(r"cookie|accept all|reject all|manage preferences|do not sell|checkbox", re.I)


def _article(name: str) -> Article:
    return assemble(clean_plain_text((FIXTURES / name).read_text(encoding="utf-8")))


def _flat(text: str) -> str:
    return " ".join(text.split())


def _dump_text(article: Article) -> str:
    parts = [article.title, article.subtitle or "", *article.authors, article.site or ""]
    parts += [block.text for block in article.blocks]
    parts += [quote.text + " " + (quote.attribution or "") for quote in article.pull_quotes]
    return "\n".join(parts)


# --- whole fixtures -------------------------------------------------------------------------


def test_consent_on_top_hard_wrapped_with_masthead_and_dashed_pull_quote() -> None:
    article = _article("consent-top-wrapped.txt")
    assert article.title == "Riverton Tells Residents to Stop Drinking Tap Water"
    assert article.subtitle == (
        "Tests found bacteria in the city's reservoir for the third time in two years."
    )
    assert article.authors == ("Jane Doe", "Li Wei")
    assert article.published == "2015-03-04"
    assert article.site == "The Harbor Gazette"
    kinds = [block.type for block in article.blocks]
    assert kinds == [
        "paragraph", "paragraph", "paragraph", "paragraph", "list",
        "paragraph", "heading", "paragraph", "paragraph",
    ]
    # Hard-wrapped lines are joined into whole paragraphs.
    assert article.blocks[0].text.startswith("RIVERTON, Ohio — Health officials")
    assert article.blocks[0].text.endswith("the third such warning in two years.")
    assert "\n" not in article.blocks[0].text
    assert article.blocks[4].items[0] == "Riverton High School, 200 Main Street"
    assert len(article.blocks[4].items) == 4
    # the box about the writer under the article is the page's (as the references of 62 of
    # the 74 dev copies that have one say): it goes
    assert not any("Jane Doe covers health" in block.text for block in article.blocks)
    (quote,) = article.pull_quotes
    assert quote.text == "The levels we found are low, but the trend is what worries us."
    assert quote.attribution == "Dr. Amara Osei, state epidemiologist"
    assert quote.text in article.blocks[quote.block].text
    text = _dump_text(article)
    assert not COOKIE.search(text)
    for junk in ("Skip to main content", "Advertisement", "Share on", "Tags:", "Related",
                 "Join the discussion", "Boil-water notices", "Subscribe", "Sign in"):
        assert junk not in text, junk


def test_consent_in_the_middle_long_lines_plain_attribution() -> None:
    article = _article("consent-middle.txt")
    assert article.title == "Bridge Closure Leaves Commuters Stranded on Both Banks"
    assert article.subtitle is None
    assert article.authors == ("Carlos Mendes",)
    assert article.published == "2015-01-06"
    assert len(article.blocks) == 6
    assert article.blocks[2].text.startswith("Gov. Maria Alvarez said the state would pay")
    assert article.blocks[3].text.startswith("Engineers said the cracks")
    (quote,) = article.pull_quotes
    assert quote.attribution == "Gov. Maria Alvarez"
    assert quote.block == 2
    text = _dump_text(article)
    assert not COOKIE.search(text)
    assert "Privacy Preference Center" not in text
    assert "Confirm My Choices" not in text
    assert not any(block.text == "X" for block in article.blocks)


def test_no_title_lines_hard_wrapped_consent_at_the_end() -> None:
    source = (FIXTURES / "no-title-wrapped.txt").read_text(encoding="utf-8")
    article = _article("no-title-wrapped.txt")
    assert article.title == "Untitled"
    assert article.authors == ()
    assert len(article.blocks) == 4
    assert article.blocks[0].text.startswith("I moved to the coast")
    assert article.blocks[-1].text.endswith("Everything I would miss is already here.")
    for block in article.blocks:
        assert _flat(block.text) in _flat(source)
    text = _dump_text(article)
    assert "newsletter" not in text
    for label in ("Clear", "checkbox label label", "Apply Cancel", "Back Button",
                  "Filter Button", "Leg.Interest"):
        assert label not in text, label
    assert not COOKIE.search(text)


def test_article_about_cookies_keeps_its_paragraphs() -> None:
    article = _article("cookie-law-article.txt")
    assert article.title == "Europe's Cookie Rules Finally Get Teeth"
    assert article.authors == ("Sophie Laurent",)
    assert article.published == "2023-06-12"
    texts = [block.text for block in article.blocks]
    assert len(texts) == 5
    assert texts[1].startswith("Cookie banners became common")
    assert texts[2].startswith("“If you can accept all cookies with one click")
    assert not any("By continuing to browse" in text for text in texts)
    assert not any(text in ("Accept Cookies", "Cookie Settings", "Share") for text in texts)


BANNER = [
    "We use cookies to personalise content and ads, to provide social media features and to "
    "analyse our traffic. We also share information about your use of our site with our "
    "social media, advertising and analytics partners.",
    "Accept all",
    "Reject All",
    "Manage preferences",
]
STORY = [
    "A Quiet Harbour Town Learns to Live With the Tourists",
    "By Nora Quinn",
    "The first coach arrives before nine, and by ten the narrow street down to the harbour is "
    "full of people photographing the same blue door.",
    "Residents are divided. Some run cafes and guesthouses that did not exist ten years ago; "
    "others say they can no longer park outside their own homes in the summer.",
    "The council has proposed a small charge for coaches, with the money going to repairs of "
    "the harbour wall, which was damaged in last winter's storms.",
]


@pytest.mark.parametrize("position", [0, 2, 3, 5])
def test_consent_removed_wherever_it_stands(position: int) -> None:
    paragraphs = STORY[:position] + BANNER + STORY[position:]
    article = assemble(clean_plain_text("\n\n".join(paragraphs)))
    assert article.title == STORY[0]
    assert article.authors == ("Nora Quinn",)
    assert [block.text for block in article.blocks] == STORY[2:]


@pytest.mark.parametrize("at_end", [False, True])
def test_consent_panel_at_either_end_of_a_book_goes(at_end: bool) -> None:
    chapters = [f"Chapter {n}. " + STORY[2 + n % 3] for n in range(MAX_PAGE_UNITS + 500)]
    paragraphs = chapters + BANNER if at_end else BANNER + chapters
    texts = [block.text for block in assemble(clean_plain_text("\n\n".join(paragraphs))).blocks]
    assert not any(COOKIE.search(text) for text in texts)
    assert len(texts) == len(chapters)


def test_a_books_middle_is_not_read_as_a_consent_panel() -> None:
    """Only a book's ends are looked at for a site's panel (a book of cookie words costs no
    more than a page); a passage in its middle is the book's own."""
    half = [f"Page {n}. " + STORY[2 + n % 3] for n in range(MAX_PAGE_UNITS)]
    texts = [
        block.text
        for block in assemble(clean_plain_text("\n\n".join(half + BANNER[:1] + half))).blocks
    ]
    assert BANNER[0] in texts
    page = STORY[:3] + BANNER[:1] + STORY[3:]
    assert BANNER[0] not in [b.text for b in assemble(clean_plain_text("\n\n".join(page))).blocks]


DECLARATION = [  # a consent panel's cookie declaration, as a page copies it
    "Necessary",
    "Always Enabled",
    "Necessary cookies are absolutely essential for the website to function properly. These "
    "cookies ensure basic functionalities and security features of the website, anonymously.",
    "cookielawinfo-checkbox-analytics 11 months This cookie is set by GDPR Cookie Consent "
    "plugin. The cookie is used to store the user consent for the cookies in the category.",
    "viewed_cookie_policy 11 months The cookie is set by the GDPR Cookie Consent plugin and is "
    "used to store whether or not user has consented to the use of cookies.",
    "_ga 2 years The _ga cookie, installed by Google Analytics, calculates visitor, session and "
    "campaign data and also keeps track of site usage for the site's analytics report.",
    "Functional",
    "Functional cookies help to perform certain functionalities like sharing the content of "
    "the website on social media platforms, collecting feedback, and other features.",
]


def test_a_cookie_declaration_goes_with_its_panel_and_an_article_on_cookies_stays() -> None:
    paragraphs = STORY + BANNER + DECLARATION
    article = assemble(clean_plain_text("\n\n".join(paragraphs)))
    assert [block.text for block in article.blocks] == STORY[2:]
    explainer = [  # an article's own words about session cookies and their kinds stay
        "The Session object persists cookies across requests 2 years after it was written.",
        "Functional cookies, the regulator said, are the ones a site cannot work without.",
    ]
    assert consent_mask(explainer) == [False, False]


# --- pieces ---------------------------------------------------------------------------------


def test_wrap_width_and_joining() -> None:
    wrapped = (
        "The quick brown fox jumps over the lazy dog and keeps on running through\n"
        "the field until the sun goes down behind the hills far away from the\n"
        "farm.\n"
        "\n"
        "A second paragraph starts here and it is also wrapped at seventy-two\n"
        "columns so that the cleaner has to put the lines back together again.\n"
    )
    assert wrap_width(wrapped.split("\n")) is not None
    units = split_units(wrapped)
    assert [u.text for u in units] == [
        "The quick brown fox jumps over the lazy dog and keeps on running through the field "
        "until the sun goes down behind the hills far away from the farm.",
        "A second paragraph starts here and it is also wrapped at seventy-two columns so that "
        "the cleaner has to put the lines back together again.",
    ]
    long_lines = "A" * 300 + "\n" + "B" * 300 + "\n" + "C" * 200 + "\nShort line"
    assert wrap_width(long_lines.split("\n")) is None
    assert len(split_units(long_lines)) == 4


def test_indented_paragraphs_and_hanging_indents_are_joined() -> None:
    """A change log's indented paragraph wraps at its own indentation; a list item's next line
    is indented to the item's text. A deeper line (code) or a new marker starts its own."""
    text = (
        "  Vim now ships with a defaults.vim file which, when the user has no vimrc,\n"
        "  enables some options that have historically been disabled by default.  This\n"
        "  is described in more detail at the help page for the defaults file.\n"
        "\n"
        "    let g:skip_defaults_vim = 1\n"
        "\n"
        "  - xgettext now recognizes and ignores 'env' invocations and environment\n"
        "    variable assignments in front of commands, which it did not before.\n"
        "  - A second item of the list that is long enough to wrap onto a new\n"
        "    line of its own as well, indented under its text like the first one.\n"
    )
    assert [u.text for u in split_units(text)] == [
        "Vim now ships with a defaults.vim file which, when the user has no vimrc, enables "
        "some options that have historically been disabled by default.  This is described in "
        "more detail at the help page for the defaults file.",
        "let g:skip_defaults_vim = 1",
        "- xgettext now recognizes and ignores 'env' invocations and environment variable "
        "assignments in front of commands, which it did not before.",
        "- A second item of the list that is long enough to wrap onto a new line of its own as "
        "well, indented under its text like the first one.",
    ]


def test_single_newline_paragraphs_of_copied_pages_stay_apart() -> None:
    text = (
        "This paragraph is long enough to be a paragraph of a copied web page, and it runs on "
        "well past any column a person would wrap text at, because browsers never wrap it.\n"
        "The next paragraph follows after only one newline, as pasted text often does, and it "
        "is just as long as the one before it, so it must not be glued onto it.\n"
        "And a third one, again a long line of running text with no blank line before it, "
        "which is how many pages come out of the clipboard."
    )
    assert len(assemble(clean_plain_text(text)).blocks) == 3


def test_glued_byline_and_caption_credit() -> None:
    text = (
        "Storm floods the old town. (Reuters/Jane Smith)\n\n"
        "Storm Floods the Old Town\n\n"
        "Water rose a metre overnight in the lower streets. By Ana Ruiz and Tom Baker\n\n"
        + STORY[2]
    )
    article = assemble(clean_plain_text(text))
    assert article.caption is not None
    assert article.caption.text == "Storm floods the old town."
    assert article.caption.credit == "Reuters/Jane Smith"
    assert article.title == "Storm Floods the Old Town"
    assert article.subtitle == "Water rose a metre overnight in the lower streets."
    assert article.authors == ("Ana Ruiz", "Tom Baker")
    assert [block.text for block in article.blocks] == [STORY[2]]


def test_byline_date_and_credit_parsers() -> None:
    assert parse_byline("By Molly O’Toole") == (["Molly O'Toole"], None)
    assert parse_byline("By Jane Doe, Staff Writer | Jan. 6, 2015") == (
        ["Jane Doe"], "2015-01-06"
    )
    assert parse_byline("By Reuters") is None
    assert parse_byline("Posted by Peter Bell on August 21, 2019") == (["Peter Bell"], "2019-08-21")
    assert parse_byline("By Ann Lee on 2019-08-21") == (["Ann Lee"], "2019-08-21")
    assert parse_byline("By John Onley") == (["John Onley"], None)
    assert parse_byline("By Mary Jane on the Road") is None
    assert parse_byline("Written by:Elise Nass") == (["Elise Nass"], None)  # (a copy's join)
    assert parse_byline("Bylines matter") is None
    assert parse_byline("By Wedding ChecklistsJust EngagedWedding Planning") is None  # a menu
    assert parse_byline("By Jeff VanderMeer") == (["Jeff VanderMeer"], None)
    assert parse_byline("By Kyle Howells 15 min read") == (["Kyle Howells"], None)
    assert parse_byline("By the time we arrived, the shop had closed.") is None
    assert parse_date("Published Tuesday, 6 January 2015 at 14:05 GMT") == "2015-01-06"
    assert parse_date("2021-02-30") is None
    assert split_glued_byline("He left. By then it was dark and everyone was gone.") is None
    assert split_credit("A man walks home. Photo: Jane Doe/AFP") == (
        "A man walks home.", "Photo: Jane Doe/AFP"
    )
    assert split_credit("He said (of course) nothing.") == ("He said (of course) nothing.", None)
    headline = "Docker Hardened Images: Security Independently Validated by SRLabs"
    assert split_credit(headline) == (headline, None)  # a headline's word, no credit's label
    # a date with its reading time beside it is a date line; a sentence holding both is not
    assert is_date_line("Jun 08, 2023 • 11 Minute Read")
    assert is_date_line("March 15, 2022 · 3 min read")
    assert not is_date_line("The 5 minute rule of March 3, 2025")


@pytest.mark.parametrize(
    ("line", "day"),
    [
        ("23.07.2025 · 6 min read", "2025-07-23"),  # day first with dots, as Europe writes it
        ("05.06.2024", "2024-06-05"),
        ("06.18.2025", "2025-06-18"),  # no 18th month: month first after all
        ("07/23/2025", "2025-07-23"),  # month first with slashes, as the meta parser reads it
        ("23/07/2025", "2025-07-23"),
        ("2025/07/23", "2025-07-23"),
        ("December 19. 2025", "2025-12-19"),
        ("v1.2.2020.3", None),  # a version, not a date
        ("call 555.12.2019", None),
        ("12/11-2014", None),
        ("Published on 2021-01-18T19:55", "2021-01-18"),  # ISO 8601 with its time run on
        ("Updated: 2025-04-28T17:45:15Z", "2025-04-28"),
        ("2025-04-28T17:45:15.120+01:00", "2025-04-28"),
        ("2021-01-18Tuesday", None),
        ('"order_date": "2025-12-18T17:02:12+08:00",', None),  # code's, in quotes
        ("Mar 27, 20255 mins", "2025-03-27"),  # a reading time a copy ran on
        ("Mar 27, 20251", None),
    ],
)
def test_numeric_dates_on_a_line(line: str, day: str | None) -> None:
    assert parse_date(line) == day
    assert is_date_line(line) == (day is not None)


def test_names_may_open_with_any_capital() -> None:
    assert parse_byline("By Çelik Nimani") == (["Çelik Nimani"], None)
    assert parse_byline("By Łukasz Nowak, Dec 19, 2025") == (["Łukasz Nowak"], "2025-12-19")
    assert parse_byline("By ßtrange wörds") is None


def test_consent_detection() -> None:
    assert is_consent_text(BANNER[0])
    assert not is_consent_text(STORY[2])
    assert not is_consent_text(
        "The regulator said websites must let users refuse cookies and tracking as easily "
        "as they accept them, a change privacy groups had sought for years."
    )
    for label in ("Accept all", "Reject All", "Manage preferences", "Confirm My Choices",
                  "Cookie List", "X", "Clear", "checkbox label label", "Apply Cancel",
                  "Back Button", "Filter Button", "Do Not Sell My Personal Information"):
        assert is_consent_label(label), label
    # A lone "X" far from any consent text is kept (a Roman numeral, say).
    assert consent_mask(["X", STORY[2], STORY[3]]) == [False, False, False]
    assert consent_mask([STORY[2], "X", BANNER[0], "Accept all"]) == [False, True, True, True]


def test_page_furniture() -> None:
    for line in ("Skip to main content", "Menu", "Search", "Subscribe", "Sign in",
                 "Advertisement", "Share on Facebook Share on Twitter", "Facebook Twitter Email"):
        assert is_nav_line(line), line
    assert not is_nav_line("Search teams worked through the night.")
    assert is_newsletter("Sign up for our newsletter to get the news in your inbox.")
    assert not is_newsletter(STORY[3])


def test_a_comment_form_is_furniture_and_a_line_naming_a_field_is_not() -> None:
    form = [
        "Leave a Reply",
        "Your email address will not be published. Required fields are marked *",
        "Comment *",
        "Name *",
        "Email *",
        "Save my name, email, and website in this browser for the next time I comment.",
        "Notify me of follow-up comments by email.",
        "Post Comment",
    ]
    prose = ["Name", "Your email address is the one thing the form asks for.", STORY[2]]
    assert junk_mask(form + prose) == [True] * len(form) + [False] * len(prose)


def test_attribution_lines() -> None:
    assert attribution_text("President Barack Obama") == ("President Barack Obama", False)
    assert attribution_text("— Dr. Amara Osei, state epidemiologist") == (
        "Dr. Amara Osei, state epidemiologist", True
    )
    assert attribution_text("Gen. John Kelly, Commander of U.S. Southern Command") is not None
    assert attribution_text("He went home.") is None
    # a change log's sign-off (an address, a time) credits no speaker
    sign_off = "-- James McCoy <jamessan@debian.org>  Tue, 04 Oct 2016 20:28:02 -0400"
    assert attribution_text(sign_off) is None
    assert attribution_text("the rest of the sentence continues here") is None


def test_footer_related_list_and_comments_dropped() -> None:
    text = "\n\n".join(
        [*STORY, "Related", "Council votes on coach charge", "Harbour wall repairs begin",
         "Comments", "Great article, thanks!", "I disagree with all of this."]
    )
    article = assemble(clean_plain_text(text))
    assert [block.text for block in article.blocks] == STORY[2:]


def test_pull_quote_after_a_blank_line_needs_a_close_repeat() -> None:
    quote = "Nobody is going to drive over a bridge that we are not sure about."
    body = (
        "Gov. Maria Alvarez said the state would pay for repairs. “Nobody is going to drive "
        "over a bridge that we are not sure about,” she said at a briefing on Monday."
    )
    other = "Engineers said the cracks were probably caused by years of salt and ice."
    text = "\n\n".join([body, quote, "Gov. Maria Alvarez", other])
    article = assemble(clean_plain_text(text))
    (pull,) = article.pull_quotes
    assert (pull.attribution, pull.block) == ("Gov. Maria Alvarez", 0)
    assert [block.text for block in article.blocks] == [body, other]
    # A short line that repeats nothing, then a name: both stay in the body.
    text = "\n\n".join([body, "The bridge will stay shut until the spring.", "Maria Alvarez",
                        other])
    article = assemble(clean_plain_text(text))
    assert article.pull_quotes == ()
    assert len(article.blocks) == 4


def test_a_call_to_action_is_no_pull_quote_and_a_repeated_quote_counts_once() -> None:
    body = (
        "Gov. Maria Alvarez said the state would pay for repairs. “Nobody is going to drive "
        "over a bridge that we are not sure about,” she said at a briefing on Monday."
    )
    offer = "Sign up and try Bridgewatch for 14 days free!"
    other = "Engineers said the cracks were probably caused by years of salt and ice."
    quote = "Nobody is going to drive over a bridge that we are not sure about."
    text = "\n\n".join(
        [body, offer, "Start Now", other, quote, "Gov. Maria Alvarez", offer, "Start Now",
         "Salt trucks will keep off the bridge until the repairs are done.", quote,
         "Gov. Maria Alvarez"]
    )
    article = assemble(clean_plain_text(text))
    assert [(pull.text, pull.attribution) for pull in article.pull_quotes] == [
        (quote, "Gov. Maria Alvarez")
    ]
    assert [block.text for block in article.blocks].count(offer) == 2


def test_reading_time_and_relative_dates_dropped() -> None:
    text = "\n\n".join([STORY[0], "By Nora Quinn", "Updated 3 hours ago", "5 min read",
                        *STORY[2:]])
    article = assemble(clean_plain_text(text))
    assert article.authors == ("Nora Quinn",)
    assert [block.text for block in article.blocks] == STORY[2:]


@pytest.mark.parametrize(
    ("line", "owner"),
    [
        ("© 2015 Defense One. All rights reserved.", "Defense One"),
        ("Copyright © 2024 The Harbor Gazette", "The Harbor Gazette"),
        ("Copyright (c) 2024 Jane Example", "Jane Example"),  # (a licence's: not "(c) 2024 …")
        ("Copyright Notice", None),  # a heading over the notice
        ("Copyright (c) 2026 the persons identified as the document authors.", None),
    ],
)
def test_a_copyright_line_names_its_owner(line: str, owner: str | None) -> None:
    assert copyright_owner(line) == owner


def test_a_licence_written_copyright_c_names_its_owner_alone(tmp_path: Path) -> None:
    from tests.cli_run import dump_text

    grant = (
        "Permission is hereby granted, free of charge, to any person obtaining a copy of this"
        " software, to deal in the Software without restriction, subject to the conditions."
    )
    text = f"MIT License\n\nCopyright (c) 2024 Jane Example\n\n{grant}\n\n{grant}\n"
    assert dump_text(tmp_path, text, "LICENSE")["site"] == "Jane Example"


def test_a_documents_copyright_notice_stays_in_its_body() -> None:
    prose = (
        "This memo describes how a kettle reports that its water has boiled, and it runs on "
        "for a sentence or two more so that it reads as the memo's prose."
    )
    notice = "Copyright (c) 2026 the persons identified as the document authors."
    more = "The rest of the memo says what a client does with the answer, at some length."
    article = clean_plain_text(f"Kettle Memo\n\n{prose}\n\nCopyright Notice\n\n{notice}\n\n{more}")
    texts = [text for _kind, text, _level in article.blocks]
    assert "Copyright Notice" in texts and notice in texts
    assert article.site is None


def test_the_last_two_items_of_a_list_are_no_quote_and_attribution() -> None:
    """A change log's last two entries under a version ("- Advertise support for Kettle 3.8."
    over "- Add Kettle 3.9 support ... [bug=1]") are no pull quote credited to the second
    line, even when the first repeats words of an earlier entry."""
    units = [
        "1.3.5 (2021-01-20)",
        "- Drop support for Kettle 3.2, 3.3, and 3.4.",
        "- Accept Unicode parameter values again when encoding on Kettle 2.",
        "1.3.4 (2020-04-29)",
        "- Advertise support for Kettle 3.8.",
        "- Add Kettle 3.9 compatibility by using the new parser  [bug=1870294]",
        "1.3.3 (2018-07-20)",
    ]
    joined = [False, False, True, False, False, True, False]
    assert find_pull_quotes(units, joined) == []
