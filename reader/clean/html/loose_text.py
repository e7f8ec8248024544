"""Text set loose in a container beside its blocks, made a paragraph of its own.

A page may write an answer or an introduction straight into a ``<div>`` and go on in
paragraphs: ``<div class="accordion-content">As a starting point, ...<p>Alternatively,
...</p></div>``. A browser shows the loose text as a paragraph (CSS's anonymous block box);
trafilatura's favour-recall reading, which the second opinion asks when its first reading is
one wall of text, leaves such text out. Each run of loose text and inline elements between a
container's blocks is wrapped in a ``<p>`` of its own before trafilatura reads the page.
"""

from __future__ import annotations

from lxml import etree
from lxml.html import HtmlElement

CONTAINERS = ("div", "section", "article", "main")
BLOCKS = frozenset(
    {
        "address", "article", "aside", "blockquote", "details", "dl", "div", "fieldset",
        "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li",
        "main", "nav", "ol", "p", "pre", "section", "table", "ul",
    }
)
_HOLDS_BLOCK = etree.XPath(
    "boolean(descendant::*[" + " or ".join(f"self::{tag}" for tag in sorted(BLOCKS)) + "])"
)


def _is_block(node: HtmlElement) -> bool:
    """A block, or an inline element that holds one (a link around a card)."""
    tag = node.tag
    if not isinstance(tag, str):
        return False  # (a comment or a processing instruction goes with the text around it)
    return tag in BLOCKS or bool(_HOLDS_BLOCK(node))


def _blank(text: str | None) -> bool:
    return not text or not text.strip()


def _has_loose_text(
    container: HtmlElement, children: list[HtmlElement], blocks: list[bool]
) -> bool:
    """Whether text stands in ``container`` outside its blocks."""
    if not _blank(container.text):
        return True
    for child, block in zip(children, blocks, strict=True):
        if not _blank(child.tail):
            return True
        if not block and isinstance(child.tag, str) and not _blank(child.text_content()):
            return True
    return False


def _paragraph(text: str | None = None) -> HtmlElement:
    paragraph: HtmlElement = etree.Element("p")  # type: ignore[assignment]
    paragraph.text = text
    return paragraph


def _wrap(container: HtmlElement, children: list[HtmlElement], blocks: list[bool]) -> None:
    """Wrap each run of loose text and inline elements between ``container``'s blocks."""
    paragraph = None
    if not _blank(container.text):
        paragraph = _paragraph(container.text)
        container.insert(0, paragraph)
    container.text = None
    for child, block in zip(children, blocks, strict=True):
        if block:
            paragraph = None
            if not _blank(child.tail):
                paragraph = _paragraph(child.tail)
                child.addnext(paragraph)
            child.tail = None
            continue
        if paragraph is None:
            paragraph = _paragraph()
            child.addprevious(paragraph)
        paragraph.append(child)  # (with its tail)


def wrap_loose_text(tree: HtmlElement) -> None:
    """Give each run of loose text beside a container's blocks a paragraph of its own."""
    for container in list(tree.iter(*CONTAINERS)):
        children = list(container)
        if not children:
            continue
        blocks = [_is_block(child) for child in children]
        if any(blocks) and _has_loose_text(container, children, blocks):
            _wrap(container, children, blocks)


__all__ = ["wrap_loose_text"]
