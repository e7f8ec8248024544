"""A post's card of facts (its writers beside its date in a small box, often in a sidebar)
names the post's writers: ABlog's postcard, MkDocs Material's post sidebar."""

from __future__ import annotations

import time
from pathlib import Path

import lxml.html
import pytest

from reader.clean.meta.post_card import card_authors
from tests.cli_run import dump_json

BLOGS = Path(__file__).resolve().parents[1] / "fixtures" / "blog_engines"


@pytest.mark.parametrize("page", ["ablog_pydata_post.html", "material_blog_post.html"])
def test_the_cards_writers_are_the_posts(page: str) -> None:
    # ABlog's links to each writer's page; Material's avatars (a site without site_author)
    dump = dump_json(BLOGS / page)
    assert dump["authors"] == ["Ada Marsh", "Tom Reed"]
    assert dump["published"][:10] == "2024-04-03"
    assert "Ada Marsh" not in " ".join(block["text"] for block in dump["body"])


def _card(body: str) -> list[str]:
    return card_authors(lxml.html.document_fromstring(f"<html><body>{body}</body></html>"))


def test_a_card_needs_its_date() -> None:
    # a sidebar's list of the site's writers is no post's card
    writers = '<aside><h3>Our writers</h3><a href="/author/ada-marsh/">Ada Marsh</a></aside>'
    assert _card(writers) == []
    dated = '<aside><time>May 1</time><a href="/author/ada-marsh/">Ada Marsh</a></aside>'
    assert _card(dated) == ["Ada Marsh"]


def test_a_card_is_small() -> None:
    words = "<p>" + "word " * 100 + "</p>"
    page = f'<div><a href="/author/ada/">Ada Marsh</a>{words}<p>3 April 2024</p></div>'
    assert _card(page) == []


def test_a_picture_beside_words_is_no_avatar() -> None:
    page = '<div><span class="author">Ada <img alt="Tom Reed"></span> 3 April 2024</div>'
    assert _card(page) == []


def test_an_avatar_named_as_a_picture_names_no_one() -> None:
    page = (
        '<div><span class="author"><img alt="Jane Roe headshot"></span>'
        '<span class="author"><img alt="Site logo"></span> 3 April 2024</div>'
    )
    assert _card(page) == []


@pytest.mark.parametrize(
    "body",
    [
        '<div class="author">' + '<img alt="A B">' * 100_000 + "</div>",
        "<div>" + '<a href="/author/a">A</a>' * 100_000 + "</div>",
        '<div class="author">' + " <img alt='A B'> " * 50_000 + "</div>",
    ],
    ids=["avatars", "links", "avatars-apart"],
)
def test_many_marks_are_read_at_once(body: str) -> None:
    started = time.perf_counter()
    _card(body)
    assert time.perf_counter() - started < 2
