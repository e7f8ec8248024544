"""An entry's text as its feed gave it, through a local server, the real CLI and the real
app: its relative links and pictures resolved as the feed means them (``xml:base``, else
the entry's page, else the feed's address), a podcast's short lists of links kept, and the
lines a feed adds at an entry's end ("The post X appeared first on Y.") left out."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from pytest_httpserver import HTTPServer

from reader.ui.app import ReaderApp
from reader.ui.screens.feeds import EntriesScreen, FeedsScreen
from tests.ui.ui_helpers import reading, settle

pytestmark = pytest.mark.anyio

SHOW_NOTES = """<p>This week the harbour master tells us about the tides, the old wall and
the pull of the moon on the water of the bay, and why the wall stands where it does.</p>
<p>Links from the show:</p>
<ul><li><a href="tables.html">Tide tables</a></li><li><a href="/history/wall">The old
wall</a></li></ul>
<p>Sponsors:</p>
<ul><li><a href="https://sponsor.example/">Rope and Sail</a> - use code TIDE</li></ul>
<p><img src="art/episode-12.jpg" alt="The harbour at dawn"></p>
<p>The post <a href="https://harbour.example/e12">Episode 12</a> appeared first on
<a href="https://harbour.example/">Harbour Talk</a>.</p>"""

PODCAST = f"""<?xml version="1.0"?><rss version="2.0"><channel><title>Harbour Talk</title>
<item><guid>e12</guid><title>Episode 12: Spring tides</title>
<description><![CDATA[{SHOW_NOTES}]]></description>
<enclosure url="/pod/media/e12.mp3" type="audio/mpeg" length="1000"/></item>
</channel></rss>"""

ATOM = """<?xml version="1.0"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:base="{journal}">
<title>Field notes</title><id>urn:field</id><updated>2024-05-01T00:00:00Z</updated>
<entry><id>urn:field:1</id><title>A walk along the wall</title>
<link href="/missing/walk"/><updated>2024-05-01T00:00:00Z</updated>
<content type="html" xml:base="/media/2024/">&lt;p&gt;We walked the length of the harbour
wall at low tide and counted the rings the boats are tied to, one by one, until dark.&lt;/p&gt;
&lt;p&gt;&lt;a href="map.html"&gt;The map we drew&lt;/a&gt; and
&lt;a href="../../about"&gt;who we are&lt;/a&gt;. Continue reading
&lt;a href="/missing/walk"&gt;Continue reading →&lt;/a&gt;&lt;/p&gt;
&lt;p&gt;&lt;a href="/missing/walk"&gt;Read more&lt;/a&gt;&lt;/p&gt;</content></entry>
</feed>"""


def _reader(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "reader", *args], capture_output=True,
                          text=True, timeout=120)


def _subscribe(tmp_path: Path, httpserver: HTTPServer, path: str, feed: str) -> None:
    httpserver.expect_request(path).respond_with_data(
        feed.encode(), content_type="application/xml")
    added = _reader("feeds", "add", httpserver.url_for(path), "--data-dir",
                    str(tmp_path / "data"))
    assert added.returncode == 0, added.stderr


async def _open_only_entry(pilot):  # type: ignore[no-untyped-def]
    """F, enter on the feed, enter on its one entry; the reading screen once it shows the
    entry's article."""
    await settle(pilot)
    await pilot.press("escape")
    await pilot.press("F")
    await pilot.pause()
    if isinstance(pilot.app.screen, FeedsScreen):
        await pilot.press("enter")
        await pilot.pause()
    assert isinstance(pilot.app.screen, EntriesScreen)
    await pilot.press("enter")
    screen = reading(pilot.app)
    for _ in range(50):
        await settle(pilot)
        if screen.article is not None and screen.mode == "ready" and not (
                screen.is_loading or screen.opening.pending):
            break
    return screen


async def test_a_podcasts_show_notes_keep_their_lists_links_and_lose_the_feeds_footer(
    make_app: Callable[..., ReaderApp], tmp_path: Path, httpserver: HTTPServer
) -> None:
    """Its notes (no page of their own) are read whole: the one-item sponsors list stays,
    relative links resolve against the feed's address, WordPress's footer goes."""
    _subscribe(tmp_path, httpserver, "/pod/feed.rss", PODCAST)
    app = make_app(None)
    async with app.run_test(size=(120, 40)) as pilot:
        article = (await _open_only_entry(pilot)).article
    texts = [block.text for block in article.blocks]
    assert "Rope and Sail - use code TIDE" in texts
    assert "Tide tables\nThe old wall" in texts
    assert not any("appeared first" in text for text in texts)
    links = {link.text: link.href for link in article.links}
    assert links["Tide tables"] == httpserver.url_for("/pod/tables.html")
    assert links["The old wall"] == httpserver.url_for("/history/wall")
    assert links["Rope and Sail"] == "https://sponsor.example/"
    assert "Episode 12" not in links and "Harbour Talk" not in links
    pictures = [block.src for block in article.blocks if block.type == "image"]
    assert pictures == [httpserver.url_for("/pod/art/episode-12.jpg")]


async def test_an_atom_entrys_links_follow_its_xml_base_and_its_read_more_lines_go(
    make_app: Callable[..., ReaderApp], tmp_path: Path, httpserver: HTTPServer
) -> None:
    """Its page is out of reach, so its content is read: its relative links resolve
    against the content's ``xml:base`` (itself relative to the feed's), not the entry's
    page; "Continue reading →" and "Read more" are no part of its text."""
    feed = ATOM.replace("{journal}", httpserver.url_for("/journal/"))
    _subscribe(tmp_path, httpserver, "/field/feed.atom", feed)
    httpserver.expect_request("/missing/walk").respond_with_data("Not Found", status=404)
    app = make_app(None)
    async with app.run_test(size=(120, 40)) as pilot:
        article = (await _open_only_entry(pilot)).article
    links = {link.text: link.href for link in article.links}
    assert links["The map we drew"] == httpserver.url_for("/media/2024/map.html")
    assert links["who we are"] == httpserver.url_for("/about")
    assert "Read more" not in article.text and "Continue reading →" not in article.text
    assert article.text.rstrip().endswith("who we are. Continue reading")
