"""Find a page's feed: its ``<link rel="alternate" type="...rss|atom|json...">``."""

from __future__ import annotations

from html.parser import HTMLParser
from urllib.parse import urljoin

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


class _Links(HTMLParser):
    """Collects the feed links of a page, in order."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.found: list[tuple[int, str]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag != "link":
            return
        values = {name.lower(): (value or "") for name, value in attrs}
        rels = values.get("rel", "").lower().split()
        kind = values.get("type", "").lower().split(";")[0].strip()
        href = values.get("href", "").strip()
        if "alternate" in rels and kind in FEED_TYPES and href:
            self.found.append((FEED_TYPES.index(kind), href))


def looks_like_html(data: bytes, content_type: str | None) -> bool:
    """True for a web page rather than a feed document."""
    if content_type in ("text/html", "application/xhtml+xml"):
        return True
    head = data[:1024].lstrip().lower()
    return head.startswith((b"<!doctype html", b"<html"))


def feed_links(data: bytes, base: str) -> list[str]:
    """The page's feed addresses (absolute), RSS and Atom before JSON."""
    parser = _Links()
    try:
        parser.feed(data[:MAX_SCAN].decode("utf-8", errors="replace"))
        parser.close()
    except (AssertionError, ValueError):  # (html.parser on broken markup)
        pass
    links = []
    for _, href in sorted(parser.found, key=lambda pair: pair[0]):
        try:
            link = urljoin(base, href)
        except ValueError:
            continue
        if link.lower().startswith(("http://", "https://")) and link not in links:
            links.append(link)
    return links
