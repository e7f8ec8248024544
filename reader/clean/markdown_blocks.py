"""Markdown's containers as blocks: lists (their items' numbers and depths, the code set in an
item standing after it), quotations, tables, definition lists and footnotes."""

from __future__ import annotations

import re
from collections.abc import Sequence

from markdown_it.token import Token

from reader.article.block import quoted_item
from reader.article.model import definitions_text, table_text
from reader.clean.extracted import Draft
from reader.clean.markdown_inline import Marks, inline_text
from reader.core.lazy import lazy_re

# GitHub's alert on a quotation's first line
_ALERT = lazy_re(r"^\[!(?P<kind>NOTE|TIP|IMPORTANT|WARNING|CAUTION)\]\s*", re.I)
_TASK_BOX = lazy_re(r"^\[([ xX])\](?= )")
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


# text, number (None: a bullet), depth, and whether it is a further paragraph of the item
# above (no number then)
ListItem = tuple[str, int | None, int, bool]


# code set in a list's item: after how many items, the code's token, how far the item
# texts' marks had come (links, styles, length), to split the list there, and the item's
# level (1: an item of the top list), which the code keeps (``item_level``)
Island = tuple[int, Token, int, int, int, int]


def _list_items(
    tokens: Sequence[Token], links: list[tuple[str, str]] | None = None, ordered: bool = False,
    islands: list[Island] | None = None,
) -> list[ListItem]:
    """The items of a list (``tokens`` inside it), nested ones after their parent, an item's
    further paragraphs after its first (a line each). Code in an item goes to ``islands``
    when given (else it is read into the item's line)."""
    items: list[ListItem] = []
    current: list[str] | None = None  # (the open item's paragraphs)
    number: int | None = None
    depth = 0
    kinds = [ordered]  # per open list: is it ordered?
    paragraph = False  # (the next inline opens a paragraph)
    further = False  # (the open item's words go on after a list in it)

    def close() -> None:
        if current:
            if not further:
                items.append((current[0], number, depth, False))
            items.extend((more, None, depth, True) for more in current[0 if further else 1 :])

    for token in tokens:
        if token.type in ("bullet_list_open", "ordered_list_open"):
            close()
            current = None
            kinds.append(token.type == "ordered_list_open")
            depth += 1
        elif token.type in ("bullet_list_close", "ordered_list_close"):
            close()
            current, further = [], True  # (a paragraph after it: its item's, further)
            kinds.pop()
            depth -= 1
        elif token.type == "list_item_open":
            close()
            current, further = [], False
            number = _item_number(token.info) if kinds[-1] else None
        elif token.type == "paragraph_open":
            paragraph = True
        elif token.type == "inline" and current is not None:
            text = inline_text(token, links)
            if text and not current:  # a task list's box: "[ ] to do", "[x] done"
                text = _TASK_BOX.sub(lambda box: _BOXES[box[1].lower()], text, count=1)
            if text and (paragraph or not current):
                current.append(text)
            elif text:
                current[-1] += " " + text
            paragraph = False
        elif token.type in ("fence", "code_block") and current is not None:
            if islands is None:
                code = " ".join(token.content.split())
                if code:
                    current.append(code)
            elif token.content.strip():
                marks = links if isinstance(links, Marks) else Marks()
                islands.append((len(items) + len(current), token, len(marks),
                                len(marks.styles), marks.length, depth + 1))
    close()
    return items


def _item_number(info: str) -> int | None:
    try:
        return int(info)
    except ValueError:
        return None


def _quote_lines(tokens: Sequence[Token], marks: Marks) -> tuple[list[str], list[int]]:
    """The lines of a quotation (``tokens`` inside it): a paragraph a line, a list's items a
    line each behind their marker ("• ", "2. ", "◦ " a level in; an item's further paragraph
    a line of its own), code a line a line, and a blank line between its parts (paragraphs, a
    list, code), as far as a quotation's lines carry them; ``marks`` gathers its links and
    styled words, where they stand. With each line its depth (a quotation in it: 1...)."""
    lines: list[str] = []
    depths: list[int] = []
    depth = 0
    top = tokens[0].level if tokens else 0
    ordered: list[bool] = []  # per open list: is it ordered?
    marker = ""  # (the open item's, until its first line)
    part = False  # (a part of the quotation starts: a blank line before its first line)

    def add(line: str) -> None:
        nonlocal part
        if part and lines:
            lines.append("")
            depths.append(min(depth, depths[-1]))
            marks.length += 1
        part = False
        lines.append(line)
        depths.append(depth)

    for token in tokens:
        if token.level == top and token.nesting >= 0:
            part = True
        if token.type in ("blockquote_open", "blockquote_close"):
            depth += token.nesting  # (a quotation in it; the blank line after one, in it)
            part = True
        elif token.type in ("bullet_list_open", "ordered_list_open"):
            ordered.append(token.type == "ordered_list_open")
        elif token.type in ("bullet_list_close", "ordered_list_close") and ordered:
            ordered.pop()
        elif token.type == "list_item_open" and ordered:
            number = _item_number(token.info) if ordered[-1] else None
            marker = quoted_item("", number, len(ordered) - 1)
        elif token.type == "inline":
            marks.length += len(marker)
            text = inline_text(token, marks, breaks=True)  # (a hard break: a line)
            if text:
                add(marker + text)
                marker = ""
            else:
                marks.length -= len(marker)
        elif token.type in ("fence", "code_block"):
            for line in filter(None, token.content.split("\n")):
                add(line)
                marks.length += len(line) + 1
    alert = _ALERT.match(lines[0]) if lines else None
    if alert:  # GitHub's "> [!NOTE]": a note's label on its own line, as a page's note box
        rest = lines[0][alert.end() :]
        lines[:1] = [alert["kind"].capitalize(), *([rest] if rest else [])]
        depths[:1] = depths[:1] * (len(lines) - len(depths) + 1)
    return lines, depths


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
            cells.append(inline_text(token, links, breaks=True))  # ("a<br>b": two lines)
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
        lines, depths = _quote_lines(inner, links)
        if not lines:
            return None
        nested = {"depths": tuple(depths)} if any(depths) else {}
        return draft_block("quote", "\n".join(lines), links=links, **nested)
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
    for at, token, link_count, style_count, length, level in islands:
        part = _part_marks(links, start, link_count, style_count)
        blocks += _after_code(items[start[0] : at], part, bool(start[0]))
        code = code_block(token)
        blocks.append(Draft(*code, **code.structure, item_level=level))
        start = (at, link_count, style_count, length)
    last = _part_marks(links, start, len(links), len(links.styles))
    return blocks + _after_code(items[start[0] :], last, True)


def _where(mark: tuple) -> int:
    """How far into its block's text a link stands (0 when its place is not known)."""
    return mark[2] if len(mark) > 2 else 0


def _after_code(items: list[ListItem], marks: Marks, after: bool) -> list[tuple[str, str, int]]:
    """A part of a list split at code in its items: the item's further paragraphs that
    start it, ``after`` code set in that item, as paragraphs of the item (``item_level``,
    as the code: under the item's text), then the list of the rest."""
    blocks: list[tuple[str, str, int]] = []
    while after and items and items[0][3]:
        text, _number, depth, _more = items.pop(0)
        edge = len(text) + 1  # (the part's text: its items' a line each)
        own, rest = Marks(), Marks()
        for mark in marks:
            (own if _where(mark) < edge else rest).append(mark)
        own.styles = [mark for mark in marks.styles if mark[2] < edge]
        rest[:] = [(*mark[:2], *(at - edge for at in mark[2:])) for mark in rest]
        rest.styles = [(text_, kind, at - edge) for text_, kind, at in marks.styles if at >= edge]
        blocks.append(draft_block("paragraph", text, links=own, item_level=depth + 1))
        marks = rest
    block = _list_block(items, marks)
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
    """A list block of ``items`` (those with text), with their numbers and depths, and which
    lines are an item's further paragraphs."""
    entries = [item for item in items if item[0]]
    if not entries:
        return None
    structure: dict[str, object] = {}
    numbers = tuple(number for _text, number, _depth, _more in entries)
    depths = tuple(depth for _text, _number, depth, _more in entries)
    continues = tuple(more for _text, _number, _depth, more in entries)
    if any(number is not None for number in numbers):
        structure["numbers"] = numbers
    if any(depths):
        structure["depths"] = depths
    if any(continues):
        structure["continues"] = continues
    text = "\n".join(entry[0] for entry in entries)
    return draft_block("list", text, links=links, **structure)


def code_block(token: Token) -> Draft:
    """A fenced or indented code block, with the language its fence names."""
    language = token.info.split()[0] if token.info.strip() else None
    return Draft("code", token.content.rstrip("\n"), 0, language=language)
