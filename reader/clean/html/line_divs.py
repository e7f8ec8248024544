"""Code written as a block of line ``<div>``s instead of a ``<pre>``.

Doxygen (the C and C++ world's documentation generator) sets every code fragment as
``<div class="fragment">`` holding one ``<div class="line">`` a line, its highlighting in
spans, and no ``<pre>``; other highlighters do the same (a "line" element a line). Read as
they come, the lines become paragraphs, their indentation and blank lines lost. A block
whose children are all line divs (two or more, nothing between them but white space) is
made a ``<pre><code>`` of their texts, one a line, before the page is read; a line's number
(Doxygen's ``<span class="lineno">`` in a source listing) is left out.
"""

from __future__ import annotations

from lxml import etree
from lxml.html import Element, HtmlElement

__all__ = ["join_line_divs"]

MIN_LINES = 2
_LINE = "line"
_NUMBER = "lineno"
# the divs holding a div classed "line" (found in C: a Python look at every div of the page
# cost 0.4 ms a page, on every page)
_HOLDING_LINES = etree.XPath(
    "//div[div[contains(concat(' ', normalize-space(@class), ' '), ' line ')]]"
)


def _classes(element: HtmlElement) -> list[str]:
    return (element.get("class") or "").split()


def _is_line_block(div: HtmlElement) -> bool:
    """A div of line divs only, at least ``MIN_LINES`` of them."""
    if (div.text or "").strip():
        return False
    count = 0
    for child in div:
        if not isinstance(child.tag, str):
            if (child.tail or "").strip():
                return False
            continue  # (a comment between lines)
        if child.tag != "div" or _LINE not in _classes(child) or (child.tail or "").strip():
            return False
        count += 1
    return count >= MIN_LINES


def _line_text(line: HtmlElement) -> str:
    """The line's text without its number, trailing white space cut."""
    parts: list[str] = [line.text or ""]
    stack: list[HtmlElement | str] = list(reversed(line))
    while stack:
        node = stack.pop()
        if isinstance(node, str):
            parts.append(node)
            continue
        if node.tail:
            stack.append(node.tail)
        if isinstance(node.tag, str) and _NUMBER not in _classes(node):
            parts.append(node.text or "")
            stack.extend(reversed(node))
    return "".join(parts).rstrip()


def join_line_divs(tree: HtmlElement) -> int:
    """Replace each block of line divs in ``tree`` with a ``<pre><code>`` of its lines, in
    place; return how many were replaced."""
    blocks = [div for div in _HOLDING_LINES(tree) if _is_line_block(div)]
    for div in blocks:
        pre, code = Element("pre"), Element("code")
        code.text = "\n".join(_line_text(line) for line in div if isinstance(line.tag, str))
        pre.append(code)
        pre.tail = div.tail
        parent = div.getparent()
        if parent is not None:
            parent.replace(div, pre)
    return len(blocks)
