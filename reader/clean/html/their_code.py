"""trafilatura's code set right before its reading becomes blocks.

trafilatura's HTML output writes every ``<code>`` as ``<pre>``: an inline one ("Install
``<pre>tailwindcss</pre>`` via npm") breaks its paragraph into three blocks, a block of code
comes wrapped in a second ``<pre>`` (its first line indented by the wrapper's spaces), and its
text has lost the line breaks a highlighter set by elements ("import a from 'a'import b ...").
Here a ``<pre>`` inside a line of text becomes ``<code>`` again, a wrapper is unwrapped, and a
block whose text is a ``<pre>`` of the page's, but for its spacing, takes the page's lines and
language as :mod:`reader.clean.html.code_blocks` reads them.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from lxml import etree
from lxml.html import HtmlElement

from reader.clean.html.code_blocks import code_language, code_text, is_code

# spacing-free text -> (text, language, whether code rather than preformatted text)
CodeMap = dict[str, tuple[str, str | None, bool]]
_SPACE = re.compile(r"\s+")
# elements of a line of text: a <pre> in one is inline code
_TEXT_PARENTS = frozenset(
    {"p", "h1", "h2", "h3", "h4", "h5", "h6", "td", "th", "dt", "a", "b", "i", "em", "strong",
     "u", "sub", "sup", "span", "code"}
)
MAX_PAGE_CODES = 2000  # <pre>s of the page read for the map (a page of more keeps theirs)


def page_code(tree: HtmlElement) -> CodeMap:
    """The page's ``<pre>``s by their text without spacing: their lines, their language, and
    whether they hold code."""
    found: CodeMap = {}
    for pre in tree.iter("pre"):
        if len(found) >= MAX_PAGE_CODES:
            break
        text = code_text(pre)
        key = _SPACE.sub("", text)
        if key and key not in found:
            found[key] = (text, code_language(pre), is_code(pre))
    return found


def _text_around(pre: etree._Element) -> bool:
    """Words stand beside ``pre`` in its parent: it is a part of a line of text."""
    parent = pre.getparent()
    if parent is None:
        return False
    if (pre.tail or "").strip() or (parent.text or "").strip():
        return True
    return any((sibling.tail or "").strip() for sibling in pre.itersiblings(preceding=True))


def _unwrap(pre: etree._Element) -> etree._Element:
    """The ``<pre>`` that ``pre`` only wraps (``<pre> <pre>code</pre> </pre>``), put in its
    place; else ``pre`` itself."""
    inner = pre[0] if len(pre) == 1 else None
    if inner is None or inner.tag != "pre" or (pre.text or "").strip():
        return pre
    if (inner.tail or "").strip():
        return pre
    inner.tail = pre.tail
    pre.getparent().replace(pre, inner)
    return inner


def set_code_right(html: str, codes: Callable[[], CodeMap]) -> str:
    """trafilatura's ``html`` with its code set right (see the module); ``codes()`` gives
    :func:`page_code` of the page, asked only when a block of code is there. ``html`` is
    returned as it came when it is not the well-formed markup trafilatura writes."""
    if "<pre" not in html:
        return html
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False,
                             huge_tree=False)
    try:
        root = etree.fromstring(html, parser)
    except (etree.XMLSyntaxError, ValueError):
        return html
    blocks: list[etree._Element] = []
    for pre in list(root.iter("pre")):
        if pre.getparent() is None or any(a.tag == "pre" for a in pre.iterancestors()):
            continue
        parent = pre.getparent()
        if "\n" not in "".join(pre.itertext()).strip() and (
            parent.tag in _TEXT_PARENTS or _text_around(pre)
        ):
            pre.tag = "code"
            continue
        blocks.append(_unwrap(pre))
    if blocks:
        known = codes()
        for pre in blocks:
            text = "".join(pre.itertext())
            found = known.get(_SPACE.sub("", text))
            if found is None:
                continue
            text, language, code = found
            tail = pre.tail
            pre.clear()
            pre.tail = tail
            if code:
                etree.SubElement(pre, "code").text = text
            else:
                pre.text = text
            if language:
                pre.set("class", f"language-{language}")
    return etree.tostring(root, encoding="unicode", method="html")


__all__ = ["CodeMap", "page_code", "set_code_right"]
