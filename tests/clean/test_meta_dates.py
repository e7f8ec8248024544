"""The publication date: which of a page's dates it is, and the fallbacks when none is marked."""

from __future__ import annotations

from pathlib import Path

import lxml.html
import pytest

from reader.clean.html.page_meta import fallback_metadata, markup_date, page_metadata
from reader.clean.meta import extract_metadata, parse_date
from reader.clean.meta.published import url_date
from reader.clean.meta.shown import shown_dates
from tests.cli_run import dump_article


def tree(html: str) -> lxml.html.HtmlElement:
    return lxml.html.document_fromstring(html)


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://x.org/2019/11/18/story", "2019-11-18"),
        ("https://x.org/news/2019-11-18-story", "2019-11-18"),
        ("https://x.org/20191118/story", "2019-11-18"),
        ("https://x.org/blog/2023/october/03/wine", "2023-10-03"),
        ("https://x.org/articles/2025-12-15+Rust+GCC", "2025-12-15"),
        # a year and a month only: no day to read (not "2025-01-02" from "12")
        ("https://x.org/blog/2025-12_programming-languages", None),
        ("https://x.org/archive/2025/12/Advent_of_Code.html", None),
        ("https://x.org/2019/13/45/story", None),
        ("https://[broken/2019/11/18/", None),
        (None, None),
    ],
)
def test_url_date(url: str | None, expected: str | None) -> None:
    assert url_date(url) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("03-09-2026", "2026-03-09"),  # month first, as with slashes
        ("25-12-2024", "2024-12-25"),
        ("12-11-14", None),  # dashes and a two-digit year: a code, not a date
        ("2025.12.17", "2025-12-17"),
        ("12/11-2014", None),  # mixed separators
        ("Updated on 19-Dec-2025", "2025-12-19"),  # the month's name between dashes
        ("3-mar-2024", "2024-03-03"),
    ],
)
def test_parse_numeric_dates(raw: str, expected: str | None) -> None:
    assert parse_date(raw) == expected


def test_the_date_beside_the_headline_beats_a_list_of_related_posts() -> None:
    html = """<html><body><main>
      <header class="post-hero"><div class="post-hero__infos">
        <span class="post-hero__date">December 17, 2025</span></div>
        <h1>Stop nesting systems</h1></header>
      <section class="listing">
        <a class="item"><p class="listing__date">November 25, 2025</p></a>
        <a class="item"><p class="listing__date">October 31, 2025</p></a>
      </section></main></body></html>"""
    assert shown_dates(tree(html))[0] == "2025-12-17"


def test_a_repeated_date_class_with_different_days_is_a_list() -> None:
    html = """<html><body><h1>Ergonomic desks</h1>
      <div class="swiper">
        <div class="article-item__date">Mar 3, 2026</div>
        <div class="article-item__date">Feb 26, 2026</div></div>
      <article><div><div><div><div><div><span class="post-date">February 6, 2026</span>
      </div></div></div></div></div><p>Body.</p></article></body></html>"""
    assert shown_dates(tree(html)) == ["2026-02-06", "2026-03-03", "2026-02-26"]


def test_a_masthead_date_above_the_headline_comes_after_the_bylines() -> None:
    html = """<html><body><header><div class="today-date">Monday, March 2, 2026</div></header>
      <main><div><div><article><h1>A story</h1><p>Body.</p>
      <div class="byline">By Ann Lee, <span class="date">Feb 27, 2026</span></div>
      </article></div></div></main></body></html>"""
    assert shown_dates(tree(html))[0] == "2026-02-27"


def test_a_meta_named_published_is_read() -> None:
    html = """<html><head><meta name="published" content="July 17, 2025"></head>
      <body><h1>Tools</h1><p>Body.</p></body></html>"""
    assert extract_metadata(tree(html)).published == "2025-07-17"


def test_fallback_dates_are_iso() -> None:
    html = """<html><head><meta name="date" content="03-09-2026"></head><body></body></html>"""
    assert fallback_metadata(tree(html)).published == "2026-03-09"


def test_an_unmarked_date_under_the_headline_is_found_by_htmldate() -> None:
    html = """<html><body><div class="wrap"><h1>Why Rust for embedded systems</h1>
      <div class="flex"><p>Dec 12, 2025</p><p>6 min read</p></div>
      <p>Rust brings memory safety to small devices, and more.</p></div></body></html>"""
    page = tree(html)
    assert markup_date(page, "https://blog.example.dev/why-rust") == "2025-12-12"
    assert page_metadata(page, "https://blog.example.dev/why-rust").published == "2025-12-12"


def test_a_copyright_year_is_not_a_publication_date() -> None:
    html = """<html><body><h1>Mesh wifi</h1><p>What mesh wifi is and how it works.</p>
      <footer>© 2026 Example Networks. All rights reserved.</footer></body></html>"""
    assert markup_date(tree(html), "https://www.example.com/mesh-wifi/") is None


def test_the_address_date_comes_before_a_shown_date_without_markup() -> None:
    html = """<html><body><h1>Wine types</h1><div class="sidebar-date">10 March 2023</div>
      <p>Body.</p></body></html>"""
    meta = extract_metadata(tree(html), "https://x.org/blog/2023/october/03/wine-types")
    assert meta.published == "2023-10-03"


def test_an_unmarked_date_in_the_headline_block_comes_before_htmldate() -> None:
    html = """<html><body><div class="hero"><h5 class="pre">January 23, 2025</h5>
      <h1>Solar installation in 4 steps</h1></div>
      <article><p>Posted 2019-05-02 in the archive.</p><p>Body.</p></article>
      </body></html>"""
    page = tree(html)
    assert extract_metadata(page).published == "2025-01-23"
    assert page_metadata(page, None).published == "2025-01-23"


def test_a_number_alone_in_the_headline_block_is_not_a_date() -> None:
    """A manual's example output ("479001600") is no Unix time written on the page."""
    html = """<html><body><div><h1>functools</h1><p>An example:</p>
      <pre>&gt;&gt;&gt; factorial(12)</pre><span>479001600</span></div></body></html>"""
    assert extract_metadata(tree(html)).published is None


def test_a_date_far_from_the_headline_is_not_its_block_date() -> None:
    html = """<html><body><div><div><div><div><h1>Mesh wifi</h1></div></div></div>
      <div><div><div><div><p>March 10, 2026</p></div></div></div></div></div></body></html>"""
    assert extract_metadata(tree(html)).published is None


def test_a_published_tag_beats_a_generic_date_tag() -> None:
    html = """<html><head><meta name="date" content="01/07/16">
      <meta property="og:published_time" content="2024-10-08T00:00:00-04:00"></head>
      <body><h1>Pricing</h1><p>Body.</p></body></html>"""
    assert extract_metadata(tree(html)).published == "2024-10-08T00:00:00-04:00"


def test_a_date_beside_the_headline_beats_a_stored_date_far_from_it() -> None:
    html = """<html><head><meta property="article:published_time" content="2015-04-06T13:52:00Z">
      </head><body><article><header><h1>Digital marketing</h1>
      <div class="byline">By Ann Lee <span class="date">September 28, 2025</span></div>
      </header><p>Body.</p></article></body></html>"""
    assert extract_metadata(tree(html)).published == "2025-09-28"


def test_a_day_alone_under_the_headline_beats_a_stored_date_far_from_it() -> None:
    """No date element, only a paragraph that is a day: the page's own date wins over a
    stored one a year off (a re-import's), as a dated element beside the headline does."""
    html = """<html><head><script type="application/ld+json">{"@type": "Article",
      "headline": "Fitness protocol", "datePublished": "Jun 12, 2025"}</script></head>
      <body><main><div class="title"><h1>Fitness protocol</h1></div>
      <div class="details"><p>November 2, 2022</p><p>Sponsored by AG1</p></div>
      <p>Body of the newsletter, long enough to be the prose of the article and to stand
      after the day it was sent, as newsletters archived on a site do.</p></main></body></html>"""
    assert extract_metadata(tree(html)).published == "2022-11-02"


def test_the_dump_dates_a_newsletter_by_the_day_under_its_headline(tmp_path: Path) -> None:
    body = ("<div><span>7 min read</span>·<span>Dec 30, 2013</span></div>"
            "<p>" + "The lessons of a failed start-up, written the week it closed. " * 4 + "</p>")
    head = '<meta property="article:published_time" content="2024-08-07T12:01:51+00:00">'
    article = dump_article(tmp_path, "Lessons from my failed start-up", body, head)
    assert article["published"] == "2013-12-30"


@pytest.mark.parametrize(
    "beside",
    [
        "<p>Last updated: November 2, 2022</p>",  # an update, in words
        "<p><span>Updated on</span> <span>November 2, 2022</span></p>",  # in its label
        '<p class="date-modified">November 2, 2022</p>',  # in its class
        "<ul><li>Other post <span>November 2, 2022</span></li></ul>",  # an item of a list
        "<p>As of 11/2/22 on the store</p>",  # a day in a sentence
        "<table><tr><td>11/2/2022</td><td>+13%</td></tr></table>",  # a table's cell
    ],
)
def test_a_day_under_the_headline_that_is_no_publication_leaves_the_stored_date(
    beside: str,
) -> None:
    html = f"""<html><head><meta property="article:published_time"
      content="2025-06-12T10:00:00Z"></head><body><main><h1>Fitness protocol</h1>
      {beside}<p>Body.</p></main></body></html>"""
    assert extract_metadata(tree(html)).published == "2025-06-12T10:00:00+00:00"


def test_a_day_after_the_prose_has_begun_is_no_date_of_the_article() -> None:
    html = """<html><head><meta property="article:published_time"
      content="2025-06-12T10:00:00Z"></head><body><main><h1>A history of coffee</h1>
      <p>Coffee came to Europe through Venice, and the first coffee houses opened there in a
      century of trade and argument; this paragraph is the article's prose.</p>
      <p>March 4, 1652</p></main></body></html>"""
    assert extract_metadata(tree(html)).published == "2025-06-12T10:00:00+00:00"


def test_an_updated_date_beside_the_headline_leaves_the_stored_date() -> None:
    html = """<html><head><meta property="article:published_time" content="2015-04-06T13:52:00Z">
      </head><body><article><header><h1>Digital marketing</h1>
      <div class="article-date"><span class="label">Last Updated:</span>
        <span class="date">September 28, 2025</span></div>
      </header><p>Body.</p></article></body></html>"""
    assert extract_metadata(tree(html)).published == "2015-04-06T13:52:00+00:00"


def test_a_wrapper_speaks_through_its_parts_and_updated_parts_are_not_published() -> None:
    html = """<html><body><article><header><h1>Espresso machines</h1>
      <div class="entry-meta"><span class="posted-on">
        <time class="updated" datetime="2025-05-21T14:06:47+00:00">May 21, 2025</time>
        <time class="entry-date published" datetime="2025-04-24T16:12:49+00:00">April 24,
        2025</time></span> by Ann</div></header><p>Body.</p></article></body></html>"""
    assert shown_dates(tree(html)) == ["2025-04-24"]


def test_a_time_inside_an_updated_element_is_not_a_publication_date() -> None:
    html = """<html><body><article><header><h1>Light mice</h1>
      <div class="updated_at">Updated on <time datetime="2026-01-16T16:38:32Z">Jan. 16,
      2026</time></div><div class="published">March 17, 2022</div></header>
      <p>Body.</p></article></body></html>"""
    assert shown_dates(tree(html)) == ["2022-03-17"]


def test_a_post_status_class_does_not_make_a_card_a_date_element() -> None:
    html = """<html><body><h1>Tax software</h1><p>Body.</p>
      <article class="card post-28106 type-post status-publish">Say no to sprawl
        February 23, 2026</article></body></html>"""
    assert shown_dates(tree(html)) == []


def test_the_day_the_page_says_it_was_first_published_wins() -> None:
    html = """<html><head><meta property="article:published_time" content="2022-09-30T01:07:00Z">
      </head><body><article><h1>Tiny homes</h1><p class="date">30 Sep 2022, 11:07am</p>
      <p>Body.</p><p class="date-disclaimer">This article was originally published on
      <b>26 Sep 2019</b> at 4:12pm but has been regularly updated.</p></article></body></html>"""
    assert extract_metadata(tree(html)).published == "2019-09-26"
    cited = html.replace("originally published on\n      <b>26 Sep 2019</b>",
                         "first published in a journal of the society, then")
    assert extract_metadata(tree(cited)).published[:10] == "2022-09-30"  # no day: no date


def test_a_day_of_a_month() -> None:
    assert parse_date("the 21st of June 2017") == "2017-06-21"
    assert parse_date("14 de noviembre de 2014") == "2014-11-14"


@pytest.mark.parametrize(
    ("written", "day"),
    [("2024年3月18日 09:30", "2024-03-18"), ("2019年11月5日", "2019-11-05"),
     ("2024년 3월 18일", "2024-03-18"), ("2024年13月18日", None)],
)
def test_chinese_japanese_and_korean_dates_parse(written: str, day: str | None) -> None:
    assert parse_date(written) == day
