"""A feed's addresses (an entry's link, an enclosure's, the site's) as a browser reads them."""

from __future__ import annotations

from urllib.parse import urljoin

from reader.core.web_address import safe_web_address

_LINK_SPACES = str.maketrans({"\t": None, "\n": None, "\r": None, " ": "%20"})


def web_link(value: object, base: str) -> str | None:
    """An http(s) address (relative ones resolved against ``base``, the feed's), else None.
    As a browser reads one: a tab or line break inside it is dropped, a space is "%20" (a
    feed's "https://x.example/my post/" names that page). What is left passes the check
    every page's address passes (``safe_web_address``: no control, no invisible character
    such as a right-to-left override, at most ``MAX_ADDRESS`` characters)."""
    text = (value if isinstance(value, str) else "").strip().translate(_LINK_SPACES)
    if not text:
        return None
    try:
        link = urljoin(base, text)
    except ValueError:
        return None
    return safe_web_address(link)


__all__ = ["web_link"]
