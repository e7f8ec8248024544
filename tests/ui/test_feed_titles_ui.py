"""Entry titles a generator escaped once too often, listed through the real app."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Callable
from pathlib import Path

import pytest
from pytest_httpserver import HTTPServer

from reader.feeds import subscribe
from reader.store import Store
from reader.ui.app import ReaderApp
from tests.ui.ui_helpers import screen_text, settle

pytestmark = pytest.mark.anyio

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title type="text">Ports &amp;amp; Docks</title>
<id>urn:ports</id><updated>2024-04-01T10:00:00Z</updated>
<entry><id>urn:ports:1</id><title type="text">Cranes &amp;amp; robots &amp;#8212; why &lt;3</title>
<link href="https://ports.example/1"/><updated>2024-04-01T10:00:00Z</updated></entry>
<entry><id>urn:ports:2</id><title type="text">Why &lt;details&gt; &amp; &lt;summary&gt;</title>
<link href="https://ports.example/2"/><updated>2024-03-01T10:00:00Z</updated></entry>
</feed>"""


async def test_a_title_escaped_twice_is_listed_as_its_words(
    make_app: Callable[..., ReaderApp], tmp_path: Path, httpserver: HTTPServer
) -> None:
    """mkdocs-rss-plugin writes its JSON Feed's titles as HTML ("Hello &amp; friends"),
    where JSON Feed's are plain text; an Atom ``type="text"`` title may be HTML escaped
    once more. Their character references are read ("&", "—"); what stands between "<"
    and ">" in a plain title stays ("<details>")."""
    document = {
        "version": "https://jsonfeed.org/version/1.1", "title": "MkDocs &amp; Blog",
        "home_page_url": "https://docs.example/",
        "items": [{"id": "https://docs.example/hello/", "url": "https://docs.example/hello/",
                   "title": "Hello from MkDocs &amp; friends &#8217;24",
                   "content_html": "<p>Body.</p>",
                   "date_published": "2024-02-10T00:00:00+00:00"}],
    }
    httpserver.expect_request("/feed.json").respond_with_data(
        json.dumps(document), content_type="application/feed+json")
    httpserver.expect_request("/atom.xml").respond_with_data(
        ATOM, content_type="application/atom+xml")

    def subscribed() -> None:  # (subscribe runs its own event loop: off this one)
        with Store.open(tmp_path / "data") as store:
            subscribe(store, httpserver.url_for("/feed.json"))
            subscribe(store, httpserver.url_for("/atom.xml"))

    await asyncio.to_thread(subscribed)
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("F")
        await pilot.pause()
        feeds = screen_text(app)
        assert "MkDocs & Blog" in feeds and "Ports & Docks" in feeds
        await pilot.press("enter")  # (the first feed: "MkDocs & Blog")
        await pilot.pause()
        assert "● Hello from MkDocs & friends ’24" in screen_text(app)
        await pilot.press("escape", "down", "enter")
        await pilot.pause()
        text = screen_text(app)
        assert "● Cranes & robots — why <3" in text
        assert "● Why <details> & <summary>" in text
        assert "&amp;" not in feeds + text
