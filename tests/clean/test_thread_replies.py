"""A thread's replies read under their depth ("↳" a level, a heading a level further down),
its accepted answer marked, its JSON-LD statement used (to find its posts, or to name and
date the posts that show neither); its byline its starter, its posters counted in its
people; an article with a comment tree below stays the article."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from reader.clean.html.pipeline import parse_html
from reader.clean.html.thread import read_thread
from reader.engine.pipeline import extract
from reader.sources.load import RawDocument
from tests.cli_run import dump_json

PAGES = Path(__file__).parents[1] / "fixtures" / "threads"


def read(name: str, text: str | None = None, people: bool = False):  # type: ignore[no-untyped-def]
    url = "https://forum.example.com/t/1"
    html = text if text is not None else (PAGES / name).read_text(encoding="utf-8")
    return extract(RawDocument(html, url, "text/html", url=url), people=people)


def headings(article) -> list[tuple[str, int]]:  # type: ignore[no-untyped-def]
    return [(block.text, block.level) for block in article.blocks if block.type == "heading"]


def test_a_comment_tree_shows_each_reply_under_its_depth() -> None:
    article = read("reply_tree.html")
    assert headings(article) == [
        ("oakleaf · Jan 4, 2026", 4), ("↳ marguerite_v · Jan 4, 2026", 5),
        ("↳↳ oakleaf · Jan 4, 2026", 6), ("↳ dovetail_dan · Jan 4, 2026", 5),
        ("Wren_Calloway · Jan 5, 2026", 4), ("↳ oakleaf · Jan 5, 2026", 5),
    ]
    text = article.text
    assert text.index("number four smoothing") < text.index("Seconding") < text.index(
        "granite") < text.index("learn to sharpen") < text.index("A block plane")
    for furniture in ("permalink", "report", "41 points", "About this community"):
        assert furniture not in text, furniture


def test_a_nested_list_of_comments_reads_its_replies_under_their_depth() -> None:
    article = read("comment_list.html")
    assert [text for text, _level in headings(article)] == [
        "Ines Varga · 1 March 2026", "Tobias Renn · 1 March 2026",
        "↳ Ines Varga · 2 March 2026", "Maud Felder · 3 March 2026",
    ]
    assert article.authors == ("Ines Varga",)


def test_indented_rows_read_at_the_depth_they_state() -> None:
    article = read("indented_rows.html")
    assert [text for text, _level in headings(article)] == [
        "pbryce · 3 hours ago", "↳ lmoreau · 3 hours ago", "↳↳ pbryce · 2 hours ago",
        "qhart · 2 hours ago",
    ]
    assert "3 hours ago" not in [block.text for block in article.blocks if block.type != "heading"]


def test_a_question_stated_in_json_ld_is_found_by_its_text() -> None:
    article = read("ld_question.html", people=True)
    assert [text for text, _level in headings(article)] == [
        "Orla Fenwick · 2026-01-12", "Benedikt Saar · 2026-01-12 · accepted",
        "↳ Orla Fenwick · 2026-01-13", "Kiri Tane · 2026-01-12", "Gus Lindqvist · 2026-01-14",
    ]
    assert article.authors == ("Orla Fenwick",)
    assert "Baking Answers is a community" not in article.text
    roles = {person.name: person.role for person in article.people}
    assert roles == {"Orla Fenwick": "author, 2 posts", "Benedikt Saar": "1 post",
                     "Kiri Tane": "1 post", "Gus Lindqvist": "1 post"}


def _forum(dated: bool) -> str:
    texts = ["The ferry timetable changes on Monday and the early boat now leaves at six.",
             "Does that mean the bus from the station no longer meets the first boat?",
             "The council says a new bus will run from the station at half past five.",
             "Good, I was worried about getting to work on time next week."]
    names = ["Harbour Watcher", "Ada Pennant", "Harbour Watcher", "Ruaridh Bell"]
    dates = ["2026-02-01T07:00:00Z", "2026-02-01T08:15:00Z", "2026-02-02T09:00:00Z",
             "2026-02-03T18:30:00Z"]
    posts = "".join(
        f'<div class="post"><span class="username">{name}</span>'
        f'<div class="content"><p>{text}</p></div></div>'
        for name, text in zip(names, texts, strict=True))
    stated = {"@context": "https://schema.org", "@type": "DiscussionForumPosting",
              "headline": "Ferry timetable", "text": texts[0], "dateCreated": dates[0],
              "author": {"@type": "Person", "name": names[0]},
              "comment": [{"@type": "Comment", "text": text, "dateCreated": date,
                           "author": {"@type": "Person", "name": name}}
                          for name, text, date in zip(names[1:], texts[1:], dates[1:],
                                                      strict=True)]}
    script = f'<script type="application/ld+json">{json.dumps(stated)}</script>' if dated else ""
    return (f"<html><head><title>Ferry timetable</title>{script}</head>"
            f"<body><h1>Ferry timetable</h1>{posts}</body></html>")


def test_json_ld_dates_the_posts_that_show_no_date() -> None:
    assert [text for text, _level in headings(read("", _forum(dated=False)))] == [
        "Harbour Watcher", "Ada Pennant", "Harbour Watcher", "Ruaridh Bell"]
    assert [text for text, _level in headings(read("", _forum(dated=True)))] == [
        "Harbour Watcher · 2026-02-01", "Ada Pennant · 2026-02-01",
        "Harbour Watcher · 2026-02-02", "Ruaridh Bell · 2026-02-03"]


def test_an_accepted_answer_named_by_its_class_is_marked_and_no_other() -> None:
    posts = "".join(
        f'<div class="answer{" accepted-answer" if n == 1 else ""}">'
        f'<a class="username" href="/u/{n}">Answerer {n}</a>'
        f'<div class="content">Answer number {n}, in a sentence of several words.</div></div>'
        for n in range(3))
    html = f"<html><head><title>Q</title></head><body>{posts}</body></html>"
    assert [text for text, _level in headings(read("", html))] == [
        "Answerer 0", "Answerer 1 · accepted", "Answerer 2"]


def test_an_article_with_a_comment_tree_below_stays_the_article() -> None:
    story = "".join(
        f"<p>Paragraph {n} of the story about the new lifeboat station tells how the crew "
        "trained through the winter, what the boat cost and who paid for it in the end.</p>"
        for n in range(8))
    comments = (PAGES / "reply_tree.html").read_text(encoding="utf-8")
    tree = comments[comments.index('<div class="thing comment" id="t1">'):
                    comments.index("</main>")]
    html = ("<html><head><title>A new lifeboat station</title></head><body><article>"
            f'<h1>A new lifeboat station</h1><p class="byline">By Mairi Lennox</p>{story}'
            f'</article><section class="comments">{tree}</section></body></html>')
    assert read_thread(parse_html(html)) is None
    article = read("", html)
    assert article.text.startswith("Paragraph 0 of the story")
    assert "↳" not in article.text and "granite" not in article.text


def test_the_markdown_dump_sets_a_reply_a_level_further_down() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "reader", "dump", "--format", "markdown",
         str(PAGES / "reply_tree.html")],
        capture_output=True, text=True, check=True, timeout=60)
    lines = result.stdout.splitlines()
    assert "#### oakleaf · Jan 4, 2026" in lines
    assert "> ##### ↳ marguerite_v · Jan 4, 2026" in lines
    assert "> > ###### ↳↳ oakleaf · Jan 4, 2026" in lines
    # as a Markdown reader reads it: each reply, heading and text, quoted once a level
    assert quoted_depths(result.stdout) == [
        (0, "oakleaf · Jan"), (0, "A number four"),
        (1, "↳ marguerite_v ·"), (1, "Seconding the number"),
        (2, "↳↳ oakleaf ·"), (2, "Good point about"),
        (1, "↳ dovetail_dan ·"), (1, "Whatever you buy,"),
        (0, "Wren_Calloway · Jan"), (0, "A block plane."),
        (1, "↳ oakleaf ·"), (1, "Fair, though a"),
    ]


def quoted_depths(markdown: str) -> list[tuple[int, str]]:
    """Each heading's and paragraph's quotation depth and first three words, as
    markdown-it reads ``markdown`` (the title left out: a page of comments only has no
    date line, its first comment's date is not the page's)."""
    from markdown_it import MarkdownIt

    found, depth = [], 0
    for token in MarkdownIt().parse(markdown):
        depth += {"blockquote_open": 1, "blockquote_close": -1}.get(token.type, 0)
        if token.type == "inline":
            found.append((depth, " ".join(token.content.split()[:3])))
    return found[1:]


def test_a_thread_counts_each_posters_posts_in_its_people() -> None:
    dumped = dump_json(str(PAGES / "forum_thread.html"))
    assert dumped["authors"] == ["crumbwise"]  # the thread's starter
    found = {person["name"]: (person["role"], person["mentions"]) for person in dumped["people"]}
    assert found == {"crumbwise": ("author, 3 posts", 3), "Hattie Marsh": ("2 posts", 2),
                     "Piotr Zielinski": ("1 post", 1)}


def test_a_story_whose_box_holds_related_teasers_made_like_it_stays_the_article() -> None:
    story = "".join(
        f"<p>Paragraph {n} of the story tells how the ferry company planned its new winter "
        "timetable, which crossings it dropped and what the islanders said about it.</p>"
        for n in range(8))
    teasers = "".join(
        f'<div class="row"><a href="/s/{n}">Another story number {n} about the islands</a>'
        f' <span class="author">BY WRITER {n}</span></div>' for n in range(6))
    html = ("<html><head><title>Winter ferries</title></head><body>"
            '<div class="row"><h1>Winter ferries</h1><span class="author">Mairi Lennox</span>'
            f"{story}{teasers}</div></body></html>")
    assert read_thread(parse_html(html)) is None
    article = read("", html)
    assert "Paragraph 7 of the story" in article.text and not headings(article)


def test_a_page_of_comments_on_a_submission_shows_its_submitter_not_a_commenter() -> None:
    dumped = dump_json(str(PAGES / "comments_only.html"))  # (no text of its own: a title)
    assert dumped["authors"] == ["pinewright"]  # "submitted by", above the comments
    found = {person["name"]: person["role"] for person in dumped["people"]}
    assert found["skilletsmith"] == "2 posts" and found["pinewright"] == "author, 1 post"


def test_a_comment_tree_whose_page_names_no_submitter_has_no_byline() -> None:
    for name in ("reply_tree.html", "indented_rows.html"):  # (Reddit's, Hacker News's)
        dumped = dump_json(str(PAGES / name))
        assert dumped["authors"] == [], name
        assert "author" not in {person["role"].split(",")[0] for person in dumped["people"]}
