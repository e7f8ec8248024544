"""Subscribe to a feed by its address or by any page that links to one."""

from __future__ import annotations

import asyncio

from reader.core.sanitize import clean_shown as show
from reader.feeds.discover import feed_links, looks_like_html
from reader.feeds.http import FeedResponse, get_feed, new_client
from reader.feeds.parse import FeedError, ParsedFeed, parse_feed
from reader.store import Feed, Store


def subscribe(store: Store, address: str) -> tuple[Feed, bool, int]:
    """Fetch ``address`` (a feed, or a page with ``<link rel="alternate">``), subscribe,
    and store its entries: (the feed, whether it is new, how many entries are new)."""
    if "://" not in address:
        address = "https://" + address
    response, parsed = asyncio.run(_find(address))
    feed, added = store.feeds.add(response.url, parsed.title, parsed.site)
    new = store.feeds.add_entries(feed.id, parsed.entries)
    store.feeds.checked(feed.id, etag=response.etag, last_modified=response.last_modified,
                        title=parsed.title or None, site=parsed.site)
    return store.feeds.find(feed.id) or feed, added, new


async def _find(address: str) -> tuple[FeedResponse, ParsedFeed]:
    async with new_client() as client:
        response = await get_feed(client, address)
        data = response.data or b""
        if looks_like_html(data, response.content_type):
            links = feed_links(data, response.url)
            if not links:
                raise FeedError(f"{show(address)} is a page without a feed link.")
            response = await get_feed(client, links[0])
            data = response.data or b""
        return response, parse_feed(data, response.url, response.content_type)
