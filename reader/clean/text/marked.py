"""A documentation page's title, told by the link mark its headings carry in a copy.

Documentation generators (Sphinx, MkDocs, Read the Docs themes) print a link to each heading
after it ("Quickstart¶"); a browser's copy keeps it. The first heading so marked, under the
page's sidebar and breadcrumbs but above its prose, is the page's title."""

from __future__ import annotations

from reader.clean.text.prose_line import is_prose

LINK_MARKS = ("¶", "🔗")  # a heading's link to itself (never text: a "#" or "§" may be)
MAX_MARKED_TITLE = 200  # characters of a marked title at most
MAX_PROSE_ABOVE = 1  # prose lines above it (a banner: "This documents version 5.6.")
MAX_LINES_ABOVE = 1000  # lines looked through for it (a sidebar's; a book's are not read)


def without_link_mark(line: str) -> str:
    """The line without a link mark at its end."""
    end = line.rstrip(" \t")
    return end[:-1].rstrip(" \t") if end.endswith(LINK_MARKS) else line


def marked_title(lines: list[str]) -> str | None:
    """The first line that ends in a link mark, without it, within the first
    :data:`MAX_LINES_ABOVE` lines, when at most :data:`MAX_PROSE_ABOVE` prose lines stand
    above it (further down, it is a section's heading under an unmarked title); None
    otherwise."""
    prose = 0
    for line in lines[:MAX_LINES_ABOVE]:
        text = line.strip()
        if text.endswith(LINK_MARKS):
            title = without_link_mark(text)
            return title if title and len(title) <= MAX_MARKED_TITLE else None
        if text and is_prose(text):
            prose += 1
            if prose > MAX_PROSE_ABOVE:
                return None
    return None


def marked_line(title: str, texts: list[str]) -> int | None:
    """Where the marked ``title`` stands among ``texts`` (its marks gone): the last line
    that is the title before the second prose line (a breadcrumb or a sidebar may hold it
    too, above it); None when there is none."""
    found, prose = None, 0
    for index, text in enumerate(texts):
        if text == title:
            found = index
        elif is_prose(text):
            prose += 1
            if prose > MAX_PROSE_ABOVE:
                break
    return found
