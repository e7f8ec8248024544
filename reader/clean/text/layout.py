"""Split plain text into paragraph units: blank lines part them, hard-wrapped lines are joined.

A page copied from a browser puts each paragraph on one long line (often with no blank line
between a pull quote and its attribution); a text file wrapped at ~72 columns breaks every
paragraph over many lines. The layout is told apart by the line lengths of the whole document.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass, replace
from itertools import groupby, pairwise

from reader.article.model import cjk_character, has_cjk
from reader.clean.text.log_lines import log_chunks
from reader.clean.text.preformatted import (
    LINE_BREAK,
    UNDERLINE,
    KeptBlock,
    preformatted_chunks,
)
from reader.clean.text.prose_line import is_prose
from reader.clean.text.scan import chunks_holding, lines_at
from reader.clean.text.tables import tab_tables
from reader.core.hyphenation import HYPHENS, SOFT_HYPHEN, Spellings
from reader.core.lazy import lazy_re

# A line that starts something of its own: a list item or a dashed attribution.
_STARTER = lazy_re(r"^\s*(?:[-*+•·‣◦▪–—―]\s|\d{1,3}[.)]\s|[—―]|--\s?\S)")
_SENTENCE_END = lazy_re(r"[.!?…][\"'”’)\]]*$")
_INDENT = lazy_re(r"^(?: {2,}|\t)\S")
_STARTS_OWN_SOURCE = rf"(?:{_STARTER.pattern[1:]})|(?:{_INDENT.pattern[1:]})"
_STARTS_OWN = lazy_re(rf"\A(?:{_STARTS_OWN_SOURCE})")  # anchored: linear in a search too
# The same after a newline, for scanning a whole text (white space within the line only).
_OWN_AFTER_NEWLINE = lazy_re("\n(?:" + _STARTS_OWN_SOURCE.replace(r"\s", r"[^\S\n]") + ")")
_INDENTED = lazy_re(r"\n[^\S\n]")
# a line ending with a hyphen: "-", U+2010, which groff and nroff (man pages) write where
# they break a word in two, or a soft hyphen
_HYPHEN_END = lazy_re(r"[-\u2010\u00ad][^\S\n]*\n")
_MAX_WRAP = 100
# ... of a text set in from the margin, as a man page is: a terminal of 120 or 132 columns
# ("man ls | reader"); a browser's copy, whose paragraphs run long, is never set in
_MAX_INDENTED_WRAP = 140
INDENTED_SHARE = 0.8  # of its lines of 30+ characters set in: an indented text
_UNDERLINE_AFTER_NEWLINE = lazy_re(r"\n[ \t]*([=\-~^*#+_])\1{2,}[ \t]*(?=\n|\Z)")
_QUOTE_AFTER_NEWLINE = lazy_re(r"\n[ \t]*>")
_QUOTE_START = lazy_re(r"\A[ \t]*>")
_PROMPT = lazy_re(r">>>(?:\s|$)")  # an interactive Python prompt (matched at the start)
_QUOTE_MARKS = lazy_re(r"^(?:>[ \t]?)+")  # "> ", ">> ", "> > "
MAX_HEADING = 100  # characters of an underlined heading, at most
UNDERLINE_SHARE = 0.5  # an underline is at least this share of its heading's length
_HEADING_NOT_ENDS = frozenset(".,;:")
_FULL_STOPS = frozenset(".!?…")


@dataclass(slots=True)
class Unit:
    """One paragraph-sized piece of the text.

    ``chunk`` numbers the blank-line-separated chunks; ``joined`` is True when the unit
    follows the previous one after a single newline (same chunk); a ``preformatted`` unit
    is a whole chunk (or a few) whose lines are kept; a ``heading`` unit is a line over its
    underline ("Installing" over "----------").
    """

    text: str
    chunk: int
    joined: bool = False
    preformatted: bool = False  # lines kept, joined by ``LINE_BREAK``
    heading: int = 0  # an underlined heading's level (0: none)
    quoted: bool = False  # lines marked "> " (a mail's quotation): its paragraphs by LINE_BREAK
    table: bool = False  # tab-separated rows: rows by LINE_BREAK, cells by tabs
    verse: bool = False  # a stanza: its lines by LINE_BREAK


def wrap_width(lines: list[str]) -> int | None:
    """The column the text was hard-wrapped at, or None when lines are paragraph-long."""
    return _wrap_width([len(line.rstrip()) for line in lines if len(line.strip()) >= 30])


PARAGRAPH_LINE = 200  # characters: a line this long is a paragraph left unwrapped
MIN_PARAGRAPH_LINES = 3  # such lines in a text that is not hard-wrapped, at least ...
PARAGRAPH_LINE_SHARE = 0.05  # ... and this share of its lines of 30+ characters
NEAR_WIDTH = 15  # characters under the wrap width that a wrapped line's end stands within
MIN_CONTINUED = 0.2  # of such lines, at least this share go on in lower case when wrapped
MIN_NEAR_SHARE = 0.1  # of the lines of 30+ characters, at least this share end near the width


def _wrap_width(lengths: list[int], most: int = _MAX_WRAP) -> int | None:
    """``wrap_width`` from the right-stripped lengths of the lines of 30+ characters (a
    width of ``most`` columns at most)."""
    if len(lengths) < 3:
        return None
    wrapped = [n for n in lengths if n <= most]
    if len(lengths) - len(wrapped) > 0.2 * len(lengths):  # many long lines: not wrapped
        return None
    wrapped.sort()
    # The lines that were broken cluster just under the width: take a high percentile.
    return wrapped[min(len(wrapped) - 1, int(len(wrapped) * 0.9))]


def _looks_like_attribution(line: str) -> bool:
    words = line.split()
    return 0 < len(words) <= 12 and not _SENTENCE_END.search(line) and line[:1].isupper()


def _continues(line: str, following: str) -> bool:
    """An indented paragraph's next line: indented to where ``line``'s text starts (the same
    indentation, or past its list marker: a hanging indent), with no marker of its own."""
    indent = len(following) - len(following.lstrip())
    if indent == 0 or _STARTER.match(following):
        return False
    marker = _STARTER.match(line)
    start = marker.end() if marker else len(line) - len(line.lstrip())
    return indent == start


def _soft_break(line: str, following: str, is_last: bool, width: int) -> bool:
    """Whether the newline between ``line`` and ``following`` only wrapped a paragraph."""
    if _STARTS_OWN.match(following) and not _continues(line, following):
        return False
    stripped = following.strip()
    first_word = stripped.split(None, 1)[0] if stripped else ""
    if len(line) + 1 + len(first_word) <= width and len(line) < 0.75 * width:
        return False
    return not (is_last and _SENTENCE_END.search(line) and _looks_like_attribution(stripped))


MIN_RUN_ON = 60  # characters of a line whose sentence runs on into the next
MIN_RUN_ON_WORDS = 8  # ... and words
_BYLINE_START = lazy_re(r"by\s")  # a headline's byline under it ("by Andrew Clark")


def runs_on(line: str, following: str) -> bool:
    """In a text not wrapped at a width: a long line of prose (half its words or more in lower
    case: not a title, an address or tags) whose sentence goes on in the next, which starts
    in lower case, is no byline, and ends the sentence or is as long ("... near the bay," /
    "then walked along the cliffs."): a paragraph broken by hand."""
    if len(line) < MIN_RUN_ON or not following[:1].islower() or _BYLINE_START.match(following):
        return False
    if _SENTENCE_END.search(line) or line.endswith(":"):
        return False
    words = line.split()
    if len(words) < MIN_RUN_ON_WORDS or sum(word[:1].islower() for word in words) * 2 < len(words):
        return False  # an address, a title, a tag list
    tail = following.rstrip()  # the sentence's end, or more of it
    return bool(_SENTENCE_END.search(tail)) or (
        len(tail) >= MIN_RUN_ON and len(tail.split()) >= MIN_RUN_ON_WORDS
    )


def _join(parts: list[str], spellings: Spellings) -> str:
    """Join wrapped lines; a word a hyphen broke at the line end is put back together, as
    the document (``spellings``) writes it."""
    out = parts[0]
    if len(parts) == 1:
        return out
    if not any(part[-1:] in HYPHENS for part in parts[:-1]):
        return " ".join(parts)
    pieces = [out]
    for part in parts[1:]:
        previous = pieces[-1]
        joint = spellings.joint(previous, part)
        if joint is not None:
            pieces[-1] = previous[:-1] + joint
            pieces.append(part)
        else:
            pieces.append(" " + part)
    return "".join(pieces)


def _chunk_units(
    right: list[str], first: int, end: int, chunk: int, width: int, spellings: Spellings
) -> list[Unit]:
    """The units of one chunk of two or more lines, newline by newline (``right``: the lines
    right-stripped)."""
    units: list[Unit] = []
    group = [right[first].strip()]
    for index in range(first + 1, end):
        if _soft_break(right[index - 1], right[index], index == end - 1, width):
            group.append(right[index].strip())
        else:
            units.append(Unit(_join(group, spellings), chunk, bool(units)))
            group = [right[index].strip()]
    units.append(Unit(_join(group, spellings), chunk, bool(units)))
    return units


def _owning_lines(text: str) -> list[int]:
    """The lines of ``text`` that start something of its own (as their right-stripped line
    would, or a little more: trailing white space may count)."""
    return [line + 1 for line in lines_at(text, _OWN_AFTER_NEWLINE)]


def _irregular_chunks(
    chunks: list[tuple[int, int]], right: list[str], lengths: list[int], owning: list[int],
    width: int,
) -> set[int]:
    """The chunks where some newline may not just wrap a paragraph (a superset; the others
    are one paragraph each: ``_soft_break`` is True for every newline in them)."""
    short = 0.75 * width
    starts = [first for first, _ in chunks]
    last_line = len(lengths) - 1
    lines = [  # a short line before another line of the chunk, a line starting its own
        index
        for index in [index for index, n in enumerate(lengths) if 0 < n < short]
        if index < last_line and lengths[index + 1]
    ]
    lines += [index for index in owning if lengths[index] and lengths[index - 1]]
    found = {bisect_right(starts, index) - 1 for index in lines}
    for chunk, (first, end) in enumerate(chunks):
        if end - first > 1:
            last = right[end - 1]
            # A last line that may be an attribution, after a sentence.
            if (
                last[-1] not in _FULL_STOPS
                and not _SENTENCE_END.search(last)
                and _SENTENCE_END.search(right[end - 2])
                and _looks_like_attribution(last.strip())
            ):
                found.add(chunk)
    return found


def _copied_unwrapped(right: list[str], lengths: list[int], width: int) -> bool:
    """Whether a text that looks wrapped at ``width`` is a browser's copy of a page: hardly
    any of its lines near the width goes on into a line that starts in lower case (under
    :data:`MIN_CONTINUED`), as a wrapped sentence does, and either a few of its lines are
    whole paragraphs of prose nobody wrapped (:data:`MIN_PARAGRAPH_LINES`, and
    :data:`PARAGRAPH_LINE_SHARE` of its lines of 30+ characters) or few of those lines end
    near the width at all (under :data:`MIN_NEAR_SHARE`: short paragraphs, one a line). Its
    short lines are a page's menus, captions and list items, and its headline and the dek
    under it are two lines, not one wrapped title. (``lengths`` 0 leaves a line out: a
    table's, a diagram's.)"""
    long_lines = sum(1 for n in lengths if n >= 30)
    near = continued = 0
    for index in range(len(right) - 1):
        following = right[index + 1].lstrip()
        if lengths[index] >= max(30, width - NEAR_WIDTH) and lengths[index] <= width and following:
            near += 1
            continued += following[:1].islower()
    if continued >= MIN_CONTINUED * near:
        return False
    if near < MIN_NEAR_SHARE * long_lines:
        return True
    paragraphs = sum(
        1 for line, n in zip(right, lengths, strict=True) if n > PARAGRAPH_LINE and is_prose(line)
    )
    return paragraphs >= max(MIN_PARAGRAPH_LINES, PARAGRAPH_LINE_SHARE * long_lines)


MAX_VERSE_LINES = 4000  # lines looked at for verse (a book's opening)
MIN_VERSE_PAIRS = 3  # lines going on into the next inside a chunk, at least ...
VERSE_LINES = 0.25  # ... and this share of the lines (a page's long menus hold few) ...
VERSE_CAPITALS = 0.75  # ... this share of which go on into a capital letter ...
VERSE_FITS = 0.3  # ... and this share into a word that would have fitted on the line
MIN_VERSE_LINE = 20  # characters of the lines looked at, at least (a verse's, not a menu's)
MAX_VERSE_WIDTH = 60  # a text whose longest lines are longer is prose (or a page's copy)
_CLAUSE_ENDS = frozenset(".!?…,;:'\"’”)")


def _broken_by_hand(right: list[str], lengths: list[int], width: int) -> bool:
    """Whether the text's lines were broken by hand, not wrapped at ``width`` (at most
    :data:`MAX_VERSE_WIDTH`): verse, lyrics.
    Where a line goes on into the next in mid-sentence, the next mostly starts with a capital
    (a verse's line does; a wrapped sentence's goes on in lower case) and often with a word
    that would have fitted on the line (which no wrap leaves)."""
    if width > MAX_VERSE_WIDTH:
        return False
    pairs = capitals = fits = 0
    looked = min(len(right), MAX_VERSE_LINES)
    for index in range(looked - 1):
        line = right[index]
        if not MIN_VERSE_LINE <= lengths[index] <= width or lengths[index + 1] < MIN_VERSE_LINE:
            continue  # (a menu's words, a blank line)
        following = right[index + 1].strip()
        if (
            _STARTS_OWN.match(following)
            or _SENTENCE_END.search(line)
            or not _written_as_prose(line)
        ):
            continue
        pairs += 1
        capitals += following[:1].isupper()
        fits += lengths[index] + 1 + len(following.split(None, 1)[0]) <= width
    return (
        pairs >= max(MIN_VERSE_PAIRS, VERSE_LINES * sum(1 for n in lengths[:looked] if n))
        and capitals >= VERSE_CAPITALS * pairs
        and fits >= VERSE_FITS * pairs
        and _stanzas_end_sentences(right, lengths)
    )


def _written_as_prose(line: str) -> bool:
    """Three words or more after the first, half of them at least in lower case (a verse's
    line; a menu's "Read APA Organization Documents and Policies" is not)."""
    words = line.split()[1:]
    return len(words) >= 3 and 2 * sum(word[:1].islower() for word in words) >= len(words)


def _stanzas_end_sentences(right: list[str], lengths: list[int]) -> bool:
    """Whether most chunks of two or more lines end as a sentence or a clause does (a
    stanza's last line: "...the year." / "...and deep,"), as a page's lists of labels and
    links do not."""
    ends = closed = 0
    for index in range(1, min(len(right), MAX_VERSE_LINES)):
        last = index + 1 == len(right) or not lengths[index + 1]
        if lengths[index] and lengths[index - 1] and last:
            ends += 1
            closed += right[index][-1] in _CLAUSE_ENDS
    return ends > 0 and 2 * closed >= ends


def _long_lengths(text: str, right: list[str], lengths: list[int]) -> list[int]:
    """The right-stripped lengths of the lines that are 30+ characters long when stripped."""
    found = [n for n in lengths if n >= 30]
    indented = [0] if text[:1].isspace() else []
    indented += [line + 1 for line in lines_at(text, _INDENTED)]  # (few lines are indented)
    for index in indented:
        if lengths[index] >= 30 > len(right[index].lstrip()):
            found.remove(lengths[index])
    return found


def _widest_wrap(right: list[str]) -> int:
    """The widest a text may have been wrapped at: wider for a text set in from the margin."""
    long_lines = [line for line in right if len(line) >= 30]
    indented = sum(1 for line in long_lines if line[:1].isspace())
    return _MAX_INDENTED_WRAP if indented >= INDENTED_SHARE * len(long_lines) > 0 else _MAX_WRAP


CJK_SAMPLE = 4000  # characters looked at for the script of a text
CJK_SHARE = 0.3  # of them Chinese or Japanese: a text whose lines are its paragraphs


def _mostly_cjk(text: str) -> bool:
    """Whether ``text`` is written in Chinese or Japanese: its lines are not wrapped
    at a width (a copied page's paragraphs run a line each, and their characters, with no
    spaces between words, fill a line much as a wrapped paragraph's would)."""
    sample = text[:CJK_SAMPLE]
    if not has_cjk(sample):  # (most texts: no table of their characters compiled for it)
        return False
    return len(cjk_character().findall(sample)) > CJK_SHARE * len(sample)


def split_units(text: str) -> list[Unit]:
    """Paragraph units of ``text`` (newlines already normalised to ``\\n``); a preformatted
    chunk (see :mod:`reader.clean.text.preformatted`) is one unit that keeps its lines."""
    lines = text.split("\n")
    right = list(map(str.rstrip, lines))
    lengths = list(map(len, right))
    headings, marks = underlined_headings(text, right)
    for mark in marks:  # an underline (or overline) parts chunks as a blank line does
        right[mark], lengths[mark] = "", 0
    cjk = _mostly_cjk(text)
    most = _widest_wrap(right)
    width = None if cjk else _wrap_width(_long_lengths(text, right, lengths), most)
    verse = width is not None and _broken_by_hand(right, lengths, width)
    if verse or (width is not None and _copied_unwrapped(right, lengths, width)):
        width = None
    bounds = [-1, *[index for index, n in enumerate(lengths) if not n], len(lines)]
    chunks = [(before + 1, after) for before, after in pairwise(bounds) if after - before > 1]
    blocks = kept_blocks(text, right, chunks, width)
    if not blocks:
        units = _units(text, lines, right, lengths, width, chunks)
        return with_headings(stanzas(units) if verse else units, chunks, headings)
    # the prose's wrap width, without the long lines of a diagram or a table
    inside = {
        line
        for chunk, block in blocks.items()
        for line in range(chunks[chunk][0], chunks[chunk + block.span - 1][1])
    }
    prose = [0 if index in inside else n for index, n in enumerate(lengths)]
    width = None if cjk else _wrap_width(_long_lengths(text, right, prose), most)
    verse = width is not None and _broken_by_hand(right, prose, width)
    if verse or (width is not None and _copied_unwrapped(right, prose, width)):
        width = None
    units = _units(text, lines, right, lengths, width, chunks)
    return with_headings(with_kept(stanzas(units) if verse else units, blocks), chunks, headings)


def stanzas(units: list[Unit]) -> list[Unit]:
    """Each stanza of a verse text as one unit that keeps its lines: the lines of a chunk,
    when it has two or more, none a byline ("by Robert Frost" under a title), and half of
    them at least :data:`MIN_VERSE_LINE` long (not a title block, a list of labels)."""
    grouped: list[Unit] = []
    for _chunk, run in groupby(units, key=lambda unit: unit.chunk):
        lines = list(run)
        texts = [unit.text for unit in lines]
        if (
            len(lines) < 2
            or any(_BYLINE_START.match(text.lower()) for text in texts)
            or 2 * sum(len(text) >= MIN_VERSE_LINE for text in texts) < len(texts)
        ):
            grouped += lines
        else:
            grouped.append(Unit(LINE_BREAK.join(texts), lines[0].chunk, lines[0].joined,
                                verse=True))
    return grouped


def kept_blocks(
    text: str, right: list[str], chunks: list[tuple[int, int]], width: int | None
) -> dict[int, KeptBlock]:
    """Chunk -> the block that keeps its lines: tab-separated tables first, then preformatted
    runs of chunks that hold no table, then mail quotations, then logs none of those holds."""
    tables = tab_tables(text, right, chunks)
    blocks = preformatted_chunks(text, right, chunks, width)
    if tables:
        table_chunks = sorted(tables)  # (a preformatted run is dropped when one is in it)
        blocks = {
            chunk: block
            for chunk, block in blocks.items()
            if bisect_left(table_chunks, chunk) == bisect_left(table_chunks, chunk + block.span)
        }
    blocks.update(quoted_chunks(text, right, chunks))
    for chunk, rows in tables.items():
        blocks[chunk] = KeptBlock(LINE_BREAK.join("\t".join(row) for row in rows), table=True)
    logs = log_chunks(text, right, chunks)
    if logs:
        held = {chunk + i for chunk, block in blocks.items() for i in range(block.span)}
        blocks.update((chunk, log) for chunk, log in logs.items() if chunk not in held)
    return blocks


def quoted_chunks(
    text: str, right: list[str], chunks: list[tuple[int, int]]
) -> dict[int, KeptBlock]:
    """Chunk -> its quotation for each chunk whose lines all start with ">" (a mail's): the
    marks off, each quoted paragraph's lines joined, the paragraphs parted by ``LINE_BREAK``.
    Lines over the marked ones that end in a colon ("On Tue, Ann Lee wrote:") are its lead."""
    if ">" not in text:
        return {}
    found: dict[int, KeptBlock] = {}
    spellings = Spellings(text)
    for chunk in chunks_holding(chunks, _quote_lines(text)):
        first, end = chunks[chunk]
        lines = [right[index].lstrip() for index in range(first, end)]
        marked = next((i for i, line in enumerate(lines) if line.startswith(">")), 0)
        lead = " ".join(lines[:marked]) if marked and lines[marked - 1].endswith(":") else ""
        if lead:
            lines = lines[marked:]
        if not all(line.startswith(">") for line in lines) or any(
            _PROMPT.match(line) for line in lines
        ):
            continue  # (">>> x = 1": a Python session, not a quotation three deep)
        paragraphs: list[list[str]] = [[]]
        for line in lines:
            body = _QUOTE_MARKS.sub("", line, count=1).strip()
            if body:
                paragraphs[-1].append(body)
            elif paragraphs[-1]:
                paragraphs.append([])
        joined = [_join(parts, spellings) for parts in paragraphs if parts]
        if joined:
            found[chunk] = KeptBlock(LINE_BREAK.join(joined), quoted=True, lead=lead)
    return found


def _quote_lines(text: str) -> list[int]:
    """The lines that start with ">" (after white space)."""
    first = [0] if _QUOTE_START.match(text) else []
    return first + [line + 1 for line in lines_at(text, _QUOTE_AFTER_NEWLINE)]


def underlined_headings(text: str, right: list[str]) -> tuple[dict[int, int], set[int]]:
    """Lines underlined as headings ("Installing" over "----------"): line -> level (2 for
    "=" or an overline too, 3 for the others), and the lines that mark them. A heading starts
    its chunk (a paragraph's last line over a rule is no heading) and is no sentence."""
    headings: dict[int, int] = {}
    marks: set[int] = set()
    for under in (line + 1 for line in lines_at(text, _UNDERLINE_AFTER_NEWLINE)):
        title, mark = right[under - 1].strip(), right[under].strip()
        above = right[under - 2].strip() if under >= 2 else ""
        over = above[:1] == mark[:1] and bool(UNDERLINE.match(above))
        if (
            not title
            or len(title) > MAX_HEADING
            or len(mark) < UNDERLINE_SHARE * len(title)
            or UNDERLINE.match(title)
            or title[-1] in _HEADING_NOT_ENDS
            or (above and not over)
            or under - 1 in marks
        ):
            continue
        headings[under - 1] = 2 if mark[0] == "=" or over else 3
        marks.update((under - 2, under) if over else (under,))
    return headings, marks


def with_headings(
    units: list[Unit], chunks: list[tuple[int, int]], headings: dict[int, int]
) -> list[Unit]:
    """``units`` with the one-line chunks of underlined ``headings`` marked with their level."""
    if not headings:
        return units
    levels = {
        chunk: headings[first]
        for chunk, (first, end) in enumerate(chunks)
        if end - first == 1 and first in headings
    }
    for unit in units:
        if unit.chunk in levels and not unit.preformatted:
            unit.heading = levels[unit.chunk]
    return units


def with_kept(units: list[Unit], blocks: dict[int, KeptBlock]) -> list[Unit]:
    """``units`` with each kept block (preformatted or a quotation, by the chunk it starts at)
    in place of the units of its chunks."""
    out: list[Unit] = []
    skip = -1
    for unit in units:
        if unit.chunk <= skip:
            continue
        block = blocks.get(unit.chunk)
        if block is None:
            out.append(unit)
            continue
        if block.lead:
            out.append(Unit(block.lead, unit.chunk))
        out.append(
            Unit(
                block.text,
                unit.chunk,
                preformatted=not (block.quoted or block.table),
                quoted=block.quoted,
                table=block.table,
            )
        )
        skip = unit.chunk + block.span - 1
    return out


def _units(
    text: str, lines: list[str], right: list[str], lengths: list[int], width: int | None,
    chunks: list[tuple[int, int]],
) -> list[Unit]:
    """The units of ``text`` read as prose, at wrap width ``width`` (the preformatted chunks
    are put in afterwards).

    Works on whole lists of lines (a book has tens of thousands): only the chunks that are not
    plainly one wrapped paragraph are looked at newline by newline.
    """
    stripped = list(map(str.strip, lines))
    spellings = Spellings(text)
    if width is None:  # every line a unit of its own, but a sentence broken by hand
        if len(chunks) == len(lines) - lengths.count(0):  # one line each
            return [Unit(stripped[first], chunk) for chunk, (first, _) in enumerate(chunks)]
        units: list[Unit] = []
        for chunk, (first, end) in enumerate(chunks):
            units.append(Unit(stripped[first], chunk))
            for i in range(first + 1, end):
                # (a word a hyphen broke goes on: a PDF's paragraph a page break split)
                joint = spellings.joint(stripped[i - 1], stripped[i])
                if joint is not None and (
                    len(stripped[i - 1]) >= MIN_RUN_ON or stripped[i - 1].endswith(SOFT_HYPHEN)
                ):
                    before = units[-1].text[:-1]
                    units[-1] = replace(units[-1], text=before + joint + stripped[i])
                elif runs_on(stripped[i - 1], right[i]):
                    units[-1] = replace(units[-1], text=f"{units[-1].text} {stripped[i]}")
                else:
                    units.append(Unit(stripped[i], chunk, True))
        return units
    irregular = _irregular_chunks(chunks, right, lengths, _owning_lines(text), width)
    # A word hyphenated at a line end is put back together by ``_join``, not a plain join.
    starts = [first for first, _ in chunks]
    hyphenated = {bisect_right(starts, line) - 1 for line in lines_at(text, _HYPHEN_END)}
    units = [Unit(" ".join(stripped[a:b]), chunk) for chunk, (a, b) in enumerate(chunks)]
    if not irregular and not hyphenated:
        return units
    merged: list[Unit] = []
    done = 0
    for chunk in sorted(irregular | hyphenated):
        merged += units[done:chunk]
        first, end = chunks[chunk]
        if chunk in irregular:
            merged += _chunk_units(right, first, end, chunk, width, spellings)
        else:
            merged.append(Unit(_join(stripped[first:end], spellings), chunk))
        done = chunk + 1
    merged += units[done:]
    return merged
