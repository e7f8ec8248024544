"""Parsing feeds: every format into the same records; hostile feeds are refused or capped."""

from __future__ import annotations

import json
import time

import pytest
from defusedxml import EntitiesForbidden
from defusedxml.ElementTree import fromstring

from reader.feeds import FeedError, check_xml, parse_feed
from reader.feeds.parse import ENTITIES, MAX_CONTENT, MAX_ENTRIES
from tests.feeds import feed_docs as docs


def test_rss2_atom_rss1_and_json_feed_give_the_same_records() -> None:
    rss = parse_feed(docs.rss(3), "http://example.test/feed")
    assert rss.title == "Example feed" and rss.site == "http://example.test/"
    assert [e.guid for e in rss.entries] == ["id-0", "id-1", "id-2"]
    assert rss.entries[1].published == "2021-02-02T10:00:00+00:00"
    assert rss.entries[0].summary == "Summary of entry 0."
    atom = parse_feed(docs.ATOM, "http://atom.test/feed")
    (entry,) = atom.entries
    assert (atom.title, entry.title, entry.author) == ("Atom feed", "Atom one", "Ada Writer")
    assert entry.summary == "First entry." and entry.link == "http://atom.test/one"
    rdf = parse_feed(docs.RSS1, "http://rdf.test/rss")
    assert [e.title for e in rdf.entries] == ["RDF entry"]
    json_feed = parse_feed(docs.JSON_FEED, "https://json.test/feed.json", "application/feed+json")
    assert json_feed.title == "JSON feed" and json_feed.site == "https://json.test/"
    assert [(e.guid, e.link) for e in json_feed.entries] == [
        ("j1", "https://json.test/1"), ("j2", "https://json.test/2")]
    assert json_feed.entries[0].author == "Jo"
    assert json_feed.entries[0].published == "2021-02-05T10:00:00+00:00"


def test_defusedxml_refuses_the_billion_laughs() -> None:
    """The check itself: defusedxml stops at the first entity declaration."""
    with pytest.raises(EntitiesForbidden):
        fromstring(docs.BILLION_LAUGHS, forbid_dtd=False, forbid_entities=True)
    started = time.perf_counter()
    with pytest.raises(FeedError, match="refuses to expand"):
        check_xml(docs.BILLION_LAUGHS)
    with pytest.raises(FeedError) as refused:
        parse_feed(docs.BILLION_LAUGHS, "http://evil.test/")
    assert str(refused.value) == ENTITIES
    assert time.perf_counter() - started < 1


def test_external_entities_are_refused_and_no_file_is_read() -> None:
    with pytest.raises(FeedError, match="refuses to expand") as refused:
        parse_feed(docs.EXTERNAL_ENTITY, "http://evil.test/")
    assert "root:" not in str(refused.value)


def test_entities_in_a_feed_that_is_not_well_formed_are_refused_too() -> None:
    broken = docs.BILLION_LAUGHS.replace(b"<?xml", b"\x01<?xml")
    with pytest.raises(FeedError, match="refuses to expand"):
        parse_feed(broken, "http://evil.test/")


@pytest.mark.parametrize("well_formed", [True, False])
def test_a_hundred_thousand_entries_are_capped_quickly(well_formed: bool) -> None:
    feed = docs.rss(100_000, title="Big" if well_formed else "Big \x1b[31m")
    started = time.perf_counter()
    parsed = parse_feed(feed, "http://example.test/feed")
    elapsed = time.perf_counter() - started
    assert len(parsed.entries) == MAX_ENTRIES
    # (dated the 1st to the 28th over and over: the newest are the 28ths, the first ones)
    assert {entry.published[:10] for entry in parsed.entries} == {"2021-02-28"}
    assert parsed.entries[0].guid == "id-27" and parsed.entries[-1].guid == "id-27999"
    assert elapsed < 30, elapsed  # a hang guard (about 3 s here; speed is the benchmarks')


def test_a_hundred_thousand_json_items_are_capped() -> None:
    import json

    items = [{"id": str(i), "url": f"https://j.test/{i}", "title": "t"} for i in range(100_000)]
    data = json.dumps({"version": "1.1", "title": "J", "items": items}).encode()
    assert len(parse_feed(data, "https://j.test/feed.json").entries) == MAX_ENTRIES


def _oldest_first(count: int, *, dated: bool = True) -> bytes:
    items = "".join(
        f"<item><title>Entry {i}</title><guid>id-{i}</guid><link>http://x.test/{i}</link>"
        + (f"<pubDate>{_day(i)}</pubDate>" if dated else "")
        + "<description>Text &amp; more</description></item>"
        for i in range(count)
    )
    return ('<?xml version="1.0"?><rss version="2.0"><channel><title>Old first</title>'
            f"<link>http://x.test/</link>{items}<ttl>60</ttl></channel></rss>").encode()


def _day(number: int, *, iso: bool = False) -> str:
    """The date of entry ``number``: an hour after the one before."""
    from datetime import UTC, datetime, timedelta

    moment = datetime(2020, 1, 1, tzinfo=UTC) + timedelta(hours=number)
    return moment.isoformat() if iso else moment.strftime("%a, %d %b %Y %H:%M:%S +0000")


@pytest.mark.parametrize("well_formed", [True, False])
def test_a_feed_over_the_cap_written_oldest_first_keeps_its_newest(well_formed: bool) -> None:
    """1,500 entries, oldest first: the 1,000 newest are read, not the 1,000 oldest."""
    feed = _oldest_first(1500)
    if not well_formed:
        feed = feed.replace(b"&amp;", b"&", 1)
    parsed = parse_feed(feed, "http://x.test/feed")
    assert [entry.guid for entry in parsed.entries] == [f"id-{i}" for i in range(500, 1500)]
    assert parsed.title == "Old first" and parsed.entries[0].summary == "Text & more"
    undated = parse_feed(_oldest_first(1500, dated=False), "http://x.test/feed")
    assert [entry.guid for entry in undated.entries] == [f"id-{i}" for i in range(1000)]


def test_a_json_feed_over_the_cap_written_oldest_first_keeps_its_newest() -> None:
    items = [{"id": str(i), "url": f"https://j.test/{i}", "date_published": _day(i, iso=True)}
             for i in range(1500)]
    items.insert(0, {"id": "undated", "url": "https://j.test/u"})
    data = json.dumps({"version": "1.1", "title": "J", "items": items}).encode()
    entries = parse_feed(data, "https://j.test/feed.json").entries
    assert len(entries) == MAX_ENTRIES and entries[-1].guid == "1499"
    assert entries[0].guid == "500" and "undated" not in {entry.guid for entry in entries}


def test_escape_sequences_invalid_dates_and_repeated_ids() -> None:
    parsed = parse_feed(docs.HOSTILE_TEXT, "http://evil.test/feed")
    texts = [parsed.title] + [e.title for e in parsed.entries] + [
        e.summary for e in parsed.entries]
    for text in texts:
        assert "\x1b" not in text and "\x07" not in text and "\x9b" not in text
        assert not any(ord(c) < 32 for c in text)
    assert parsed.title.startswith("Evil") and "aGk=" not in parsed.title
    guids = [e.guid for e in parsed.entries]
    assert len(guids) == len(set(guids)) == 2  # "same" once, then "b"
    assert parsed.entries[0].title.startswith("Red") and "title" in parsed.entries[0].title
    assert [e.published for e in parsed.entries] == [None, None]
    assert parsed.entries[1].link is None  # javascript: is no link to follow


def test_a_page_that_is_no_feed_is_a_sentence() -> None:
    with pytest.raises(FeedError, match="not a feed"):
        parse_feed(b"just some text", "http://example.test/")
    with pytest.raises(FeedError, match="not valid JSON"):
        parse_feed(b"{not json", "http://example.test/")


LONG = "A paragraph of the entry that runs on long enough to be read as one. " * 12


def test_an_entry_without_a_link_keeps_its_whole_text_in_paragraphs() -> None:
    """Its feed's text is all there is to read: every paragraph, past the summary's cap."""
    content = f"<p>{LONG}</p><p>Second &amp; last<br>line</p><script>x</script>"
    rss = (
        '<?xml version="1.0"?><rss version="2.0" '
        'xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>T</title>'
        '<item><title>No link</title><guid isPermaLink="false">g1</guid>'
        f"<content:encoded><![CDATA[{content}]]></content:encoded></item>"
        f"<item><title>Linked</title><link>http://x.test/a</link><description>{LONG * 2}"
        "</description></item></channel></rss>"
    ).encode()
    unlinked, linked = parse_feed(rss, "http://x.test/feed").entries
    assert unlinked.link is None
    assert unlinked.summary.split("\n\n") == [LONG.strip(), "Second & last", "line"]
    assert len(linked.summary) == 1000 and "\n" not in linked.summary
    json_feed = (
        b'{"version": "https://jsonfeed.org/version/1.1", "title": "J", "items": ['
        b'{"id": "1", "content_html": "<p>One.</p><p>Two.</p>"},'
        b'{"id": "2", "content_text": "Plain <text>"}]}'
    )
    html_item, text_item = parse_feed(json_feed, "http://x.test/feed.json").entries
    assert html_item.summary == "One.\n\nTwo."
    assert text_item.summary == "Plain <text>"


def test_an_entry_without_a_link_is_capped_and_clean() -> None:
    """Its text is at most MAX_CONTENT characters; no escape sequence or control character
    survives, nor an unclosed script's content."""
    huge = "<p>" + "word " * 100_000 + "</p><p>\x1b[31mred\x1b]0;title\x07 end</p><script>evil("
    item = json.dumps({"id": "1", "content_html": huge})
    feed = f'{{"version": "https://jsonfeed.org/version/1.1", "items": [{item}]}}'.encode()
    (entry,) = parse_feed(feed, "http://x.test/feed.json").entries
    assert len(entry.summary) <= MAX_CONTENT
    assert "\x1b" not in entry.summary and "\x07" not in entry.summary
    small = huge.replace("word " * 100_000, "word")
    item = json.dumps({"id": "2", "content_html": small})
    feed = f'{{"version": "https://jsonfeed.org/version/1.1", "items": [{item}]}}'.encode()
    (entry,) = parse_feed(feed, "http://x.test/feed.json").entries
    assert entry.summary.split("\n\n")[0] == "word"
    assert "evil" not in entry.summary and "\x1b" not in entry.summary
    assert entry.summary.split("\n\n")[1].endswith("end")


def test_many_styles_in_an_entry_without_a_link_are_cut_in_linear_time() -> None:
    """30,000 style blocks and no script: each tag's next place is not searched for again
    from every block (which took 12 s on this input)."""
    item = json.dumps({"id": "1", "content_html": "<style>x</style><p>keep</p>" * 30_000})
    feed = f'{{"version": "https://jsonfeed.org/version/1.1", "items": [{item}]}}'.encode()
    started = time.perf_counter()
    (entry,) = parse_feed(feed, "http://x.test/feed.json").entries
    assert time.perf_counter() - started < 10
    assert entry.summary.startswith("keep\n\nkeep") and "x" not in entry.summary


def test_a_podcasts_guid_is_no_link_unless_it_is_an_address() -> None:
    """feedparser takes a ``<guid>`` for the link when there is none; "e1" names an episode,
    not a page (the entry is read from its notes), while a guid that is an address is one."""
    rss = (
        b'<?xml version="1.0"?><rss version="2.0"><channel><title>Pod</title>'
        b"<link>https://pod.example</link>"
        b'<item><title>Episode 1</title><enclosure url="https://pod.example/e1.mp3" '
        b'type="audio/mpeg" length="1"/><guid>e1</guid><description>Notes</description></item>'
        b"<item><title>Episode 2</title><guid>https://pod.example/ep/2</guid></item>"
        b"<item><title>Post</title><link>/posts/3</link><guid>p3</guid></item>"
        b"</channel></rss>"
    )
    entries = parse_feed(rss, "https://pod.example/rss").entries
    assert [(e.title, e.link, e.summary) for e in entries] == [
        ("Episode 1", None, "Notes"),
        ("Episode 2", "https://pod.example/ep/2", ""),
        ("Post", "https://pod.example/posts/3", ""),
    ]


def test_a_feedburner_entry_opens_its_article_not_the_tracker() -> None:
    rss = (
        b'<?xml version="1.0"?><rss version="2.0" '
        b'xmlns:feedburner="http://rssnamespace.org/feedburner/ext/1.0"><channel>'
        b"<title>Burned</title><link>https://blog.example/</link>"
        b"<item><title>Real</title><link>https://feedproxy.example/~r/blog/~3/x/</link>"
        b"<guid>g1</guid><feedburner:origLink>https://blog.example/real</feedburner:origLink>"
        b"</item><item><title>Odd</title><link>https://blog.example/odd</link><guid>g2</guid>"
        b"<feedburner:origLink>javascript:alert(1)</feedburner:origLink></item>"
        b"</channel></rss>"
    )
    entries = parse_feed(rss, "https://feeds.example/blog").entries
    assert [(e.guid, e.link) for e in entries] == [
        ("g1", "https://blog.example/real"), ("g2", "https://blog.example/odd")]
