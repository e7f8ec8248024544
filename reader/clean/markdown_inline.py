"""The text of a Markdown inline token (markdown-it-py's), with the links and the styled
words (emphasis, bold, code, struck) it holds, each with where it stands in its block."""

from __future__ import annotations

import re

from markdown_it.token import Token

from reader.clean.text.bare_links import is_written_address
from reader.core.lazy import lazy_re

# Elements whose content is code, not text: a <script> or <style> block or inline pair.
HIDDEN_OPEN = lazy_re(r"<(?:script|style|template|noscript)\b", re.I)
_HIDDEN_CLOSE = lazy_re(r"</(?:script|style|template|noscript)\s*>", re.I)
# An HTML line break among the words ("a<br>b", GitHub's way to break a line in a table's cell)
_LINE_BREAK = lazy_re(r"<br\s*/?>", re.I)


class Marks(list[tuple[str, str, int]]):
    """A block's links as ``(text, href, where)`` (the list itself) and the words it sets
    apart as ``(text, style, where)`` (:attr:`styles`); ``where``: how far into the block's
    text, as near as the inline texts gathered so far tell it."""

    def __init__(self) -> None:
        super().__init__()
        self.styles: list[tuple[str, str, int]] = []
        self.length = 0  # (of the block's text so far, a separator after each piece)


_STYLE_TOKENS = {"em": "emphasis", "strong": "strong", "s": "struck"}
_STYLE_DEPTH = 16  # styles nested deeper are not set apart again (each would join its words)


def inline_text(token: Token, links: list[tuple[str, str]] | None = None, *,
                 breaks: bool = False, images: bool = True) -> str:
    """Plain text of an inline token: emphasis and code markers gone, links as their text
    (each appended to ``links`` as ``(text, href)``), footnote references as ``[1]``, inline
    HTML's scripts and styles left out; a hard line break (or a ``<br>``) a newline when
    ``breaks``, else a space; an image among words its description when ``images`` ("made
    with ♥", not "made with"). Given
    :class:`Marks`, its emphasis, bold, code and struck words go to its ``styles``."""
    parts: list[str] = []
    link: list[str] | None = None
    href = ""
    link_at = 0
    hidden = False  # inside an inline <script> or <style>
    written_out = False  # inside an address written out ("<https://...>", "https://...")
    styles = links.styles if isinstance(links, Marks) else None
    base = links.length if isinstance(links, Marks) else 0
    open_: list[tuple[str, int, int]] = []  # styles open: kind, first part, where words start
    size = 0  # of the parts so far (counted, not joined again at each part: a long line)
    too_deep = 0  # styles open beyond _STYLE_DEPTH
    children = token.children or []
    for index, child in enumerate(children):
        if child.type == "html_inline":
            if HIDDEN_OPEN.match(child.content):
                hidden = True
            elif _HIDDEN_CLOSE.match(child.content):
                hidden = False
            elif not hidden and _LINE_BREAK.fullmatch(child.content.strip()):
                parts.append("\n" if breaks else " ")
                size += 1
                if link is not None:
                    link.append(" ")
        elif hidden:
            continue
        elif child.type in ("text", "code_inline"):
            if child.type == "code_inline" and styles is not None and child.content.strip():
                styles.append((child.content, "code", base + size))
            content = child.content
            if written_out:  # (markdown-it decodes an address's "%20" to a space: undone)
                content = content.replace(" ", "%20")
            parts.append(content)
            size += len(content)
            if link is not None:
                link.append(content)
        elif child.type == "image" and images and child.content.strip():
            parts.append(child.content.strip())
            size += len(parts[-1])
            if link is not None:
                link.append(child.content.strip())
        elif child.type in ("softbreak", "hardbreak"):
            parts.append("\n" if breaks and child.type == "hardbreak" else " ")
            size += 1
            if link is not None:
                link.append(" ")
        elif child.type == "footnote_ref":
            parts.append(f"[{child.meta.get('label', '')}]")
            size += len(parts[-1])
        elif child.type == "link_open" and _not_an_address(child, children[index + 1 : index + 2]):
            continue  # (a file's name linkify took for a domain: its text stays)
        elif child.type == "link_open":
            link, href = [], str(child.attrs.get("href") or "")
            link_at = base + size
            written_out = child.markup in ("autolink", "linkify")  # (its text: the address)
        elif child.type == "link_close" and link is not None:
            written_out = False
            text = " ".join("".join(link).split())
            if isinstance(links, Marks) and text and href:
                links.append((text, href, link_at))
            elif links is not None and text and href:
                links.append((text, href))
            link = None
        elif styles is not None and child.type.endswith("_open") and child.tag in _STYLE_TOKENS:
            if len(open_) < _STYLE_DEPTH:
                open_.append((child.tag, len(parts), size))
            else:
                too_deep += 1
        elif too_deep and child.type.endswith("_close") and child.tag in _STYLE_TOKENS:
            too_deep -= 1
        elif styles is not None and child.type.endswith("_close") and open_:
            tag, first, at = open_.pop()
            words = " ".join("".join(parts[first:]).split())
            if words:
                styles.append((words, _STYLE_TOKENS[tag], base + at))
    text = "".join(parts).strip()
    if isinstance(links, Marks):
        links.length += len(text) + 1
    return text


def _not_an_address(link_open: Token, following: list[Token]) -> bool:
    """Whether an address linkify found is none GitHub would link ("CONTRIBUTORS.md");
    ``following``: the token after it (if any)."""
    if link_open.markup != "linkify":
        return False
    raw = following[0].content if following else ""
    return not is_written_address(raw, str(link_open.attrs.get("href") or ""))


__all__ = ["HIDDEN_OPEN", "Marks", "inline_text"]
