"""A memo's header block: who wrote it and when, from the right column of its first block.

RFCs, Internet-Drafts and many technical memos open with a block in two columns: the series
and numbers on the left, the authors (each over their organisation) and the month on the
right. The right column's names ("R. Fielding, Ed.", "A. Lindqvist") are the authors and its
date ("June 2022", "3 March 2026") the publication date.
"""

from __future__ import annotations

from reader.clean.byline import parse_date
from reader.core.lazy import lazy_re

_COLUMNS = lazy_re(r"\S {3,}(\S.*)$")  # the right column: after a run of three spaces
# "R. Fielding, Ed.", "A. Lindqvist", "J-P. Vasseur": initials, then a surname
_AUTHOR = lazy_re(
    r"^((?:[A-Z][a-z]?\.[ -]?(?:[A-Z]\.[ -]?)?){1,2}[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?)"
    r"(?:, (?:Ed|Editor)\.?)?$"
)
_RIGHT_ONLY = 24  # spaces before a right-column line with nothing on its left
_MONTH_YEAR = lazy_re(r"^(?:(\d{1,2}) )?([A-Z][a-z]+) (\d{4})$")


def memo_header(block: str) -> tuple[list[str], str | None]:
    """The authors and the date in the right column of a header ``block`` (lines by ``\\n``);
    nothing unless the column names an author and a date."""
    authors: list[str] = []
    published = None
    for line in block.split("\n"):
        match = _COLUMNS.search(line)
        if match is not None:
            cell = match.group(1).strip()
        elif line[:_RIGHT_ONLY].isspace() and line.strip():
            cell = line.strip()  # a line of the right column alone, far to the right
        else:
            continue
        author = _AUTHOR.match(cell)
        if author:
            authors.append(author.group(1))
        elif published is None:
            published = _month_date(cell)
    return (authors, published) if authors and published else ([], None)


def _month_date(cell: str) -> str | None:
    """The date of "3 March 2026" ("2026-03-03"), or the month of "June 2022" ("2022-06")."""
    match = _MONTH_YEAR.match(cell)
    if match is None:
        return None
    if match.group(1):
        return parse_date(cell)
    found = parse_date(f"1 {cell}")
    return found[:7] if found else None
