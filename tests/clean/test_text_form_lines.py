"""A form's own lines under a copied article (a site builder's messages, a trap for robots)
are page furniture."""

from __future__ import annotations

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
