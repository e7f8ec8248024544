"""Pages nested deeper than any real page: keep every word.

Two limits. libxml2 stops building the tree past about 2,000 levels and drops the rest of
the page, so :func:`flatten_markup` removes the tags past :data:`MAX_MARKUP_DEPTH` (tags
that close themselves, like ``<td>``, not counted) before parsing. The cleaner's own walks
(block quotes inside block quotes, readability) would run out of stack long before that, so
:func:`flatten_tree` turns every subtree starting at :data:`MAX_TREE_DEPTH` into paragraphs.
"""

from __future__ import annotations

from lxml import etree
from lxml.html import HtmlElement

from reader.core.lazy import lazy_re

MAX_MARKUP_DEPTH = 400  # counted tags; with the rows and cells of tables, 4 levels each
MAX_TREE_DEPTH = 150  # real pages stay well under 100 levels

# Any tag; "[^<>]" keeps each attempt from running past the next tag (linear on junk).
_TAG = lazy_re(r"<(/?)([A-Za-z][A-Za-z0-9:-]{0,40})(?:[\s/][^<>]*+)?>")
# Tags that never hold children, and tags the parser closes by itself when a sibling starts:
# neither makes a page deeper.
_FLAT = frozenset(
    "area base br col embed hr img input link meta param source track wbr "
    "p li dt dd tr td th option thead tbody tfoot".split()
)
_BREAKS = frozenset(
    "p div section article main header footer aside address blockquote ul ol li dl dt dd "
    "table tr td th caption figure figcaption pre h1 h2 h3 h4 h5 h6 br hr center".split()
)


def _too_deep(text: str) -> bool:
    """Whether any tag stands deeper than :data:`MAX_MARKUP_DEPTH`: the count
    :func:`flatten_markup` keeps, over plain tuples (no match objects), stopping early."""
    depth = 0
    for closing, name in _TAG.findall(text):
        if name.lower() in _FLAT:
            continue
        if closing:
            if depth > MAX_MARKUP_DEPTH:
                return True
            depth = max(0, depth - 1)
        else:
            depth += 1
            if depth > MAX_MARKUP_DEPTH:
                return True
    return False


def flatten_markup(text: str) -> str:
    """``text`` with every tag deeper than :data:`MAX_MARKUP_DEPTH` levels replaced by a space.

    Pages that never nest that deep (all real ones) come back unchanged, and untouched.
    """
    if text.count("<") < MAX_MARKUP_DEPTH or not _too_deep(text):
        return text
    depth = 0
    deep: list[tuple[int, int]] = []
    for match in _TAG.finditer(text):
        if match.group(2).lower() in _FLAT:
            continue
        if match.group(1):
            if depth > MAX_MARKUP_DEPTH:
                deep.append(match.span())
            depth = max(0, depth - 1)
        else:
            depth += 1
            if depth > MAX_MARKUP_DEPTH:
                deep.append(match.span())
    if not deep:
        return text
    parts: list[str] = []
    last = 0
    for start, end in deep:
        parts += [text[last:start], " "]
        last = end
    parts.append(text[last:])
    return "".join(parts)


# the elements MAX_TREE_DEPTH levels down (compiled once: a page is asked at every parse)
_DEEP = etree.XPath("/" + "/".join(["*"] * MAX_TREE_DEPTH))


def is_deep(root: HtmlElement) -> bool:
    """Whether ``root`` reaches :data:`MAX_TREE_DEPTH` levels: only such a tree can have been
    cut by the parser's own limit, or need :func:`flatten_tree`."""
    return bool(_DEEP(root))


def flatten_tree(root: HtmlElement) -> None:
    """Replace the content of every element :data:`MAX_TREE_DEPTH` levels down with paragraphs
    of its text (block edges kept as paragraph breaks), and drop the empty wrappers above it
    (a chain of lists or tables holding nothing but each other would hide the text from
    readability)."""
    for element in _DEEP(root):
        _to_paragraphs(element)
        _drop_empty_wrappers(element)


def _drop_empty_wrappers(element: HtmlElement) -> None:
    """Unwrap each ancestor whose only content is the one element below it."""
    node = element.getparent()
    while (
        node is not None
        and node.getparent() is not None
        and node.tag not in ("body", "html")
        and len(node) == 1
        and not (node.text or "").strip()
        and not (node[0].tail or "").strip()
    ):
        parent = node.getparent()
        node.drop_tag()
        node = parent


def _to_paragraphs(element: HtmlElement) -> None:
    """``element``'s text, as ``<p>`` children of a plain ``<div>`` (iterative)."""
    paragraphs: list[str] = []
    parts: list[str] = []

    def cut() -> None:
        text = " ".join("".join(parts).split())
        parts.clear()
        if text:
            paragraphs.append(text)

    stack: list[tuple[HtmlElement, bool]] = [(child, False) for child in reversed(element)]
    if element.text:
        parts.append(element.text)
    while stack:
        node, closing = stack.pop()
        tag = node.tag.lower() if isinstance(node.tag, str) else ""
        if closing:
            if tag in _BREAKS:
                cut()
            if node.tail:
                parts.append(node.tail)
            continue
        if tag in ("script", "style", "template") or not tag:
            if node.tail:
                parts.append(node.tail)
            continue
        if tag in _BREAKS:
            cut()
        if node.text:
            parts.append(node.text)
        stack.append((node, True))
        stack.extend((child, False) for child in reversed(node))
    cut()
    tail = element.tail
    element.clear()
    element.tag = "div"
    element.tail = tail
    for text in paragraphs:
        paragraph = element.makeelement("p", {})
        paragraph.text = text
        element.append(paragraph)
