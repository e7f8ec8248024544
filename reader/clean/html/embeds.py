"""A video a page embeds (a YouTube or Vimeo player in an ``<iframe>``): a browser draws the
player; the reader says a video stands there and links to it, so it can be watched (``f``
lists it with the article's links). Other frames (ads, forms, trackers) stay unread.

readability keeps a frame whose address is a video's (``is_video_url``: only
``https://youtube.com`` and ``vimeo.com`` themselves); :func:`is_video_player` widens that to
every player named here (``player.vimeo.com``, ``youtube-nocookie.com``, an address without
its scheme).

Measured: the line's two to six words are no label's, so the scores move down a little where
a page has a video: WCXB dev articles F1 0.95766 -> 0.95765 (6 pages moved), held-out 0.94756
-> 0.94745; the 181 pages 0.9807 -> 0.9804 (9 pages show their videos)."""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from lxml.html import HtmlElement

from reader.clean.extracted import Draft
from reader.core.lazy import lazy_re

_PLAYERS = {  # a player's host, and the site's name
    "youtube.com": "YouTube", "youtube-nocookie.com": "YouTube", "youtu.be": "YouTube",
    "vimeo.com": "Vimeo",
}
# a title that names the player, not the video ("YouTube video player", "vimeo Video Player")
# (read in a title whose whitespace is single spaces, none at its ends)
_GENERIC = lazy_re(r"^(?:(?:youtube|vimeo) )?(?:embed(?:ded)? )?video(?: player)?$", re.I)
MAX_TITLE = 200  # characters of a video's title shown


def _site(src: str) -> str | None:
    """The video site of a player's address, or None for any other frame."""
    try:
        host = (urlsplit(src if "//" in src else f"//{src}").hostname or "").lower()
    except ValueError:  # (an address urlsplit refuses: "http://[oops")
        return None
    host = host.removeprefix("www.").removeprefix("player.")
    return _PLAYERS.get(host)


def is_video_player(src: str) -> bool:
    """Whether ``src`` is the address of a video site's player."""
    return _site(src) is not None


def video_block(frame: HtmlElement) -> Draft | None:
    """A paragraph for an embedded video ("Video: its title", or "Video on YouTube" when its
    frame names only the player), linked to the player's address; None for other frames."""
    src = (frame.get("src") or "").strip()
    site = _site(src) if src else None
    if site is None:
        return None
    title = " ".join((frame.get("title") or "").split())[:MAX_TITLE]
    text = f"Video: {title}" if title and not _GENERIC.match(title) else f"Video on {site}"
    return Draft("paragraph", text, 0, links=((text, src),))


__all__ = ["is_video_player", "video_block"]
