"""Subscribe to a feed by its address or by any page of its site.

A page leads to its feed through ``<link rel="alternate">`` (each such link tried in order);
a page that declares none, through its links to an address that names a feed, then the
addresses where blog engines put one (:func:`~reader.feeds.discover.page_feeds`), all
within :data:`GUESS_DEADLINE` seconds."""

from __future__ import annotations

import asyncio
from typing import TYPE_CHECKING

from reader.core.sanitize import clean_shown as show
from reader.feeds.discover import looks_like_html, page_feeds, web_address
from reader.feeds.http import FeedResponse, get_feed, new_client
from reader.feeds.parse import FeedError, ParsedFeed, parse_feed
from reader.store import Feed, Store

if TYPE_CHECKING:
    import httpx

GUESS_DEADLINE = 30.0  # seconds for all the guesses at a page's feed together
LOCAL_STARTS = ("/", "./", "../", "~", "\\")  # a path, not a host ("example.com/feed")


def subscribe(store: Store, address: str) -> tuple[Feed, bool, int]:
    """Fetch ``address`` (a feed, or a page of a site that has one), subscribe,
    and store its entries: (the feed, whether it is new, how many entries are new)."""
    given, address = address, web_address(address)
    if not address:
        raise FeedError("Give the address of a feed, or of a page of its site.")
    if address.startswith(LOCAL_STARTS) or address.lower().startswith("file:"):
        raise FeedError(f"{show(address)} is a file: a feed is followed on the web, by its "
                        "http(s) address.")
    guessed = "://" not in address or given.strip().lower().startswith("feed://")
    if guessed and not _host_like(address.split("://", 1)[-1]):  # (not fetched: "abc")
        raise FeedError(f"{show(given.strip())} is not a web address: give the feed's "
                        "address (https://example.org/feed.xml) or its site's (example.org).")
    if "://" not in address:
        address = "https://" + address
    try:
        asked, response, parsed = asyncio.run(_find(address))
    except FeedError as error:
        if not (guessed and address.startswith("https://") and _unreachable(error)):
            raise
        # the scheme was ours to guess: a site with no https is read over http, as a
        # browser does when https cannot be reached
        asked, response, parsed = asyncio.run(_find("http://" + address[len("https://"):]))
    # (where a temporary redirect led is not the feed's address; a permanent one's is)
    feed, added = store.feeds.add(response.moved_to or asked, parsed.title, parsed.site)
    new = store.feeds.add_entries(feed.id, parsed.entries)
    store.feeds.checked(feed.id, etag=response.etag, last_modified=response.last_modified,
                        title=parsed.title or None, site=parsed.site)
    return store.feeds.find(feed.id) or feed, added, new


def _host_like(address: str) -> bool:
    """Whether ``address``, given with no scheme, starts with what could be a web host: a
    name with a dot in it, localhost, an IP address, or a name with a port ("intranet:8080");
    "abc", "news:" or "my feeds" is none."""
    host = address.split("/", 1)[0].rsplit("@", 1)[-1]
    if host.startswith("["):  # (an IPv6 address)
        return True
    host, _, port = host.partition(":")
    host = host.rstrip(".")
    return bool(host) and not any(char.isspace() for char in host) and (
        "." in host or host.lower() == "localhost" or port.isdigit())


def _unreachable(error: FeedError) -> bool:
    """Whether the host could not be reached at all (no connection, or no secure one), as
    opposed to an answer that was not a feed."""
    import httpx

    return isinstance(error.__cause__, httpx.ConnectError)


async def _find(address: str) -> tuple[str, FeedResponse, ParsedFeed]:
    """The feed's address as asked for (``address``, or the page's link to it), its
    response and its parsed document."""
    async with new_client() as client:
        response = await get_feed(client, address)
        data = response.data or b""
        if not looks_like_html(data, response.content_type):
            return address, response, _parsed(response, data)
        links, guesses = page_feeds(data, response.url)
        if links:
            return await _first_feed(client, links, links[0])
        try:
            async with asyncio.timeout(GUESS_DEADLINE):
                return await _first_feed(client, guesses, None)
        except (FeedError, TimeoutError):
            raise FeedError(
                f"{show(address)} is a page without a feed link, and its site has no feed "
                "where blogs usually keep one."
            ) from None


def _parsed(response: FeedResponse, data: bytes) -> ParsedFeed:
    """The feed ``response`` brought (``data``, its body), read in the server's charset."""
    return parse_feed(data, response.url, response.content_type, response.charset)


async def _first_feed(
    client: httpx.AsyncClient, links: list[str], named: str | None
) -> tuple[str, FeedResponse, ParsedFeed]:
    """The first of ``links`` that answers with a feed; else the error of ``named`` (the
    page's own feed link), or of the last one tried."""
    failure = FeedError("No feed was found.")
    for link in links:
        try:
            response = await get_feed(client, link)
            data = response.data or b""
            if looks_like_html(data, response.content_type):
                raise FeedError(f"{show(link)} is a web page, not a feed.")
            return link, response, _parsed(response, data)
        except FeedError as error:
            if named is None or link == named:
                failure = error
    raise failure
