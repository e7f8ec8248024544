"""An EPUB book's page (``reader.sources.epub``) as one long article: every chapter's blocks.

A chapter is all content: no readability choice of one node, no boilerplate rules (a book's
short lines are its text). What every page gets still happens: hidden elements out, scripts,
styles and navigation skipped, every string sanitised later by ``assemble``. Two kinds of part
are left out: a cover (a picture before any text, or the part the guide calls the cover,
with a few words at most) and a contents page (its words nearly all links into the book); a
``<nav>`` in a chapter is skipped as on any page.
"""

from __future__ import annotations

from lxml.html import HtmlElement

from reader.clean.extracted import Extracted
from reader.clean.html.blocks import html_to_blocks
from reader.clean.html.hidden import drop_hidden
from reader.clean.html.pipeline import EMPTY_MESSAGE, drop_header_repeats, parse_html
from reader.core.errors import LoadError

COVER_WORDS = 12  # a cover page's words at most (its title and author, set as text)
CONTENTS_LINKS = 3  # a contents page links to this many places in the book at least ...
CONTENTS_SHARE = 0.7  # ... and these links hold this share of its words at least
_PICTURES = ("img", "svg", "image", "picture")


def _words(element: HtmlElement) -> int:
    return len(element.text_content().split())


def _is_cover(part: HtmlElement, before_text: bool) -> bool:
    """A part holding a picture and a few words at most, before any text or named the
    cover by the package's guide."""
    if not (before_text or part.get("data-book-cover") is not None):
        return False
    has_picture = next(part.iter(*_PICTURES), None) is not None
    return has_picture and _words(part) <= COVER_WORDS


def _is_contents(part: HtmlElement) -> bool:
    """A part whose words are nearly all links to places in the book (its contents)."""
    inner = [link for link in part.iter("a")
             if link.get("href") and ":" not in link.get("href", "").split("/")[0]]
    if len(inner) < CONTENTS_LINKS:
        return False
    linked = sum(_words(link) for link in inner)
    return linked >= CONTENTS_SHARE * max(1, _words(part))


def _head_text(tree: HtmlElement, path: str, attribute: str | None = None) -> list[str]:
    found = tree.xpath(path)
    values = [(item.get(attribute) if attribute else item.text_content()) or "" for item in found]
    return [" ".join(value.split()) for value in values if value.strip()]


def clean_book(text: str) -> Extracted:
    """The ``Extracted`` draft of an EPUB's page: its chapters' blocks in order, the title
    and authors its package gave. Raises ``LoadError``."""
    tree = parse_html(text)
    titles = _head_text(tree, "/html/head/title")
    authors = _head_text(tree, "/html/head/meta[@name='author']", "content")
    body = tree.find("body")
    if body is None:
        raise LoadError(EMPTY_MESSAGE)
    drop_hidden(tree)
    before_text = True
    for part in [part for part in body.iterchildren("section")
                 if part.get("data-book-part") is not None]:
        if _is_cover(part, before_text) or _is_contents(part):
            part.drop_tree()
        elif _words(part):
            before_text = False
    title = titles[0] if titles else ""
    blocks = drop_header_repeats(html_to_blocks(body), title, None)
    if not any(kind != "heading" and words for kind, words, _level in blocks):
        raise LoadError("This EPUB book has no text to read.")
    return Extracted(title=title, authors=authors, blocks=blocks)


__all__ = ["clean_book"]
