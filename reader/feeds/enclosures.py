"""An entry's enclosures as its feed gives them: RSS's ``<enclosure url= type= length=>``
with the episode's ``<itunes:duration>``, Atom's ``<link rel="enclosure">`` (and a
``<content src>`` of audio or video), Media RSS's ``<media:content>`` of an address no
``<enclosure>`` has, JSON Feed's ``attachments``.

Addresses resolve against the feed's (and an Atom feed's ``xml:base``, which feedparser
applies); a type that is no MIME type, and a size or duration that is negative, huge or
no number, are left out, never a failure.
"""

from __future__ import annotations

from typing import Any

from reader.article.enclosures import (
    MAX_BYTES,
    MAX_SECONDS,
    VIDEO_PAGE,
    Enclosure,
    count,
    media_type,
    web_href,
)
from reader.core.lazy import lazy_re
from reader.core.web_address import address_parts
from reader.feeds.links import web_link

MAX_ENCLOSURES = 10  # kept of one entry (a feed may list hundreds)
MEDIA = ("audio/", "video/", "image/")
_CLOCK = lazy_re(r"(?:(\d{1,6}):)?(?:(\d{1,6}):)?(\d{1,9})(?:[.,]\d*)?")


def feed_enclosures(entry: Any, url: str) -> tuple[Enclosure, ...]:
    """A feedparser entry's enclosures; its ``<itunes:duration>`` is its first audio's or
    video's."""
    found = [  # (feedparser's "enclosures" are these links, made anew at each reading)
        (item.get("href"), item.get("type"), item.get("length"), None)
        for item in _dicts(dict.get(entry, "links"))[: MAX_ENCLOSURES * 8]
        if item.get("rel") == "enclosure"
    ]
    for content in _dicts(dict.get(entry, "content")):  # Atom: <content src> of audio, video
        if media_type(content.get("type")) and str(content.get("type")).startswith(MEDIA):
            found.append((content_address(content), content.get("type"), None, None))
    found += media_contents(entry)
    enclosures = _enclosures(found, url)
    duration = itunes_seconds(dict.get(entry, "itunes_duration"))
    if duration is None:
        return enclosures
    first = next((i for i, e in enumerate(enclosures) if e.kind in ("audio", "video")), None)
    if first is None:
        return enclosures
    timed = Enclosure(enclosures[first].href, enclosures[first].type,
                      enclosures[first].length, enclosures[first].duration or duration)
    return (*enclosures[:first], timed, *enclosures[first + 1 :])


def media_contents(entry: Any) -> list[tuple[object, object, object, object]]:
    """Media RSS's ``<media:content url= type= medium= fileSize= duration=>`` (those inside
    a ``<media:group>`` too: feedparser lists them alike), as (address, type, length,
    duration). A Flash player (YouTube's, which no browser plays) on the host of the
    entry's own link is the video of that page: a video enclosure at the link (the entry
    then reads as its own text, the line atop it opening the page); one elsewhere is left
    out (its address is a player, no page). Left out too: a picture only its ``medium``
    names (told by neither its type nor its address, it would be shown as a file)."""
    found: list[tuple[object, object, object, object]] = []
    for item in _dicts(dict.get(entry, "media_content"))[: MAX_ENCLOSURES * 4]:
        kind = media_type(item.get("type"))
        if kind == VIDEO_PAGE:
            page = video_page(item.get("url"), dict.get(entry, "link"))
            if page is not None:
                found.append((page, VIDEO_PAGE, None, item.get("duration")))
            continue
        href = item.get("url")
        if item.get("medium") == "image" and isinstance(href, str) and Enclosure(
                href, kind).kind != "image":
            continue
        found.append((href, kind, item.get("filesize"), item.get("duration")))
    return found


def video_page(player: object, link: object) -> str | None:
    """``link``, the entry's page, if the Flash ``player`` is on its host (YouTube's
    ``/v/ID`` for ``/watch?v=ID``); both must be clean http(s) addresses."""
    player_address = web_href(player)
    page = web_href(link)
    if player_address is None or page is None:
        return None
    return page if _host(player_address) == _host(page) else None


def _host(address: str) -> str:
    parts = address_parts(address)
    host = (parts.hostname or "").lower() if parts else ""
    return host.removeprefix("www.")


def json_attachments(item: dict[str, Any], url: str) -> tuple[Enclosure, ...]:
    """A JSON Feed item's ``attachments`` (``url``, ``mime_type``, ``size_in_bytes``,
    ``duration_in_seconds``)."""
    found = [
        (each.get("url"), each.get("mime_type"), each.get("size_in_bytes"),
         each.get("duration_in_seconds"))
        for each in _dicts(item.get("attachments"))[: MAX_ENCLOSURES * 4]
    ]
    return _enclosures(found, url)


def content_address(content: dict[str, Any]) -> str:
    """The address an Atom ``<content src>`` names, resolved against its ``xml:base``
    (feedparser leaves it as written); "" for none."""
    src = content.get("src")
    if not isinstance(src, str) or not src.strip():
        return ""
    base = content.get("base")
    if isinstance(base, str) and base:
        from urllib.parse import urljoin

        try:
            return urljoin(base, src.strip())
        except ValueError:
            return ""
    return src


def itunes_seconds(value: object) -> int | None:
    """``<itunes:duration>`` in seconds: "2710", "45:10", "1:02:03", "01:02:03.5"; None for
    anything else, or a duration past :data:`MAX_SECONDS`."""
    if not isinstance(value, str):
        return None
    found = _CLOCK.fullmatch(value.strip()[:40])
    if found is None:
        return None
    hours, minutes, seconds = found.groups()
    if minutes is None and hours is not None:  # "45:10": minutes and seconds
        hours, minutes = None, hours
    total = int(hours or 0) * 3600 + int(minutes or 0) * 60 + int(seconds)
    return count(total, MAX_SECONDS)


def _enclosures(found: list[tuple[object, object, object, object]], url: str
                ) -> tuple[Enclosure, ...]:
    """Each (address, type, length, duration) with an address, checked, each address once."""
    kept: dict[str, Enclosure] = {}
    for href, kind, length, duration in found:
        address = web_href(web_link(href, url))  # (no control of any kind in it)
        if address is None or address in kept:
            continue
        kept[address] = Enclosure(address, media_type(kind), count(length, MAX_BYTES),
                                  count(duration, MAX_SECONDS))
        if len(kept) == MAX_ENCLOSURES:
            break
    return tuple(kept.values())


def _dicts(value: object) -> list[dict[str, Any]]:
    return [item for item in value if isinstance(item, dict)] if isinstance(value, list) else []


__all__ = ["MAX_ENCLOSURES", "content_address", "feed_enclosures", "itunes_seconds",
           "json_attachments", "media_contents", "video_page"]
