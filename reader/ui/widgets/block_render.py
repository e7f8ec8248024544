"""Rows for the structured blocks: code, tables, lists, definitions and images (pure Python).

:func:`add_block` lays one block out into a :class:`~reader.ui.widgets.layout.Layout`. Rows
that mix article text with text of their own (a table's padding and rules, a folded table's
column names, a code row's token colours, an image's ``[image: …]``) carry *pieces*:
``(start, end, literal, style)``: ``literal`` None shows ``Article.text[start:end]``
(searchable, highlighted by offset), a string shows itself; ``style`` names a ``body--``
component ("" for the row's own style). Every row still knows the offsets it shows, so
search hits, positions and bookmarks map to rows as for plain text.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from functools import lru_cache
from itertools import pairwise
from typing import TYPE_CHECKING

from rich.cells import cell_len

from reader.article.block import counted
from reader.article.model import CELL_SEPARATOR, Article, Block

if TYPE_CHECKING:
    from pygments.lexer import Lexer
    from pygments.token import _TokenType

    from reader.ui.widgets.layout import Layout

Piece = tuple[int, int, "str | None", str]
TAB_STOP = 4  # columns between a code block's tab stops
Wrap = Callable[[str, int, int, int], list[tuple[int, int]]]

CONTINUED = "↪ "  # marks a code row that continues the line above
CODE_MARGIN = "  "
CODE_INDENT = "  "  # a continued code row's text, past its line's indentation
COLUMN_RULE = " │ "
INDENT = "  "
CAPTION_BAR = "▏ "
# the body's component classes for these rows and pieces (``body--`` + name)
STRUCTURE_STYLES: tuple[str, ...] = tuple(f"body--{name}" for name in (
    "code", "code-keyword", "code-string", "code-comment", "code-number", "code-name",
    "table", "table-head", "table-rule", "term", "image",
))
GUESSED = (
    "python", "javascript", "js", "bash", "sh", "json", "html", "css", "c", "cpp", "go", "rust",
    "sql", "java", "ruby", "php", "typescript", "yaml", "toml", "diff",
)
_NO_OPENING = frozenset(" ,;:.)]}")  # never opens a continued code row, where a cut can help
GUESS_LINES = 3  # a block of fewer lines is never guessed at


@lru_cache(maxsize=1)
def _token_styles() -> tuple[tuple[_TokenType, str], ...]:
    """Token kinds and their styles (pygments is imported on the first code block only:
    the first screen of most articles has none)."""
    from pygments.token import Comment, Keyword, Name, Number, String

    return (
        (Comment, "code-comment"),
        (String, "code-string"),
        (Keyword, "code-keyword"),
        (Number, "code-number"),
        (Name.Function, "code-name"),
        (Name.Class, "code-name"),
        (Name.Builtin, "code-name"),
        (Name.Decorator, "code-name"),
    )


def add_block(
    layout: Layout, text: str, block: Block, index: int, width: int, wrap: Wrap
) -> bool:
    """Rows for ``block`` (at ``index``) appended to ``layout``; False: not a block drawn here
    (or one whose structure does not match its text), for the caller to lay out as text."""
    kind = block.type
    if kind == "code":
        return _code(layout, text, block, index, width)
    if kind == "table":
        return _table(layout, text, block, index, width, wrap)
    if kind == "list":
        return _list(layout, text, block, index, width, wrap)
    if kind == "definitions":
        return _definitions(layout, text, block, index, width, wrap)
    if kind == "image":
        return _image(layout, text, block, index, width, wrap)
    return False


def _row(
    layout: Layout, kind: str, pieces: Iterable[Piece], block: int, prefix: str = "",
) -> None:
    """One row of pieces; its offsets are those of its first and last pieces."""
    pieces = tuple(pieces)
    layout.add(kind, pieces[0][0], pieces[-1][1], prefix=prefix, block=block)
    layout.pieces[len(layout) - 1] = pieces


def _lines(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """``(start, end)`` of each ``\\n``-separated line of ``text[start:end]``."""
    spans, pos = [], start
    while True:
        stop = text.find("\n", pos, end)
        if stop < 0:
            spans.append((pos, end))
            return spans
        spans.append((pos, stop))
        pos = stop + 1


# -- code ---------------------------------------------------------------------------------


@lru_cache(maxsize=256)
def _lexer(language: str | None, code: str) -> Lexer | None:
    """The page's language, else a guess among common languages for a block of several
    lines, else None."""
    from pygments.lexers import find_lexer_class_by_name, get_lexer_by_name
    from pygments.util import ClassNotFound

    if language:
        try:
            return get_lexer_by_name(language.lower())
        except ClassNotFound:
            return None
    if code.count("\n") + 1 < GUESS_LINES:
        return None
    # pygments' guess_lexer, over common languages only: it imports every lexer (0.2 s) and is
    # easily fooled by the rare ones (Python passes for TeraTerm). The classes are scored:
    # making a lexer compiles all its rules (10-40 ms each), so only the winner is made.
    best, score = None, 0.0
    for name in GUESSED:
        lexer_class = find_lexer_class_by_name(name)
        found = lexer_class.analyse_text(code)
        if found > score:
            best, score = lexer_class, found
    return best() if best is not None else None


def _style_of(token: _TokenType) -> str:
    for kind, style in _token_styles():
        if token in kind:
            return style
    return ""


Tokens = tuple[tuple[int, int, str], ...]
_worked_out: dict[tuple[str | None, str], Tokens] = {}  # by another process (jobs/early.py)
_coloured: set[tuple[str | None, str]] = set()  # worked out here (lexers made)


def first_code_tokens(article: Article, blocks: int) -> list[tuple[str | None, str, Tokens]]:
    """``(language, code, tokens)`` of the code blocks among the article's first ``blocks``
    (the early load's child works out those of the first screen: making a lexer takes
    10-40 ms a language, and the first screen would wait for it)."""
    text = article.text
    return [(block.language, code, code_tokens(block.language, code))
            for block in article.blocks[:blocks] if block.type == "code"
            for code in (text[block.start : block.end],)]


def take_code_tokens(found: Iterable[tuple[str | None, str, Tokens]]) -> None:
    """Tokens worked out by :func:`first_code_tokens` elsewhere, for :func:`code_tokens`."""
    for language, code, tokens in found:
        _worked_out[(language, code)] = tokens


def colours_known(block: Block, text: str) -> bool:
    """True when a code ``block``'s colours are at hand (no lexer to make for them)."""
    key = (block.language, text[block.start : block.end])
    return key in _worked_out or key in _coloured


@lru_cache(maxsize=256)
def code_tokens(language: str | None, code: str) -> Tokens:
    """``(start, end, style)`` of each coloured token of ``code`` (offsets into it)."""
    if len(_coloured) > 1024:
        _coloured.clear()
    _coloured.add((language, code))
    known = _worked_out.pop((language, code), None)
    if known is not None:
        return known
    lexer = _lexer(language, code)
    if lexer is None:
        return ()
    spans: list[tuple[int, int, str]] = []
    try:
        for position, token, value in lexer.get_tokens_unprocessed(code):
            style = _style_of(token)
            if not style or not value:
                continue
            end = position + len(value)
            if spans and spans[-1][2] == style and spans[-1][1] == position:
                spans[-1] = (spans[-1][0], end, style)
            else:
                spans.append((position, end, style))
    except Exception:  # a lexer on hostile text: no colours rather than no article
        return ()
    return tuple(spans)


def fit(text: str, pos: int, end: int, room: int) -> int:
    """How far from ``pos`` (at most ``end``) a row of ``room`` cells reaches: each tab to
    its next stop from the row's start, a wide character (CJK, emoji) two cells."""
    part = text[pos : min(end, pos + room)]
    if part.isascii() and "\t" not in part:
        return pos + len(part)
    column, index = 0, pos
    while index < end:
        char = text[index]
        if char == "\t":
            size = TAB_STOP - column % TAB_STOP
        else:
            size = 1 if char.isascii() else cell_len(char)
        if column + size > room:
            break
        column += size
        index += 1
    return index


def _code_breaks(
    text: str, start: int, end: int, rooms: tuple[int, int], bounds: list[int]
) -> list[int]:
    """Where a code line too long for its row wraps (``rooms``: the cells of its first row
    and of each row continuing it): at a token boundary or after a space, never before a
    space (a row would open with it), else where the row is full."""
    cuts, pos, room = [], start, rooms[0]
    while True:
        limit = fit(text, pos, end, room)
        if limit >= end:
            return cuts
        least = pos + (limit - pos) // 4
        space = text.rfind(" ", pos + 1, limit)
        candidates = [b for b in bounds if least < b <= limit]
        if space > least:
            candidates.append(space + 1)
        cut = max((c for c in candidates if text[c] not in _NO_OPENING), default=limit)
        cut = max(cut, pos + 1)  # (a character wider than the row still moves on)
        cuts.append(cut)
        pos, room = cut, rooms[1]


def code_indent(text: str, start: int, end: int) -> int:
    """The cells of a code line's indentation (tabs to their stops)."""
    column = 0
    for char in text[start:end]:
        if char == " ":
            column += 1
        elif char == "\t":
            column += TAB_STOP - column % TAB_STOP
        else:
            break
    return column


def _code(layout: Layout, text: str, block: Block, index: int, width: int) -> bool:
    start, end = block.start, block.end
    tokens = [(a + start, b + start, s) for a, b, s in code_tokens(block.language,
                                                                    text[start:end])]
    bounds = sorted({x for a, b, _ in tokens for x in (a, b)})
    room = max(4, width - cell_len(CODE_MARGIN))
    token_index = 0
    for line_start, line_end in _lines(text, start, end):
        line = text[line_start:line_end]
        more = ""
        if line_end - line_start <= room and line.isascii() and "\t" not in line:
            cuts = []
        else:  # continued rows: the mark in the margin, the text set in past the line's own
            more = CONTINUED + " " * min(code_indent(text, line_start, line_end)
                                         + len(CODE_INDENT), room // 2)
            cuts = _code_breaks(text, line_start, line_end,
                                (room, max(4, width - cell_len(more))), bounds)
        edges = [line_start, *cuts, line_end]
        for number, (a, b) in enumerate(pairwise(edges)):
            while token_index < len(tokens) and tokens[token_index][1] <= a:
                token_index += 1
            pieces: list[Piece] = []
            pos, scan = a, token_index
            while scan < len(tokens) and tokens[scan][0] < b:
                t_start, t_end, style = tokens[scan]
                t_start, t_end = max(t_start, a), min(t_end, b)
                if t_start > pos:
                    pieces.append((pos, t_start, None, ""))
                pieces.append((t_start, t_end, None, style))
                pos = t_end
                scan += 1
            if pos < b or not pieces:
                pieces.append((pos, b, None, ""))
            if "\t" in text[a:b]:
                pieces = _tabs_to_stops(text, pieces)
            _row(layout, "code", pieces, index, more if number else CODE_MARGIN)
    return True


def _tabs_to_stops(text: str, pieces: list[Piece]) -> list[Piece]:
    """A code row's pieces with each tab shown as the spaces to the next of every
    :data:`TAB_STOP` columns (Go's and a Makefile's indentation; a tab stays one character
    of the text, so offsets hold)."""
    shown: list[Piece] = []
    column = 0
    for start, end, literal, style in pieces:
        if literal is not None:
            shown.append((start, end, literal, style))
            column += cell_len(literal)
            continue
        pos = start
        while (tab := text.find("\t", pos, end)) >= 0:
            if tab > pos:
                shown.append((pos, tab, None, style))
                column += cell_len(text[pos:tab])
            spaces = TAB_STOP - column % TAB_STOP
            shown.append((tab, tab + 1, " " * spaces, style))
            column += spaces
            pos = tab + 1
        if pos < end:
            shown.append((pos, end, None, style))
            column += cell_len(text[pos:end])
    return shown


# -- tables -------------------------------------------------------------------------------


def cell_spans(text: str, block: Block) -> list[list[tuple[int, int]]] | None:
    """Each cell's offsets in ``text``, row by row; None if the text is not the cells."""
    spans: list[list[tuple[int, int]]] = []
    pos = block.start
    for row in block.rows:
        cells = []
        for number, cell in enumerate(row):
            if number:
                if text[pos : pos + len(CELL_SEPARATOR)] != CELL_SEPARATOR:
                    return None
                pos += len(CELL_SEPARATOR)
            if text[pos : pos + len(cell)] != cell:
                return None
            cells.append((pos, pos + len(cell)))
            pos += len(cell)
        spans.append(cells)
        pos += 1
    return spans if block.rows and pos - 1 == block.end else None


def _table(
    layout: Layout, text: str, block: Block, index: int, width: int, wrap: Wrap
) -> bool:
    spans = cell_spans(text, block)
    if spans is None or not all(spans):
        return False
    rows = block.rows
    columns = max(len(row) for row in rows)
    sizes = [max((cell_len(row[c]) for row in rows if c < len(row)), default=0)
             for c in range(columns)]
    lined = any("\n" in cell for row in rows for cell in row)  # (a cell's paragraphs)
    if not lined and sum(sizes) + cell_len(COLUMN_RULE) * (columns - 1) <= width:
        _aligned(layout, rows, spans, sizes, block.header, index)
    else:
        _folded(layout, text, block, spans, index, width, _by_line(wrap))
    return True


def _by_line(wrap: Wrap) -> Wrap:
    """``wrap`` that also breaks at each ``\\n`` (a cell's lines), which it leaves out."""

    def wrapped(text: str, start: int, end: int, width: int) -> list[tuple[int, int]]:
        spans: list[tuple[int, int]] = []
        for a, b in _lines(text, start, end):
            spans.extend(wrap(text, a, b, width) if b > a else [(a, b)])
        return spans

    return wrapped


def _aligned(
    layout: Layout, rows: tuple[tuple[str, ...], ...], spans: list[list[tuple[int, int]]],
    sizes: list[int], header: bool, index: int,
) -> None:
    """Columns padded to line up, the header row bold and ruled off."""
    for number, (row, cells) in enumerate(zip(rows, spans, strict=True)):
        head = header and number == 0
        pieces: list[Piece] = []
        at = cells[0][0]
        for column, size in enumerate(sizes):
            if column:
                pieces.append((at, at, COLUMN_RULE, "table-rule"))
            if column < len(cells):
                a, at = cells[column]
                pieces.append((a, at, None, "table-head" if head else ""))
                pad = size - cell_len(row[column])
            else:
                pad = size
            if pad and column < len(sizes) - 1:
                pieces.append((at, at, " " * pad, ""))
        _row(layout, "table", pieces, index)
        if head and len(rows) > 1:
            after = spans[1][0][0]
            rule = "─┼─".join("─" * size for size in sizes)
            layout.add("table-rule", after, after, text=rule, block=index)


def _folded(
    layout: Layout, text: str, block: Block, spans: list[list[tuple[int, int]]], index: int,
    width: int, wrap: Wrap,
) -> None:
    """A table too wide for the text: each row as ``column: value`` lines."""
    rows = block.rows
    names: tuple[str, ...] = ()
    body = spans
    if block.header and len(rows) > 1:
        names = rows[0]
        first, last = spans[0][0][0], spans[0][-1][1]
        for a, b in wrap(text, first, last, width):
            _row(layout, "table", [(a, b, None, "table-head")], index)
        body = body[1:]
    for number, cells in enumerate(body):
        if number or names:
            layout.add("blank", cells[0][0], cells[0][0], text="", block=index)
        first, last = cells[0]
        if names and len(cells) > 1 and last > first and all(b == a for a, b in cells[1:]):
            # a row of its first cell alone (a cell spanning the row: a group's label)
            for x, y in wrap(text, first, last, width):
                _row(layout, "table", [(x, y, None, "table-head")], index)
            continue
        for column, (a, b) in enumerate(cells):
            if names and b == a and any(y > x for x, y in cells):
                continue  # an empty cell: no "Note:" with nothing after it
            if names:
                label = (names[column] if column < len(names) else str(column + 1)) + ": "
                if cell_len(label) > width // 2:
                    label = label[: width // 2 - 3] + "…: "
            else:
                label = "• " if column == 0 else INDENT
            room = max(4, width - cell_len(label))
            label_style = "table-head" if names else "prefix"
            for line, (x, y) in enumerate(wrap(text, a, b, room) if b > a else [(a, b)]):
                lead = label if line == 0 else " " * cell_len(label)
                _row(layout, "table", [(x, x, lead, label_style if line == 0 else ""),
                                       (x, y, None, "")], index)


# -- lists and definitions ----------------------------------------------------------------


def _list(
    layout: Layout, text: str, block: Block, index: int, width: int, wrap: Wrap
) -> bool:
    lines = _lines(text, block.start, block.end)
    numbers = block.numbers if len(block.numbers) == len(lines) else (None,) * len(lines)
    depths = block.depths if len(block.depths) == len(lines) else (0,) * len(lines)
    numbering = block.numbering if len(block.numbering) == len(lines) else ("1",) * len(lines)
    widths: list[int] = []
    for (a, b), number, depth, counts in zip(lines, numbers, depths, numbering, strict=True):
        depth = min(depth, len(widths))
        marker = "• " if number is None else f"{counted(number, counts)}. "
        indent = " " * sum(widths[:depth])
        widths = [*widths[:depth], len(marker)]
        prefix = indent + marker
        if cell_len(prefix) > width // 2:  # nesting deeper than the text is wide
            prefix = marker
        rest = " " * cell_len(prefix)
        for line, (x, y) in enumerate(wrap(text, a, b, width - cell_len(prefix))):
            layout.add("list", x, y, prefix=prefix if line == 0 else rest, block=index)
    return True


def _definitions(
    layout: Layout, text: str, block: Block, index: int, width: int, wrap: Wrap
) -> bool:
    lines = _lines(text, block.start, block.end)
    terms = [flag for term, definition in block.rows
             for flag, part in ((True, term), (False, definition)) if part]
    if len(terms) != len(lines):
        return False
    for is_term, (a, b) in zip(terms, lines, strict=True):
        prefix = "" if is_term else INDENT * 2
        for line, (x, y) in enumerate(wrap(text, a, b, width - len(prefix))):
            layout.add("term" if is_term else "paragraph", x, y,
                       prefix=prefix if line == 0 or not is_term else "", block=index)
    return True


# -- images -------------------------------------------------------------------------------


def placeholder(alt: str | None, width: int) -> str:
    """``[image: alt]`` cut to ``width`` cells (``[image]`` without alt text)."""
    alt = " ".join((alt or "").split())
    label = f"[image: {alt}]" if alt else "[image]"
    if cell_len(label) > width:
        while alt and cell_len(f"[image: {alt}…]") > width:
            alt = alt[:-1]
        label = f"[image: {alt}…]"
    return label


def _image(
    layout: Layout, text: str, block: Block, index: int, width: int, wrap: Wrap
) -> bool:
    start, end = block.start, block.end
    shown = text[start:end]
    why = layout.failed.get(block.src or "") if layout.picture_rows else None
    reason = f" ({why})" if why else ""
    if not block.caption and not block.credit and shown and shown == (block.alt or shown):
        # the text is the alt text (Markdown): it is the placeholder, and searchable
        lead, rest = "[image: ", " " * len("[image: ")
        spans = wrap(text, start, end, max(4, width - len(lead) - 1))
        for line, (a, b) in enumerate(spans):
            pieces: list[Piece] = [(a, a, lead if line == 0 else rest, ""), (a, b, None, "")]
            if line == len(spans) - 1:
                pieces.append((b, b, "]" + reason, ""))
            _row(layout, "image", pieces, index)
        _picture_rows(layout, block, index)
        return True
    label = placeholder(block.alt, max(10, width - cell_len(reason)))
    layout.add("image", start, start, text=label + reason, block=index)
    _picture_rows(layout, block, index)
    if end <= start:
        return True
    caption = block.caption or ""
    split = start + len(caption) if caption and shown.startswith(caption) else end
    room = width - cell_len(CAPTION_BAR)
    for a, b in wrap(text, start, split, room) if split > start else []:
        layout.add("caption", a, b, prefix=CAPTION_BAR, block=index)
    credit_start = split + 1 if split < end else end
    if credit_start < end:
        for a, b in wrap(text, credit_start, end, room):
            layout.add("credit", a, b, prefix=CAPTION_BAR, block=index)
    return True


def _picture_rows(layout: Layout, block: Block, index: int) -> None:
    """The rows kept for the picture (drawn by reader.ui.widgets.pictures): no text of
    their own, the offset of the image's start (as a blank row's)."""
    if layout.picture_rows and block.src and block.src not in layout.failed:
        for _ in range(layout.picture_rows):
            layout.add("picture", block.start, block.start, text="", block=index)
