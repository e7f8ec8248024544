"""OPML: read a subscription list (defusedxml: no entities), write one."""

from __future__ import annotations

from collections.abc import Iterable
from xml.sax.saxutils import quoteattr

from reader.core.sanitize import clean_line
from reader.feeds.discover import is_web, web_address
from reader.feeds.parse import ENTITIES, FeedError
from reader.store import Feed

MAX_OPML_BYTES = 20 * 1024 * 1024
FEED_ROOTS = ("rss", "feed", "rdf")  # RSS 0.9x/2.0, Atom, RSS 1.0 (rdf:RDF)


def read_opml(data: bytes) -> list[tuple[str, str]]:
    """Every ``<outline xmlUrl=...>`` as (address, title), nested folders included."""
    from xml.etree.ElementTree import ParseError

    from defusedxml import DefusedXmlException
    from defusedxml.ElementTree import fromstring

    if len(data) > MAX_OPML_BYTES:
        raise FeedError("The OPML file is larger than 20 MB.")
    try:
        root = fromstring(data, forbid_dtd=False, forbid_entities=True, forbid_external=True)
    except DefusedXmlException as error:
        raise FeedError(ENTITIES.replace("The feed", "The OPML file")) from error
    except ParseError as error:
        raise FeedError("This is not an OPML file (it is not well-formed XML).") from error
    kind = str(root.tag).rsplit("}", 1)[-1].lower()  # (a namespace, if any, left out)
    if kind in FEED_ROOTS:
        raise FeedError("This is a feed, not an OPML file: 'reader feeds add' subscribes to "
                        "a feed by its address.")
    if kind != "opml":
        raise FeedError("This is not an OPML file (its XML is no <opml> document).")
    found: list[tuple[str, str]] = []
    seen: set[str] = set()
    for outline in root.iter("outline"):
        url = web_address(outline.get("xmlUrl") or outline.get("xmlurl") or "")
        if not is_web(url) or url in seen:
            continue
        seen.add(url)
        title = outline.get("title") or outline.get("text") or ""
        found.append((url, " ".join(clean_line(title).split())[:300]))
    return found


def write_opml(feeds: Iterable[Feed]) -> str:
    """An OPML 2.0 document listing ``feeds``."""
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<opml version="2.0">',
        "  <head><title>reader feeds</title></head>",
        "  <body>",
    ]
    for feed in feeds:
        title = quoteattr(clean_line(feed.title))
        site = f" htmlUrl={quoteattr(clean_line(feed.site))}" if feed.site else ""
        lines.append(
            f'    <outline type="rss" text={title} title={title} '
            f"xmlUrl={quoteattr(clean_line(feed.url))}{site}/>"
        )
    lines += ["  </body>", "</opml>", ""]
    return "\n".join(lines)
