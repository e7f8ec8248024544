"""A copied page whose writer is named far from its title, by the page's one byline ("Written
by ..." in the author's box under the article); not by a list of other posts, a menu or a
reader's comment."""

from __future__ import annotations

from tests.clean.test_text_copied_head import SKILLET_BODY as BODY
from tests.cli_run import dump_json

TOP = "Skip to content\n\nHome\n\nRecipes\n\nSign in\n\nThe Best Cast Iron Skillets, Tested\n\n"
BOTTOM = "About us\n\nCareers\n\nPrivacy Policy\n\nTerms of Use\n\n© 2025 Skillet Co.\n"
MORE = "".join(  # (the article's own sections, so that its end stands far from its title)
    f"Skillet number {n}\n\nIt heated evenly, released eggs after a light seasoning and "
    f"came clean with hot water, and it weighed {n + 3} pounds in our test.\n\n"
    for n in range(1, 8)
)


def _authors(end: str) -> list[str]:
    page = f"{TOP}{BODY}\n\n{MORE}{end}{BOTTOM}"
    return dump_json("-", stdin=page.encode())["authors"]


def test_the_one_byline_in_the_authors_box_names_the_writer() -> None:
    assert _authors("Written by Dana Holt\n\nShare this article\n\n") == ["Dana Holt"]


def test_a_list_of_posts_by_one_writer_on_other_days_names_no_one() -> None:
    posts = (
        "October 28, 2025 by Dana Holt | Kitchen\n\n"
        "How to clean a skillet after a steak, with salt and a towel.\n\n"
        "September 30, 2025 by Dana Holt | Kitchen\n\n"
        "Why cast iron rusts, and what to do when it does.\n\n"
    )
    assert _authors(posts) == []


def test_a_menus_filter_that_reads_like_a_byline_names_no_one() -> None:
    menu = "By Event Type\n\nClasses\n\nTastings\n\nDinners\n\n"
    assert _authors(menu) == []


def test_a_commenters_byline_under_the_article_names_no_writer() -> None:
    thread = (
        "3 Comments\n\nLeave a Reply\n\nPosted by Sam Lee on March 3, 2025\n\n"
        "Great guide, my skillet finally stopped rusting.\n\nReply\n\n"
        "Jane Roe\n\nMarch 4, 2025 at 3:53 pm\n\nThanks for this!\n\nReply\n\n"
    )
    assert _authors(thread) == []
