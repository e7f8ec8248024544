"""Pages as WordPress and MediaWiki print them, read through ``reader dump``: a blog's
category archive with a few posts, its entries' "Continue reading" links and taxonomy
lines, a wiki's section links, a section named for its photographs and its highlighted
code's language."""

from __future__ import annotations

from pathlib import Path

import pytest
from lxml import html

from reader.clean.html.archive_pages import marked_as_post, names_itself_index
from reader.clean.html.entry_furniture import is_more_link, is_taxonomy_line
from tests.cli_run import body_texts, dump_json

PAGES = Path(__file__).parents[1] / "fixtures" / "blog_and_wiki"
HEADLINES = [
    "Lighthouse Keepers Return for the Summer",
    "Why the Tide Tables Were Late This Year",
    "Mapping the Old Smugglers' Caves",
]


def test_a_category_archive_of_three_posts_reads_as_their_headlines():
    """A page whose body calls it an archive, each entry marked as a post, lists its three
    posts: each headline a linked heading with its teaser under it."""
    article = dump_json(PAGES / "wordpress_category.html")
    headings = [b["text"] for b in article["body"] if b["type"] == "heading"]
    assert headings == HEADLINES
    assert [link["text"] for link in article["links"]] == HEADLINES
    assert article["published"] is None and article["authors"] == []
    texts = body_texts(article)
    assert texts[1].startswith("The two keepers arrived on the supply boat")


def test_an_entrys_continue_reading_link_and_taxonomy_line_stay_out():
    """Blog themes print "Continue reading <headline>" after the teaser and "Categorized as
    Coast Tagged keepers, lamps" under it: furniture, not the entry's words."""
    text = "\n".join(body_texts(dump_json(PAGES / "wordpress_category.html")))
    assert "Continue reading" not in text
    assert "Categorized as" not in text and "Tagged" not in text
    assert "Published June 3, 2025" in text


def test_a_wiki_section_named_photographs_keeps_its_heading():
    """MediaWiki sets "[edit]" beside each heading: "Photographs[edit]" is a section's
    heading, not a picture's credit line."""
    article = dump_json(PAGES / "mediawiki_article.html")
    headings = [b["text"] for b in article["body"] if b["type"] == "heading"]
    assert headings == ["Lamp", "Photographs", "History"]


def test_a_wikis_highlighted_code_keeps_its_language():
    """MediaWiki's SyntaxHighlight names the language "mw-highlight-lang-python"."""
    article = dump_json(PAGES / "mediawiki_article.html")
    (code,) = [b for b in article["body"] if b["type"] == "code"]
    assert code["language"] == "python"
    assert code["text"] == "def flashes(hours):\n    return hours * 900"


@pytest.mark.parametrize(("classes", "index"), [
    ("archive category category-news", True),
    ("home blog", True),
    ("search search-results", True),
    ("post-template-default single single-post", False),
    ("archive singular", False),
    ("page-template-default page", False),
])
def test_a_page_names_itself_an_index_by_its_body_classes(classes: str, index: bool):
    body = html.fromstring(f'<html><body class="{classes}"><p>x</p></body></html>').find("body")
    assert names_itself_index(body) is index


def test_an_entry_is_a_post_by_its_tag_or_class():
    assert marked_as_post(html.fromstring('<article><h2><a href="/a">A b c</a></h2></article>'))
    assert marked_as_post(html.fromstring('<li class="wp-block-post hentry"><h2>A</h2></li>'))
    assert marked_as_post(html.fromstring('<div><div class="h-entry"><h2>A</h2></div></div>'))
    assert not marked_as_post(html.fromstring('<li class="card"><h2>A b c</h2></li>'))


@pytest.mark.parametrize(("line", "taxonomy"), [
    ("Categorized as Harbour Life Tagged crews, nets, spring", True),
    ("Posted in News | Tagged boats", True),
    ("Filed under Coast", True),
    ("Posted in 2019, this film shows the harbour at night. It won a prize.", False),
    ("Tags are a way to find posts about the harbour and its boats.", False),
])
def test_a_taxonomy_line_is_labels_and_short_terms(line: str, taxonomy: bool):
    assert is_taxonomy_line(line) is taxonomy


@pytest.mark.parametrize(("text", "more"), [
    ("Continue reading Mapping the Caves", True),
    ("Read more »", True),
    ("Read more about the harbour's history", False),
    ("More stories from the coast", False),
])
def test_a_more_link_is_its_label_alone_or_with_the_headline(text: str, more: bool):
    assert is_more_link(text, "Mapping the Caves") is more
