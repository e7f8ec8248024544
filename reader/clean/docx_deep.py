"""A Word document's content nested past :data:`~reader.clean.docx_parts.MAX_DEPTH`, read flat.

Word nests a table in a table's cell, a content control in a content control, a text box
in a paragraph; a document may do so thousands of times over (a converter's output, or one
written to hurt). The document's structure is followed up to ``MAX_DEPTH`` (each level a
call); past it, its words are still read, without recursion and in document order: the
paragraphs under an element each a paragraph (:func:`flat_paragraphs`), the words under
one run after run (:func:`flat_words`).
"""

from __future__ import annotations

from collections.abc import Iterator
from xml.etree.ElementTree import Element

from reader.clean.docx_parts import attribute, local

__all__ = ["SKIPPED", "flat_paragraphs", "flat_words"]

# Elements whose words are not the document's: deleted words, field codes, properties, a
# text box's copy for older readers, a text box (read after its paragraph)
SKIPPED = frozenset({"delText", "instrText", "rPr", "pPr", "Fallback", "txbxContent"})
_WORDS = {"tab": " ", "ptab": " ", "noBreakHyphen": "-"}


def _walk(element: Element, skipped: frozenset[str]) -> Iterator[Element]:
    """The elements under ``element`` in document order, but not those under an element
    named in ``skipped``; an explicit stack, not a call for each level."""
    stack = [iter(element)]
    while stack:
        part = next(stack[-1], None)
        if part is None:
            stack.pop()
            continue
        yield part
        if local(part.tag) not in skipped:
            stack.append(iter(part))


def flat_paragraphs(element: Element, boxes: bool = True) -> Iterator[Element]:
    """The paragraphs (``w:p``) under ``element`` however deep, in order; with ``boxes``
    also those of the text boxes in them, each after the paragraph holding it."""
    skipped = (SKIPPED - {"txbxContent"}) if boxes else SKIPPED | {"p"}
    for part in _walk(element, skipped):
        if local(part.tag) == "p":
            yield part


def flat_words(element: Element) -> str:
    """The words of ``element`` however deep (its text, tabs as spaces, line breaks),
    without its nested paragraphs' and skipped elements' words."""
    words: list[str] = []
    for part in _walk(element, SKIPPED | {"p"}):
        tag = local(part.tag)
        if tag == "t":
            words.append(part.text or "")
        elif tag in _WORDS:
            words.append(_WORDS[tag])
        elif tag in ("br", "cr") and attribute(part, "type") not in ("page", "column"):
            words.append("\n")
    return "".join(words)
