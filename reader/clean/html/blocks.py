"""HTML -> body blocks: paragraphs, headings, lists, quotes, preformatted text.

Block elements always end the current block, so words never run together where blocks meet;
inline elements are joined exactly as the source spaces them. Deep nesting is walked with an
explicit stack (no recursion limit).
"""

from __future__ import annotations

import re

from lxml import etree
from lxml.html import HtmlElement

BlockTuple = tuple[str, str, int]

# Elements whose content is never article text.
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
HEADINGS = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}
# Elements that start and end a block of their own.
BLOCK_TAGS = frozenset(
    {
        "p",
        "div",
        "section",
        "article",
        "main",
        "header",
        "footer",
        "aside",
        "address",
        "body",
        "html",
        "center",
        "fieldset",
        "details",
        "summary",
        "hgroup",
        "figure",
        "figcaption",
        "table",
        "thead",
        "tbody",
        "tfoot",
        "tr",
        "td",
        "th",
        "caption",
        "dl",
        "dt",
        "dd",
        "hr",
        "li",
        "frameset",
        "frame",
        "legend",
        "search",
        *HEADINGS,
    }
)
LIST_TAGS = frozenset({"ul", "ol"})
_SPACE = re.compile(r"[ \t\r\n\f]+")


def _tag(element: object) -> str:
    tag = getattr(element, "tag", None)
    if not isinstance(tag, str):  # comments, processing instructions, entities
        return ""
    return tag.rsplit("}", 1)[-1].lower()


def inline_text(element: HtmlElement) -> str:
    """The text of ``element`` as one line: ``<br>`` and block edges become spaces."""
    parts: list[str] = []
    _collect_inline(element, parts, top=True)
    return " ".join("".join(parts).split())


def _collect_inline(element: HtmlElement, parts: list[str], *, top: bool = False) -> None:
    """Append the text of ``element`` (not its tail) to ``parts``; iterative."""
    stack: list[tuple[HtmlElement, bool]] = [(element, False)]
    while stack:
        node, closing = stack.pop()
        tag = _tag(node)
        if closing:
            if tag in BLOCK_TAGS or tag in LIST_TAGS:
                parts.append(" ")
            if node is not element and node.tail:
                parts.append(node.tail)
            continue
        if not tag or (tag in SKIP_TAGS and not (top and node is element)):
            if node is not element and node.tail:
                parts.append(node.tail)
            continue
        if tag == "br":
            parts.append("\n")
            if node.tail:
                parts.append(node.tail)
            continue
        if tag in BLOCK_TAGS or tag in LIST_TAGS:
            parts.append(" ")
        if node.text:
            parts.append(node.text)
        stack.append((node, True))
        stack.extend((child, False) for child in reversed(node))


def _pre_text(element: HtmlElement) -> str:
    parts: list[str] = []
    for piece in element.itertext(with_tail=False):
        parts.append(piece)
    return "".join(parts).strip("\n")


def _list_lines(element: HtmlElement) -> list[str]:
    """Each item of a list on a line of its own; nested lists follow their item."""
    lines: list[str] = []
    # Iterative walk: a stack of pending children, nested lists pushed after their item.
    stack: list[HtmlElement] = list(reversed(element))
    while stack:
        child = stack.pop()
        tag = _tag(child)
        if tag == "li":
            parts: list[str] = []
            _collect_item(child, parts)
            text = " ".join("".join(parts).split())
            if text:
                lines.append(text)
            nested = [sub for sub in child if _tag(sub) in LIST_TAGS]
            for sub in reversed(nested):
                stack.extend(reversed(sub))
        elif tag in LIST_TAGS:
            stack.extend(reversed(child))
        elif tag and tag not in SKIP_TAGS:
            text = inline_text(child)
            if text:
                lines.append(text)
    return lines


def _collect_item(item: HtmlElement, parts: list[str]) -> None:
    """Text of a list item without its nested lists."""
    if item.text:
        parts.append(item.text)
    for child in item:
        if _tag(child) in LIST_TAGS:
            if child.tail:
                parts.append(child.tail)
            continue
        _collect_inline(child, parts)
        if child.tail:
            parts.append(child.tail)


def _quote_text(element: HtmlElement) -> str:
    """A block quote: its inner blocks one per line."""
    inner = html_to_blocks(element, root_is_container=True)
    return "\n".join(text for _kind, text, _level in inner)


class _Builder:
    """Collects blocks; inline text accumulates until a block edge flushes it."""

    def __init__(self) -> None:
        self.blocks: list[BlockTuple] = []
        self.parts: list[str] = []

    def add_text(self, text: str | None) -> None:
        if text:
            self.parts.append(text)

    def flush(self) -> None:
        if not self.parts:
            return
        text = " ".join("".join(self.parts).split())
        self.parts = []
        if text:
            self.blocks.append(("paragraph", text, 0))

    def add_block(self, kind: str, text: str, level: int = 0) -> None:
        self.flush()
        if text.strip():
            self.blocks.append((kind, text, level))


def html_to_blocks(root: HtmlElement, *, root_is_container: bool = True) -> list[BlockTuple]:
    """Turn the content of ``root`` into ``(type, text, level)`` blocks, in order."""
    builder = _Builder()
    # Stack items: (element, closing?). On close we flush (for blocks) and add the tail.
    stack: list[tuple[HtmlElement, bool]] = [(root, False)]
    while stack:
        node, closing = stack.pop()
        tag = _tag(node)
        if closing:
            if tag in BLOCK_TAGS:
                builder.flush()
            if node is not root:
                builder.add_text(node.tail)
            continue
        if node is not root:
            if not tag or tag in SKIP_TAGS:
                builder.add_text(node.tail)
                continue
            if tag == "br":
                builder.add_text("\n")
                builder.add_text(node.tail)
                continue
            if tag in HEADINGS:
                builder.add_block("heading", inline_text(node), HEADINGS[tag])
                builder.add_text(node.tail)
                continue
            if tag in LIST_TAGS:
                builder.add_block("list", "\n".join(_list_lines(node)))
                builder.add_text(node.tail)
                continue
            if tag == "blockquote":
                builder.add_block("quote", _quote_text(node))
                builder.add_text(node.tail)
                continue
            if tag in ("pre", "listing", "xmp", "plaintext"):
                builder.add_block("preformatted", _pre_text(node))
                builder.add_text(node.tail)
                continue
            if tag == "hr":
                builder.flush()
                builder.add_text(node.tail)
                continue
            if tag == "figure" and not any(_tag(c) == "figcaption" for c in node.iter()):
                builder.add_text(node.tail)
                continue
            if tag in BLOCK_TAGS:
                builder.flush()
        builder.add_text(node.text)
        stack.append((node, True))
        stack.extend((child, False) for child in reversed(node))
    builder.flush()
    return builder.blocks


def fragment_blocks(html: str) -> list[BlockTuple]:
    """Blocks of an HTML fragment (a convenience for callers holding a string)."""
    try:
        root = etree.fromstring(f"<div>{html}</div>", etree.HTMLParser())
    except etree.XMLSyntaxError:
        return []
    if root is None:
        return []
    return html_to_blocks(root)
