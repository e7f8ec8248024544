"""What a browser's "select all, copy" of a page gives: its visible text, one block a line
(:mod:`reader.clean.html.visible_text`). Used by ``copied_text.py`` to turn the WCXB pages into
the plain text a reader pastes."""

from __future__ import annotations

import lxml.html
from lxml import etree

from reader.clean.html.visible_text import visible_text


def browser_copy(html: str) -> str:
    """The page's text as "select all, copy" in a browser gives it (approximately)."""
    try:
        root = lxml.html.document_fromstring(html)
    except (etree.ParserError, ValueError):
        return ""
    return visible_text(root)
