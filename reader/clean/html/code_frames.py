"""The furniture a highlighter sets around a code listing, outside its ``<pre>``.

- A gutter of line numbers beside the ``<pre>`` (VitePress's ``line-numbers-wrapper``: "1",
  "2", "3" in an element of its own after the code) read as a paragraph "1 2 3" under the
  listing: an element a gutter's class names, holding only numbers counting up from 0 or
  1, beside a ``<pre>`` goes.
- A listing's frame titled for a screen reader (Expressive Code, Astro Starlight's
  highlighter: ``<figcaption><span class="sr-only">Terminal window</span></figcaption>``
  over a shell's commands) read as a line "Terminal window" over every command: text only
  a screen reader hears inside the caption of a ``<figure>`` around code and no picture
  goes. Elsewhere screen-reader text stays (a reading view keeps it).
"""

from __future__ import annotations

import re

from lxml.html import HtmlElement

from reader.clean.explain import DropLog
from reader.clean.html.code_blocks import is_line_numbers
from reader.clean.html.dropping import drop
from reader.clean.meta.caption import titles_a_listing
from reader.core.lazy import lazy_re

__all__ = ["clear_code_frames"]

_GUTTER_CLASS = lazy_re(r"(?:^|[\s_-])(?:line-?numbers?|linenos?|gutter)(?:$|[\s_-])", re.I)
_SCREEN_READER_CLASS = lazy_re(
    r"(?:^|\s)(?:sr-only|visually-?hidden|screen-reader-(?:text|only)|a11y-hidden)(?:$|\s)"
)


def _beside_a_listing(element: HtmlElement) -> bool:
    """Whether a sibling of ``element`` is a ``<pre>`` or holds one."""
    parent = element.getparent()
    if parent is None:
        return False
    return any(
        sibling is not element and isinstance(sibling.tag, str)
        and (sibling.tag == "pre" or next(sibling.iter("pre"), None) is not None)
        for sibling in parent
    )


def _is_gutter(element: HtmlElement) -> bool:
    """A line-number gutter standing beside its listing, outside the ``<pre>``."""
    if element.tag == "pre" or not _GUTTER_CLASS.search(element.get("class") or ""):
        return False
    text = " ".join(element.itertext()).strip()  # (spans one a line, ``<br>`` between)
    return text[:1] in ("0", "1") and is_line_numbers(text) and _beside_a_listing(element)


def clear_code_frames(tree: HtmlElement, log: DropLog | None = None) -> None:
    """Drop the gutters beside code listings and the screen-reader titles of their frames
    (see the module's rules), each recorded in ``log`` as "code-frame"."""
    gone: list[HtmlElement] = []
    for element in tree.iter("div", "span", "td", "figcaption"):
        if element.tag == "figcaption":
            if titles_a_listing(element):
                gone += [node for node in element.iter()
                         if _SCREEN_READER_CLASS.search(node.get("class") or "")]
        elif _is_gutter(element):
            gone.append(element)
    for element in gone:
        if element.getparent() is not None:
            drop(element, log, "code-frame")
