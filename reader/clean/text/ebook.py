"""A plain-text ebook's frame: the header and licence around the book, and the header's fields.

Project Gutenberg's texts (the web's plain-text books) open with a header ("Title: Pride and
Prejudice", "Author: Jane Austen", "Release date: ...") and a line "*** START OF THE PROJECT
GUTENBERG EBOOK ... ***", and close with "*** END OF ... ***" and a licence of some 3,000
words. The book is what stands between the two lines; the header's fields name it. Any text
whose first lines are such fields ("Title: ...", "Author: ...") is named by them too.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from reader.core.lazy import lazy_re

if TYPE_CHECKING:
    from reader.clean.explain import DropLog

HEADER_CHARS = 100_000  # the start line is looked for this far into the text (old headers
# carry a long "small print" licence)
FIELD_LINES = 12  # a text's own fields are looked for in its first lines ...
MAX_FIELD = 200  # ... each this long at most
_START = lazy_re(
    r"^\*{3}\s*START OF (?:THE|THIS) PROJECT GUTENBERG E-?BOOK\b[^\n]*$", re.I | re.M
)
_END = lazy_re(r"^\*{3}\s*END OF (?:THE|THIS) PROJECT GUTENBERG E-?BOOK\b[^\n]*$", re.I | re.M)
_FIELD = lazy_re(r"^\s*(title|author|authors|by)\s*:\s*(\S.*?)\s*$", re.I)


@dataclass
class BookFields:
    """What a text's header says it is: its title and authors (empty when it says nothing)."""

    title: str | None = None
    authors: list[str] = field(default_factory=list)


def _fields(lines: list[str]) -> BookFields:
    """The title and authors among ``lines`` ("Title: ...", "Author: A and B")."""
    found = BookFields()
    for line in lines:
        match = _FIELD.match(line)
        if match is None or len(line) > MAX_FIELD:
            continue
        if match.group(1).lower() == "title":
            found.title = found.title or match.group(2)
        elif not found.authors:
            from reader.clean.meta.authors import first_last, split_authors  # (lazy: a rare line)

            found.authors = split_authors(first_last(match.group(2)))  # "Austen, Jane" too
    return found


def _own_fields(text: str, log: DropLog | None) -> tuple[str, BookFields]:
    """A text that opens with its fields, a title among them: the text without those lines
    (logged as "header-field"), and what they say. Only the text's head is split (a book's
    whole text is not copied for it)."""
    head_end = FIELD_LINES * 3 * (MAX_FIELD + 1)
    lines = text[:head_end].split("\n")
    top = [i for i, line in enumerate(lines[: FIELD_LINES * 3]) if line.strip()][:FIELD_LINES]
    fields = {i for i in top if _FIELD.match(lines[i]) and len(lines[i]) <= MAX_FIELD}
    found = _fields([lines[i] for i in sorted(fields)])
    if found.title is None or len(lines) - 1 in fields:  # (the last line may be cut short)
        return text, BookFields()
    for i in sorted(fields):
        if log is not None:
            log.text("header-field", lines[i].strip())
    kept = "\n".join(line for i, line in enumerate(lines) if i not in fields)
    return kept + text[head_end:], found


def book_frame(text: str, log: DropLog | None = None) -> tuple[str, BookFields]:
    """``text`` without an ebook's header and licence (each logged as "ebook-licence"), and
    what its header's fields say. A text without the start line loses only the fields its
    first :data:`FIELD_LINES` lines give, when a title is among them."""
    start = _START.search(text, 0, HEADER_CHARS)
    if start is None:
        return _own_fields(text, log)
    header, text = text[: start.start()], text[start.end() :]
    end = _END.search(text)
    licence = ""
    if end is not None:
        text, licence = text[: end.start()], text[end.start() :]
    if log is not None:
        for part in (header, licence):
            for paragraph in re.split(r"\n\s*\n", part):
                if paragraph.strip():
                    log.text("ebook-licence", " ".join(paragraph.split()))
    return text, _fields(header.split("\n"))


__all__ = ["BookFields", "book_frame"]
