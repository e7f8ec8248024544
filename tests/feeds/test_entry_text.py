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
