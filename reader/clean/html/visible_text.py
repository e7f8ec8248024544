"""A page's visible text as a browser's "select all, copy" gives it: one block a line.

An approximation of ``innerText`` on ``<body>``: scripts, styles, forms' inputs and elements
hidden by ``hidden``, an inline ``display: none`` or a CSS framework's hiding class are left
out; a paragraph or heading is set off by a blank line, any other block (div, list item, table
row) by a line break, table cells by a tab; ``<pre>`` keeps its white space, other text has its
runs of spaces folded. The metadata reads bylines from it as from a copied page; the
benchmarks turn pages into the text a reader pastes with it."""

from __future__ import annotations

import re

from lxml import etree

from reader.clean.html.hidden import hidden_by_class
from reader.core.lazy import lazy_re

_SKIPPED = frozenset(
    {
        "script",
        "style",
        "noscript",
        "template",
        "svg",
        "head",
        "title",
        "meta",
        "link",
        "iframe",
        "object",
        "embed",
        "canvas",
        "video",
        "audio",
        "select",
        "option",
        "textarea",
        "input",
    }
)
_PARAGRAPHS = frozenset({"p", "h1", "h2", "h3", "h4", "h5", "h6"})
_BLOCKS = frozenset(
    {
        "div",
        "li",
        "ul",
        "ol",
        "section",
        "article",
        "header",
        "footer",
        "nav",
        "aside",
        "main",
        "blockquote",
        "pre",
        "table",
        "tr",
        "figure",
        "figcaption",
        "form",
        "dl",
        "dt",
        "dd",
        "hr",
        "address",
        "details",
        "summary",
        "fieldset",
        "caption",
        "thead",
        "tbody",
        "body",
        "center",
        "menu",
    }
)
_SHOWN_BY_SCRIPTS = frozenset({"main", "article", "body", "html"})
_HIDDEN_STYLE = lazy_re(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)
_SPACES = lazy_re(r"\s+")

Piece = str | int  # text, or the number of line breaks a block boundary asks for


def _hidden(element: etree._Element) -> bool:
    return (
        element.get("hidden") is not None
        or bool(_HIDDEN_STYLE.search(element.get("style") or ""))
        or _hidden_by_its_class(element)
    )


def _hidden_by_its_class(element: etree._Element) -> bool:
    """A CSS framework's class that hides at every width ("hidden", "d-none"), as the
    page's stylesheet would (``reader.clean.html.hidden.hidden_by_class``); not the page's
    main part or what holds its headline, which a page's script shows once loaded."""
    classes = element.get("class")
    return (
        bool(classes)
        and hidden_by_class(classes)
        and element.tag not in _SHOWN_BY_SCRIPTS
        and next(element.iter("h1"), None) is None
    )


def _walk(
    element: etree._Element, out: list[Piece], pre: bool, skipped: frozenset[str] = _SKIPPED
) -> None:
    tag = element.tag.lower() if isinstance(element.tag, str) else None
    if tag is not None and tag not in skipped and not _hidden(element):
        in_pre = pre or tag == "pre"
        breaks = 2 if tag in _PARAGRAPHS else 1 if tag in _BLOCKS else 0
        if tag == "br":
            out.append("\n")
        if breaks:
            out.append(breaks)
        if element.text:
            out.append(element.text if in_pre else _SPACES.sub(" ", element.text))
        for child in element:
            _walk(child, out, in_pre, skipped)
        if tag in ("td", "th"):
            out.append("\t")
        if breaks:
            out.append(breaks)
    if element.tail:
        out.append(element.tail if pre else _SPACES.sub(" ", element.tail))


def _join(pieces: list[Piece]) -> str:
    text: list[str] = []
    pending = 0
    for piece in pieces:
        if isinstance(piece, int):
            pending = max(pending, piece)
            continue
        if not piece:
            continue
        if pending:
            if text:
                text.append("\n" * pending)
            pending = 0
            piece = piece.lstrip(" ")
        text.append(piece)
    joined = "".join(text)
    joined = re.sub(r"[ \t]+\n", "\n", joined)
    joined = re.sub(r"\n +", "\n", joined)
    return re.sub(r"\n{3,}", "\n\n", joined).strip() + "\n"


def visible_text(root: etree._Element, skipped: frozenset[str] = frozenset()) -> str:
    """The visible text of the page ``root`` (its ``<body>``, else all of it), without the
    elements of the tags ``skipped`` too; "" for a tree nested too deep to walk."""
    body = root.find("body")
    pieces: list[Piece] = []
    try:
        _walk(body if body is not None else root, pieces, False, _SKIPPED | skipped)
    except RecursionError:
        return ""
    return _join(pieces)
