"""A page that lists other pages (a front page, a tag, section or search page) reads as its
entries: each headline a link to follow, its teaser and date under it, without the menu;
an article with a "related stories" list stays the article."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.clean.html.listing import read_listing
from reader.clean.html.pipeline import parse_html
from reader.engine.pipeline import extract
from reader.sources.load import RawDocument

PAGES = Path(__file__).parents[1] / "fixtures" / "index_pages"
SITE = "https://news.example.com/"


def read(name: str, url: str = SITE, text: str | None = None):  # type: ignore[no-untyped-def]
    html = text if text is not None else (PAGES / name).read_text(encoding="utf-8")
    return extract(RawDocument(html, url, "text/html", url=url), people=False)


def headings(article) -> list[str]:  # type: ignore[no-untyped-def]
    return [block.text for block in article.blocks if block.type == "heading"]


def test_a_front_page_reads_as_its_twenty_headlines_each_a_link() -> None:
    article = read("front_page.html")
    shown = headings(article)
    assert len(shown) == 20
    assert shown[:2] == ["Harbour reopens after two-year repair", "River faces budget shortfall"]
    assert [link.text for link in article.links] == shown  # one link each, in page order
    assert article.links[0].href == "https://news.example.com/news/2026/03/harbour-reopens-0/"
    for link in article.links:
        assert article.text[link.start : link.end] == link.text
    for menu in ("Sport", "Weather", "Privacy policy", "Share on Facebook", "cookies", "©"):
        assert menu not in article.text
    assert "The river story in brief" in article.text and "2 March 2026" in article.text
    assert article.published is None and article.authors == ()  # a card's date is not its


def test_a_tag_page_lists_its_posts_with_their_dates_and_teasers() -> None:
    article = read("tag_page.html", "https://blog.example.org/tag/walks/")
    shown = headings(article)
    assert len(shown) == 12 and shown[0] == "Notes on the school: reopens after two-year repair"
    first = [block.text for block in article.blocks[:4]]
    assert first[0].startswith("Every walk I have written up")  # the tag's description
    assert first[0].endswith("a map of them all for anyone who wants to follow.")
    assert first[2] == "Posted on 1 May 2025 by Ada Moss"
    assert first[3].startswith("A short look at the school")
    assert "Older posts" not in article.text and "Categories" not in article.text
    assert article.authors == ()


def test_a_search_result_list_reads_as_its_results() -> None:
    article = read("search_results.html", "https://docs.example.net/search?q=configuration")
    assert len(headings(article)) == 10
    assert article.links[0].href == "https://docs.example.net/guide/council.html"
    assert "How to set up the council module" in article.text


def test_a_page_of_teasers_shows_its_headlines_not_only_their_teasers() -> None:
    article = read("sections_page.html")
    assert headings(article)[0] == "New bus routes for the east side"
    assert len(article.links) == 5 and "Weather" not in article.text


def test_an_article_with_a_related_list_stays_the_article() -> None:
    article = read("article_with_related.html", SITE + "news/2026/03/harbour-wall/")
    assert article.authors == ("Jess Penrose",)
    assert "Lifeboat station appeal passes its target" not in headings(article)
    paragraphs = [block.text for block in article.blocks if block.type == "paragraph"]
    assert len(paragraphs) >= 8 and paragraphs[0].startswith("The harbour wall that has")


def test_a_page_calling_itself_an_article_is_never_a_listing() -> None:
    html = (PAGES / "front_page.html").read_text(encoding="utf-8")
    assert read_listing(parse_html(html), SITE) is not None
    html = html.replace('content="website"', 'content="article"')
    assert read_listing(parse_html(html), SITE) is None
    assert read("", text=html).blocks[0].type == "image"  # readability's reading, as before


@pytest.mark.parametrize("count", [2, 4])
def test_a_few_headlines_in_a_short_page_are_no_listing(count: int) -> None:
    cards = "".join(
        f'<div class="card"><h3><a href="/news/story-{n}/">Story number {n} of the day</a></h3>'
        f"<p>Its teaser.</p></div>" for n in range(count))
    html = f"<html><head><title>A page</title></head><body><main>{cards}</main></body></html>"
    assert read_listing(parse_html(html), SITE) is None
    assert "Its teaser." in read("", text=html).text


def test_hostile_headlines_reach_the_article_clean() -> None:
    cards = "".join(
        f'<li><h2><a href="/p/{n}/">Headline \x1b[31m{n} [bold]red[/bold] and \x1b]8;;x\x07 more'
        f"</a></h2><p>Teaser \x1b[2J{n} with [link=x]markup[/link] in it.</p></li>"
        for n in range(6))
    html = f"<html><head><title>Hostile</title></head><body><ul>{cards}</ul></body></html>"
    article = read("", text=html)
    assert len(headings(article)) == 6
    assert "\x1b" not in article.text and "\x07" not in article.text
    assert "[bold]red[/bold]" in article.text  # shown as words, never read as markup


def test_an_article_with_thirty_related_stories_stays_the_article() -> None:
    html = (PAGES / "article_with_related.html").read_text(encoding="utf-8")
    more = "".join(
        f'<li class="related-item"><h4><a href="/news/2026/02/more-{n}/">Another story from'
        f" the coast, number {n}</a></h4><p>Its teaser, a line of words about it.</p></li>"
        for n in range(30))
    html = html.replace("</ul></section>", more + "</ul></section>")
    assert read_listing(parse_html(html), SITE + "news/2026/03/harbour-wall/") is None
    article = read("", SITE + "news/2026/03/harbour-wall/", text=html)
    assert article.text.startswith("The harbour wall that has sheltered")


@pytest.mark.parametrize("where", ["middle", "start"])
def test_an_article_with_a_link_in_every_paragraph_stays_the_article(where: str) -> None:
    def paragraph(n: int) -> str:
        link = f'<a href="/notes/{n}/on-the-wall">the notes on part {n}</a>'
        words = "of the harbour wall were read aloud at the meeting, and the members asked"
        if where == "start":
            return f"<p>{link} {words} many questions about the cost and the plan.</p>"
        return f"<p>At the meeting, {link} {words} many questions about the cost.</p>"

    html = ("<html><head><title>The wall</title></head><body><article>"
            + "".join(paragraph(n) for n in range(12)) + "</article></body></html>")
    assert read_listing(parse_html(html), SITE) is None
    assert all(block.type == "paragraph" for block in read("", text=html).blocks)


def test_a_story_holding_one_link_beside_a_grid_of_topics_stays_the_story() -> None:
    story = "".join(
        f"<p>Paragraph {n} of the story: the council met on Tuesday and argued late into the"
        f" night about the budget, the schools and the long-delayed harbour repairs.</p>"
        for n in range(8))
    topics = "".join(
        f'<div class="topic"><a href="/topics/topic-{n}/">Health and fitness topic {n}</a></div>'
        for n in range(8))
    html = (f"<html><head><title>The budget</title></head><body><article><h1>The budget</h1>"
            f'{story}<p><a href="/join/now">Start your free trial today</a></p></article>'
            f'<div class="topics">{topics}</div></body></html>')
    assert read_listing(parse_html(html), SITE) is None  # (an entry is short: not the story)
    assert read("", text=html).text.startswith("Paragraph 0 of the story")
