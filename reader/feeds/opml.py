"""OPML: read a subscription list (defusedxml: no entities), write one."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING
from xml.sax.saxutils import quoteattr

from reader.core.sanitize import clean_line
from reader.core.web_address import safe_web_address
from reader.feeds.discover import web_address
from reader.feeds.feed_bytes import feed_as_utf8
from reader.feeds.parse import ENTITIES, FeedError
from reader.store import Feed

if TYPE_CHECKING:
    from xml.etree.ElementTree import Element

MAX_OPML_BYTES = 20 * 1024 * 1024
FEED_ROOTS = ("rss", "feed", "rdf")  # RSS 0.9x/2.0, Atom, RSS 1.0 (rdf:RDF)
NOT_WEB = "not a web address"
TWICE = "listed twice"
REASONS = {NOT_WEB: "not web addresses", TWICE: "listed twice"}  # (plurals)


@dataclass
class OpmlFeeds:
    """What an OPML file lists: its feeds as (address, title), and the outlines left out,
    each as (its title and address, why: :data:`NOT_WEB` or :data:`TWICE`)."""

    feeds: list[tuple[str, str]] = field(default_factory=list)
    skipped: list[tuple[str, str]] = field(default_factory=list)

    def skipped_text(self) -> str:
        """How many were left out and why: "2 skipped (not web addresses)"; "" for none."""
        if not self.skipped:
            return ""
        counts = Counter(reason for _, reason in self.skipped)
        if len(counts) == 1:
            ((reason, count),) = counts.items()
            return f"{count} skipped ({reason if count == 1 else REASONS[reason]})"
        parts = [f"{count} {reason if count == 1 else REASONS[reason]}"
                 for reason, count in counts.items()]
        return f"{len(self.skipped)} skipped ({', '.join(parts)})"


def _local(name: object) -> str:
    """A tag's or attribute's name without its namespace, lowercased."""
    return str(name).rsplit("}", 1)[-1].lower()


def _attribute(element: Element, name: str) -> str | None:
    """``element``'s attribute ``name`` in any capitals (``xmlUrl``, ``xmlURL``, ``xmlurl``)."""
    found = element.get(name)
    if found is not None:
        return found
    return next((value for key, value in element.attrib.items() if _local(key) == name.lower()),
                None)


def read_opml(data: bytes) -> list[tuple[str, str]]:
    """Every ``<outline xmlUrl=...>`` as (address, title), nested folders included."""
    return scan_opml(data).feeds


def scan_opml(data: bytes) -> OpmlFeeds:
    """Every ``<outline xmlUrl=...>`` (in any capitals) as (address, title), nested folders
    included, and those left out: an address that is no web address (``javascript:``,
    ``file:``, one with a control or an invisible character), one listed before. Its bytes
    are decoded as a feed's are (an export in Latin-1 that says nothing of it reads too)."""
    from xml.etree.ElementTree import ParseError

    from defusedxml import DefusedXmlException
    from defusedxml.ElementTree import fromstring

    if len(data) > MAX_OPML_BYTES:
        raise FeedError("The OPML file is larger than 20 MB.")
    try:
        root = fromstring(feed_as_utf8(data), forbid_dtd=False, forbid_entities=True,
                          forbid_external=True)
    except DefusedXmlException as error:
        raise FeedError(ENTITIES.replace("The feed", "The OPML file")) from error
    except ParseError as error:
        raise FeedError("This is not an OPML file (it is not well-formed XML).") from error
    kind = _local(root.tag)  # (a namespace, if any, left out)
    if kind in FEED_ROOTS:
        raise FeedError("This is a feed, not an OPML file: 'reader feeds add' subscribes to "
                        "a feed by its address.")
    if kind != "opml":
        raise FeedError("This is not an OPML file (its XML is no <opml> document).")
    result = OpmlFeeds()
    seen: set[str] = set()
    for outline in root.iter():
        given = _attribute(outline, "xmlUrl") if _local(outline.tag) == "outline" else None
        if given is None or not given.strip():
            continue  # (a folder)
        url = web_address(given)
        title = _attribute(outline, "title") or _attribute(outline, "text") or ""
        title = " ".join(clean_line(title).split())[:300]
        if not safe_web_address(url) or url in seen:
            named = f"{title}: {given.strip()}" if title else given.strip()
            result.skipped.append((named, TWICE if url in seen else NOT_WEB))
            continue
        seen.add(url)
        result.feeds.append((url, title))
    return result


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
