"""Preformatted chunks of plain text: code, columns, diagrams, verse set in from the prose.

A text file shows its examples, tables and figures by layout alone: lines set in deeper than
the prose around them (a README's code, an RFC's message examples and ASCII diagrams), or laid
out in columns with runs of spaces (a memo's header block, a table), or lines set in under a
line of their own that each stand alone (a traceback's frames under "Traceback (most recent
call last):"). Joined as wrapped prose, they become one garbled line. Such a chunk keeps its
lines and their relative indentation.
Not preformatted: a wrapped paragraph set in (a block quotation), a list, lines centred on each
other (a title block).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from reader.clean.text.scan import chunks_holding, lines_at, lines_with
from reader.core.lazy import lazy_re

LINE_BREAK = "\u2028"  # a preformatted unit's line break (a paragraph holds no "\n")
MIN_DEEPER = 2  # columns further in than the prose for a chunk to be set in
WRAPPED_SHARE = 0.75  # lines this share of the wrap width or longer were wrapped
MAX_CENTRE_DRIFT = 2  # columns between the centres of lines centred on each other
HANGING_INDENT = 4  # columns a wrapped paragraph's next lines may stand past its first
TAB = 8  # columns between tab stops, as a terminal sets them
MERGE_GAP = 3  # blank lines, at most, inside one preformatted block
SYMBOL_SHARE = 0.2  # of a chunk's characters: prose has a few marks, code and diagrams more
MIN_SET_IN = 2  # lines standing on their own set in under a chunk's first line, at least
MIN_PROSE_WORDS = 6  # words of a line of running prose, at least



@dataclass(frozen=True, slots=True)
class KeptBlock:
    """A run of chunks read as one block that keeps its lines: its text (lines or paragraphs
    joined by :data:`LINE_BREAK`), how many chunks it spans, and whether it is a quotation
    (lines marked ">") rather than preformatted; a quotation's ``lead`` is the unmarked line
    that introduces it in its chunk ("On Tue, Ann Lee wrote:"), a paragraph of its own; a
    ``table`` holds rows of tab-separated cells."""

    text: str
    span: int = 1
    quoted: bool = False
    lead: str = ""
    table: bool = False  # rows parted by LINE_BREAK, cells by tabs


_GAP = lazy_re(r"\S {3,}\S")  # a run of spaces between two columns
_WIDE_GAP = lazy_re(r"\S {5,}\S")
_SET_IN = lazy_re(r"\n[ \t]+\S")  # (a literal first: quick to find in a book)
_SPACE_RUN = lazy_re(r" {3}")
# A line of one mark repeated: a heading's underline or overline ("=====", "-----").
UNDERLINE = lazy_re(r"^([=\-~^*#+_])\1{2,}$")
_STARTER = lazy_re(r"^(?:[-*+•·‣◦▪–—]\s|\d{1,3}[.)]\s)")
# a word of running prose, in lower case (within brackets or quotes, before a stop)
_LOWER_WORD = lazy_re(r"\A[(\"'“‘]?[a-z][a-z'’-]*[)\"'”’]?[,;:.!?]?[)\"'”’]?\Z")
# a list item's marker: bullets ("-", "**", "o"), numbers and letters ("2.", "b)", "gg."), "[1]"
_MARKER = lazy_re(r"(?:[-*+•·‣◦▪–—]+|o|\(?(?:\d{1,3}|[A-Za-z]{1,3})[.):]|\[\d{1,3}\])[ \t]+")
_TEXT_AFTER_GAP = lazy_re(r"(?<=\S)  +(?=\S)")


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip())


def _prose_indent(right: Sequence[str], indented: Sequence[int]) -> int:
    """The indentation most long lines (the prose) have (``indented``: the lines that start
    with white space; the others' is 0)."""
    counts = Counter(
        _indent(right[line].expandtabs(TAB))
        for line in indented
        if len(right[line].strip()) >= 30
    )
    counts[0] = sum(1 for line in right if len(line) >= 30 and line[:1] not in " \t")
    return min(counts, key=lambda indent: (-counts[indent], indent))


def _wrapped(lines: Sequence[str], indents: Sequence[int], width: int | None) -> bool:
    """Lines of a wrapped paragraph: all but the last near the wrap width, the ones after
    the first set in alike (and not far past the first: a hanging indent at most)."""
    return (
        width is not None
        and all(len(line) >= WRAPPED_SHARE * width for line in lines[:-1])
        and len(set(indents[1:])) <= 1
        and all(indent <= indents[0] + HANGING_INDENT for indent in indents[1:])
    )


def _centred(lines: Sequence[str], indents: Sequence[int]) -> bool:
    """Lines of different indentation centred on each other (a title block)."""
    if len(set(indents)) < 2:
        return False
    centres = [indent + len(line.strip()) / 2 for line, indent in zip(lines, indents, strict=True)]
    return max(centres) - min(centres) <= MAX_CENTRE_DRIFT


def _is_preformatted(
    lines: Sequence[str], width: int | None, prose_indent: int, cells: bool = False
) -> bool:
    """Whether a chunk of two or more lines keeps its layout (``cells``: a line of it holds a
    tab after its text, as a table's row a browser copied does: no lines under a lead)."""
    if len(lines) == 2 and UNDERLINE.match(lines[1].strip()):
        return False  # an underlined heading, set in
    indents = [_indent(line) for line in lines]
    wrapped = _wrapped(lines, indents, width)
    gap = _WIDE_GAP if wrapped else _GAP  # (justified prose has runs of two or three spaces)
    columns = sum(1 for line in lines if gap.search(line.strip()))
    if columns >= 2 and columns * 2 >= len(lines):
        return True
    return (
        min(indents) >= prose_indent + MIN_DEEPER
        and (not wrapped or _symbolic(lines))
        and not _centred(lines, indents)
        and not all(_STARTER.match(line.strip()) for line in lines)
    ) or (
        not cells and indents[0] >= prose_indent and _set_in_under_lead(lines, indents, width)
    )


def _set_in_under_lead(lines: Sequence[str], indents: Sequence[int], width: int | None) -> bool:
    """Lines set in under the chunk's first line, each standing on its own (a traceback's
    frames and code under its "Traceback (most recent call last):", a Java trace's "at ..."
    lines, a command's usage under "Usage:"): :data:`MIN_SET_IN` lines or more set in past
    the first line's indentation (none shallower, no list's item at it), none of them a list's
    item or the next line of a text begun further up (under an item's text, or a term's
    definition after its gap), none a paragraph's first line; no line of the chunk is prose
    wrapped into the next."""
    lead = indents[0]
    if min(indents) < lead or any(
        indent == lead and _STARTER.match(line.strip())
        for line, indent in zip(lines, indents, strict=True)
    ):
        return False  # (a list: its items stay items)
    set_in = 0
    for index in range(len(lines)):
        indent, line = indents[index], lines[index]
        following = lines[index + 1] if index + 1 < len(lines) else None
        if following is not None and _wraps(line, indent, following, width):
            return False  # (a paragraph's lines)
        if indent < lead + MIN_DEEPER or _STARTER.match(line.strip()):
            continue
        above = max(i for i in range(index) if indents[i] < indent)  # (the lead at least)
        if indent in _text_starts(lines[above], indents[above]):
            continue
        if _wordy(line) and (
            width is None or (following is not None and _indent(following) < indent
                              and len(line) >= WRAPPED_SHARE * width)
        ):
            return False  # (a paragraph begun with an indent)
        set_in += 1
    return set_in >= MIN_SET_IN


def _text_starts(line: str, indent: int) -> set[int]:
    """The columns where the text of ``line`` (set in by ``indent``) starts: after a list's
    marker, and after each run of two spaces or more (a definition beside its term)."""
    marker = _MARKER.match(line, indent)
    starts = {marker.end()} if marker else set()
    return starts | {match.end() for match in _TEXT_AFTER_GAP.finditer(line, indent)}


def _wraps(line: str, indent: int, following: str, width: int | None) -> bool:
    """Whether ``line`` (set in by ``indent``) is prose wrapped into the ``following`` one,
    set in alike or where its text starts (an item's text going on under it): as long as the
    text's wrapped lines, mostly words in lower case or its last word's sentence going on in
    lower case."""
    if width is None or len(line) < WRAPPED_SHARE * width:
        return False
    if _indent(following) != indent and _indent(following) not in _text_starts(line, indent):
        return False
    goes_on = bool(_LOWER_WORD.match(following.split()[0])) and line[-1:].isalpha()
    return goes_on or _wordy(line)


def _wordy(line: str) -> bool:
    """A line of running prose: :data:`MIN_PROSE_WORDS` words or more, half of them at
    least words in lower case."""
    words = line.split()
    return (
        len(words) >= MIN_PROSE_WORDS
        and 2 * sum(1 for word in words if _LOWER_WORD.match(word)) >= len(words)
    )


def _expanded(right: Sequence[str], first: int, end: int) -> list[str]:
    """Lines ``first`` to ``end`` with their tabs expanded (to every eighth column)."""
    return [line.expandtabs(TAB) if "\t" in line else line for line in right[first:end]]


def _symbolic(lines: Sequence[str]) -> bool:
    """Lines written more in symbols than prose is (a diagram, a box, code)."""
    text = "".join(lines).replace(" ", "")
    marks = sum(1 for char in text if not char.isalnum())
    return marks >= SYMBOL_SHARE * max(1, len(text))


def _dedented(lines: Sequence[str]) -> str:
    """The lines without their common indentation, joined by :data:`LINE_BREAK`."""
    common = min(_indent(line) for line in lines if line.strip())
    return LINE_BREAK.join(line[common:] if line.strip() else "" for line in lines)


def preformatted_chunks(
    text: str, right: Sequence[str], chunks: Sequence[tuple[int, int]], width: int | None
) -> dict[int, KeptBlock]:
    """Chunk number -> its block for each chunk that starts a preformatted block (``right``:
    the text's lines right-stripped; ``chunks``: the ``(first, end)`` lines of each
    blank-line-separated chunk).

    Only the chunks holding a line set in or a run of spaces are looked at (a book has tens of
    thousands of chunks and few such lines)."""
    indented = ([0] if text[:1] in " \t" else []) + [n + 1 for n in lines_at(text, _SET_IN)]
    gapped = lines_with(text, _SPACE_RUN) if "   " in text else []
    if not indented and not gapped:
        return {}
    candidates = chunks_holding(chunks, {*indented, *gapped})
    prose_indent = _prose_indent(right, indented)
    found: dict[int, KeptBlock] = {}
    done = -1
    for chunk in candidates:
        if chunk <= done:
            continue
        first, end = chunks[chunk]
        if end - first < 2:
            continue
        lines = _expanded(right, first, end)
        cells = any("\t" in line.lstrip() for line in right[first:end])
        if not _is_preformatted(lines, width, prose_indent, cells):
            continue
        least = min(map(_indent, lines))
        span = 1
        while least >= prose_indent + MIN_DEEPER and chunk + span < len(chunks):
            # what follows, set in as far, joins a block set in (a listing's blank lines)
            next_first, next_end = chunks[chunk + span]
            lines = _expanded(right, next_first, next_end)
            if next_first - end > MERGE_GAP or min(map(_indent, lines)) < least:
                break
            if next_end - next_first >= 2 and not _is_preformatted(lines, width, prose_indent):
                break
            end = next_end
            span += 1
        found[chunk] = KeptBlock(_dedented(_expanded(right, first, end)), span)
        done = chunk + span - 1
    return found
