"""The words a page sets apart in their line (``<em>``, ``<strong>``, inline ``<code>``,
``<del>``...) and its links, each with where it stands in its block's text.

Where it stands is counted as the block's text is made (its whitespace collapsed, a space
at each element that starts a block or a line), so the assembler can tell an emphasised
"not" from the other "not"s of the paragraph, or a link on "here" from the other "here"s: it
takes the occurrence nearest that place (:func:`reader.engine.structure.block_styles`)."""

from __future__ import annotations

from collections.abc import Callable

from lxml import etree
from lxml.html import HtmlElement

from reader.article.model import CELL_SEPARATOR

# the inline elements that set words apart, and how (:data:`reader.article.model.STYLES`)
STYLE_TAGS = {
    "em": "emphasis", "i": "emphasis", "cite": "emphasis", "dfn": "emphasis", "var": "emphasis",
    "strong": "strong", "b": "strong",
    "code": "code", "kbd": "code", "samp": "code", "tt": "code",
    "del": "struck", "s": "struck", "strike": "struck",
}
# Elements whose content is never article text (no block reads them, no place counts them).
SKIP_TAGS = frozenset(
    {
        "script",
        "style",
        "noscript",
        "template",
        "svg",
        "math",
        "form",
        "button",
        "nav",
        "iframe",
        "object",
        "embed",
        "canvas",
        "audio",
        "video",
        "select",
        "textarea",
        "input",
        "option",
        "label",
        "head",
        "title",
        "meta",
        "link",
        "img",
        "picture",
        "source",
        "map",
        "dialog",
        "menu",
    }
)

# elements inside a line (any other starts a block, a line or a cell: a space in the text; in
# readability's misused <div>, a paragraph: reader.clean.html.div_paragraphs)
INLINE_TAGS = frozenset(STYLE_TAGS) | {
    "a", "span", "sup", "sub", "small", "big", "font", "u", "mark", "abbr", "acronym", "q",
    "time", "ins", "bdi", "bdo", "data", "ruby", "rt", "rp", "wbr",
}

_CELLS = frozenset({"td", "th"})

Placed = tuple[str, str, int]  # the words, their style (or address), where they start


class TextLength:
    """The length of a text as it is gathered a piece at a time, each run of whitespace
    counted as one space and none at its start: where the next piece will stand."""

    def __init__(self) -> None:
        self.length = 0
        self._spaced = True  # (the text so far ends in a space, or is empty)

    def add(self, piece: str | None) -> None:
        """A piece of the text."""
        if not piece:
            return
        words = " ".join(piece.split())
        if not words:
            self.space()
            return
        if piece[0].isspace():
            self.space()
        self.length += len(words)
        self._spaced = False
        if piece[-1].isspace():
            self.space()

    def gap(self, width: int) -> None:
        """A separator ``width`` characters wide with a space at each end (a table's " | "
        between cells), none at the text's start."""
        if self.length:
            self.length += width - (1 if self._spaced else 0)
            self._spaced = True

    def space(self) -> None:
        """Whitespace (or a block's or a line's edge): one space unless one is there."""
        if not self._spaced:
            self.length += 1
            self._spaced = True


def placed_in(
    element: HtmlElement,
    inline_text: Callable[[HtmlElement], str],
    label: Callable[[HtmlElement], str | None],
) -> list[Placed]:
    """The elements inside ``element`` that ``label`` names (a style, a link's address), in
    reading order: ``(their text, the label, where the text starts in the element's)``."""
    found: list[Placed] = []
    length = TextLength()
    unread = 0  # (inside an element no block reads)
    for event, node in etree.iterwalk(element, events=("start", "end")):
        tag = node.tag if isinstance(node.tag, str) else ""
        if event == "start":
            if unread or tag in SKIP_TAGS:
                unread += 1
                continue
            if node is not element and tag not in INLINE_TAGS:
                previous = node.getprevious() if tag in _CELLS else None
                if previous is not None and previous.tag in _CELLS:
                    length.gap(len(CELL_SEPARATOR))  # (a table's cells: "a | b")
                else:
                    length.space()
            named = label(node) if node is not element else None
            if named:
                text = inline_text(node)
                if text:
                    found.append((text, named, length.length))
            length.add(node.text)
            continue
        if unread:
            unread -= 1
            if unread:
                continue
        elif tag not in INLINE_TAGS:
            length.space()
        if node is not element:
            length.add(node.tail)
    return found


def _style_of(node: HtmlElement) -> str | None:
    return STYLE_TAGS.get(node.tag) if isinstance(node.tag, str) else None


def styles_in(element: HtmlElement, inline_text: Callable[[HtmlElement], str]) -> list[Placed]:
    """The words set apart inside ``element`` (:data:`STYLE_TAGS`), in reading order, with
    where each starts in the element's text; an icon's empty ``<i>`` sets none apart."""
    return placed_in(element, inline_text, _style_of)


__all__ = [
    "INLINE_TAGS", "SKIP_TAGS", "STYLE_TAGS", "Placed", "TextLength", "placed_in", "styles_in",
]  # fmt: skip
