"""A link back to the site's list ("Back to posts", "← Back to Blog") over a copied post's
headline and its date is the site's, not the title; "Back to basics" may head a section."""

from __future__ import annotations

import pytest

from tests.clean.test_text_copied_head import FOOTER, SKILLET_BODY
from tests.cli_run import dump_json

_SITE = "Cory's Kitchen\n\nFeeds    Status updates    Mastodon\n\nPosts   Recipes   Search\n\n"
# (a first paragraph that has the link's words: "back", "posts")
_LEAD = (
    "I wrote about skillets in older posts, and I keep coming back to the same advice: heat "
    "the pan slowly and dry it at once.\n\n"
)


@pytest.mark.parametrize("back", ["Back to posts", "← Back to Blog", "Back to all articles"])
def test_a_link_back_to_the_list_is_no_title(back: str) -> None:
    head = f"{back}\n\nJune 6, 2021\n\nWhy I Cook on Cast Iron\n\n#cooking #iron\n\n{_LEAD}"
    article = dump_json("-", stdin=f"{_SITE}{head}{SKILLET_BODY}{FOOTER}".encode())
    assert article["title"] == "Why I Cook on Cast Iron"
    assert back not in [block["text"] for block in article["body"]]


def test_back_to_basics_heads_its_section() -> None:
    text = f"A Skillet Primer\n\n{SKILLET_BODY}\n\nBack to basics\n\n{SKILLET_BODY}"
    article = dump_json("-", stdin=text.encode())
    assert "Back to basics" in [block["text"] for block in article["body"]]
