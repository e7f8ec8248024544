"""Pictures a Markdown file sets in raw HTML: a README's centred logo or screenshot
(``<p align="center"><img src="docs/shot.png" alt="The app"></p>``), kept as the pictures
they are. Pictures inside a link are a row of badges, left out as Markdown's linked badges are.
"""

from __future__ import annotations

import html
import re

from reader.clean.extracted import Draft
from reader.clean.markdown_templates import attributes
from reader.core.lazy import lazy_re

__all__ = ["html_pictures"]

_LINK = lazy_re(r"<a\b", re.I)
_IMG = lazy_re(r"<img\b([^<>]*)>", re.I)  # ("[^<>]": never read past the next tag)


def html_pictures(block: str) -> list[Draft]:
    """The pictures (``image`` blocks: address and description) of a raw HTML block that
    shows nothing but pictures, none of them linked."""
    if _LINK.search(block):
        return []
    pictures: list[Draft] = []
    for tag in _IMG.finditer(block):
        values = attributes(tag[1])
        src = html.unescape(values.get("src", "")).strip()
        alt = " ".join(html.unescape(values.get("alt", "")).split())
        if src:
            pictures.append(Draft("image", alt, 0, src=src, alt=alt or None))
    return pictures
