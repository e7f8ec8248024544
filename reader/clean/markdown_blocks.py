"""Markdown's containers as blocks: lists (their items' numbers and depths, the code set in an
item standing after it), quotations, tables, definition lists and footnotes."""

from __future__ import annotations

import re
from collections.abc import Sequence

from markdown_it.token import Token

from reader.article.model import definitions_text, table_text
from reader.clean.extracted import Draft
from reader.clean.markdown_inline import Marks, inline_text

# GitHub's alert on a quotation's first line
_ALERT = re.compile(r"^\[!(?P<kind>NOTE|TIP|IMPORTANT|WARNING|CAUTION)\]\s*", re.I)
_TASK_BOX = re.compile(r"^\[([ xX])\](?= )")
_BOXES = {" ": "☐", "x": "☑"}


def draft_block(
    kind: str, text: str, level: int = 0, links: list[tuple[str, str]] | None = None,
    **structure: object,
) -> tuple[str, str, int]:
    """A plain block, or a ``Draft`` when it has links, styled words or structure."""
    if links:
        structure["links"] = tuple(links)
    if isinstance(links, Marks) and links.styles:
        structure["styles"] = tuple(links.styles)
    return Draft(kind, text, level, **structure) if structure else (kind, text, level)


ListItem = tuple[str, int | None, int]  # text, number (None: a bullet), depth


# code set in a list's item: after how many items, the code's token, and how far the item
# texts' marks had come (links, styles, length), to split the list there
Island = tuple[int, Token, int, int, int]


def _list_items(
    tokens: Sequence[Token], links: list[tuple[str, str]] | None = None, ordered: bool = False,
    islands: list[Island] | None = None,
) -> list[ListItem]:
    """The items of a list (``tokens`` inside it), nested ones after their parent. Code in
    an item goes to ``islands`` when given (else it is read into the item's line)."""
    items: list[ListItem] = []
    current: list[str] | None = None
    number: int | None = None
    depth = 0
    kinds = [ordered]  # per open list: is it ordered?
    for token in tokens:
        if token.type in ("bullet_list_open", "ordered_list_open"):
            if current:
                items.append((" ".join(current), number, depth))
            current = None
            kinds.append(token.type == "ordered_list_open")
            depth += 1
        elif token.type in ("bullet_list_close", "ordered_list_close"):
            if current:
                items.append((" ".join(current), number, depth))
            current = None
            kinds.pop()
            depth -= 1
        elif token.type == "list_item_open":
            if current:
                items.append((" ".join(current), number, depth))
            current = []
            number = _item_number(token.info) if kinds[-1] else None
        elif token.type == "inline" and current is not None:
            text = inline_text(token, links)
            if text and not current:  # a task list's box: "[ ] to do", "[x] done"
                text = _TASK_BOX.sub(lambda box: _BOXES[box[1].lower()], text, count=1)
            if text:
                current.append(text)
        elif token.type in ("fence", "code_block") and current is not None:
            if islands is None:
                current.append(" ".join(token.content.split()))
            elif token.content.strip():
                marks = links if isinstance(links, Marks) else Marks()
                islands.append((len(items) + (1 if current else 0), token, len(marks),
                                len(marks.styles), marks.length))
    if current:
        items.append((" ".join(current), number, depth))
    return items


def _item_number(info: str) -> int | None:
    try:
        return int(info)
    except ValueError:
        return None


def _quote_lines(tokens: Sequence[Token], links: list[tuple[str, str]] | None = None) -> list[str]:
    lines: list[str] = []
    for token in tokens:
        if token.type == "inline":
            text = inline_text(token, links)
            if text:
                lines.append(text)
        elif token.type in ("fence", "code_block"):
            lines.extend(filter(None, token.content.split("\n")))
    alert = _ALERT.match(lines[0]) if lines else None
    if alert:  # GitHub's "> [!NOTE]": a note's label on its own line, as a page's note box
        rest = lines[0][alert.end() :]
        lines[:1] = [alert["kind"].capitalize(), *([rest] if rest else [])]
    return lines


def _table_rows(
    tokens: Sequence[Token], links: list[tuple[str, str]] | None = None
) -> tuple[list[tuple[str, ...]], bool]:
    """The rows of a table (its cells), and whether the first is a header row."""
    rows: list[tuple[str, ...]] = []
    cells: list[str] = []
    header = False
    for token in tokens:
        if token.type == "tr_open":
            cells = []
        elif token.type == "thead_open":
            header = True
        elif token.type == "inline":
            cells.append(inline_text(token, links))
        elif token.type == "tr_close" and any(cells):
            rows.append(tuple(cells))
    return rows, header


def _definitions(tokens: Sequence[Token], links: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """``(term, definition)`` pairs of a definition list."""
    pairs: list[tuple[str, str]] = []
    term, parts = "", []
    for token in tokens:
        if token.type in ("dt_open", "dd_open"):
            parts = []
        elif token.type == "inline":
            text = inline_text(token, links)
            if text:
                parts.append(text)
        elif token.type == "dt_close":
            term = " ".join(parts)
        elif token.type == "dd_close":
            pairs.append((term, " ".join(parts)))
            term = ""
    return pairs


CONTAINERS = (
    "bullet_list_open", "ordered_list_open", "blockquote_open", "table_open", "dl_open",
    "footnote_block_open",
)


def container_block(
    kind: str, inner: Sequence[Token]
) -> tuple[str, str, int] | list[tuple[str, str, int]] | None:
    """The one block a container (list, quote, table, definition list, footnotes) makes; a
    list with code in its items makes its parts and the code between them."""
    links = Marks()
    if kind == "blockquote_open":
        lines = _quote_lines(inner, links)
        return draft_block("quote", "\n".join(lines), links=links) if lines else None
    if kind == "table_open":
        rows, header = _table_rows(inner, links)
        if not rows:
            return None
        return draft_block("table", table_text(rows), links=links, rows=tuple(rows), header=header)
    if kind == "dl_open":
        pairs = _definitions(inner, links)
        if not pairs:
            return None
        return draft_block("definitions", definitions_text(pairs), links=links, rows=tuple(pairs))
    if kind == "footnote_block_open":
        notes = []
        for token in inner:
            if token.type == "footnote_open":
                notes.append((str(token.meta.get("label", "")), []))
            elif token.type == "inline" and notes:
                notes[-1][1].append(inline_text(token, links))
        items = [(" ".join(filter(None, parts)), label) for label, parts in notes]
        items = [(text, label) for text, label in items if text]
        if not items:
            return None
        return draft_block("list", "\n".join(f"[{label}] {text}" for text, label in items),
                      links=links)
    islands: list[Island] = []
    items = _list_items(inner, links, kind == "ordered_list_open", islands)
    if not islands:
        return _list_block(items, links)
    blocks: list[tuple[str, str, int]] = []
    start = (0, 0, 0, 0)  # (items, links, styles, length) before the part
    for at, token, link_count, style_count, length in islands:
        part = _part_marks(links, start, link_count, style_count)
        block = _list_block(items[start[0] : at], part)
        if block is not None:
            blocks.append(block)
        blocks.append(code_block(token))
        start = (at, link_count, style_count, length)
    last = _part_marks(links, start, len(links), len(links.styles))
    block = _list_block(items[start[0] :], last)
    return [*blocks, block] if block is not None else blocks


def _part_marks(marks: Marks, start: tuple[int, int, int, int], links: int, styles: int) -> Marks:
    """The marks of a part of a split list: its links and styles, placed from its start."""
    part = Marks()
    part.extend((text, href, *(at - start[3] for at in near))
                for text, href, *near in marks[start[1] : links])
    shifted = marks.styles[start[2] : styles]
    part.styles = [(text, kind, at - start[3]) for text, kind, at in shifted]
    return part


def _list_block(items: list[ListItem], links: Marks) -> tuple[str, str, int] | None:
    """A list block of ``items`` (those with text), with their numbers and depths."""
    entries = [item for item in items if item[0]]
    if not entries:
        return None
    structure: dict[str, object] = {}
    numbers = tuple(number for _text, number, _depth in entries)
    depths = tuple(depth for _text, _number, depth in entries)
    if any(number is not None for number in numbers):
        structure["numbers"] = numbers
    if any(depths):
        structure["depths"] = depths
    text = "\n".join(text for text, _n, _d in entries)
    return draft_block("list", text, links=links, **structure)


def code_block(token: Token) -> Draft:
    """A fenced or indented code block, with the language its fence names."""
    language = token.info.split()[0] if token.info.strip() else None
    return Draft("code", token.content.rstrip("\n"), 0, language=language)
