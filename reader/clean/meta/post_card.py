"""A post's card of facts: a small box, often set in a sidebar beside the post, that names
its writers (links to their pages on the site, or their pictures named by their ``alt``)
beside its date, as blog engines lay out a post's details (ABlog's "postcard", MkDocs
Material's post sidebar). Read when nothing nearer the headline names a writer."""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import islice

import lxml.html

from reader.clean.class_index import page_root
from reader.clean.meta.bylines import AUTHOR_HREF, BYLINE_CLASS
from reader.clean.meta.dates import parse_date
from reader.core.lazy import lazy_re

CARD_TEXT = 300  # a card's text is at most this many characters
CARD_ELEMENTS = 200  # and this many elements
CARD_LEVELS = 4  # the ancestors of a writer's mark looked at for the card around it
MARKS_LOOKED_AT = 20  # the page's first writer's marks, each looked at for a card
AVATAR_LEVELS = 2  # a picture stands at most this deep in an element classed as a writer's
NAME_CHARS = 60
# an avatar's alt that says what the picture is, not only whose it is
_PICTURE_WORDS = lazy_re(
    r"\b(?:photo|photograph|headshot|head shot|picture|image|logo|avatar|portrait|profile)\b",
    re.IGNORECASE,
)
AVATAR_BOX = 6  # elements in the frame of a writer's picture at most


def card_authors(tree: lxml.html.HtmlElement) -> list[str]:
    """The names of the first card of a post's facts on the page: a box of at most
    :data:`CARD_TEXT` characters holding a date (a ``<time>`` or a written date) and marks
    of its writers, each a link to a writer's page ("/author/ada-marsh.html") or a picture
    alone in an element classed as a writer's ("md-author") whose ``alt`` names them."""
    for mark in islice(_marks(page_root(tree)), MARKS_LOOKED_AT):
        card = _card_around(mark)
        if card is not None:
            names = (_name(each) for each in _marks(card))
            return list(dict.fromkeys(name for name in names if name))
    return []


def _marks(root: lxml.html.HtmlElement) -> Iterator[lxml.html.HtmlElement]:
    """Links to a writer's page and writers' pictures under ``root``, in the page's order."""
    frames: dict[lxml.html.HtmlElement, bool] = {}  # each writer's box read once
    for element in root.iter("a", "img"):
        if element.tag == "a":
            href = (element.get("href") or "").split("?", 1)[0].split("#", 1)[0]
            if AUTHOR_HREF.search(href):
                yield element
        elif element.get("alt", "").strip() and _alone_in_writers_box(element, frames):
            yield element


def _alone_in_writers_box(
    picture: lxml.html.HtmlElement, frames: dict[lxml.html.HtmlElement, bool]
) -> bool:
    """A picture that is all an element classed as a writer's holds (an avatar)."""
    for ancestor in islice(picture.iterancestors(), AVATAR_LEVELS):
        if BYLINE_CLASS.search(ancestor.get("class") or ""):
            if ancestor not in frames:
                frames[ancestor] = not _holds_words(ancestor)
            return frames[ancestor]
    return False


def _holds_words(element: lxml.html.HtmlElement) -> bool:
    """Whether the element holds any text, or more than :data:`AVATAR_BOX` elements (a box
    that big is no picture's frame, and is not read through)."""
    for count, node in enumerate(element.iter()):
        if count > AVATAR_BOX:
            return True
        if (node.text or "").strip() or (node is not element and (node.tail or "").strip()):
            return True
    return False


def _name(mark: lxml.html.HtmlElement) -> str:
    """A mark's name: a link's text, a picture's ``alt`` unless it says what the picture is
    ("Jane Roe headshot", "Site logo")."""
    text = mark.get("alt", "") if mark.tag == "img" else "".join(mark.itertext())
    text = " ".join(text.split())
    if len(text) > NAME_CHARS or (mark.tag == "img" and _PICTURE_WORDS.search(text)):
        return ""
    return text


def _card_around(mark: lxml.html.HtmlElement) -> lxml.html.HtmlElement | None:
    """The smallest of the mark's :data:`CARD_LEVELS` ancestors that holds a date, while
    they are small (see :func:`_card_text`)."""
    for ancestor in islice(mark.iterancestors(), CARD_LEVELS):
        text = _card_text(ancestor)
        if text is None:
            return None
        if next(ancestor.iter("time"), None) is not None or parse_date(text):
            return ancestor
    return None


def _card_text(element: lxml.html.HtmlElement) -> str | None:
    """The element's text with whitespace folded, or None when it holds more than
    :data:`CARD_TEXT` characters or :data:`CARD_ELEMENTS` elements (read no further)."""
    pieces: list[str] = []
    size = 0
    for count, node in enumerate(element.iter()):
        if count > CARD_ELEMENTS:
            return None
        for piece in (node.text, None if node is element else node.tail):
            if piece and not piece.isspace():
                pieces.append(piece)
                size += len(piece)
        if size > CARD_TEXT * 4:
            return None
    text = " ".join(" ".join(pieces).split())
    return text if len(text) <= CARD_TEXT else None
