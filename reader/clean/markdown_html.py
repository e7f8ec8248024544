"""Pictures a Markdown file sets in raw HTML: a README's centred logo or screenshot
(``<p align="center"><img src="docs/shot.png" alt="The app"></p>``), kept as the pictures
they are. Pictures inside a link are a row of badges, left out as Markdown's linked badges are.
"""

from __future__ import annotations

import html
import re

from reader.clean.extracted import Draft

__all__ = ["html_pictures"]

_LINK = re.compile(r"<a\b", re.I)
_IMG = re.compile(r"<img\b([^<>]*)>", re.I)  # ("[^<>]": never read past the next tag)
_ATTRIBUTE = re.compile(
    r"""(?<![\w-])(src|alt)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'<>]+))""", re.I
)


def html_pictures(block: str) -> list[Draft]:
    """The pictures (``image`` blocks: address and description) of a raw HTML block that
    shows nothing but pictures, none of them linked."""
    if _LINK.search(block):
        return []
    pictures: list[Draft] = []
    for tag in _IMG.finditer(block):
        values = {
            found[1].lower(): html.unescape(found[2] or found[3] or found[4] or "")
            for found in _ATTRIBUTE.finditer(tag[1])
        }
        src, alt = values.get("src", "").strip(), " ".join(values.get("alt", "").split())
        if src:
            pictures.append(Draft("image", alt, 0, src=src, alt=alt or None))
    return pictures
