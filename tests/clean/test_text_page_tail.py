"""What stands under a copied article and is the page's: a form's own lines (a site builder's
messages, a trap for robots), and the other stories under a heading that says they follow."""

from __future__ import annotations

import pytest

from reader.clean.text.junk import is_end_heading
from tests.clean.test_text_copied_head import SKILLET_BODY as BODY
from tests.cli_run import dump_json


def test_a_forms_own_messages_under_a_copied_article_go() -> None:
    """A site builder's form messages and a trap for robots are no part of the article."""
    form = (
        "Join 10K+ people getting helpful guides in our newsletter.\n\n"
        "Don't worry, we'll never share your email with anyone.\n\n"
        "Thank you! Your submission has been received!\n\n"
        "Oops! Something went wrong while submitting the form.\n\n"
        "If you are a human, ignore this field\n"
    )
    page = f"The Best Cast Iron Skillets, Tested by Our Cooks\n\n{BODY}\n\n{form}"
    texts = " ".join(block["text"] for block in dump_json("-", stdin=page.encode())["body"])
    assert "Cast iron skillets outlast" in texts
    for line in ("never share your email", "submission has been received", "Oops!", "human"):
        assert line not in texts, line


@pytest.mark.parametrize(
    "heading",
    [
        "You may be interested in the following topics as well",
        "Other articles you may find interesting",
        "Browse all Blog Articles",
    ],
)
def test_other_reading_told_in_other_words_ends_the_article(heading: str) -> None:
    """A heading that says other stories follow, in words no list holds, ends the article:
    the teasers under it go."""
    teasers = (
        "How Dutch ovens compare\n\n"
        "Is a Dutch oven the right pot for your kitchen? We compared six over a winter of "
        "braises, breads and stews, and weighed their costs, their lids and their handles.\n"
    )
    page = (
        "Skip to content\n\nHome\n\nSign in\n\n"
        "The Best Cast Iron Skillets, Tested by Our Cooks\n\nBy Dana Holt\n\n"
        f"{BODY}\n\nDana Holt writes about kitchens and the tools in them.\n\n"
        f"{heading}\n\n{teasers}"
    )
    texts = " ".join(block["text"] for block in dump_json("-", stdin=page.encode())["body"])
    assert "Cast iron skillets outlast" in texts
    assert "Dutch oven" not in texts


def test_a_heading_that_promises_more_of_the_article_ends_nothing() -> None:
    assert is_end_heading("You may also like")
    assert not is_end_heading("You will love this skillet")
    assert not is_end_heading("Other skillets we tested")


def test_comments_asked_in_a_quoted_letter_end_nothing() -> None:
    """"Comments?" closing a letter the article quotes, late in the page, is a question, not
    the heading of a comment thread: the article goes on under it. "Comments" ends it."""
    *most, last = BODY.split("\n\n")
    letter = (
        "I sent the notes to the list that night:\n\n"
        "Note that I don't plan to commit this until I am done with the others.\n\n"
        "Comments?\n\n"
    )
    after = "The reply came a week later, and the notes went in with two small changes.\n\n"
    head = "The Best Cast Iron Skillets, Tested by Our Cooks\n\n"
    page = head + "\n\n".join(most) + f"\n\n{letter}{after}{last}\n"
    texts = " ".join(block["text"] for block in dump_json("-", stdin=page.encode())["body"])
    for kept in ("Cast iron skillets outlast", "don't plan to commit", "The reply came a week",
                 "We also weighed"):
        assert kept in texts, kept
    assert not is_end_heading("Comments?") and not is_end_heading("Comments? Rants?")
    assert is_end_heading("Comments") and is_end_heading("Was this page helpful?")


def test_other_stories_cut_off_with_an_ellipsis_go_under_a_short_article() -> None:
    """Two groups of cards of other stories (section, headline, byline, date, a summary cut
    off with "..."), a section's label between them, more words together than the short
    article above them: they go. A summary cut off mid-sentence is an excerpt of another page,
    never the page's own list."""
    card = (
        "{section}\n\nCouncil {n} approves the new harbour wall\n\nWebmaster\n\n"
        "December 19, 2025\n\n"
        "THE TOWN COUNCIL number {n} voted on Tuesday to build a new wall along the harbour, "
        "after a winter of storms that flooded the fish market twice and closed the ferry "
        "landing for a week while the engineers of the port checked the old stones and the "
        "piers one by one for...\n"
    )
    cards = "\n".join(card.format(section="Front Page", n=n) for n in range(1, 5))
    more = "\n".join(card.format(section="News", n=n) for n in range(5, 9))
    page = (
        "Skip to content\n\nHome\n\nNews\n\n"
        "The Best Cast Iron Skillets, Tested by Our Cooks\n\nDecember 19, 2025\n\n"
        f"{BODY}\n\nOur favourite, a plain pan from a small foundry in Ohio, costs less than "
        "half of the dearest one and cooked better than all the others after a month.\n\n"
        f"{cards}\nNews\n\n{more}\nSubscribe Now\n"
    )
    texts = " ".join(block["text"] for block in dump_json("-", stdin=page.encode())["body"])
    assert "Cast iron skillets outlast" in texts and "season before it cooked" in texts
    assert "harbour" not in texts and "Webmaster" not in texts


_MENU = "Skip to content\n\nHome\n\nReviews\n\nKitchen\n\nSign in\n\n"
_TITLE = "The Best Cast Iron Skillets, Tested by Our Cooks\n\nBy Dana Holt\n\n"
_MORE = (
    "Enamelled pans cost more and need no seasoning, but their coating chips when they are "
    "dropped, and a chipped pan should not go back on the heat.\n\n"
    "Carbon steel pans are lighter than cast iron and season the same way, which makes them "
    "the choice of many restaurant cooks who toss food over a high flame.\n\n"
    "Whatever you buy, dry the pan on a low flame after washing it and wipe a few drops of "
    "oil over it while it is still warm, so that rust never gets a start.\n\n"
    "Our testers still reach for the heaviest pans for cornbread, because an even, slow heat "
    "gives a crust that lighter pans could not match in a single test.\n\n"
    "Older pans from flea markets clean up well with a scrub and a new seasoning, and several "
    "of them beat new pans on our scales and in our kitchens.\n\n"
    "Handles matter more than we expected: a long handle keeps a hand away from the heat, "
    "and a helper handle on the far side makes a full pan safe to lift.\n\n"
    "Lids are sold apart for most pans, and a glass lid lets you watch a braise without "
    "letting the steam out, though it adds weight to an already heavy pan.\n\n"
    "Price told us little: two of the cheapest pans cooked as well as the dearest, once their "
    "rough surfaces had taken a few coats of seasoning and a month of use.\n\n"
    "Sizes matter too: a ten-inch pan suits two people, while a twelve-inch pan feeds a "
    "family but crowds a small burner and heats unevenly at its rim.\n\n"
    "Every pan here went through the dishwasher once, against the makers' advice, and all "
    "of them came back to life after an hour in the oven with a thin coat of oil."
)
# a site's footer whose blurbs outweigh the labels between them: read on their own weights,
# the article's run reached the page's last line
_BLURB_FOOTER = (
    "Holt Kitchen\n\nSupport Our Test Kitchen\n\n"
    "Our cooks buy every pan they test, and readers like you keep the kitchen running, "
    "so please consider a gift to the test kitchen fund this year.\n\n"
    "Make a Gift\n\nGet Our Newsletter\n\n"
    "A weekly letter from our cooks with the best new tools, recipes and kitchen tips, "
    "all tested before we tell you about them.\n\n"
    "Sign up\n\nAbout Us\n\nContact\n\nCareers\n\nAccessibility\n\n"
    "Copyright © 2025 Holt Kitchen Media\n\nTerms of Use\n\n"
    "The contents of this website are for general information only and are not meant to "
    "replace the advice of a professional; always read the manufacturer's care instructions "
    "before you season, heat or clean a cast iron pan, and never leave a hot pan alone on "
    "the stove.\n"
)


def test_a_footer_with_blurbs_under_a_copied_article_goes() -> None:
    """A page's footer whose blurbs (a call for gifts, a newsletter's pitch, a disclaimer
    under "Terms of Use") outweigh its labels goes with them; the article stays whole."""
    page = f"{_MENU}{_TITLE}{BODY}\n\n{_MORE}\n\n{_BLURB_FOOTER}"
    texts = " ".join(block["text"] for block in dump_json("-", stdin=page.encode())["body"])
    assert "Cast iron skillets outlast" in texts and "came back to life" in texts
    for line in ("test kitchen fund", "Get Our Newsletter", "weekly letter", "Careers",
                 "Copyright", "general information only"):
        assert line not in texts, line


def test_a_closing_section_of_prose_above_such_a_footer_stays() -> None:
    """Prose under a label near the end ("Conclusions") is the article's: the footer looked
    for inside the run holds at most 150 words of prose, and stops at it."""
    closing = (
        "Conclusions\n\n"
        "Every skillet we kept cooked well after a month, and the differences between them "
        "came down to weight, handles and how patient you are with seasoning a new pan, which "
        "matters more than any maker's claims about a factory coat of oil, a polished surface "
        "or a lifetime guarantee printed on the box.\n\n"
        "If you buy only one, choose the pan you can lift with one hand when it is full, "
        "because the pan you enjoy lifting is the one you will reach for on a weeknight, and a "
        "pan that stays in the cupboard seasons nothing, however well it scored in our tests "
        "of searing, baking and frying over a month.\n\n"
        "Sources\n\nSkillet Makers Guild\n\nThe Cast Iron Collectors Club\n\n"
    )
    tests = "".join(
        f"On day {day} of the test the {pan} pan seared {food}, and our cooks noted how "
        f"evenly it browned, how long it held its heat and how much oil it drank.\n\n"
        for day, pan, food in zip(
            range(2, 14),
            ("Lodge", "Field", "Smithey", "Stargazer", "Finex", "Victoria", "Butter", "Lancaster",
             "Marquette", "Borough", "Griswold", "Wagner"),
            ("steaks", "trout", "tofu", "pork chops", "scallops", "mushrooms", "chicken thighs",
             "halloumi", "lamb", "salmon", "potatoes", "onions"),
            strict=True,
        )
    )  # (a long article: the footer's prose bound is what stops the search, not its length)
    page = f"{_MENU}{_TITLE}{BODY}\n\n{_MORE}\n\n{tests}{closing}{_BLURB_FOOTER}"
    texts = " ".join(block["text"] for block in dump_json("-", stdin=page.encode())["body"])
    for kept in ("Conclusions", "Every skillet we kept", "the pan you can lift"):
        assert kept in texts, kept
    assert "weekly letter" not in texts


def test_a_directory_of_short_entries_is_no_footer() -> None:
    """A directory (names, services, addresses, telephone numbers: half its lines are
    labels, as a menu's are) under a short introduction is the article, all of it, above a
    site's footer: no footer is looked for inside a page's last lines that the article's
    run did not reach (looked for there, its last entries went)."""
    entries = "".join(
        f"{name} Counseling Center\n\n{number} Market Street\n\n(415) 555-01{number % 100:02d}\n\n"
        "Psychotherapy\n\n"
        for number, name in enumerate(
            ("Harbor", "Mission", "Sunset", "Richmond", "Presidio", "Bayview", "Excelsior",
             "Marina", "Castro", "Potrero", "Ingleside", "Parkside"),
            start=101,
        )
    )
    page = (
        f"{_MENU}Low-Cost Counseling in the City\n\n"
        "This list of counseling centers that charge by income is offered as a resource "
        "for students; being on it is no endorsement by the university or its clinic.\n\n"
        "Insurance may not be accepted at every center, so call ahead and ask about the fees "
        "before your first visit, and bring proof of income if you have it.\n\n"
        f"{entries}About Us\n\nContact\n\nPrivacy Policy\n\nTerms of Use\n\n"
        "Copyright © 2025 City University\n"
    )
    texts = " ".join(block["text"] for block in dump_json("-", stdin=page.encode())["body"])
    for kept in ("Harbor Counseling Center", "Marina Counseling Center", "Parkside Counseling"):
        assert kept in texts, kept


def test_the_last_section_over_a_short_footer_stays() -> None:
    """A heading over its paragraph, the article's last section, is no footer's start,
    though a footer of four labels under it makes the page's last lines mostly labels."""
    sections = "".join(
        f"{heading}\n\n{text}\n\n"
        for heading, text in (
            ("Why Seasoning Matters", "Seasoning is oil baked onto the iron until it turns "
             "hard, dark and smooth, and it keeps the pan from rusting between meals."),
            ("Cleaning After Cooking", "Rinse the pan with hot water while it is warm, scrub "
             "off what sticks with coarse salt, and dry it over a low flame."),
        )
    )
    page = (
        f"{_MENU}How to Season Cast Iron Skillets\n\n{BODY}\n\n{sections}"
        "About us\n\nCareers\n\nTerms of Use\n\n© 2025 Skillet Co.\n"
    )
    texts = [block["text"] for block in dump_json("-", stdin=page.encode())["body"]]
    assert "Cleaning After Cooking" in texts
    assert any(text.startswith("Rinse the pan") for text in texts)
