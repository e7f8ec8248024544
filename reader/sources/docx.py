"""A Word document's (``.docx``) parts, read out of its ZIP with bounds.

A ``.docx`` is a ZIP of XML parts: the text in ``word/document.xml``, its links' addresses in
``word/_rels/document.xml.rels``, its lists' kinds in ``word/numbering.xml``, its styles'
names in ``word/styles.xml``, its title and author in ``docProps/core.xml``, its notes in
``word/footnotes.xml`` and ``word/endnotes.xml``, its reviewers' comments in
``word/comments.xml``. Those parts
are read here, within bounds (no more than :data:`MAX_ENTRIES` entries in the archive,
:data:`MAX_TEXT_BYTES` bytes unpacked in all, :data:`MAX_TAGS` elements, each of which takes
memory and time once parsed: a ZIP bomb stops at the bound, told in a sentence), and handed
on as one JSON object of part name to XML text, which :mod:`reader.clean.docx` reads.
The ZIP is read by :mod:`reader.sources.zipped` (``zipfile``, imported for a ZIP only).
"""

from __future__ import annotations

import json

from reader.core.errors import LoadError
from reader.sources.limits import format_size

__all__ = ["BROKEN", "DOCUMENT", "PARTS", "docx_text", "is_docx"]

DOCUMENT = "word/document.xml"
PARTS = (
    DOCUMENT,
    "word/_rels/document.xml.rels",
    "word/numbering.xml",
    "word/styles.xml",
    "docProps/core.xml",
    "word/footnotes.xml",
    "word/endnotes.xml",
    "word/comments.xml",
)
MAX_ENTRIES = 10_000  # entries in the archive, at most (a document has a few dozen)
MAX_TEXT_BYTES = 64 * 1024 * 1024  # bytes unpacked from its parts, at most, in all
MAX_TAGS = 2_000_000  # XML tags in its parts, at most (a 500-page book: some 500,000)
BROKEN = "This Word document is damaged or incomplete: reader cannot find its text in it."
_ZIP_MAGIC = b"PK\x03\x04"


def is_docx(data: bytes, name: str | None = None) -> bool:
    """Whether ``data`` is a Word document: a ZIP holding ``word/document.xml``, or any ZIP
    named ``.docx`` (a damaged one is then told as a damaged document, not as a ZIP)."""
    if not data.startswith(_ZIP_MAGIC):
        return False
    if name and name.lower().split("?")[0].endswith(".docx"):
        return True
    from reader.sources.zipped import zip_holds  # (zipfile: only for a ZIP, ~5 ms)

    return zip_holds(data, DOCUMENT)


def docx_text(data: bytes) -> str:
    """The document's parts as JSON (part name to its XML text; the parts it lacks left
    out). Raises ``LoadError`` with a sentence for a damaged, incomplete or too large one."""
    from reader.sources.zipped import Bounds, Zipped

    bounds = Bounds(
        MAX_ENTRIES, MAX_TEXT_BYTES, BROKEN,
        f"This Word document holds more than {MAX_ENTRIES:,} parts; reader does not read it.",
        f"This Word document unpacks to more than {format_size(MAX_TEXT_BYTES)} of text; "
        "reader stopped reading it.",
    )
    parts: dict[str, str] = {}
    with Zipped(data, bounds) as archive:
        if DOCUMENT not in archive.names:
            raise LoadError(BROKEN)
        tags = MAX_TAGS
        for name in PARTS:
            if name in archive.names:
                xml = archive.read(name)
                tags -= xml.count(b"<")
                if tags < 0:
                    raise LoadError(f"This Word document holds more than {MAX_TAGS:,} "
                                    "XML elements; reader does not read it.")
                utf16 = xml[:2] in (b"\xff\xfe", b"\xfe\xff")
                parts[name] = xml.decode("utf-16" if utf16 else "utf-8", "replace")
    return json.dumps(parts, ensure_ascii=False)
