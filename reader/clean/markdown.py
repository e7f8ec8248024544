"""Markdown -> an ``Extracted`` draft: headings, lists, quotes, code, tables, definition
lists, images, footnotes and links keep their structure.

Parsed with markdown-it-py (CommonMark with tables; definition lists and footnotes through
mdit-py-plugins, which Textual brings). Inline emphasis, bold, code spans and struck words are
their text and the block's styles; links their text (and a link of the block); the first h1 is
the title; YAML front matter gives title, authors and date; a byline or date line right under
the title is read too. The containers (lists, quotations, tables...) are read by
:mod:`reader.clean.markdown_blocks`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from markdown_it import MarkdownIt
from markdown_it.token import Token

from reader.article.model import SCENE_BREAK
from reader.clean.byline import is_date_line, parse_byline, parse_date, split_glued_byline
from reader.clean.extracted import Draft, Extracted, tidy_breaks
from reader.clean.markdown_blocks import CONTAINERS, code_block, container_block, draft_block
from reader.clean.markdown_bounds import bound_labels, too_large
from reader.clean.markdown_html import html_pictures
from reader.clean.markdown_inline import HIDDEN_OPEN, Marks, inline_text
from reader.clean.markdown_templates import without_templates
from reader.core.lazy import lazy_re
from reader.core.sanitize import clean_text

_FRONT_MATTER = lazy_re(
    r"\A\ufeff?(---|\+\+\+)[ \t]*\n(.*?)\n(?:---|\.\.\.|\+\+\+)[ \t]*(?:\n|\Z)", re.S
)
_COMMENT = lazy_re(r"<!--.*?-->", re.S)
_KEY_VALUE = lazy_re(r"^(?P<key>[A-Za-z_][\w-]*)\s*[:=]\s*(?P<value>.*)$")
_LIST_ITEM = lazy_re(r"^\s+-\s+(?P<value>.+)$")
_TAGS = lazy_re(r"<[^>]+>")
# an HTML block that is one heading, with its level
_HTML_HEADING = lazy_re(
    r"\A\s*<h(?P<level>[1-6])\b[^>]*>(?P<text>[^<]*(?:<(?!/h[1-6])[^<]*)*)</h(?P=level)>\s*\Z",
    re.I,
)
_ISO = lazy_re(r"^\d{4}-\d\d-\d\d(?:[T ]\d\d:\d\d(?::\d\d(?:\.\d+)?)?(?:Z|[+-]\d\d:?\d\d)?)?$")
_SPLIT_AUTHORS = lazy_re(r"(?<!\s)\s*(?:,|;|\band\b|&)\s*")

_KEYS = {
    "title": "title",
    "headline": "title",
    "subtitle": "subtitle",
    "dek": "subtitle",
    "description": "subtitle",
    "author": "authors",
    "authors": "authors",
    "by": "authors",
    "byline": "authors",
    "date": "published",
    "published": "published",
    "pubdate": "published",
    "published_at": "published",
    "created": "published",
    "site": "site",
    "site_name": "site",
    "publication": "site",
    "url": "url",
    "canonical_url": "url",
    "link": "url",
}

_parser: MarkdownIt | None = None
_linkless: MarkdownIt | None = None

# Nesting. markdown-it stops parsing at ``maxNesting`` and drops the rest of the document,
# and it recurses once per level: so lines nested deeper than any real document are flattened
# first (at most MAX_MARKERS quote or list markers in a line's prefix, indentation capped),
# which keeps every parse well inside MAX_NESTING. A document that still defeats the parser
# falls back to plain paragraphs.
MAX_NESTING = 200
MAX_MARKERS = 20
MAX_INDENT = 60
_MARKER_SOURCE = r"(?<![ \t])[ \t]*+(?:>|(?:[-+*]|\d{1,9}[.)])(?=[ \t]|$))"
_DEEP_LINE = lazy_re(
    rf"^(?:(?:{_MARKER_SOURCE}){{{MAX_MARKERS + 1}}}|[ \t]{{{MAX_INDENT + 1}}})", re.MULTILINE
)
_MARKER = lazy_re(_MARKER_SOURCE)
_INDENT = lazy_re(r"[ \t]*+")
_BLANK_LINES = lazy_re(r"\n[ \t]*\n")


def _build() -> MarkdownIt:
    # (linkify: bare addresses are links, as GitHub makes them; markdown-it-py's
    # ``linkify`` extra, which Textual asks for, brings linkify-it-py)
    options = {"html": True, "maxNesting": MAX_NESTING, "linkify": True}
    parser = MarkdownIt("commonmark", options).enable(["table", "strikethrough", "linkify"])
    # Every link is a link to the parser; the assembler keeps only web addresses as links
    # (so a javascript: one reads as its text, not as its Markdown source).
    parser.validateLink = lambda url: True  # type: ignore[method-assign]
    try:
        from mdit_py_plugins.deflist import deflist_plugin
        from mdit_py_plugins.footnote import footnote_plugin
    except ImportError:  # pragma: no cover - Textual brings them
        return parser
    return parser.use(deflist_plugin).use(footnote_plugin)


def _markdown() -> MarkdownIt:
    global _parser
    if _parser is None:
        _parser = _build()
        bound_labels(_parser, _without_links)
    return _parser


def _without_links() -> MarkdownIt:
    """The parser for a paragraph of brackets nested past any link's (see markdown_bounds)."""
    global _linkless
    if _linkless is None:
        _linkless = _build()
        _linkless.inline.ruler.disable(["link", "image", "footnote_ref", "footnote_inline"])
    return _linkless


def cap_nesting(text: str) -> str:
    """``text`` with every line's nesting capped (see :data:`MAX_MARKERS`, :data:`MAX_INDENT`)."""
    if _DEEP_LINE.search(text) is None:
        return text
    return "\n".join(_cap_line(line) for line in text.split("\n"))


def _cap_line(line: str) -> str:
    """One line with at most MAX_MARKERS markers and MAX_INDENT columns of indentation."""
    indent = _INDENT.match(line)
    end = indent.end() if indent else 0
    if end > MAX_INDENT:
        line, end = " " * MAX_INDENT + line[end:], MAX_INDENT
    kept, pos, count = [line[:0]], 0, 0
    while (marker := _MARKER.match(line, pos)) is not None:
        if count < MAX_MARKERS:
            kept.append(marker.group())
        count += 1
        pos = marker.end()
    if count <= MAX_MARKERS:
        return line
    return "".join(kept) + line[pos:]


def _unquote(value: str) -> str:
    value = value.strip()
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
        return value[1:-1]
    return value


def parse_front_matter(text: str) -> tuple[dict[str, str | list[str]], str]:
    """Simple YAML/TOML front matter (``key: value`` and ``- item`` lists) and the rest."""
    match = _FRONT_MATTER.match(text)
    if not match:
        return {}, text
    data: dict[str, str | list[str]] = {}
    key = None
    for line in match[2].split("\n"):
        item = _LIST_ITEM.match(line)
        if item and key:
            current = data.get(key)
            values = current if isinstance(current, list) else []
            values.append(_unquote(item["value"]))
            data[key] = values
            continue
        pair = _KEY_VALUE.match(line)
        if not pair:
            continue
        key = pair["key"].lower()
        value = pair["value"].strip()
        if value.startswith("[") and value.endswith("]"):
            data[key] = [_unquote(v) for v in value[1:-1].split(",") if v.strip()]
        elif value:
            data[key] = _unquote(value)
    return data, text[match.end() :]


def _only_pictures(token: Token) -> bool:
    """Whether an inline token holds images and links but no words of its own."""
    return all(child.type in ("image", "link_open", "link_close", "softbreak", "hardbreak")
               or (child.type == "text" and not child.content.strip())
               for child in token.children or [])


def _images(token: Token) -> list[tuple[str, str]]:
    """``(alt, src)`` of the images of an inline token that holds nothing but images."""
    alts: list[tuple[str, str]] = []
    for child in token.children or []:
        if child.type == "image":
            alt = "".join(c.content for c in child.children or []) or child.content
            alts.append((alt, str(child.attrs.get("src") or "")))
        elif child.type in ("softbreak", "hardbreak") or (
            child.type == "text" and not child.content.strip()
        ):
            continue
        else:
            return []
    return alts


def _container(tokens: Sequence[Token], start: int) -> int:
    """Index just past the close token matching the open token at ``start``."""
    depth = 0
    for index in range(start, len(tokens)):
        depth += tokens[index].nesting
        if depth == 0:
            return index + 1
    return len(tokens)


def _plain_blocks(text: str) -> list[tuple[str, str, int]]:
    """The fallback: every paragraph of ``text`` as it stands."""
    blocks = (" ".join(part.split()) for part in _BLANK_LINES.split(text))
    return [("paragraph", block, 0) for block in blocks if block]


def markdown_blocks(text: str) -> list[tuple[str, str, int]]:
    """Body blocks of Markdown ``text`` (an image-only paragraph an ``image`` block); one
    beyond the size bounds (:mod:`reader.clean.markdown_bounds`) as plain paragraphs."""
    if too_large(text):
        return _plain_blocks(text)
    try:
        tokens = _markdown().parse(cap_nesting(text))
    except RecursionError:
        return _plain_blocks(text)
    blocks: list[tuple[str, str, int]] = []
    index = 0
    while index < len(tokens):
        token = tokens[index]
        kind = token.type
        if kind in CONTAINERS:
            end = _container(tokens, index)
            block = container_block(kind, tokens[index + 1 : end - 1])
            if isinstance(block, list):
                blocks.extend(block)  # (a list split by the code in its items)
            elif block is not None:
                blocks.append(block)
            index = end
            continue
        if kind == "heading_open":
            links = Marks()
            text_ = inline_text(tokens[index + 1], links, images=False)  # (not a logo's name)
            if text_:
                blocks.append(draft_block("heading", text_, int(token.tag[1:]), links))
            index += 3
            continue
        if kind == "paragraph_open":
            inline = tokens[index + 1]
            alts = _images(inline)
            if alts:
                for alt, src in alts:
                    blocks.append(Draft("image", alt, 0, src=src, alt=alt or None))
            else:
                links = Marks()
                words = not _only_pictures(inline)  # (a row of linked badges stays out)
                text_ = inline_text(inline, links, breaks=True, images=words)
                if text_:
                    blocks.append(draft_block("paragraph", text_, 0, links))
            index += 3
            continue
        if kind in ("fence", "code_block"):
            if token.content.strip():
                blocks.append(code_block(token))
        elif kind == "hr":
            blocks.append(("paragraph", SCENE_BREAK, 0))
        elif kind == "html_block" and not HIDDEN_OPEN.match(token.content.lstrip()):
            html = _COMMENT.sub(" ", token.content)
            heading = _HTML_HEADING.match(html)  # a README's '<h1 align="center">Name</h1>'
            text_ = " ".join(_TAGS.sub(" ", heading["text"] if heading else html).split())
            if text_:
                blocks.append(("heading", text_, int(heading["level"])) if heading
                              else ("paragraph", text_, 0))
            elif blocks:  # (a README's screenshot: a picture; its logo over all is not)
                blocks.extend(html_pictures(html))
        index += 1
    return tidy_breaks(blocks)


def _meta_str(value: str | list[str] | None) -> str | None:
    if isinstance(value, list):
        return value[0] if value else None
    return value or None


def _apply_front_matter(draft: Extracted, meta: dict[str, str | list[str]]) -> None:
    for key, value in meta.items():
        field_name = _KEYS.get(key)
        if field_name == "authors":
            names = value if isinstance(value, list) else _SPLIT_AUTHORS.split(value)
            draft.authors = [name.strip() for name in names if name.strip()]
        elif field_name == "published":
            raw = _meta_str(value) or ""
            draft.published = raw.replace(" ", "T", 1) if _ISO.match(raw) else parse_date(raw)
        elif field_name and not getattr(draft, field_name):
            setattr(draft, field_name, _meta_str(value))


def _take_title(draft: Extracted, blocks: list[tuple[str, str, int]]) -> int | None:
    """Index of the heading that is the title (and set it), or None."""
    if draft.title:
        first = blocks[0] if blocks else None
        if first and first[0] == "heading" and first[1].casefold() == draft.title.casefold():
            return 0
        return None
    for index, (kind, text, level) in enumerate(blocks):
        if kind == "heading" and level == 1:
            draft.title = text
            return index
    if blocks and blocks[0][0] == "heading":
        draft.title = blocks[0][1]
        return 0
    return None


def _take_head_lines(draft: Extracted, blocks: list[tuple[str, str, int]], start: int) -> None:
    """Subtitle, byline and date paragraphs right under the title leave the body."""
    index = start
    while index < len(blocks) and index < start + 4:
        kind, text, _level = blocks[index]
        if kind != "paragraph":
            break
        following = blocks[index + 1][1] if index + 1 < len(blocks) else ""
        byline = parse_byline(text)
        glued = split_glued_byline(text)
        if byline:
            if not draft.authors:  # (else the front matter named them: the line repeats it)
                draft.authors, date = byline
                draft.published = draft.published or date
        elif is_date_line(text) and len(text.split()) <= 12:
            draft.published = draft.published or parse_date(text)
        elif glued and draft.subtitle is None and not draft.authors and index == start:
            draft.subtitle, draft.authors = glued
        elif (
            index == start
            and draft.subtitle is None
            and len(text.split()) <= 60
            and parse_byline(following)
        ):
            draft.subtitle = text
        else:
            break
        del blocks[index]


def clean_markdown(text: str) -> Extracted:
    """Clean a Markdown document into an ``Extracted`` draft."""
    meta, body = parse_front_matter(clean_text(text))
    draft = Extracted()
    _apply_front_matter(draft, meta)
    body = without_templates(body) if meta else body  # (a Jekyll or Hugo post's tags)
    blocks = markdown_blocks(body)  # (a lead image stays in its place, to be drawn there)
    title_at = _take_title(draft, blocks)
    if title_at is not None:
        del blocks[title_at]
        _take_head_lines(draft, blocks, title_at)
    elif not blocks or blocks[0][0] == "paragraph":
        _take_head_lines(draft, blocks, 0)
    draft.blocks = blocks
    return draft
