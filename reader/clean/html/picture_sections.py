"""A heading naming a section of pictures ("Photographs", "Images [edit]") stays a heading.

A picture's credit standing alone ("Photo: Jane Doe", "Images") is dropped as boilerplate
text; a heading that says only that its section holds photographs, images or videos (a
wiki's "Photographs" with its "[edit]" link beside it) names the section under it and is
kept.
"""

from __future__ import annotations

import re

from lxml.html import HtmlElement

from reader.clean.html.blocks import HEADINGS
from reader.core.lazy import lazy_re

_PICTURES_WORD = lazy_re(
    r"^(?:photo(?:graph)?s|images|pictures|videos|gallery|galleries)\s*(?:\[[^\]]{0,30}\])?$",
    re.IGNORECASE,
)

def names_picture_section(element: HtmlElement, text: str) -> bool:
    """Whether ``element`` is a heading whose ``text`` is only a word for pictures."""
    return element.tag in HEADINGS and bool(_PICTURES_WORD.match(text))
