"""Lay an article out into screen rows of a given width (pure Python, no Textual).

Each row knows the character offsets in ``Article.text`` it shows, so search hits, mentions,
bookmarks and the reading position (all offsets) map to rows with a bisect. Wrapping uses
``str.rfind`` per row, so a 3 MB book lays out in a fraction of a second; the first screen of
a book needs only its first rows (``build_layout(..., max_rows=...)``: a prefix of the full
layout, row for row), and an estimated reading time until the words are counted.
"""

from __future__ import annotations

from array import array
from bisect import bisect_right
from collections.abc import Mapping
from dataclasses import dataclass, field

from rich.cells import cell_len

from reader.article.byline import byline, shown_site
from reader.article.data_kind import data_kind, data_size, size_words
from reader.article.dates import format_date
from reader.article.item_column import item_places
from reader.article.model import SCENE_BREAK, WORDS_PER_MINUTE, Article, Block, count_words
from reader.core.lazy import lazy_re
from reader.ui.widgets.block_render import CONTINUED, Piece, add_block, colours_known, fit
from reader.ui.widgets.interned import Interned
from reader.ui.widgets.piece_rows import QUOTE_BAR

# characters that never take two cells (Latin, Greek, Cyrillic, ..., general punctuation);
# combining marks take none, which only makes a row shorter than the width, never longer
_ONE_CELL = lazy_re(r"[\x00-\u10ff\u2000-\u2327\u232b-\u23e8\u2500-\u25fc]*")
_URL_BREAKS = ("/?&#", "-._=")  # after these an address breaks (the first first)
_NO_ROW_START = frozenset("、。，．：；？！）」』】〕〉》ー・々ゝゞ"  # (kinsoku shori)
                          "ぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ%)]}’”,.;:!?")
_NO_ROW_END = frozenset("「『（【〔〈《([{‘“")
BULLET = "• "
INDENT = "  "
BIG_TEXT = 100_000  # characters: above this, counts and layouts are done in the background
_SAMPLE = 50_000  # characters counted for an estimated reading time
ROWS_OF_A_CELL = 200  # rows looked up from a table's row for the cell showing an offset
PICTURE_ROWS = 12  # rows kept below an image for its picture (when pictures are on)
REPLY_INDENT = 2  # cells a thread's reply is indented by, a level of its depth
REPLY_LEVELS = 4  # levels indented at most (deeper replies stand at the fourth's indent)


GUTTER = 2  # cells left of the text for the pull-quote passage mark


def text_width(article: Article | None, measure: int, view: int) -> int:
    """The cells the text is wrapped to in a view ``view`` cells wide: the reading
    ``measure``; a program's source or a table file (no prose to read at a measure) takes
    the view's width, as an editor shows it."""
    whole = article is not None and data_kind(article) is not None
    return max(10, min(view if whole else measure, view - 2 * GUTTER))


def text_margin(view: int, width: int) -> int:
    """The blank cells left of the gutter before a text ``width`` cells wide, centred in a
    view ``view`` cells wide."""
    return max(0, (view - width) // 2 - GUTTER)


@dataclass
class Layout:
    """Rows of one article at one width; parallel lists indexed by row."""

    width: int
    # (4-byte offsets: texts are far below 2**31 characters, the sources' cap is 20 MB)
    starts: array[int] = field(default_factory=lambda: array("i"))
    ends: array[int] = field(default_factory=lambda: array("i"))
    kinds: Interned[str] = field(default_factory=Interned)
    prefixes: Interned[str] = field(default_factory=Interned)
    texts: Interned[str | None] = field(default_factory=Interned)  # None: Article.text's
    blocks: array[int] = field(default_factory=lambda: array("i"))  # -1 in the title block
    block_rows: array[int] = field(default_factory=lambda: array("i"))  # each block's first
    header_rows: int = 0
    complete: bool = True  # False: only the first rows (see ``build_layout``'s max_rows)
    covered: int = 0  # characters of Article.text laid out (all of it when complete)
    exact_minutes: bool = True  # False: the title block shows an estimated reading time
    head: str = ""  # the title block's text (title, subtitle, byline, caption), "\n"-joined
    head_spans: list[tuple[int, int]] = field(default_factory=list)  # per title-block row
    pieces: dict[int, tuple[Piece, ...]] = field(default_factory=dict)  # see block_render
    picture_rows: int = 0  # rows kept below an image's placeholder for its picture
    # on a view wider than the text (``view`` cells; 0: not known), a table wider than the
    # text stands out of it, centred (up to ``table_room``), and code runs on to the right
    # of it (up to ``code_room``) rather than wrap; ``wants``: the widest table and code
    # that wanted more than the text (0: none); ``wide_blocks``: such a block's cells across
    view: int = 0
    wants: tuple[int, int] = (0, 0)
    wide_blocks: dict[int, int] = field(default_factory=dict)
    failed: Mapping[str, str] = field(default_factory=dict)  # picture url -> why not shown
    top_heading: int = 2  # the level of the article's highest headings (drawn the boldest)
    indents: dict[int, int] = field(default_factory=dict)  # a reply's block -> cells in

    @property
    def table_room(self) -> int:
        """The cells a table may take: the view's, less two gutters a side (centred)."""
        return max(self.width, self.view - 4 * GUTTER)

    @property
    def code_room(self) -> int:
        """The cells code may take: from the text's left edge to a gutter short of the
        view's right edge."""
        return max(self.width, self.view - text_margin(self.view, self.width) - 2 * GUTTER)

    def serves(self, width: int, view: int) -> bool:
        """These rows are the rows at ``width`` in a view ``view`` cells wide: the same text
        width, and each wide table and code block as wide as it was (each cares about the
        room only up to its own width; an incomplete layout only its own view)."""
        if width != self.width or (not self.complete and view != self.view):
            return False  # (rows not laid out yet may hold a wide block: unknown)
        other = Layout(width=width, view=view)
        tables, code = self.wants
        return (min(tables, self.table_room) == min(tables, other.table_room)
                and min(code, self.code_room) == min(code, other.code_room))

    def wanted(self, index: int, kind: str, natural: int, room: int) -> int:
        """The cells block ``index`` (a ``kind``: "table" or "code") of ``natural`` cells
        takes, at most ``room``: noted when wider than the text (a reply's: past its indent,
        counted in what it takes across)."""
        indent = self.indents.get(index, 0)
        if natural + indent <= self.width:
            return self.width - indent
        tables, code = self.wants
        self.wants = (max(tables, natural + indent), code) if kind == "table" else (
            tables, max(code, natural + indent))
        taken = min(natural + indent, max(self.width, room))
        if taken > self.width:
            self.wide_blocks[index] = taken
        return taken - indent

    def across(self, row: int) -> int:
        """The cells ``row``'s block takes across: the text's width, or a wide block's."""
        if self.wide_blocks and self.kinds[row] in ("table", "table-rule", "code"):
            return self.wide_blocks.get(self.blocks[row], self.width)
        return self.width

    def indent(self, row: int) -> int:
        """The cells ``row`` stands in from the text's edge: a thread's reply's (not its
        blank rows nor a picture's)."""
        if not self.indents or self.kinds[row] in ("blank", "picture"):
            return 0
        return self.indents.get(self.blocks[row], 0)

    def __len__(self) -> int:
        return len(self.starts)

    def add(
        self, kind: str, start: int, end: int, *, text: str | None = None, prefix: str = "",
        block: int = -1,
    ) -> None:
        """Append one row."""
        self.starts.append(start)
        self.ends.append(end)
        self.kinds.append(kind)
        self.prefixes.append(prefix)
        self.texts.append(text)
        self.blocks.append(block)

    def head_span(self, row: int) -> tuple[int, int]:
        """A title-block row's place in the head coordinates: negative offsets, the head's
        last character at -1 (so they sort before every offset into ``Article.text``)."""
        start, end = self.head_spans[row]
        size = len(self.head)
        return start - size, end - size

    def row_for_offset(self, offset: int) -> int:
        """The row showing ``offset`` (the first body row for offsets before the body; a
        negative one is in the title block, see :meth:`head_span`)."""
        if offset < 0 and self.head_spans:
            index = offset + len(self.head)
            for row, (start, end) in enumerate(self.head_spans):
                if start <= index < max(end, start + 1):
                    return row
        if len(self) <= self.header_rows:
            return 0
        row = bisect_right(self.starts, offset, lo=self.header_rows) - 1
        row = max(self.header_rows, min(row, len(self) - 1))
        pieces = self.pieces.get(row) if self.pieces else None
        if pieces is not None and not _shows(pieces, offset):
            return self._row_showing(row, offset)
        return row

    def _row_showing(self, row: int, offset: int) -> int:
        """The row above ``row`` in its block that shows ``offset`` (a table's row wrapped in
        its columns: the second cell's first line is drawn above the first cell's second
        line), else ``row``."""
        block = self.blocks[row]
        for above in range(row - 1, max(self.header_rows, row - ROWS_OF_A_CELL) - 1, -1):
            pieces = self.pieces.get(above)
            if pieces is None or self.blocks[above] != block:
                break
            if _shows(pieces, offset):
                return above
        return row

    def estimated_rows(self, total_chars: int) -> int:
        """The rows of the whole article: exact when complete, else extrapolated."""
        if self.complete or self.covered <= 0:
            return len(self)
        body = len(self) - self.header_rows
        return self.header_rows + max(body, round(body * total_chars / self.covered))

    def offset_for_row(self, row: int) -> int:
        """The first character offset shown on ``row`` (0 in the title block)."""
        if row < self.header_rows or not len(self):
            return 0
        return self.starts[min(row, len(self) - 1)]


def _shows(pieces: tuple[Piece, ...], offset: int) -> bool:
    """Whether a row of ``pieces`` shows the article's text at ``offset`` (or ends there)."""
    return any(literal is None and start <= offset <= end and end > start
               for start, end, literal, _ in pieces)


def same_layout(old: Article, new: Article) -> bool:
    """True when ``new`` lays out to the same rows as ``old``."""
    return (old.text is new.text or old.text == new.text) and (
        old.title, old.subtitle, old.authors, old.published, old.site, old.caption,
        len(old.blocks),
    ) == (
        new.title, new.subtitle, new.authors, new.published, new.site, new.caption,
        len(new.blocks),
    ) and all(a.type == b.type for a, b in zip(old.blocks, new.blocks, strict=True))


def wrap_spans(text: str, start: int, end: int, width: int) -> list[tuple[int, int]]:
    """Break ``text[start:end]`` into rows of at most ``width`` cells, at spaces if possible.

    Returns ``(start, end)`` offsets per row; the space at a break belongs to no row.
    """
    width = max(1, width)
    spans: list[tuple[int, int]] = []
    ascii_only = _ONE_CELL.fullmatch(text, start, end) is not None
    pos = start
    while pos < end:
        room = min(width, end - pos)
        if not ascii_only:
            while room > 1 and cell_len(text[pos : pos + room]) > width:
                room -= max(1, (cell_len(text[pos : pos + room]) - width) // 2)
        if pos + room >= end:
            spans.append((pos, end))
            break
        cut = text.rfind(" ", pos + 1, pos + room + 1)
        if cut <= pos:  # one long word (an address, a run of CJK): break it
            cut = _word_break(text, pos, pos + room)
            spans.append((pos, cut))
            pos = cut
            continue
        spans.append((pos, cut))
        pos = cut + 1
        while pos < end and text[pos] == " ":
            pos += 1
    return spans or [(start, end)]


def _word_break(text: str, start: int, limit: int) -> int:
    """Where a word too long for its row breaks, at ``limit`` or before it: an address after
    its last ``/`` (``?``, ``&``, ``#``) in the row's second half, else after a ``-``, ``.``,
    ``_`` or ``=`` there; CJK text where no closing mark opens the next row (、。」) and no
    opening one ends this (「).
    """
    half = start + (limit - start) // 2
    for marks in _URL_BREAKS:
        for cut in range(limit, half, -1):
            if text[cut - 1] in marks:
                return cut
    cut = limit
    for _ in range(2):
        if cut - 1 > start and (text[cut] in _NO_ROW_START or text[cut - 1] in _NO_ROW_END):
            cut -= 1
    return cut


def _wrap_free_text(
    layout: Layout, kind: str, text: str, width: int, prefix: str = "", rest: str | None = None
) -> None:
    """Rows for text outside ``Article.text`` (the title block); the text is appended to
    ``layout.head`` and each row keeps its span there (searching the title block)."""
    rest = prefix if rest is None else rest
    base = len(layout.head) + (1 if layout.head else 0)
    layout.head = f"{layout.head}\n{text}" if layout.head else text
    for index, (a, b) in enumerate(wrap_spans(text, 0, len(text), width - cell_len(prefix))):
        _add_head_row(layout, kind, text[a:b], (base + a, base + b),
                      prefix=prefix if index == 0 else rest)


def _add_head_row(
    layout: Layout, kind: str, text: str, span: tuple[int, int] | None = None, prefix: str = ""
) -> None:
    """One row of the title block (a blank or rule row has an empty span)."""
    if span is None:
        end = len(layout.head)
        span = (end, end)
    layout.add(kind, 0, 0, text=text, prefix=prefix)
    layout.head_spans.append(span)


def head_text(article: Article) -> str:
    """The title block's text, as the layout's ``head`` holds it (any width)."""
    return build_layout(article, 80, max_rows=0).head


_MINUTES: list[tuple[Article, int]] = []


def reading_minutes(article: Article, *, estimate: bool = False) -> int:
    """``article.reading_minutes``, counted once per article (a book takes ~0.1 s to count).

    ``estimate``: if a long text is not counted yet, extrapolate from its opening instead.
    """
    for known, minutes in _MINUTES:
        if known is article:
            return minutes
    if estimate and len(article.text) > BIG_TEXT:
        return estimate_minutes(article)
    words = count_words(article.text)  # = article.word_count, a piece at a time
    minutes = max(1, round(words / WORDS_PER_MINUTE)) if words else 0
    _MINUTES.insert(0, (article, minutes))
    del _MINUTES[4:]
    return minutes


def expect_words(article: Article, words: float) -> None:
    """``article`` is the opening of a text of about ``words`` words: its reading time is
    the whole's (a book's first pages, see engine.opening)."""
    _MINUTES.insert(0, (article, max(1, round(words / WORDS_PER_MINUTE)) if words else 0))
    del _MINUTES[4:]


def minutes_known(article: Article) -> bool:
    """Whether ``reading_minutes(article)`` is counted (or cheap to count), or not wanted
    (code, a table: its length is its lines or rows)."""
    return (len(article.text) <= BIG_TEXT or any(known is article for known, _ in _MINUTES)
            or data_kind(article) is not None)


def estimate_minutes(article: Article) -> int:
    """The reading time from the words of the text's opening, scaled to its length."""
    text = article.text
    sample = text[:_SAMPLE]
    words = count_words(sample) * len(text) / max(1, len(sample))
    return max(1, round(words / WORDS_PER_MINUTE)) if words else 0


def duration(minutes: int) -> str:
    """``minutes`` as a reader says them: "45 min", "1 h 20 min", "39 h" (a book's)."""
    if minutes < 60:
        return f"{minutes} min"
    hours, rest = divmod(minutes, 60)
    return f"{hours} h {rest} min" if rest and hours < 10 else f"{hours} h"


def length_words(article: Article) -> str:
    """How long ``article`` is, as its title block says: its reading time ("9 min read"),
    or a program's source's lines, a table's rows ("2,140 lines", "12,000 rows")."""
    kind = data_kind(article)
    if kind is not None:
        return size_words(data_size(article, kind), kind)
    minutes = reading_minutes(article, estimate=True)
    return f"{duration(minutes)} read" if minutes else ""


def left_words(article: Article, done: float) -> str:
    """What is left of ``article`` with ``done`` of it read (0 to 1): "9 min left", "1,880
    lines left", "" at its end (about: in proportion to the characters left)."""
    kind = data_kind(article)
    size = data_size(article, kind) if kind else reading_minutes(article, estimate=True)
    left = round(size * (1 - done))
    if not left:
        return ""
    return f"{size_words(left, kind) if kind else duration(left)} left"


def meta_line(article: Article) -> str:
    """Byline, date, site and reading time (or lines, or rows), joined by middle dots."""
    parts = [
        byline(article),
        format_date(article.published) or "",
        shown_site(article) or "",
        length_words(article),
    ]
    return " · ".join(part for part in parts if part)


def build_layout(
    article: Article, width: int, *, max_rows: int | None = None, pictures: int = 0,
    failed: Mapping[str, str] | None = None, lex_after: int | None = None, view: int = 0,
) -> Layout:
    """All rows of ``article`` at ``width`` cells: title block, then the body blocks.

    ``max_rows``: stop after the block that reaches that many rows (``complete`` is then
    False); the rows built are the same as the full layout's first rows. ``pictures``: rows
    kept below each image's placeholder for its picture (0: none); ``failed``: pictures
    that cannot be shown (url -> why): no rows kept, the reason beside the placeholder.
    ``lex_after``: past that many rows, stop (incomplete, as with ``max_rows``) before a code
    block whose colours would need a lexer made: the first screen does not wait for it.
    ``view``: the view's width, where wide tables and code may run past the text's
    (see ``Layout.view``; 0: they keep to it).
    """
    width = full = max(10, width)
    layout = Layout(width=width, picture_rows=pictures, failed=failed or {}, view=view)
    layout.exact_minutes = minutes_known(article)
    layout.top_heading = min((block.level or 2 for block in article.blocks
                              if block.type == "heading"), default=2)
    _add_head_row(layout, "blank", "")
    _wrap_free_text(layout, "title", article.title, width)
    if article.subtitle:
        _add_head_row(layout, "blank", "")
        _wrap_free_text(layout, "subtitle", article.subtitle, width)
    meta = meta_line(article)
    if meta:
        _add_head_row(layout, "blank", "")
        _wrap_free_text(layout, "byline", meta, width)
    if article.caption:
        _add_head_row(layout, "blank", "")
        _wrap_free_text(layout, "caption", article.caption.text, width, QUOTE_BAR)
        if article.caption.credit:
            _wrap_free_text(layout, "credit", article.caption.credit, width, QUOTE_BAR)
    _add_head_row(layout, "blank", "")
    _add_head_row(layout, "rule", "")
    _add_head_row(layout, "blank", "")
    layout.header_rows = len(layout)
    text = article.text
    blocks = article.blocks
    places = item_places(blocks, BULLET)  # (code set in a list's item: under its text)
    for (index, block), (item, carried) in zip(enumerate(blocks), places, strict=True):
        if (max_rows is not None and len(layout) >= max_rows) or (
            lex_after is not None and len(layout) >= lex_after and block.type == "code"
            and not colours_known(block, text)
        ):
            layout.complete = False
            layout.covered = block.start
            return layout
        if index:
            layout.add("blank", block.start, block.start, text="", block=index)
        layout.block_rows.append(len(layout))
        kind = block.type
        width = full - reply_indent(layout, block, index, full, item)  # (indented)
        if add_block(layout, text, block, index, width, wrap_spans, carried):
            pass  # code, tables, lists, definitions, images, headings: block_render.py
        elif kind in ("preformatted", "code", "table"):
            _add_lines(layout, text, block.start, block.end, index, "pre", width, hard=True,
                       rest=CONTINUED)
        elif kind == "definitions":
            _add_lines(layout, text, block.start, block.end, index, "paragraph", width,
                       rest=INDENT)
        elif kind == "list":
            _add_lines(layout, text, block.start, block.end, index, "list", width,
                       prefix=BULLET, rest=INDENT)
        elif kind == "quote":
            _add_lines(layout, text, block.start, block.end, index, "quote", width,
                       prefix=QUOTE_BAR, rest=QUOTE_BAR)
        elif text[block.start : block.end] == SCENE_BREAK:  # (centred in the measure)
            _add_lines(layout, text, block.start, block.end, index, "paragraph", width,
                       prefix=" " * max(0, (width - len(SCENE_BREAK)) // 2))
        else:
            _add_lines(layout, text, block.start, block.end, index, "paragraph", width)
    layout.add("blank", len(text), len(text), text="", block=max(0, len(blocks) - 1))
    layout.covered = len(text)
    return layout


def reply_indent(layout: Layout, block: Block, index: int, width: int, item: int = 0) -> int:
    """The cells block ``index`` stands in (noted in ``layout``): a thread's reply's,
    :data:`REPLY_INDENT` a level of its depth up to :data:`REPLY_LEVELS`, and never more
    than a quarter of the ``width``; and ``item`` cells more for a block set in a list's
    item (:func:`~reader.article.item_column.item_places`), up to another quarter."""
    depth = block.reply
    if not depth and not item:
        return 0
    indent = min(min(depth, REPLY_LEVELS) * REPLY_INDENT, width // 4) + min(item, width // 4)
    layout.indents[index] = indent
    return indent


def _add_lines(
    layout: Layout, text: str, start: int, end: int, block: int, kind: str, width: int, *,
    prefix: str = "", rest: str = "", hard: bool = False,
) -> None:
    """Rows for one block: each source line (``\\n``) wrapped, the prefix on its first row."""
    starts, ends, kinds = layout.starts, layout.ends, layout.kinds
    prefixes, texts, blocks = layout.prefixes, layout.texts, layout.blocks
    room = width - cell_len(prefix)
    line_start = start
    while line_start <= end:
        line_end = text.find("\n", line_start, end)
        if line_end < 0:
            line_end = end
        if hard and not text[line_start:line_end].isascii():
            spans = _hard_spans(text, line_start, line_end, room, width - cell_len(rest))
        elif hard:  # (a continued row is narrower by its mark, ``rest``)
            spans = [(line_start, min(line_start + room, line_end))]
            more = max(1, width - cell_len(rest))
            spans += [(a, min(a + more, line_end)) for a in range(spans[0][1], line_end, more)]
        elif line_end - line_start <= room and _ONE_CELL.fullmatch(text, line_start, line_end):
            spans = [(line_start, line_end)]
        else:
            spans = wrap_spans(text, line_start, line_end, room)
        first = True
        for a, b in spans:
            starts.append(a)
            ends.append(b)
            kinds.append(kind)
            prefixes.append(prefix if first else rest)
            texts.append(None)
            blocks.append(block)
            first = False
        line_start = line_end + 1


def _hard_spans(text: str, start: int, end: int, room: int, more: int) -> list[tuple[int, int]]:
    """A preformatted line with wide characters cut into rows of ``room`` cells (then
    ``more``), by their cells: no row runs past the width."""
    spans, pos = [], start
    while True:
        cut = max(pos + 1, fit(text, pos, end, max(1, room)))
        spans.append((pos, min(cut, end)))
        if cut >= end:
            return spans
        pos, room = cut, more


def full_layout(
    article: Article, width: int, pictures: int, failed: dict[str, str], view: int = 0
) -> tuple[Article, Layout]:
    """In a worker: count the words (the title block shows the reading time), lay out all."""
    if data_kind(article) is None:
        reading_minutes(article)
    return article, build_layout(article, width, pictures=pictures, failed=failed, view=view)
