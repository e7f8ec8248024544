"""A page that sends its reader on at once: ``<meta http-equiv="refresh" content="0;
url=...">`` (old sites, link shorteners, moved pages) or the ``Refresh`` header. A browser
goes there; so does the reader, as it follows a redirect. A refresh after more than
:data:`MAX_DELAY` seconds is a page reloading itself (a news front page every five minutes),
not a move, and a refresh to the same address or to anything but http(s) is no move either."""

from __future__ import annotations

import html
import re
from urllib.parse import urldefrag, urljoin, urlsplit

from reader.core.lazy import lazy_re

MAX_DELAY = 10  # seconds: a longer wait is a page reloading itself
MAX_SCANNED = 65_536  # bytes: the <head> where the tag stands (a big page is an article)
_META = lazy_re(rb"<meta\b[^>]{0,2000}>", re.IGNORECASE)
_HTTP_EQUIV = lazy_re(rb"""http-equiv\s*=\s*["']?\s*refresh\b""", re.IGNORECASE)
_CONTENT = lazy_re(rb"""\bcontent\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))""", re.IGNORECASE)
_VALUE = lazy_re(r"""^\s*(\d+)(?:\.\d*)?\s*(?:[;,]\s*(?:url\s*=\s*)?["']?([^"'\s]+)["']?)?""",
                    re.IGNORECASE)


def _target(value: str, url: str) -> str | None:
    """The address a refresh value ("0; url=/new") sends to, resolved against ``url``."""
    found = _VALUE.match(html.unescape(value))
    if not found or not found.group(2) or int(found.group(1)) > MAX_DELAY:
        return None
    try:
        target = urljoin(url, found.group(2).strip())
        scheme = urlsplit(target).scheme.lower()
    except ValueError:
        return None
    if scheme not in ("http", "https") or urldefrag(target)[0] == urldefrag(url)[0]:
        return None
    return target


def refresh_target(data: bytes, url: str, header: str | None = None) -> str | None:
    """Where the page at ``url`` sends its reader at once, or None: its ``Refresh`` header,
    else the first refresh ``<meta>`` of its first :data:`MAX_SCANNED` bytes."""
    if header:
        return _target(header, url)
    head = data[:MAX_SCANNED]
    if b"refresh" not in head.lower():
        return None
    for tag in _META.finditer(head):
        if not _HTTP_EQUIV.search(tag.group()):
            continue
        content = _CONTENT.search(tag.group())
        if content:
            value = next(part for part in content.groups() if part is not None)
            return _target(value.decode("latin-1"), url)
    return None


__all__ = ["MAX_DELAY", "refresh_target"]
