"""A discussion page reads as its posts in order, each under a small heading naming its author
and date: a question and its answers, a forum thread, an issue and its comments; without
votes, badges, avatars, signatures, "share / report / reply" links or the sidebar. An article
with comments below stays the article."""

from __future__ import annotations

from pathlib import Path

from reader.clean.html.pipeline import parse_html
from reader.clean.html.thread import read_thread
from reader.engine.pipeline import extract
from reader.sources.load import RawDocument
from tests.cli_run import dump_json

PAGES = Path(__file__).parents[1] / "fixtures" / "threads"


def read(name: str, url: str = "https://forum.example.com/t/1", text: str | None = None):  # type: ignore[no-untyped-def]
    html = text if text is not None else (PAGES / name).read_text(encoding="utf-8")
    return extract(RawDocument(html, url, "text/html", url=url), people=False)


def headings(article) -> list[str]:  # type: ignore[no-untyped-def]
    return [block.text for block in article.blocks if block.type == "heading"]


def test_a_question_and_its_three_answers_read_post_by_post() -> None:
    article = read("qa_page.html", "https://answers.example.com/questions/4411/")
    assert headings(article) == [
        "Nina Okafor · Mar 2, 2024 at 10:15", "Ruth Adeyemi · Mar 2, 2024 at 10:21 · accepted",
        "Li Wei · Mar 3, 2024 at 8:02", "Sam Hale · Mar 5, 2024 at 17:40",
    ]
    kinds = [block.type for block in article.blocks]
    assert kinds.count("code") == 3 and "quote" in kinds and "list" in kinds
    text = article.text
    assert text.index("forty gigabytes") < text.index("already an iterator") < text.index("grep")
    for furniture in ("Up vote", "231", "1,204", "88.1k", "Share", "Improve this", "Flag",
                      "user avatar", "Related", "Hot Network", "bread collapse", "asked",
                      "answered", "python file-io", "CC BY-SA"):
        assert furniture not in text, furniture


def test_a_forum_thread_shows_six_posts_with_quotes_and_no_signatures() -> None:
    article = read("forum_thread.html")
    shown = headings(article)
    assert [line.split(" · ")[0] for line in shown] == [
        "crumbwise", "Hattie Marsh", "crumbwise", "Piotr Zielinski", "Hattie Marsh", "crumbwise"]
    assert shown[0] == "crumbwise · Tue Feb 10, 2026 7:02 pm"
    quotes = [block.text for block in article.blocks if block.type == "quote"]
    assert quotes == [
        "crumbwise wrote:\nsince Sunday it smells sharply of nail varnish remover and barely"
        " bubbles",
        "crumbwise wrote:\nShould I discard some before each feed, or keep all of it?",
    ]
    assert [block.type for block in article.blocks].count("list") == 1
    for furniture in ("Bread is a journey", "Twenty loaves", "Posts: 14", "Master baker",
                      "Report", "Quote", "Post Reply", "avatar", "Re: Sourdough", "Post by",
                      "Who is online", "Board index"):
        assert furniture not in article.text, furniture
    assert article.text.rstrip().endswith("Thank you both!")


def test_an_issue_reads_its_opening_post_then_its_comments() -> None:
    article = read("issue_page.html", "https://code.example.com/tidepool/tidepool/issues/318")
    assert headings(article) == ["jmbeck · Feb 2, 2026", "anaroz · Feb 3, 2026",
                                 "jmbeck · Feb 3, 2026", "anaroz · Feb 5, 2026"]
    assert article.blocks[1].text.startswith("Starting tidepool with an empty")
    assert article.blocks[2].type == "code"
    for furniture in ("👍", "Copy link", "Report content", "Member", "Contributor", "Watch 41"):
        assert furniture not in article.text, furniture


def test_an_article_with_twenty_comments_below_stays_the_article() -> None:
    url = "https://news.example.com/news/2026/03/harbour-wall/"
    html = (PAGES / "article_with_comments.html").read_text(encoding="utf-8")
    assert read_thread(parse_html(html)) is None
    article = read("", url, html)
    assert article.authors == ("Jess Penrose",)
    assert article.text.startswith("The harbour wall that has sheltered")
    assert "Alice Grant" not in article.text and "says:" not in article.text
    assert not headings(article)


def test_a_short_article_with_twenty_comments_below_stays_the_article() -> None:
    html = (PAGES / "article_with_comments.html").read_text(encoding="utf-8")
    start, end = html.index("<p>Work will begin"), html.index("</div></article>")
    html = html[:start] + html[end:]  # (one paragraph of the story left: under 150 words)
    assert read_thread(parse_html(html)) is None
    article = read("", "https://news.example.com/news/2026/03/harbour-wall/", html)
    assert article.text.startswith("The harbour wall that has sheltered")


def test_hostile_names_and_posts_reach_the_article_clean() -> None:
    posts = "".join(
        f'<div class="post"><a class="username" href="/u/{n}">Eve \x1b[31m{n} [bold]x[/bold]'
        f'</a><div class="content">Post \x1b]8;;http://x\x07 number {n} with [link=x]markup'
        f"[/link] in its words.</div></div>" for n in range(4))
    html = f"<html><head><title>A thread</title></head><body>{posts}</body></html>"
    article = read("", text=html)
    assert len(headings(article)) == 4
    assert "\x1b" not in article.text and "\x07" not in article.text
    assert "[bold]x[/bold]" in article.text  # shown as words, never read as markup


def test_two_replies_are_no_thread() -> None:
    posts = "".join(
        f'<div class="post"><a class="username" href="/u/{n}">Someone {n}</a>'
        f'<div class="content">A reply of several words, number {n}.</div></div>'
        for n in range(2))
    html = f"<html><head><title>A page</title></head><body>{posts}</body></html>"
    assert read_thread(parse_html(html)) is None


def test_the_dump_of_a_question_gives_each_post_its_heading() -> None:
    dumped = dump_json(str(PAGES / "qa_page.html"))
    heads = [block["text"] for block in dumped["body"] if block["type"] == "heading"]
    assert heads[0] == "Nina Okafor · Mar 2, 2024 at 10:15" and len(heads) == 4
    assert dumped["authors"] == ["Nina Okafor"]  # the question's author: the answerers below
    assert {person["name"]: person["role"] for person in dumped["people"]} == {
        "Nina Okafor": "author, 1 post", "Ruth Adeyemi": "1 post", "Li Wei": "1 post",
        "Sam Hale": "1 post"}


def test_a_page_of_unsigned_questions_and_answers_is_no_thread() -> None:
    items = "".join(
        f'<div itemscope itemprop="mainEntity" itemtype="https://schema.org/Question">'
        f'<h3 itemprop="name">Question {n} about the harbour?</h3>'
        f'<div itemscope itemprop="acceptedAnswer" itemtype="https://schema.org/Answer">'
        f'<p itemprop="text">The answer to question {n}, in a sentence or two of words.</p>'
        f"</div></div>" for n in range(4))
    html = ('<html><head><title>Harbour FAQ</title></head><body><main>'
            '<p>Everything visitors ask us about the harbour, answered in one place.</p>'
            f'<div itemscope itemtype="https://schema.org/FAQPage">{items}</div>'
            "</main></body></html>")
    assert read_thread(parse_html(html)) is None
    assert read("", text=html).text.startswith("Everything visitors ask us")


def test_a_story_made_like_its_comments_stays_the_article() -> None:
    html = (PAGES / "article_with_comments.html").read_text(encoding="utf-8")
    html = html.replace('class="story-body"', 'class="comment-content"').replace(
        "By Jess Penrose,", 'By <a class="author-url" href="/by/jess">Jess Penrose</a>,')
    assert read_thread(parse_html(html)) is None  # (its byline is not made like a comment's)
    article = read("", "https://news.example.com/news/2026/03/harbour-wall/", html)
    assert article.text.startswith("The harbour wall that has sheltered")
    assert "Alice Grant" not in article.text
