"""Relative addresses in an entry's content made absolute, as the feed means them.

An Atom feed (and an RSS one that uses it) says where its content's addresses are relative
to with ``xml:base``, on the content or any element around it; without one, a relative
address in an entry is relative to the entry's page (what a blog's own links and pictures
are relative to) or, for an entry with no page (a podcast's notes), to the feed's address.
The content is stored with its addresses resolved so that it reads the same wherever it is
shown: a fragment ("#note-1") stays as it is, to stay a place in the text.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from reader.core.lazy import lazy_re
from reader.feeds.links import web_link

_ADDRESS = lazy_re(  # an attribute that holds one address, its value quoted or not
    r"""(?<=\s)((?:href|src|poster|cite|data-src)\s*=\s*)(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))""",
    re.IGNORECASE,
)
_SRCSET = lazy_re(r"""(?<=\s)(srcset\s*=\s*)(?:"([^"]*)"|'([^']*)')""", re.IGNORECASE)
# A tag with attributes. No "<" inside: a tag left open ends where the next one begins, so
# each is read to there at most (the markup is read once, however many are left open).
_TAG = lazy_re(r"""<[A-Za-z][^\s/>]*\s(?:[^<>"']|"[^"<]*"|'[^'<]*')*>""")


def content_base(xml_base: str | None, page: str | None, feed: str) -> str:
    """What an entry's relative addresses are relative to: its content's ``xml:base``
    (itself relative to the feed's address), else its page, else the feed's address."""
    if xml_base and xml_base.strip():
        return web_link(xml_base, feed) or feed
    return page or feed


def absolute_addresses(markup: str, base: str) -> str:
    """``markup`` with every relative address in a link, picture, video or quotation made
    absolute against ``base``; an address that is no web address is left as it was."""
    if not markup or ("=" not in markup):
        return markup

    def one(found: re.Match[str]) -> str:
        value = next(part for part in found.groups()[1:] if part is not None)
        return f'{found.group(1)}"{_resolved(value, base)}"'

    def several(found: re.Match[str]) -> str:
        value = found.group(2) if found.group(2) is not None else found.group(3)
        candidates = []
        for candidate in value.split(","):
            address, _, size = candidate.strip().partition(" ")
            candidates.append(" ".join(filter(None, [_resolved(address, base), size.strip()])))
        return f'{found.group(1)}"{", ".join(candidates)}"'

    def tag(found: re.Match[str]) -> str:
        return _SRCSET.sub(several, _ADDRESS.sub(one, found.group()))

    return _TAG.sub(tag, markup)


def _resolved(value: str, base: str) -> str:
    """``value`` against ``base`` when it is relative (a fragment alone stays); as an
    attribute's text (a quotation mark escaped)."""
    text = value.strip()
    try:
        scheme = urlsplit(text).scheme
    except ValueError:  # ("http://[::1": no address)
        return value.replace('"', "&quot;")
    if not text or text.startswith("#") or scheme:
        resolved = value
    else:
        resolved = web_link(text, base) or value
    return resolved.replace('"', "&quot;")


__all__ = ["absolute_addresses", "content_base"]
