"""A Word document's side parts, read for :mod:`reader.clean.docx`: its styles (which are
headings, the title, quotations, lists), its lists' numbering, its links' addresses, its
title and author. Each part is untrusted XML, parsed by lxml with no entity expanded, nothing
loaded and no DTD allowed; a part that is missing or broken is as if empty.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any, NamedTuple
from xml.etree.ElementTree import Element, ParseError

from reader.article.block import counted
from reader.core.lazy import lazy_re
from reader.core.sanitize import without_xml_controls

__all__ = ["Numbering", "Styles", "core_properties", "local", "parse_part",
           "relationships", "text_boxes"]

_DECLARATION = lazy_re(r"\A\ufeff?\s*<\?xml[^>]{0,300}\?>")
_HEADING = lazy_re(r"^heading ?([1-9])$")
_FORMATS = {"decimal": "1", "lowerLetter": "a", "upperLetter": "A", "lowerRoman": "i",
            "upperRoman": "I", "decimalZero": "1"}
# the names Word and its kin put in a document's author field when no one was asked
_NO_ONE = frozenset({"", "user", "windows user", "microsoft office user", "admin",
                     "administrator", "author", "unknown", "owner", "python-docx"})
_PLACE = lazy_re(r"%([1-9])")  # a level's count in a label's pattern
_MOST_LABEL = 40  # characters of a label's pattern kept, at most
_BASED_ON_MOST = 10  # styles followed up a chain of "based on", at most
MAX_DEPTH = 40  # elements (tables in tables, boxes in boxes) followed this deep, at most


def local(tag: Any) -> str:
    """An element's name without its namespace (``w:p`` -> ``p``); "" for a comment."""
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def attribute(element: Element | None, name: str) -> str | None:
    """The attribute ``name`` (any namespace: Word's ``w:val``, strict OOXML's own)."""
    if element is None:
        return None
    for key, value in element.attrib.items():
        if local(key) == name:
            return value
    return None


def child(element: Element | None, name: str) -> Element | None:
    """The first child named ``name`` (any namespace)."""
    if element is None:
        return None
    return next((one for one in element if local(one.tag) == name), None)


def _parser() -> Any:
    """lxml's XML parser, safe for untrusted parts: no entity expanded, no DTD or other file
    loaded, nothing fetched, no tree past libxml2's own size and depth limits."""
    global _PARSER
    if _PARSER is None:
        from lxml import etree

        _PARSER = etree.XMLParser(
            resolve_entities=False, load_dtd=False, no_network=True, huge_tree=False,
            remove_comments=True, remove_pis=True,
        )
    return _PARSER


_PARSER: Any = None


def parse_part(xml: str | None) -> Element | None:
    """A part's root element, or None for a missing or broken part (or one with a DTD).
    lxml reads it (five times as fast as defusedxml's pure-Python tree builder); a part lxml
    stops at (nested past its depth limit, or with a control: a program wrote a raw ESC, NUL
    or vertical tab into its text, invalid XML that Word itself opens) is read by defusedxml,
    without its controls if need be."""
    if not xml:
        return None
    from lxml import etree

    xml = _DECLARATION.sub("", xml, count=1)
    try:
        root = etree.fromstring(xml, _parser())
    except (etree.LxmlError, ValueError):
        return _parse_expat(xml)
    docinfo = root.getroottree().docinfo
    if docinfo.doctype or docinfo.internalDTD is not None or docinfo.externalDTD is not None:
        return None  # (Word never writes one: an entity bomb, or a file outside)
    return root  # type: ignore[no-any-return]


def _parse_expat(xml: str) -> Element | None:
    """``xml`` read by defusedxml, with no DTD allowed; again without controls if need be."""
    from defusedxml import DefusedXmlException
    from defusedxml.ElementTree import fromstring

    for _ in range(2):
        try:
            return fromstring(xml, forbid_dtd=True)
        except (ParseError, DefusedXmlException, ValueError):
            cleared = without_xml_controls(xml)
            if cleared == xml:
                return None
            xml = cleared
    return None


def text_boxes(paragraph: Element, depth: int = 0) -> Iterator[Element]:
    """The text boxes (``w:txbxContent``) a paragraph holds, each once: of the forms an
    ``mc:AlternateContent`` gives one box in (a drawing, then the same as VML), the first
    that holds any; a box in a box is that box's."""
    for part in paragraph:
        tag = local(part.tag)
        if tag == "txbxContent":
            yield part
        elif depth >= MAX_DEPTH:
            continue
        elif tag == "AlternateContent":
            for form in part:  # (its Choice, then its Fallback)
                found = list(text_boxes(form, depth + 1))
                if found:
                    yield from found
                    break
        else:
            yield from text_boxes(part, depth + 1)


def relationships(xml: str | None) -> dict[str, str]:
    """Relationship id -> the address of each external link (``document.xml.rels``)."""
    root = parse_part(xml)
    found: dict[str, str] = {}
    for rel in root if root is not None else ():
        kind, target = attribute(rel, "Type") or "", attribute(rel, "Target")
        if kind.endswith("/hyperlink") and target and attribute(rel, "Id"):
            found[attribute(rel, "Id") or ""] = target
    return found


def core_properties(xml: str | None) -> tuple[str, list[str]]:
    """The document's title and authors as its properties give them (``docProps/core.xml``);
    a program's placeholder ("User", "Microsoft Office User") is no author."""
    root = parse_part(xml)
    title, authors = "", []
    for element in root if root is not None else ():
        text = " ".join((element.text or "").split())
        if local(element.tag) == "title":
            title = text
        elif local(element.tag) == "creator":
            names = (name.strip() for name in re.split(r"\s*;\s*", text))
            authors = [name for name in names if name.casefold() not in _NO_ONE]
    return title, authors


@dataclass
class Styles:
    """Style id -> its name (lower case), outline level and list (``numId``), as
    ``styles.xml`` sets them (a style's own, else the one it is based on)."""

    names: dict[str, str] = field(default_factory=dict)
    outline: dict[str, int] = field(default_factory=dict)
    lists: dict[str, tuple[str, str]] = field(default_factory=dict)  # numId, ilvl
    based_on: dict[str, str] = field(default_factory=dict)

    @classmethod
    def read(cls, xml: str | None) -> Styles:
        styles = cls()
        root = parse_part(xml)
        for style in root if root is not None else ():
            ident = attribute(style, "styleId")
            if local(style.tag) != "style" or not ident:
                continue
            styles.names[ident] = (attribute(child(style, "name"), "val") or ident).lower()
            based = attribute(child(style, "basedOn"), "val")
            if based:
                styles.based_on[ident] = based
            props = child(style, "pPr")
            level = attribute(child(props, "outlineLvl"), "val")
            if level and level.isdigit():
                styles.outline[ident] = int(level)
            numbered = child(props, "numPr")
            number = attribute(child(numbered, "numId"), "val")
            if number:
                styles.lists[ident] = (number, attribute(child(numbered, "ilvl"), "val") or "0")
        return styles

    def _chain(self, ident: str) -> list[str]:
        chain = [ident]
        while len(chain) < _BASED_ON_MOST and chain[-1] in self.based_on:
            chain.append(self.based_on[chain[-1]])
        return chain

    def name(self, ident: str) -> str:
        """The style's name: "heading 1", "title", "quote"... (its id, lower case, when
        ``styles.xml`` does not name it)."""
        return self.names.get(ident, ident.lower())

    def heading_level(self, ident: str) -> int | None:
        """The heading level (1-6) the style or the one it is based on gives, or None."""
        for one in self._chain(ident):
            match = _HEADING.match(self.name(one))
            if match:
                return min(6, int(match[1]))
            if one in self.outline and self.outline[one] < 9:
                return min(6, self.outline[one] + 1)
        return None

    def list_id(self, ident: str) -> tuple[str, str] | None:
        """The list (``numId``) and level (``ilvl``) the style puts its paragraphs in, or
        None."""
        return next((self.lists[one] for one in self._chain(ident) if one in self.lists), None)


class Level(NamedTuple):
    """A list level: its numbering (:data:`~reader.article.block.NUMBERINGS`; None for
    bullets), first number and label's pattern (``lvlText``: "%1.%2." for "2.3.")."""

    counts: str | None
    start: int
    text: str = ""


_DECIMAL = Level("1", 1)


@dataclass
class Numbering:
    """How each list counts (``numbering.xml``): each list (``numId``) is an instance of an
    abstract list, whose levels say how they count. Lists of one abstract list count on from
    each other, as Word counts them; a list that overrides a level's start
    (``w:startOverride``) or the level itself counts on its own."""

    levels: dict[tuple[str, int], Level] = field(default_factory=dict)
    lists: dict[str, str] = field(default_factory=dict)  # numId -> its abstract list
    overrides: dict[tuple[str, int], Level] = field(default_factory=dict)
    own_count: set[str] = field(default_factory=set)  # the lists with an override

    @classmethod
    def read(cls, xml: str | None) -> Numbering:
        numbering = cls()
        root = parse_part(xml)
        for element in root if root is not None else ():
            if local(element.tag) == "abstractNum":
                ident = attribute(element, "abstractNumId") or ""
                for level, kind in _levels(element).items():
                    numbering.levels[(ident, level)] = kind
            elif local(element.tag) == "num":
                number = attribute(element, "numId") or ""
                target = attribute(child(element, "abstractNumId"), "val")
                if target is not None:
                    numbering.lists[number] = target
                numbering.read_overrides(number, element)
        return numbering

    def read_overrides(self, number: str, num: Element) -> None:
        for override in num:
            index = attribute(override, "ilvl") or ""
            if local(override.tag) != "lvlOverride" or not index.isdigit():
                continue
            level = int(index[:3])
            own = _levels(override).get(level)  # (a level redefined whole)
            start = _number(attribute(child(override, "startOverride"), "val"))
            if own or start is not None:
                base = own or self.kind(number, level)
                self.overrides[(number, level)] = base if start is None else base._replace(
                    start=start)
                self.own_count.add(number)

    def kind(self, number: str, level: int) -> Level:
        """How list ``number``'s ``level`` counts (a list that ``numbering.xml`` does not
        describe counts 1, 2, 3)."""
        if (number, level) in self.overrides:
            return self.overrides[(number, level)]
        return self.levels.get((self.lists.get(number, ""), level), _DECIMAL)

    def counter(self, number: str) -> str:
        """Which count list ``number`` goes on with: its abstract list's, shared with the
        lists of the same abstract list, or its own when it overrides a level."""
        if number in self.lists and number not in self.own_count:
            return "abstract " + self.lists[number]
        return number

    def label(self, number: str, level: int, values: dict[int, int]) -> str:
        """The label Word shows before an item of list ``number`` at ``level``: its pattern
        with each ``%N`` the count of level N-1 (``values``, else that level's start);
        "" for a bullet or an item with no pattern."""
        kind = self.kind(number, level)
        if kind.counts is None:
            return ""

        def count(match: re.Match[str]) -> str:
            at = int(match[1]) - 1
            upper = self.kind(number, at)
            value = values.get(at, upper.start)
            return counted(value, upper.counts or "1")

        return " ".join(_PLACE.sub(count, kind.text).split())


def _number(text: str | None) -> int | None:
    return int(text[:9]) if text and text.isdigit() else None


def _levels(abstract: Element) -> dict[int, Level]:
    levels: dict[int, Level] = {}
    for level in abstract:
        index = attribute(level, "ilvl")
        if local(level.tag) != "lvl" or not (index and index.isdigit()):
            continue
        fmt = attribute(child(level, "numFmt"), "val") or "decimal"
        counts = None if fmt in ("bullet", "none") else _FORMATS.get(fmt, "1")
        start = _number(attribute(child(level, "start"), "val"))
        text = (attribute(child(level, "lvlText"), "val") or "")[:_MOST_LABEL]
        levels[int(index[:3])] = Level(counts, 1 if start is None else start, text)
    return levels
