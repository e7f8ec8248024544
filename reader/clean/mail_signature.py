"""A mail's signature and a mailing list's footer: not the letter.

The signature stands under its delimiter, a line of "-- " (RFC 3676; some clients strip the
space, and a newsletter sets its footer under a bare "--" too), in a plain-text part and in an
HTML part alike (a line of its own there: between line breaks or blocks). What follows the
last such line, outside a quotation, goes under the rule ``mail-signature``, unless it is
most of the message (a "--" line that parts the letter's own sections). A mailing list's
footer (a rule of underscores over the list's name and its listinfo page) goes under
``list-footer``.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from reader.core.lazy import lazy_re

if TYPE_CHECKING:
    from lxml.html import HtmlElement

    from reader.clean.explain import DropLog

_SIGNATURE = lazy_re(r"^--[ \t\u00a0]?$", re.MULTILINE)
_LIST_FOOTER = lazy_re(
    r"^_{20,}[ \t]*\n(?:.*\n){0,6}?.*(?:mailing list|listinfo|unsubscribe)", re.MULTILINE | re.I
)
_WORD = lazy_re(r"\w+")


def _words(text: str) -> int:
    return sum(1 for _ in _WORD.finditer(text))


def _most(dropped: str, kept: str) -> bool:
    """Whether ``dropped`` would be most of the message's words (``kept`` the rest)."""
    return _words(dropped) > _words(kept)


def _log_lines(log: DropLog | None, rule: str, lines: list[str]) -> None:
    if log is not None:
        for line in lines:
            if line.strip(" -_\t\u00a0"):
                log.text(rule, line.strip())


def without_signature(text: str, log: DropLog | None = None) -> str:
    """A mail's plain text without its signature (what follows its last "-- " line, unless
    that is most of the message) and without a mailing list's footer, each dropped under its
    rule (``log``)."""
    text = text.replace("\r\n", "\n")
    footer = _LIST_FOOTER.search(text)
    end = footer.start() if footer is not None else len(text)
    cuts = [(footer.start(), "list-footer")] if footer is not None else []
    separators = [match.start() for match in _SIGNATURE.finditer(text, 0, end)]
    if separators and not _most(text[separators[-1] : end], text[: separators[-1]]):
        cuts.append((separators[-1], "mail-signature"))
    for start, rule in sorted(cuts, reverse=True):  # (the footer may come after a signature)
        dropped, text = text[start:], text[:start]
        _log_lines(log, rule, dropped.splitlines())
    return text


# An HTML part's delimiter: "--" between a tag (or a line's start) and a tag or a line's end.
_HTML_DELIMITER = lazy_re(r"(?:>|^)[ \t\u00a0]*--(?:[ \t\u00a0]|&nbsp;|&#160;)*(?:<|$)", re.M)
_BLOCKS = frozenset(
    "address article aside blockquote body center dd div dl dt fieldset figcaption figure "
    "footer form h1 h2 h3 h4 h5 h6 header hr html li main nav ol p pre section table tbody "
    "td tfoot th thead tr ul".split()
)
_SKIPPED = frozenset(("script", "style", "head", "title"))


class _Line:
    """A line an HTML part draws: its text, and where that text stands (an element and its
    ``text`` or ``tail``, the offset in it, and whether it is inside a quotation)."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.start: tuple[HtmlElement, str, int] | None = None
        self.quoted = False

    def add(self, node: HtmlElement, slot: str, offset: int, text: str, quoted: bool) -> None:
        if self.start is None and text.strip(" \t\n\u00a0"):
            self.start, self.quoted = (node, slot, offset), quoted
        self.parts.append(text)

    @property
    def text(self) -> str:
        return " ".join("".join(self.parts).split())


def _lines(body: HtmlElement) -> list[_Line]:
    """The lines ``body`` draws, in order: a block or a ``<br>`` ends one, and so does a
    newline in preformatted text."""
    from lxml.etree import iterwalk

    lines = [_Line()]
    quoted = 0
    pre = 0
    skipped = 0

    def add(node: HtmlElement, slot: str, text: str | None) -> None:
        if not text or skipped:
            return
        offset = 0
        for index, piece in enumerate(text.split("\n") if pre else [text]):
            if index:
                lines.append(_Line())
            lines[-1].add(node, slot, offset, piece, quoted > 0)
            offset += len(piece) + 1

    for event, node in iterwalk(body, events=("start", "end")):
        tag = node.tag if isinstance(node.tag, str) else ""
        if event == "start":
            if tag in _SKIPPED:
                skipped += 1
            if tag in _BLOCKS or tag == "br":
                lines.append(_Line())
            quoted += tag == "blockquote"
            pre += _preformatted(node, tag)
            if tag:
                add(node, "text", node.text)
            continue
        if tag in _SKIPPED:
            skipped -= 1
        quoted -= tag == "blockquote"
        pre -= _preformatted(node, tag)
        if tag in _BLOCKS:
            lines.append(_Line())
        if node is not body:
            add(node, "tail", node.tail)
    return [line for line in lines if line.start is not None]


def _preformatted(node: HtmlElement, tag: str) -> bool:
    """Whether ``node`` keeps its text's line breaks (``<pre>``, ``white-space: pre...``)."""
    return tag == "pre" or (
        bool(tag) and "white-space:pre" in (node.get("style") or "").replace(" ", "")
    )


def _cut(node: HtmlElement, slot: str, offset: int, body: HtmlElement) -> None:
    """Remove everything from ``offset`` in ``node``'s ``slot`` (its text or tail) to the end
    of ``body``."""
    if slot == "text":
        node.text = (node.text or "")[:offset] or None
        for child in list(node):
            node.remove(child)
        if node is not body:
            node.tail = None
    else:
        node.tail = (node.tail or "")[:offset] or None
    current = node
    while current is not None and current is not body:
        if current is not node:
            current.tail = None
        _drop_following(current)
        current = current.getparent()


def _drop_following(node: HtmlElement) -> None:
    parent = node.getparent()
    if parent is None:
        return
    for sibling in list(node.itersiblings()):
        parent.remove(sibling)


def html_without_signature(html: str, log: DropLog | None = None) -> str:
    """A mail's HTML part without its signature: what follows its last "-- " line outside a
    quotation, unless that is most of the message (``html`` unchanged then, and when it has
    no such line)."""
    if not _HTML_DELIMITER.search(html):
        return html
    import lxml.etree
    import lxml.html

    try:
        root = lxml.html.document_fromstring(html)
    except (ValueError, lxml.etree.ParserError):  # (an empty or broken part: as it is)
        return html
    body = root.find("body")
    if body is None:
        return html
    lines = _lines(body)
    found = [
        index
        for index, line in enumerate(lines)
        if not line.quoted and line.text.replace("\u00a0", " ").strip() == "--"
    ]
    if not found:
        return html
    dropped = [line.text for line in lines[found[-1] :]]
    kept = [line.text for line in lines[: found[-1]]]
    if _most(" ".join(dropped), " ".join(kept)):
        return html
    start = lines[found[-1]].start
    assert start is not None
    _cut(*start, body)
    _log_lines(log, "mail-signature", dropped)
    return lxml.html.tostring(root, encoding="unicode")


__all__ = ["html_without_signature", "without_signature"]
