"""readability's "misused div" step: the loose words of a ``<div>`` that holds blocks made
paragraphs, each run of a line's words and inline elements one paragraph.

readability-lxml wraps the div's text and each child's tail in a ``<p>`` of its own and leaves
the inline elements between them where they stand: "The CRM <kbd>is</kbd> a tool" beside a
``<pre>`` read as three paragraphs ("The CRM" / "is" / "a tool"). Here the words before,
between and after the inline elements (:data:`INLINE_TAGS`: links, emphasis, inline code,
keys, variables, ``<wbr>``...) stay in one paragraph with the spacing the page gave them; a
block, or a ``<br>``, ends the paragraph (readability drops the ``<br>``).
"""

from __future__ import annotations

from lxml.html import HtmlElement

from reader.clean.html.styled import INLINE_TAGS


def _holds_block(element: HtmlElement, blockish: tuple[str, ...]) -> bool:
    return next(element.iter(*blockish), None) is not None


def div_paragraphs(div: HtmlElement, blockish: tuple[str, ...]) -> None:
    """Gather the loose words of ``div`` (which holds one of ``blockish``) into ``<p>``s."""
    paragraph: HtmlElement | None = None
    if div.text and div.text.strip():
        paragraph = div.makeelement("p", {})
        paragraph.text, div.text = div.text, None
        div.insert(0, paragraph)
    for child in list(div):
        if child is paragraph:
            continue
        if child.tag == "br" or child.tag not in INLINE_TAGS or _holds_block(child, blockish):
            paragraph = None
            tail = child.tail
            if tail and tail.strip():  # (the words after a block start the next paragraph)
                paragraph = div.makeelement("p", {})
                paragraph.text, child.tail = tail, None
                child.addnext(paragraph)
            if child.tag == "br":
                child.drop_tree()
            continue
        if paragraph is None:
            paragraph = div.makeelement("p", {})
            child.addprevious(paragraph)
        paragraph.append(child)  # (with its tail)


__all__ = ["div_paragraphs"]
