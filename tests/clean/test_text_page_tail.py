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
