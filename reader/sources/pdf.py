"""A PDF's text (a paper, a report, a saved article), page by page, through pypdf.

Each page's lines are reflowed into its paragraphs here (:func:`reflow`), and the pages are
joined with form feeds, as a text printed in pages is: the plain-text cleaner then takes off
what repeats at the top and foot of each page (running heads, page numbers). A PDF with no
text (a scan), one locked with a password, one encrypted with AES while the cryptography
package (which pypdf decrypts AES with) is missing, or one pypdf cannot read gets a sentence,
never a traceback. pypdf is imported only when a PDF is read (~120 ms).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from reader.core.errors import LoadError
from reader.core.hyphenation import HYPHENS, SOFT_HYPHEN, Spellings
from reader.core.lazy import lazy_re
from reader.sources.pdf_title import TypeSet, lead_with_title, metadata_title, type_size

if TYPE_CHECKING:
    from pypdf import PdfReader

PDF_MAGIC = b"%PDF-"
MAX_PAGES = 2000  # pages read of a longer PDF
NO_TEXT = (
    "This PDF has no text to read: its pages are pictures (a scan, perhaps); reader reads "
    "text, not pictures of it."
)
LOCKED = "This PDF is locked with a password; reader cannot open it."
NEEDS_AES = (
    "This PDF is encrypted with AES, which reader can open only with the Python package "
    "cryptography installed (pip install cryptography)."
)
BROKEN = "This PDF is damaged or in a form reader cannot read."


def is_pdf(data: bytes) -> bool:
    """Whether ``data`` is a PDF (its first bytes say so)."""
    return data[:1024].lstrip()[:5] == PDF_MAGIC


def pdf_text(data: bytes) -> tuple[str, str | None]:
    """The PDF's text, its pages separated by form feeds, and its title (see
    :mod:`reader.sources.pdf_title`), which the text opens with. Raises ``LoadError`` with a
    sentence."""
    import logging
    import warnings
    from io import BytesIO

    quiet = logging.getLogger("pypdf")  # its notes on a damaged file would reach the screen
    if not quiet.handlers:
        quiet.addHandler(logging.NullHandler())
    quiet.propagate = False
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            pages, metadata, pieces = _pages(BytesIO(data))
    except LoadError:
        raise
    except Exception:  # pypdf's failures on a damaged file have no one base: a sentence
        raise LoadError(BROKEN) from None
    whole = "\n".join(pages)
    full, spellings = full_width(whole), Spellings(whole, typeset=True)
    reflowed = [reflow(page.strip("\n"), full, spellings) for page in pages]
    reflowed, title = lead_with_title(reflowed, metadata, pieces) if pages else ([], None)
    text = "\f".join(_broken_at_page_ends(reflowed, spellings))
    if not text.replace("\f", "").strip():
        raise LoadError(NO_TEXT)
    return text, title


def _pages(stream: object) -> tuple[list[str], str | None, TypeSet]:
    """Each page's text (at most :data:`MAX_PAGES`), the metadata's title and the first
    page's text piece by piece with the size of its type."""
    from pypdf import PdfReader
    from pypdf.errors import DependencyError

    try:
        return _read(PdfReader(stream, strict=False))  # type: ignore[arg-type]
    except DependencyError:  # (opening or reading: AES, without the package to decrypt it)
        raise LoadError(NEEDS_AES) from None


def _read(reader: PdfReader) -> tuple[list[str], str | None, TypeSet]:
    """:func:`_pages` of an opened PDF (decrypted first, when it opens without a password)."""
    if reader.is_encrypted and not reader.decrypt(""):
        raise LoadError(LOCKED)
    pages: list[str] = []
    pieces: list[tuple[str, float]] = []

    def typeset(text: str, cm: list[float], tm: list[float], _font: object, size: float) -> None:
        if text:
            pieces.append((text, type_size(size, cm, tm)))

    for number, page in enumerate(reader.pages):
        if number >= MAX_PAGES:
            break
        pages.append(page.extract_text(visitor_text=None if number else typeset) or "")
    return pages, metadata_title(reader), pieces


FULL_LINE = 0.8  # of the page's long lines' length: a line this long was broken by the layout
_SENTENCE_END = (".", "!", "?", ":")
_LEADERS = lazy_re(r"(?:\.\s?){4,}\s*[\divxlc]*$")  # "Introduction . . . . . 1"
# A page number on a line of its own: "12", "- 12 -", "[12]", "Page 12", "12 of 40".
_PAGE_NUMBER = lazy_re(
    r"^[-–—\[(]?\s*(?:page\s+)?\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?\s*[-–—\])]?$",
    re.IGNORECASE,
)


def full_width(text: str) -> float | None:
    """The length from which a line of ``text`` was broken by the layout (None when it has
    too few long lines to tell)."""
    lengths = sorted(len(line.strip()) for line in text.split("\n") if len(line.strip()) >= 30)
    if len(lengths) < 3:
        return None
    return lengths[int(len(lengths) * 0.9)] * FULL_LINE


def reflow(page: str, full: float | None = None, spellings: Spellings | None = None) -> str:
    """A page's lines as paragraphs, one line each with a blank line between. A PDF breaks
    every line of a paragraph where the column ends, in proportional type (no fixed width to
    tell a wrapped line by): a line near the page's full width runs on into the next, a
    shorter one (a paragraph's last, a heading) ends its paragraph; one that ends with a word
    a hyphen broke runs on. That word is put back as the document (``spellings``: the whole
    PDF's; else the page's) writes it: "manipulated", but "self-aware" and "Jean-Paul" (see
    :mod:`reader.core.hyphenation`). A page number heading or ending the page stays a line of
    its own (the plain-text cleaner takes it off, and joins the paragraph the page break
    split, and a word broken there: :func:`_broken_at_page_ends`). ``full`` is the whole
    PDF's :func:`full_width` (a page of a few lines is measured by the others)."""
    spellings = spellings or Spellings(page, typeset=True)
    lines = [line.strip() for line in page.split("\n")]
    head, lines, foot = _numbers_at_edges(lines)
    if head or foot:
        return "\n\n".join([*head, reflow("\n".join(lines), full, spellings), *foot])
    full = full_width(page) or full
    if full is None:
        return page
    paragraphs: list[str] = []
    current = ""  # the paragraph so far, while its last line was full width
    for line in lines:
        if not line:
            if current:
                paragraphs.append(current)
            current = ""
            continue
        if current and (
            _LEADERS.search(line)
            or (current.endswith(_SENTENCE_END) and not line[:1].islower() and len(line) < full)
        ):  # a short line after a sentence's end (a heading, a paragraph of one line), or a
            paragraphs.append(current)  # table of contents' entry
            current = ""
        joint = spellings.joint(current, line) if current else None
        if joint is not None:
            current = current[:-1] + joint + line
        else:
            current = f"{current} {line}" if current else line
        broken = line[-1:] in HYPHENS and line[-2:-1].isalpha()  # (a word goes on)
        if (len(line) < full and not broken and not line.endswith((",", ";"))) or (
            _LEADERS.search(line)
        ):
            paragraphs.append(current)  # a short line ends its paragraph, unless its sentence
            current = ""  # goes on; an entry of a table of contents stands alone
    if current:
        paragraphs.append(current)
    return "\n\n".join(paragraphs)


EDGE_LINES = 4  # lines at the top of a page, at most, before the text that goes on


def _broken_at_page_ends(pages: list[str], spellings: Spellings) -> list[str]:
    """``pages`` with the hyphen of a word broken at a page's end made a soft hyphen where the
    next page goes on with the rest of one word ("manip-" over "ulated"), the break's own
    mark: the plain-text cleaner joins the paragraph again over the page's foot and the next
    one's head, and the word with it. A compound's hyphen ("long-" over "term") stays."""
    out = list(pages)
    for number, page in enumerate(pages[:-1]):
        lines = page.split("\n")
        last = next(
            (
                index
                for index in range(len(lines) - 1, -1, -1)
                if lines[index].strip() and not _PAGE_NUMBER.match(lines[index].strip())
            ),
            None,
        )
        if last is None or not lines[last].endswith("-") or not lines[last][-2:-1].isalpha():
            continue
        heads = [line.strip() for line in pages[number + 1].split("\n") if line.strip()]
        rest = next((line for line in heads[:EDGE_LINES] if line[:1].islower()), None)
        if rest is not None and spellings.joint(lines[last], rest) == "":
            lines[last] = lines[last][:-1] + SOFT_HYPHEN
            out[number] = "\n".join(lines)
    return out


def _numbers_at_edges(lines: list[str]) -> tuple[list[str], list[str], list[str]]:
    """The page number that opens the page's lines, the lines between, and the one that
    closes them (each edge an empty list when it holds none)."""
    filled = [index for index, line in enumerate(lines) if line]
    if len(filled) < 2:
        return [], lines, []
    first, last = filled[0], filled[-1]
    head = [lines[first]] if _PAGE_NUMBER.match(lines[first]) else []
    foot = [lines[last]] if _PAGE_NUMBER.match(lines[last]) else []
    return head, lines[first + len(head) : last + 1 - len(foot)], foot


__all__ = ["is_pdf", "pdf_text"]
