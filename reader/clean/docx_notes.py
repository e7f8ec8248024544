"""A Word document's footnotes, endnotes and comments (``word/footnotes.xml``,
``word/endnotes.xml``, ``word/comments.xml``).

A reference in the text (``w:footnoteReference``, ``w:endnoteReference``,
``w:commentReference``) reads as a mark, ``[1]``, numbered in the order the text refers to
its notes (all kinds in one count, so no two marks read the same); the notes then stand at
the end of the body as one list of ``[1] The note's words`` lines, as a Markdown document's
footnotes do, which :mod:`reader.article.footnotes` pairs with their references. A comment,
a reviewer's word on the text and not the author's, is told so with its reviewer's name:
``[2] Comment by Ann Lee: ...`` (never in the body's own words). A note the parts do not
hold, or one without words, gets no mark. Word's separators (notes of a ``w:type``) are no
notes.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any
from xml.etree.ElementTree import Element

from reader.clean.docx_parts import attribute, local, parse_part
from reader.clean.extracted import Draft

__all__ = ["NOTE_PARTS", "Notes", "notes_list", "squeezed"]

NOTE_PARTS = {"footnote": "word/footnotes.xml", "endnote": "word/endnotes.xml",
              "comment": "word/comments.xml"}
MAX_AUTHOR = 80  # characters of a comment's author's name kept, at most
_Marks = list[tuple[int, int, str]]  # (start, end, link address or style kind)


@dataclass
class Notes:
    """The document's notes by ``(kind, id)``, and the marks given so far, in order."""

    bodies: dict[tuple[str, str], Element] = field(default_factory=dict)
    numbers: dict[tuple[str, str], int] = field(default_factory=dict)
    order: list[tuple[str, str]] = field(default_factory=list)  # as first referred to

    @classmethod
    def read(cls, parts: dict[str, str]) -> Notes:
        notes = cls()
        for kind, name in NOTE_PARTS.items():
            root = parse_part(parts.get(name))
            for note in root if root is not None else ():
                ident = attribute(note, "id")
                if local(note.tag) == kind and ident and attribute(note, "type") in (
                        None, "normal") and "".join(note.itertext()).strip():
                    notes.bodies[(kind, ident)] = note
        return notes

    def heading(self, key: tuple[str, str]) -> str:
        """What a note's line says before its words: who made a comment; "" for a note."""
        if key[0] != "comment":
            return ""
        note = self.bodies[key]
        author = " ".join((attribute(note, "author") or attribute(note, "initials") or "").split())
        if len(author) > MAX_AUTHOR:
            author = author[:MAX_AUTHOR - 1].rstrip() + "\u2026"
        return f"Comment by {author}: " if author else "Comment: "

    def mark(self, reference: Element) -> str:
        """The mark a reference reads as (``[2]``), numbering its note when it is the first
        reference to it; "" for a reference to no note."""
        key = (local(reference.tag).removesuffix("Reference"), attribute(reference, "id") or "")
        if key not in self.bodies:
            return ""
        if key not in self.numbers:
            self.order.append(key)
            self.numbers[key] = len(self.order)
        return f"[{self.numbers[key]}]"


def squeezed(text: str) -> tuple[str, list[int]]:
    """``text`` with each run of white space one space, none at the ends, and where each of
    its offsets (up to its length) lands in the squeezed text: a note's or a heading's
    links move with the words they cover."""
    out: list[str] = []
    where: list[int] = []
    for char in text:
        where.append(len(out))
        if not char.isspace():
            out.append(char)
        elif out and out[-1] != " ":
            out.append(" ")
    where.append(len(out))
    while out and out[-1] == " ":
        out.pop()
    return "".join(out), [min(at, len(out)) for at in where]


def notes_list(notes: list[tuple[str, _Marks, _Marks]]) -> Draft | None:
    """The list of notes, each ``(its words, their links, their styles)`` in number order,
    as ``[1] The words`` lines; None when there is none with words."""
    lines: list[str] = []
    links: list[tuple[str, str, int]] = []
    styles: list[tuple[str, str, int]] = []
    size = 0
    for number, (words, note_links, note_styles) in enumerate(notes, 1):
        text, where = squeezed(words)
        line = f"[{number}] {text}"
        shift = size + len(line) - len(text)
        for marks, into in ((note_links, links), (note_styles, styles)):
            for start, end, what in marks:
                a, b = where[start], where[end]
                if a < b:
                    into.append((text[a:b], what, shift + a))
        lines.append(line)
        size += len(line) + 1
    if not lines:
        return None
    structure: dict[str, Any] = {"links": links} if links else {}
    if styles:
        structure["styles"] = styles
    return Draft("list", "\n".join(lines), 0, **structure)
