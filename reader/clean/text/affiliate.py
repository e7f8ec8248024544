"""A site's note that it earns from the links in its articles: "As an Amazon Associate we
earn from qualifying purchases", "When you buy through our links, we may earn a commission".

A review site sets it over or under every article; it speaks of the site, not the subject.
"""

from __future__ import annotations

import re

from reader.core.lazy import lazy_re

MAX_WORDS = 80  # a note, not a paragraph of the article

_LINKS = (
    r"(?:affiliate links?|through (?:our|these|my|the) links|qualifying purchases|"
    r"(?:the )?links on (?:our|this) (?:site|page))"
)
_EARNS = r"(?:commissions?|earn|compensat)"
_NOTICE = lazy_re(
    rf"{_LINKS}(?:\W+\w+){{0,30}}?\W+{_EARNS}|{_EARNS}(?:\W+\w+){{0,30}}?\W+{_LINKS}", re.I
)
# the site or its writer speaking ("we may earn", "I may receive"), not the article telling
# of others' ("Streamers earn a commission when viewers buy ... via affiliate links")
_SITE_SPEAKS = lazy_re(r"\b(?:we|i|us|our|my)\b|\bthis (?:site|page|post|article)\b", re.I)


def is_affiliate_notice(text: str) -> bool:
    """Whether ``text`` is a site's note that it earns from its links.

    Measured on the WCXB dev articles copied whole: of the 29 body lines that say so, 24 are
    not in the reference text (661 words against 171)."""
    if len(text.split()) > MAX_WORDS:
        return False
    return bool(_NOTICE.search(text) and _SITE_SPEAKS.search(text))


__all__ = ["is_affiliate_notice"]
