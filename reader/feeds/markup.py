"""The text of a feed's HTML (a summary, an entry's content, an HTML title), block by block.

Inline elements add nothing between their words ("@<span>bob</span>" is "@bob",
"<a>this</a>." is "this."); block elements (paragraphs, line breaks, list items, headings)
stand apart; scripts, styles and templates are no text. lxml's HTML parser reads the
markup (entities decoded, broken markup recovered); the walk over it is iterative, so no
nesting is too deep for it.
"""

from __future__ import annotations

import html
import re

from reader.core.lazy import lazy_re

BLOCKS = frozenset({
    "address", "article", "aside", "blockquote", "br", "dd", "details", "div", "dl", "dt",
    "figcaption", "figure", "footer", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr",
    "li", "main", "nav", "ol", "p", "pre", "section", "summary", "table", "tr", "ul",
})
CELLS = frozenset({"td", "th"})  # a table's cells: apart by a space, in their row's block
HIDDEN = frozenset({"script", "style", "template"})
_BREAK = "\x00"  # between blocks (taken out of the markup first: never text of its own)
_BLANK_LINE = lazy_re(r"\n[ \t\r\f\v]*\n")


def html_blocks(markup: str) -> list[str]:
    """The text of each block of ``markup``, its white space folded; empty ones left out.
    Text without a tag is read as it stands (its entities decoded), a blank line between
    its paragraphs. Not sanitised: the caller cleans what it keeps."""
    markup = markup.replace(_BREAK, "")
    if "<" in markup:
        text = _walk(markup)
    else:
        text = _BLANK_LINE.sub(_BREAK, html.unescape(markup) if "&" in markup else markup)
    blocks = (" ".join(part.split()) for part in text.split(_BREAK))
    return [block for block in blocks if block]


def html_line(markup: str) -> str:
    """The text of ``markup`` on one line (its blocks apart by a space)."""
    return " ".join(html_blocks(markup))


def plain_to_html(text: str) -> str:
    """Plain text as HTML: each paragraph (apart by a blank line) a ``<p>``, each line of it
    after a ``<br>``; every "<" and "&" escaped."""
    paragraphs = (part.strip() for part in _BLANK_LINE.split(text.replace("\r\n", "\n")))
    return "".join(
        "<p>" + "<br>".join(html.escape(line) for line in part.splitlines()) + "</p>"
        for part in paragraphs if part
    )


def _walk(markup: str) -> str:
    """The text of ``markup`` with :data:`_BREAK` between its blocks."""
    from lxml import etree

    parser = etree.HTMLParser(
        encoding="utf-8", recover=True, no_network=True, remove_comments=True,
        remove_pis=True, huge_tree=True,  # (depth: the input is capped by the callers)
    )
    try:
        root = etree.fromstring(markup.encode("utf-8", "replace"), parser)
    except (etree.LxmlError, ValueError):
        root = None
    if root is None:  # (only white space, or markup lxml cannot read at all)
        return _BREAK.join(re.sub(r"<[^>]*>", " ", markup).split("\n\n"))
    parts: list[str] = []
    hidden = 0  # how deep inside a script, style or template the walk is
    for event, element in etree.iterwalk(root, events=("start", "end")):
        tag = element.tag if isinstance(element.tag, str) else ""
        if event == "start":
            if tag in HIDDEN or hidden:
                hidden += tag in HIDDEN
                continue
            parts.append(_BREAK if tag in BLOCKS else " " if tag in CELLS else "")
            parts.append(element.text or "")
            continue
        if tag in HIDDEN:
            hidden -= 1
        elif hidden:
            continue
        else:
            parts.append(_BREAK if tag in BLOCKS else " " if tag in CELLS else "")
        if element is not root and not hidden:
            parts.append(element.tail or "")
    return "".join(parts)


__all__ = ["BLOCKS", "html_blocks", "html_line", "plain_to_html"]
