"""A Word document (``.docx``) -> an ``Extracted`` draft.

Read from the parts :mod:`reader.sources.docx` took out of its ZIP: its paragraphs in order;
headings by their style ("Heading 1".."Heading 6", a style based on one, or an outline
level; a numbered heading with its number, "2.1 Methods", as Word shows it), a "Title" and a
"Subtitle" paragraph; quotations by a style named so; list paragraphs (numbered or bulleted,
as ``numbering.xml`` says) one list block while they run; tables row by row (a one-cell
table, a box around some paragraphs, as those paragraphs); links' words with their
addresses; bold, italic and struck words as styles; a text box's paragraphs after the words
of the paragraph that holds it; footnotes' and endnotes' marks, ``[1]``, with the notes
listed at the end (:mod:`reader.clean.docx_notes`), and so its comments, each told as a
comment with its reviewer's name. The title is the document's own
(``docProps/core.xml``), else its Title paragraph, else its first heading, else the file's
name; the author its properties'. Deleted (tracked) words and field codes are left out.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any
from xml.etree.ElementTree import Element

from reader.article.model import table_text
from reader.clean.docx_deep import SKIPPED, flat_paragraphs, flat_words
from reader.clean.docx_notes import Notes, notes_list, squeezed
from reader.clean.docx_parts import (
    MAX_DEPTH,
    Level,
    Numbering,
    Styles,
    attribute,
    child,
    core_properties,
    local,
    parse_part,
    relationships,
    text_boxes,
)
from reader.clean.extracted import Draft, Extracted
from reader.core.errors import LoadError
from reader.core.file_types import file_name

__all__ = ["clean_docx"]

NO_TEXT = "This Word document has no text to read: reader finds no paragraph in it."
_NOTE_REFERENCES = frozenset({"footnoteReference", "endnoteReference", "commentReference"})
_RUN_STYLES = (("b", "strong"), ("i", "emphasis"), ("strike", "struck"))
_OFF = ("0", "false", "off", "none")
_Item = tuple[str, int, int | None, str, str]  # a list item: text, level, number, numbering, list
_CONTAINERS = frozenset({"sdt", "sdtContent", "customXml", "ins", "moveTo", "smartTag"})


@dataclass
class _Words:
    """A paragraph's text as it is gathered, with its links and styles."""

    parts: list[str] = field(default_factory=list)
    size: int = 0
    links: list[tuple[int, int, str]] = field(default_factory=list)
    styles: list[list[Any]] = field(default_factory=list)  # [start, end, kind]
    marks: set[int] = field(default_factory=set)  # which parts are notes' marks

    def add(self, text: str, styles: tuple[str, ...] = ()) -> None:
        for kind in styles:
            last = self.styles[-1] if self.styles else None
            if last and last[2] == kind and last[1] == self.size:
                last[1] += len(text)  # (Word cuts a bold phrase into many runs)
            else:
                self.styles.append([self.size, self.size + len(text), kind])
        self.parts.append(text)
        self.size += len(text)

    def text(self) -> str:
        return "".join(self.parts)

    def unmarked(self) -> str:
        """The text without its notes' marks (a title's)."""
        return "".join(part for at, part in enumerate(self.parts) if at not in self.marks)


class _Reader:
    """Walks ``document.xml``'s body with the side parts at hand."""

    def __init__(self, parts: dict[str, str]) -> None:
        self.styles = Styles.read(parts.get("word/styles.xml"))
        self.numbering = Numbering.read(parts.get("word/numbering.xml"))
        self.links = relationships(parts.get("word/_rels/document.xml.rels"))
        self.notes = Notes.read(parts)
        self.counters: dict[tuple[str, int], int] = {}
        self.title_paragraph = ""
        self.subtitle = ""

    # the text of a paragraph

    def words(self, element: Element, into: _Words, styles: tuple[str, ...] = (),
              depth: int = 0) -> None:
        for part in element:
            tag = local(part.tag)
            if tag in SKIPPED:
                continue
            if depth > MAX_DEPTH:  # (its words, flat)
                into.add(flat_words(part) if tag != "t" else part.text or "", styles)
            elif tag == "t":
                into.add(part.text or "", styles)
            elif tag in ("tab", "ptab"):
                into.add(" ")
            elif tag in ("br", "cr"):
                if attribute(part, "type") not in ("page", "column"):
                    into.add("\n")
            elif tag == "noBreakHyphen":
                into.add("-")
            elif tag in _NOTE_REFERENCES:
                into.marks.add(len(into.parts))
                into.add(self.notes.mark(part))
            elif tag == "r":
                self.words(part, into, _run_styles(part), depth + 1)
            elif tag == "hyperlink":
                start = into.size
                self.words(part, into, styles, depth + 1)
                href = self.links.get(attribute(part, "id") or "")
                if href and into.size > start:
                    into.links.append((start, into.size, href))
            else:  # (fields, content controls, insertions, smart tags: their words)
                self.words(part, into, styles, depth + 1)

    def paragraph(self, element: Element) -> tuple[str, _Words]:
        words = _Words()
        self.words(element, words)
        return words.text(), words

    def notes_block(self) -> Draft | None:
        """The notes referred to, in number order (a note may refer to a further one)."""
        notes = []
        for key in self.notes.order:  # (grows as the notes' own references are read)
            words = _Words()
            words.add(self.notes.heading(key))
            for paragraph in flat_paragraphs(self.notes.bodies[key], boxes=False):
                self.words(paragraph, words)
                words.add(" ")
            notes.append((words.text(), words.links, [tuple(s) for s in words.styles]))
        return notes_list(notes)

    # the body's blocks

    def blocks(self, body: Element, depth: int = 0) -> Iterator[tuple[str, str, int]]:
        """The blocks of ``body``'s elements; past :data:`MAX_DEPTH`, of its paragraphs
        however deep (:func:`flat_paragraphs`)."""
        items: list[_Item] = []
        flat = depth > MAX_DEPTH
        for element in flat_paragraphs(body) if flat else body:
            tag = local(element.tag)
            item = self.list_item(element) if tag == "p" else None
            if item and items and item[4] != items[-1][4] and item[1] <= items[-1][1]:
                yield _list(items)  # (another list right after: a bulleted, then a numbered)
                items = []
            if item:
                items.append(item)
            if items and (not item or next(text_boxes(element), None) is not None):
                yield _list(items)
                items = []
            if tag == "p":
                block = None if item else self.paragraph_block(element)
                if block:
                    yield block
                for box in () if flat else text_boxes(element):
                    yield from self.blocks(box, depth + 1)  # (where it stands, after its words)
            elif tag == "tbl":
                yield from self.table(element, depth + 1)
            elif tag in _CONTAINERS:
                inner = child(element, "sdtContent")
                yield from self.blocks(element if inner is None else inner, depth + 1)
        if items:
            yield _list(items)

    def style(self, element: Element) -> str:
        return attribute(child(child(element, "pPr"), "pStyle"), "val") or ""

    def numbered(self, element: Element) -> tuple[str, int] | None:
        """The list (``numId``) and level a paragraph is numbered in, its own or its style's;
        None for a paragraph in none."""
        numbered = child(child(element, "pPr"), "numPr")
        own = attribute(child(numbered, "numId"), "val")
        number, level_text = (own, None) if own else self.styles.list_id(self.style(element)) \
            or ("", None)
        if not number or number == "0":
            return None
        level_text = attribute(child(numbered, "ilvl"), "val") or level_text or "0"
        return number, min(int(level_text[:2]), 8) if level_text.isdigit() else 0

    def count(self, number: str, level: int) -> tuple[Level, int, str]:
        """The next item of list ``number`` at ``level``: how it counts, its number and
        which count it goes on with (a deeper level starts over under it)."""
        kind = self.numbering.kind(number, level)
        count = self.numbering.counter(number)
        for key in [key for key in self.counters if key[0] == count and key[1] > level]:
            del self.counters[key]
        value = self.counters.get((count, level), kind.start)
        self.counters[(count, level)] = value + 1
        return kind, value, count

    def list_item(self, element: Element) -> _Item | None:
        """A list paragraph as ``(text, level, number, numbering, list)``; None for another."""
        numbered = self.numbered(element)
        if not numbered or self.styles.heading_level(self.style(element)):
            return None
        text, _words = self.paragraph(element)
        text = " ".join(text.split())
        if not text:
            return None
        kind, value, count = self.count(*numbered)
        return text, numbered[1], value if kind.counts else None, kind.counts or "1", count

    def heading_label(self, element: Element) -> str:
        """The number Word sets before a numbered heading ("2.1"); "" for another."""
        numbered = self.numbered(element)
        if not numbered:
            return ""
        number, level = numbered
        count = self.count(number, level)[2]
        values = {at: self.counters[(count, at)] - 1 for at in range(level + 1)
                  if (count, at) in self.counters}
        return self.numbering.label(number, level, values)

    def paragraph_block(self, element: Element) -> tuple[str, str, int] | None:
        text, words = self.paragraph(element)
        if not text.strip():
            return None
        style = self.style(element)
        name = self.styles.name(style)
        if name == "title" and not self.title_paragraph:
            self.title_paragraph = " ".join(words.unmarked().split())
            return None
        if name == "subtitle" and not self.subtitle:
            self.subtitle = " ".join(words.unmarked().split())
            return None
        level = self.styles.heading_level(style)
        outline = attribute(child(child(element, "pPr"), "outlineLvl"), "val")
        if level is None and outline and outline.isdigit() and int(outline[:2]) < 9:
            level = min(6, int(outline[:2]) + 1)
        kind = "heading" if level else "quote" if "quote" in name else "paragraph"
        place = list(range(len(text) + 1))  # where each offset into ``text`` stands now
        if kind == "heading":
            label = self.heading_label(element)
            shift = len(label) + 1 if label else 0
            text, place = squeezed(f"{label} {text}" if label else text)
            place = place[shift:]
        structure: dict[str, Any] = {}
        if words.links:
            spans = [(_trimmed(text, place[a], place[b]), href) for a, b, href in words.links]
            structure["links"] = [(text[a:b], href, a) for (a, b), href in spans]
        if words.styles and kind != "heading":
            structure["styles"] = [(text[a:b], style_kind, a) for a, b, style_kind in words.styles]
        return Draft(kind, text, level or 0, **structure) if structure else (kind, text, level or 0)

    def table(self, element: Element, depth: int) -> Iterator[tuple[str, str, int]]:
        grid = [[cell for cell in row if local(cell.tag) == "tc"]
                for row in element if local(row.tag) == "tr"]
        if sum(map(len, grid)) == 1:  # (a box around some paragraphs: those paragraphs)
            yield from self.blocks(next(cell for row in grid for cell in row), depth)
            return
        rows: list[list[str]] = []
        for row in grid:
            cells: list[str] = []
            for cell in row:
                cells.append("\n".join(block[1] for block in self.blocks(cell, depth)))
                span = attribute(child(child(cell, "tcPr"), "gridSpan"), "val") or "1"
                cells.extend([""] * (min(int(span[:3]), 64) - 1 if span.isdigit() else 0))
            if any(cell.strip() for cell in cells):
                rows.append(cells)
        if not rows:
            return
        width = max(map(len, rows))
        cells_ = tuple(tuple(row + [""] * (width - len(row))) for row in rows)
        yield Draft("table", table_text(cells_), 0, rows=cells_, header=_has_header(element))


def _run_styles(run: Element) -> tuple[str, ...]:
    props = child(run, "rPr")
    found = []
    for tag, kind in _RUN_STYLES:
        mark = child(props, tag)
        if mark is not None and (attribute(mark, "val") or "1").lower() not in _OFF:
            found.append(kind)
    return tuple(found)


def _has_header(table: Element) -> bool:
    """The table marks its first row a header: repeated atop each page, or styled so."""
    first = next((row for row in table if local(row.tag) == "tr"), None)
    if child(child(first, "trPr"), "tblHeader") is not None:
        return True
    look = child(child(table, "tblPr"), "tblLook")
    if attribute(look, "firstRow") is not None:
        return (attribute(look, "firstRow") or "").lower() in ("1", "true", "on")
    flags = attribute(look, "val") or ""
    try:
        return bool(int(flags[:8], 16) & 0x20)
    except ValueError:
        return False


def _list(items: list[_Item]) -> tuple[str, str, int]:
    """The list block of ``items``; its levels made depths one step apart (Word may begin a
    list at its third level, or go from the first to the ninth), as HTML's lists nest."""
    depths: list[int] = []
    open_levels: list[int] = []
    for item in items:
        while open_levels and open_levels[-1] >= item[1]:
            open_levels.pop()
        depths.append(len(open_levels))
        open_levels.append(item[1])
    return Draft("list", "\n".join(item[0] for item in items), 0,
                 numbers=tuple(item[2] for item in items), depths=tuple(depths),
                 numbering=tuple(item[3] for item in items))


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    """``start``..``end`` in ``text`` without the spaces at its edges."""
    while start < end and text[start] == " ":
        start += 1
    while end > start and text[end - 1] == " ":
        end -= 1
    return start, end


def _take_heading(blocks: list[tuple[str, str, int]]) -> str:
    """The first heading's text, taken out of the body when nothing comes before it."""
    for index, block in enumerate(blocks):
        if block[0] == "heading":
            if index == 0:
                del blocks[0]
            return block[1]
    return ""


def clean_docx(text: str, path: str | None, url: str | None) -> Extracted:
    """A Word document's parts (JSON of part name to XML, from :mod:`reader.sources.docx`)
    as a draft. Raises ``LoadError`` when its body cannot be read."""
    try:
        parts = json.loads(text)
    except (ValueError, RecursionError):
        parts = {}
    root = parse_part(parts.get("word/document.xml") if isinstance(parts, dict) else None)
    body = child(root, "body")
    if body is None:
        raise LoadError(NO_TEXT)
    reader = _Reader(parts)
    blocks = list(reader.blocks(body))
    notes = reader.notes_block()
    if notes:
        blocks.append(notes)
    if not blocks and not reader.title_paragraph:
        raise LoadError(NO_TEXT)
    title, authors = core_properties(parts.get("docProps/core.xml"))
    if title and reader.title_paragraph and title.casefold() != reader.title_paragraph.casefold():
        blocks.insert(0, ("heading", reader.title_paragraph, 1))  # (its own words kept)
    title = title or reader.title_paragraph or _take_heading(blocks) or file_name(path, url)
    return Extracted(title=title, subtitle=reader.subtitle or None, authors=authors,
                     blocks=blocks)
