"""Find a page's feed: its ``<link rel="alternate" type="...rss|atom|json...">``; failing
that, a link in the page to an address that names a feed ("/feed/", "rss.xml"); failing
that, the addresses where blog engines put one (:data:`USUAL_PLACES`)."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from urllib.parse import urljoin, urlsplit

from reader.core.lazy import lazy_re
from reader.sources.sniff import looks_like_feed

FEED_TYPES = (
    "application/rss+xml",
    "application/atom+xml",
    "application/feed+json",
    "application/json",
    "application/rdf+xml",
    "application/xml",
    "text/xml",
)
MAX_SCAN = 2 * 1024 * 1024  # the head is near the top: never scan more than this
MAX_ANCHORS = 3  # a page's links that name a feed, tried in order
# WordPress, Ghost, Substack and Medium (/feed), Hugo (/index.xml), Jekyll (/feed.xml),
# and the common static names: tried in order, each once, only when the page names no feed.
USUAL_PLACES = ("/feed", "/rss.xml", "/atom.xml", "/feed.xml", "/index.xml", "/rss")
# a feed's root element first, after an XML declaration, comments or a document type
_FEED_ROOT = lazy_re(rb"(?:<[?!][^>]{0,500}>\s*)*<(?:rss|feed|rdf:rdf)[\s>]")
# the last part of an address that names a feed: "feed", "rss", "atom", "feed.xml", "x.rss"
_FEED_PATH = lazy_re(
    r"(?:^|/)(?:feeds?|rss|atom|rss2|index\.(?:rss|atom)|(?:feed|rss|atom)\.xml)/?$"
    r"|\.(?:rss|atom)$",
    re.IGNORECASE,
)


class _Links(HTMLParser):
    """Collects the feed links of a page, and its links to addresses that name a feed."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.found: list[tuple[str, str]] = []  # (title, address) of each feed link
        self.anchors: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag not in ("link", "a"):
            return
        values = {name.lower(): (value or "") for name, value in attrs}
        href = values.get("href", "").strip()
        if tag == "a":
            if href and _FEED_PATH.search(_path(href)):
                self.anchors.append(href)
            return
        rels = values.get("rel", "").lower().split()
        kind = values.get("type", "").lower().split(";")[0].strip()
        if "alternate" in rels and kind in FEED_TYPES and href:
            self.found.append((values.get("title", ""), href))


def web_address(url: str) -> str:
    """A feed's address as the web serves it: the old ``feed:`` scheme that asked a browser to
    hand the address to a feed reader ("feed://example.com/rss", "feed:https://...") names
    the same feed over HTTP(S)."""
    url = url.strip()
    lower = url.lower()
    if lower.startswith(("feed:http://", "feed:https://")):
        return url[5:]
    if lower.startswith("feed://"):
        return "https://" + url[7:]
    return url


def is_web(address: str) -> bool:
    """An absolute http(s) address whose host can be read ("http://[::1" cannot)."""
    if not address.lower().startswith(("http://", "https://")):
        return False
    try:
        return bool(urlsplit(address).hostname)
    except ValueError:
        return False


def _path(href: str) -> str:
    try:
        return urlsplit(href).path
    except ValueError:  # (an unclosed "[" in the host)
        return ""


def looks_like_html(data: bytes, content_type: str | None) -> bool:
    """True for a web page rather than a feed document. A body that opens as a feed is one,
    whatever type the server gave it (RSS served as ``text/html`` is common)."""
    head = data[:1024].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if _FEED_ROOT.match(head) or looks_like_feed(data):  # (the latter: a JSON Feed too)
        return False
    if content_type in ("text/html", "application/xhtml+xml"):
        return True
    return head.startswith((b"<!doctype html", b"<html"))


def _read(data: bytes) -> _Links:
    parser = _Links()
    try:
        parser.feed(data[:MAX_SCAN].decode("utf-8", errors="replace"))
        parser.close()
    except (AssertionError, ValueError):  # (html.parser on broken markup)
        pass
    return parser


def _absolute(hrefs: list[str], base: str) -> list[str]:
    links: list[str] = []
    for href in hrefs:
        try:
            link = urljoin(base, web_address(href))
        except ValueError:
            continue
        if is_web(link) and link not in links:
            links.append(link)
    return links


def is_comments(title: str, href: str) -> bool:
    """Whether a page's feed link is to its comments ("Comments on all posts",
    "/comments/feed/", "?feed=comments-rss2"), not its posts."""
    return "comment" in title.lower() or "comments" in href.lower()


def page_feeds(data: bytes, base: str) -> tuple[list[str], list[str]]:
    """The page's feed addresses (absolute, in the page's order, a comments feed last: the
    page's first feed is its main one, whatever its format), and where a page that declares
    none may have one: its own links whose address names a feed (at most
    :data:`MAX_ANCHORS`), then :data:`USUAL_PLACES` on its site. The page is read once."""
    page = _read(data)
    ordered = sorted(page.found, key=lambda link: is_comments(*link))  # (stable: page order)
    declared = _absolute([href for _, href in ordered], base)
    anchors = _absolute(page.anchors, base)[:MAX_ANCHORS]
    usual = _absolute(list(USUAL_PLACES), base)
    return declared, anchors + [link for link in usual if link not in anchors]


__all__ = [
    "MAX_ANCHORS", "USUAL_PLACES", "is_comments", "is_web", "looks_like_html", "page_feeds",
    "web_address",
]
