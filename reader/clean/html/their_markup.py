"""trafilatura's reading as HTML with its structure whole, for our own rules to read.

trafilatura's own HTML output loses structure its tree keeps: every list becomes ``<ul>`` (an
ordered list's numbers, a definition list's terms gone), every ``<code>`` becomes ``<pre>`` (an
inline one breaks its paragraph into three blocks, a block comes wrapped in a second one). Its
tree (``bare_extraction``) is converted here instead, as its HTML output converts it (the
elements it keeps as they are keep their classes, which our boilerplate rules read) but with
``list rend="ol"`` an ``<ol>``, ``item rend="dt-1"`` a term, a ``code`` in a line of text
inline code and a ``code`` of its own a ``<pre>``. A block of code whose text is a ``<pre>`` of
the page's but for its spacing takes the page's lines and language as
:mod:`reader.clean.html.code_blocks` reads them: trafilatura's text of a listing has lost the
line breaks a highlighter set by elements ("import a from 'a'import b ...").
"""

from __future__ import annotations

from collections.abc import Callable

from lxml import etree
from lxml.html import HtmlElement

from reader.clean.html.code_blocks import code_language, code_text, is_code
from reader.core.lazy import lazy_re

# spacing-free text -> (text, language, whether code rather than preformatted text)
CodeMap = dict[str, tuple[str, str | None, bool]]
_SPACE = lazy_re(r"\s+")
MAX_PAGE_CODES = 2000  # <pre>s of the page read for the map (a page of more keeps theirs)
# trafilatura's elements -> ours (``head``, ``list``, ``item``, ``cell``, ``hi``, ``code``: by
# their attributes); any other element stays as it is, with its attributes
_TAGS = {"quote": "blockquote", "row": "tr", "lb": "br", "graphic": "img", "ref": "a"}
_HIGHLIGHTS = {"#b": "b", "#i": "i", "#u": "u", "#t": "code", "#sub": "sub", "#sup": "sup"}
_HEADING = lazy_re(r"^h[1-6]$")
# elements of a line of text: a ``code`` in one is inline code
_TEXT_PARENTS = frozenset({"p", "head", "item", "cell", "hi", "ref", "quote", "del"})


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


def _text_around(element: etree._Element) -> bool:
    """Words stand beside ``element`` in its parent: it is a part of a line of text."""
    parent = element.getparent()
    if parent is None:
        return False
    if (element.tail or "").strip() or (parent.text or "").strip():
        return True
    return any((sibling.tail or "").strip() for sibling in element.itersiblings(preceding=True))


def _is_inline_code(code: etree._Element) -> bool:
    parent = code.getparent()
    one_line = "\n" not in "".join(code.itertext()).strip()
    return one_line and parent is not None and (parent.tag in _TEXT_PARENTS or _text_around(code))


def _convert(element: etree._Element, known: Callable[[], CodeMap]) -> None:
    """Give ``element`` our tag and attributes (its children are converted before it)."""
    tag = element.tag
    if tag not in ("head", "list", "item", "cell", "hi", "code", *_TAGS):
        return  # (a paragraph, a table: as trafilatura's HTML output keeps them)
    attributes = dict(element.attrib)
    element.attrib.clear()
    if tag == "head":
        rend = attributes.get("rend", "")
        element.tag = rend if _HEADING.match(rend) else "h3"
    elif tag == "list":
        element.tag = attributes.get("rend") if attributes.get("rend") in ("ol", "dl") else "ul"
    elif tag == "item":
        element.tag = _item_tag_of(attributes)
    elif tag == "cell":
        element.tag = "th" if attributes.get("role") == "head" else "td"
    elif tag == "hi":
        element.tag = _HIGHLIGHTS.get(attributes.get("rend", ""), "span")
    elif tag == "code":
        if not _is_inline_code(element):
            _code_block(element, known)  # (an inline one stays ``code``)
    else:
        element.tag = _TAGS[tag]
        if tag == "ref" and attributes.get("target"):
            element.set("href", attributes["target"])
        elif tag == "graphic":
            for name in ("src", "alt", "title"):
                if attributes.get(name):
                    element.set(name, attributes[name])


def _item_tag_of(attributes: dict[str, str]) -> str:
    rend = attributes.get("rend", "")
    return rend[:2] if rend.startswith(("dt", "dd")) else "li"


def _code_block(code: etree._Element, known: Callable[[], CodeMap]) -> None:
    """``code`` as a ``<pre>``: the page's own lines and language when its text is one of the
    page's blocks but for its spacing."""
    code.tag = "pre"
    found = known().get(_SPACE.sub("", "".join(code.itertext())))
    if found is None:
        return
    text, language, is_code_block = found
    for child in list(code):
        code.remove(child)
    if is_code_block:
        code.text = None
        etree.SubElement(code, "code").text = text
    else:
        code.text = text
    if language:
        code.set("class", f"language-{language}")


def trafilatura_markup(body: etree._Element, codes: Callable[[], CodeMap]) -> str:
    """HTML of trafilatura's tree (a ``Document``'s ``body``, changed in place). ``codes()``
    gives :func:`page_code` of the page, asked once and only when a block of code is there."""
    cache: list[CodeMap] = []

    def known() -> CodeMap:
        if not cache:
            cache.append(codes())
        return cache[0]

    for element in reversed(list(body.iter())):  # (children first: a code's parent unread)
        if isinstance(element.tag, str):
            _convert(element, known)
    body.tag = "body"
    return etree.tostring(body, encoding="unicode", method="html")


__all__ = ["CodeMap", "page_code", "trafilatura_markup"]
