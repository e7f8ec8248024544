"""Empty elements the parser filled: HTML's void elements hold nothing, but libxml2's HTML
parser does not know some of them as empty (``<wbr>``, ``<embed>``, ``<source>``, ``<track>``,
``<keygen>``, ``<bgsound>``, and ``<image>``, which browsers read as ``<img>``) and puts
everything after one, up to its parent's end, inside it.

A word broken for wrapping ("Histogram<wbr>Configuration", as rustdoc and many API pages
write long names) then swallows the blocks that follow it in its parent, a code block after
it splits its line's paragraph in two, and the words after an ``<embed>`` or a picture's
``<source>`` go with the media dropped. What the parser put inside is moved back after the
element, where the page wrote it. (Its own void tags, ``<br>``, ``<img>``, ``<param>``,
``<area>``..., stay empty.)
"""

from __future__ import annotations

import re

from lxml.html import HtmlElement

from reader.core.lazy import lazy_re

VOID_TAGS = ("wbr", "embed", "source", "track", "keygen", "bgsound", "image")
WRITTEN = lazy_re(r"<(?:wbr|embed|source|track|keygen|bgsound|image)\b", re.IGNORECASE)
# (a page without one is not walked)


def empty_voids(tree: HtmlElement) -> int:
    """Move what the parser put inside each :data:`VOID_TAGS` element after it; return how
    many were filled."""
    filled = 0
    for element in list(tree.iter(*VOID_TAGS)):
        parent = element.getparent()
        if parent is None or (element.text is None and not len(element)):
            continue
        filled += 1
        inside, after = element.text, element.tail
        children = list(element)
        element.text, element.tail = None, inside
        at = parent.index(element)
        for offset, child in enumerate(children, 1):
            parent.insert(at + offset, child)  # (with its tail)
        last = children[-1] if children else element
        if after:
            last.tail = (last.tail or "") + after
    return filled


__all__ = ["VOID_TAGS", "WRITTEN", "empty_voids"]
