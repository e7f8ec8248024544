"""Feeds in the shapes real generators serve them (YouTube, WordPress with co-authors,
JSON Feed with numeric ids), subscribed to and refreshed from a local server."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from pytest_httpserver import HTTPServer

from reader.engine.pipeline import extract
from reader.feeds import refresh, subscribe
from reader.feeds.entry_page import entry_page
from reader.feeds.parse import FeedError
from reader.sources.load import RawDocument
from reader.store import Store

FIXTURES = Path(__file__).parents[1] / "fixtures" / "feeds"


@pytest.fixture
def store(tmp_path: Path) -> Store:
    with Store.open(tmp_path / "data") as opened:
        yield opened


def _serve(httpserver: HTTPServer, name: str, content_type: str) -> str:
    httpserver.expect_request(f"/{name}").respond_with_data(
        (FIXTURES / name).read_bytes(), content_type=content_type)
    return httpserver.url_for(f"/{name}")


def test_a_youtube_videos_description_keeps_its_paragraphs_and_lines(
    httpserver: HTTPServer, store: Store
) -> None:
    """YouTube's feed has no article: a video's <media:description> is plain text (Media
    RSS's default), its chapters a line apiece; feedparser calls it HTML, where its lines
    would run into one paragraph ("little. Chapters: 0:00 Intro 2:15 Mitre gates")."""
    feed, _, new = subscribe(store, _serve(httpserver, "youtube.xml", "application/atom+xml"))
    assert new == 1
    (entry,) = store.feeds.entries(feed.id)
    assert entry.link == "https://www.youtube.com/watch?v=dQw4w9WgXcQ"
    content = store.feeds.content(entry.id)
    assert "<p>Chapters:<br>0:00 Intro<br>2:15 Mitre gates<br>7:40 Sector gates</p>" in content
    page = entry_page(content, author=entry.author, link=entry.link)
    article = extract(RawDocument(page, entry.link, "text/html", title=entry.title),
                      people=False)
    assert "little.\n\nChapters:\n0:00 Intro\n2:15 Mitre gates" in article.text
    assert "Kiel Canal's new gates" in article.text  # (its entities read once)


def test_a_plain_text_description_with_lines_is_not_one_paragraph() -> None:
    """An RSS <description> written as plain text (no tag, a blank line between its
    paragraphs) keeps them; one with tags is HTML as it stands."""
    from reader.feeds import parse_feed

    rss = (
        b'<?xml version="1.0"?><rss version="2.0"><channel><title>T</title>'
        b"<item><guid>1</guid><link>https://x.example/1</link><description>Bikes &amp;amp;"
        b" a &amp;lt; b.\n\nSecond paragraph.\nIts second line.</description></item>"
        b"<item><guid>2</guid><link>https://x.example/2</link><description>&lt;p&gt;One"
        b"\nline&lt;/p&gt;</description></item></channel></rss>"
    )
    plain, tagged = parse_feed(rss, "https://x.example/rss").entries
    assert plain.content == (
        "<p>Bikes &amp; a &lt; b.</p><p>Second paragraph.<br>Its second line.</p>")
    assert tagged.content == "<p>One\nline</p>"


def test_every_co_author_is_named(httpserver: HTTPServer, store: Store) -> None:
    """WordPress's Co-Authors Plus writes a <dc:creator> per author (feedparser's
    ``author`` is the last alone); one person named twice (<dc:creator>Jo, <itunes:author>
    Jo Pereira) is named once."""
    feed, _, _ = subscribe(store, _serve(httpserver, "coauthors.xml", "application/rss+xml"))
    entries = store.feeds.entries(feed.id)
    assert [e.author for e in entries] == ["Margaret O'Neill, Tomás Reyes", "Jo Pereira"]
    atom = (
        b'<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>A</title>'
        b"<entry><id>1</id><title>T</title><author><name>Ann Lee</name>"
        b"<email>ann@x.example</email></author><author><name>Bo Diaz</name></author>"
        b"</entry></feed>"
    )
    from reader.feeds import parse_feed

    assert parse_feed(atom, "https://x.example/atom").entries[0].author == "Ann Lee, Bo Diaz"


def test_blogger_s_hidden_profile_names_no_author(httpserver: HTTPServer, store: Store) -> None:
    """Blogger writes "noreply@blogger.com (Unknown)" for a hidden profile: no one, not
    "By Unknown"; a named author stays."""
    atom = (
        b'<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>B</title>'
        b"<entry><id>1</id><title>Hidden</title><author><name>Unknown</name>"
        b"<email>noreply@blogger.com</email></author></entry>"
        b"<entry><id>2</id><title>Named</title><author><name>Ann Lee</name>"
        b"<email>noreply@blogger.com</email></author></entry></feed>"
    )
    httpserver.expect_request("/blogger").respond_with_data(
        atom, content_type="application/atom+xml")
    feed, _, _ = subscribe(store, httpserver.url_for("/blogger"))
    authors = {e.title: e.author for e in store.feeds.entries(feed.id)}
    assert authors == {"Hidden": None, "Named": "Ann Lee"}


def test_a_json_feed_items_numeric_id_keeps_it_one_entry_when_edited(
    httpserver: HTTPServer, store: Store
) -> None:
    """JSON Feed says an id is a string; many feeds give a number. An item edited (its title
    corrected) is the same item, not a second unread entry."""

    def document(title: str) -> str:
        return json.dumps({
            "version": "https://jsonfeed.org/version/1.1", "title": "Numbers",
            "items": [{"id": 42, "title": title, "content_text": "The text.",
                       "date_published": "2024-06-01T10:00:00Z"}],
        })

    httpserver.expect_ordered_request("/feed.json").respond_with_data(
        document("Teh title"), content_type="application/feed+json")
    httpserver.expect_ordered_request("/feed.json").respond_with_data(
        document("The title"), content_type="application/feed+json")
    feed, _, new = subscribe(store, httpserver.url_for("/feed.json"))
    assert new == 1
    (outcome,) = refresh(store)
    assert outcome.error is None and outcome.new == 0
    assert [e.guid for e in store.feeds.entries(feed.id)] == ["42"]


def test_a_feed_compressed_once_more_than_the_server_says_is_read(
    httpserver: HTTPServer, store: Store
) -> None:
    """A cache that sends a stored ``feed.xml.gz`` without ``Content-Encoding``, or a proxy
    that compresses a compressed feed again: the body opens with gzip's magic bytes."""
    import gzip

    rss = (FIXTURES / "coauthors.xml").read_bytes()
    httpserver.expect_request("/unlabelled").respond_with_data(
        gzip.compress(rss), content_type="application/rss+xml")
    httpserver.expect_request("/twice").respond_with_data(
        gzip.compress(gzip.compress(rss)), content_type="application/rss+xml",
        headers={"Content-Encoding": "gzip"})
    for path in ("/unlabelled", "/twice"):
        feed, added, new = subscribe(store, httpserver.url_for(path))
        assert added and new == 2 and feed.title == "Harbour Notes – Investigations"
    bomb = gzip.compress(b"<rss>" + b" " * (21 * 1024 * 1024))
    httpserver.expect_request("/bomb").respond_with_data(bomb, content_type="text/xml")
    with pytest.raises(FeedError, match="larger than"):
        subscribe(store, httpserver.url_for("/bomb"))
    httpserver.expect_request("/cut").respond_with_data(
        gzip.compress(rss)[:200], content_type="text/xml")
    with pytest.raises(FeedError, match="damaged compressed data"):
        subscribe(store, httpserver.url_for("/cut"))


def test_an_entry_link_with_spaces_is_its_page_as_a_browser_reads_it(
    httpserver: HTTPServer, store: Store
) -> None:
    """A site whose files have spaces in their names ("/posts/my first post/") writes them
    into its feed as they are: the entry's link is that page (a space "%20", a line break
    inside dropped), not none, which would leave the entry readable only from its feed."""
    import httpx

    page = httpserver.url_for("/posts/my first post/")
    rss = (
        '<?xml version="1.0"?><rss version="2.0"><channel><title>Spaces</title>'
        f"<item><title>My first post</title><link>{page}</link></item>"
        f"<item><title>Wrapped</title><link>{httpserver.url_for('/posts/long')}\n"
        "-address</link></item></channel></rss>"
    )
    httpserver.expect_request("/rss").respond_with_data(rss, content_type="text/xml")
    httpserver.expect_request("/posts/my first post/").respond_with_data(
        "<html><body><p>The page.</p></body></html>", content_type="text/html")
    feed, _, new = subscribe(store, httpserver.url_for("/rss"))
    assert new == 2
    first, wrapped = store.feeds.entries(feed.id)
    assert first.link == httpserver.url_for("/posts/my%20first%20post/")
    assert wrapped.link == httpserver.url_for("/posts/long-address")
    assert "The page." in httpx.get(first.link).text
