"""An entry's texts as real feeds give them: titles, authors, summaries and content."""

from __future__ import annotations

from pathlib import Path

from reader.feeds import parse_feed

FIXTURES = Path(__file__).parents[1] / "fixtures" / "feeds"


def _feed(name: str, url: str = "https://feed.example/feed"):
    return parse_feed((FIXTURES / name).read_bytes(), url)


def test_a_plain_text_title_keeps_what_stands_between_angle_brackets() -> None:
    """feedparser marks these titles text/plain: their "<" and ">" are characters, not tags;
    only an HTML title loses its tags."""
    parsed = _feed("titles.xml")
    titles = [entry.title for entry in parsed.entries]
    assert "Why <details> beats a JavaScript accordion" in titles
    assert "If a < b and b > c, then what?" in titles
    assert "Vector<int> vs std::array<int, 4> in C++" in titles
    assert "Using <template> & <slot> in web components" in titles
    assert "Bold move & Don't panic" in titles  # (marked up: its tags go)
    assert "Tom & Jerry: double-escaped" in titles
    assert parsed.title == "Edge & Cases Weekly"


def test_a_plain_text_title_still_loses_its_escape_sequences() -> None:
    atom = (
        b'<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom">'
        b'<title type="text">Plain &lt;feed&gt; \x1b[31mred</title>'
        b'<entry><id>1</id><title type="text">A &lt;b&gt; \x1b]0;pwned\x07 x</title></entry>'
        b'<entry><id>2</id><title type="html">An &lt;b&gt;HTML&lt;/b&gt; one</title></entry>'
        b"</feed>"
    )
    parsed = parse_feed(atom, "https://feed.example/atom")
    assert parsed.title == "Plain <feed> red"
    assert [entry.title for entry in parsed.entries] == ["A <b> x", "An HTML one"]


def test_a_json_feed_title_is_plain_text() -> None:
    """JSON Feed's titles are plain text by its specification."""
    data = (
        b'{"version": "https://jsonfeed.org/version/1.1", "title": "Templates <T>", "items": ['
        b'{"id": "1", "url": "https://j.example/1", "title": "Why <details> & <summary>"}]}'
    )
    parsed = parse_feed(data, "https://j.example/feed.json")
    assert parsed.title == "Templates <T>"
    assert parsed.entries[0].title == "Why <details> & <summary>"


def test_an_author_is_a_name_never_an_email() -> None:
    """Blogger gives every author an email (noreply@blogger.com): feedparser's ``author``
    holds it, its ``author_detail.name`` does not."""
    (entry,) = _feed("blogger.xml").entries
    assert entry.author == "Carla Mendes"
    rss = (
        b'<?xml version="1.0"?><rss version="2.0"><channel><title>T</title>'
        b"<item><guid>1</guid><author>ann@x.example (Ann Lee)</author></item>"
        b"<item><guid>2</guid><author>ann@x.example</author></item>"
        b"<item><guid>3</guid><author>Bo Diaz (bo@x.example)</author></item>"
        b"</channel></rss>"
    )
    assert [e.author for e in parse_feed(rss, "https://x.example/rss").entries] == [
        "Ann Lee", None, "Bo Diaz"]


def test_a_feeds_own_author_is_its_entries_when_they_name_none() -> None:
    atom = (
        b'<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>A</title>'
        b"<author><name>Feed Writer</name><email>fw@x.example</email></author>"
        b"<entry><id>1</id><title>Its own</title><author><name>Guest</name></author></entry>"
        b"<entry><id>2</id><title>None of its own</title></entry>"
        b"<entry><id>3</id><title>Only an email</title><author><email>e@x.example</email>"
        b"</author></entry></feed>"
    )
    assert [e.author for e in parse_feed(atom, "https://x.example/atom").entries] == [
        "Guest", "Feed Writer", "Feed Writer"]
    json_feed = (
        b'{"version": "https://jsonfeed.org/version/1.1", "title": "J",'
        b' "authors": [{"name": "Dana Whit", "url": "https://j.example/"}], "items": ['
        b'{"id": "1", "url": "https://j.example/1", "authors": [{"name": "Guest Writer"}]},'
        b'{"id": "2", "url": "https://j.example/2"}]}'
    )
    entries = parse_feed(json_feed, "https://j.example/feed.json").entries
    assert [e.author for e in entries] == ["Guest Writer", "Dana Whit"]
    rss = (  # (an RSS channel's managing editor is no author of its items)
        b'<?xml version="1.0"?><rss version="2.0"><channel><title>T</title>'
        b"<managingEditor>ed@x.example (Ed Itor)</managingEditor>"
        b"<item><guid>1</guid><title>x</title></item></channel></rss>"
    )
    assert parse_feed(rss, "https://x.example/rss").entries[0].author is None


def test_inline_tags_add_no_space_and_blocks_stand_apart() -> None:
    """Mastodon marks a mention "@<span>bob</span>" and a hashtag "#<span>plants</span>":
    taking the tags out must not split them; a block (paragraph, line break, list item,
    heading) still stands apart from the next."""
    note, question = _feed("mastodon.rss").entries
    assert note.summary.endswith("Only bled twice. #plants")
    assert "a good #rust crate" in question.summary
    assert question.summary.endswith("nested outlines. cc @bob")  # (two paragraphs)
    rss = (
        b'<?xml version="1.0"?><rss version="2.0"><channel><title>T</title>'
        b"<item><guid>1</guid><link>https://x.example/1</link><description>"
        b"Compare &lt;a href='/x'&gt;this&lt;/a&gt;. &lt;b&gt;Bold&lt;/b&gt;&lt;i&gt;ly&lt;/i&gt;"
        b"&lt;h2&gt;Head&lt;/h2&gt;&lt;p&gt;One&lt;/p&gt;&lt;p&gt;Two&lt;br&gt;Three&lt;/p&gt;"
        b"&lt;ul&gt;&lt;li&gt;Four&lt;/li&gt;&lt;li&gt;Five&lt;/li&gt;&lt;/ul&gt;"
        b"&lt;div&gt;Six&lt;/div&gt;Seven</description></item>"
        b'<item><guid>2</guid><description>&lt;p&gt;A &lt;em&gt;note&lt;/em&gt;.&lt;/p&gt;'
        b"&lt;ol&gt;&lt;li&gt;first&lt;/li&gt;&lt;li&gt;second&lt;/li&gt;&lt;/ol&gt;"
        b"&lt;script&gt;x()&lt;/script&gt;&lt;p&gt;@&lt;span&gt;bob&lt;/span&gt;&lt;/p&gt;"
        b"</description></item></channel></rss>"
    )
    linked, unlinked = parse_feed(rss, "https://x.example/rss").entries
    assert linked.summary == "Compare this. Boldly Head One Two Three Four Five Six Seven"
    assert unlinked.summary.split("\n\n") == ["A note.", "first", "second", "@bob"]


def test_deeply_nested_markup_is_read_quickly_without_recursion() -> None:
    import json
    import time

    deep = "<div>" * 50_000 + "deep" + "</div>" * 50_000 + "<p>after</p>"
    inline = "<b>" * 50_000 + "bold"
    items = [{"id": str(i), "content_html": html} for i, html in enumerate((deep, inline))]
    data = json.dumps({"version": "https://jsonfeed.org/version/1.1", "items": items})
    started = time.perf_counter()
    entries = parse_feed(data.encode(), "https://j.example/feed.json").entries
    assert time.perf_counter() - started < 5
    assert len(entries) == 2  # (what lies past the parser's depth limit may be lost)


def test_an_entry_keeps_its_fullest_text_as_html() -> None:
    """What is read of it when its page cannot be fetched: Atom content, content:encoded,
    JSON Feed content_html, as HTML; plain text made HTML (escaped, a paragraph apiece)."""
    release = _feed("releases.atom").entries[0]
    assert release.content.startswith("<h2>What's Changed</h2>\n<ul>")
    assert "<li>Add <code>--json</code> output by" in release.content
    assert len(release.summary) < len(release.content)
    rss = (
        b'<?xml version="1.0"?><rss version="2.0"><channel><title>T</title>'
        b"<item><guid>1</guid><link>https://x.example/1</link>"
        b"<description>Its description: a &amp;lt; b</description></item></channel></rss>"
    )
    (described,) = parse_feed(rss, "https://x.example/rss").entries
    assert described.content == "Its description: a &lt; b"  # (HTML, as RSS has it)
    atom = (
        b'<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>A</title>'
        b'<entry><id>1</id><title>T</title><content type="text">a &lt; b\n\nSecond</content>'
        b"</entry></feed>"
    )
    (plain,) = parse_feed(atom, "https://x.example/atom").entries
    assert plain.content == "<p>a &lt; b</p><p>Second</p>"
    data = (
        b'{"version": "https://jsonfeed.org/version/1.1", "items": ['
        b'{"id": "1", "url": "https://j.example/1", "content_html": "<ol><li>a</li></ol>"},'
        b'{"id": "2", "url": "https://j.example/2", "content_text": "One <x>\\n\\nTwo"}]}'
    )
    marked, text = parse_feed(data, "https://j.example/feed.json").entries
    assert marked.content == "<ol><li>a</li></ol>"
    assert text.content == "<p>One &lt;x&gt;</p><p>Two</p>"


def test_an_entrys_richest_text_is_kept_html_before_plain_text() -> None:
    """feedparser gives a podcast's <itunes:summary> (plain, one sentence) and Mastodon's
    <media:description> (a picture's alt text) as the entry's content: the HTML show notes
    and the post itself are the richer, and are kept."""
    episode, worms = _feed("podcast.xml").entries
    assert episode.link is None  # (read from its feed: its notes are all there is)
    assert "<ul><li>00:00 Intro</li>" in episode.content
    assert episode.summary.split("\n\n") == [
        "We talk to a market gardener who has not dug his beds in forty years.",
        "00:00 Intro", "04:12 Why digging hurts soil life",
        "Show notes: deepsoil.example/42",
    ]
    assert worms.summary.startswith("Everything you wanted to know about earthworms.")
    note, _ = _feed("mastodon.rss").entries
    assert note.content.startswith("<p>Just finished repotting") and "Fourteen" not in (
        note.content)
    atom = (  # (of two texts of one kind, the longer)
        b'<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>A</title>'
        b'<entry><id>1</id><title>T</title><summary type="html">&lt;p&gt;The whole, longer '
        b'text&lt;/p&gt;</summary><content type="html">&lt;p&gt;Short&lt;/p&gt;</content>'
        b"</entry></feed>"
    )
    (entry,) = parse_feed(atom, "https://x.example/atom").entries
    assert entry.content == "<p>The whole, longer text</p>"
