"""Whether an address is a clean http(s) one: the one check every address from a page or a
feed passes before it is opened, followed or kept (a link, an enclosure)."""

from __future__ import annotations

from urllib.parse import SplitResult, urlsplit

from reader.core.lazy import lazy_re

MAX_ADDRESS = 2000  # characters
# controls, spaces and invisible characters (zero-width, bidirectional overrides)
_UNSAFE_IN_URL = lazy_re(r"[\x00-\x20\x7f-\x9f\u00a0\u200b-\u200f\u2028-\u202e\u2060-\u206f]")


def address_parts(address: str) -> SplitResult | None:
    """``urlsplit(address)``, or None for an address it refuses ("http://[harbour/": an
    unclosed IPv6 host): a page's, a feed's or a book's addresses are anyone's text."""
    try:
        return urlsplit(address)
    except ValueError:
        return None


def safe_web_address(candidate: str) -> str | None:
    """``candidate`` if it is a clean http(s) address (no control characters, spaces or
    invisible characters, a host, at most :data:`MAX_ADDRESS` characters), else None."""
    if not candidate or len(candidate) > MAX_ADDRESS or _UNSAFE_IN_URL.search(candidate):
        return None
    try:
        parts = urlsplit(candidate)
        host = parts.hostname
    except ValueError:
        return None
    if parts.scheme.lower() in ("http", "https") and host:
        return candidate
    return None


__all__ = ["MAX_ADDRESS", "address_parts", "safe_web_address"]
