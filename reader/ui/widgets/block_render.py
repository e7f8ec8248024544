"""Rows for the structured blocks: code (and preformatted text, drawn as code is, uncoloured),
tables (their own module, table_render.py), lists, definitions and images (pure Python).

:func:`add_block` lays one block out into a :class:`~reader.ui.widgets.layout.Layout`. Rows
that mix article text with text of their own (a table's padding and rules, a folded table's
column names, a code row's token colours, an image's ``[image: …]``) carry *pieces*:
``(start, end, literal, style)``: ``literal`` None shows ``Article.text[start:end]``
(searchable, highlighted by offset), a string shows itself; ``style`` names a ``body--``
component ("" for the row's own style). Every row still knows the offsets it shows, so
search hits, positions and bookmarks map to rows as for plain text (a table's row wrapped in
its columns draws a later cell's first line above an earlier cell's last: ``Layout`` looks
a row's pieces up for the offset).
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable
from functools import lru_cache
from itertools import pairwise
from typing import TYPE_CHECKING

from rich.cells import cell_len

from reader.article.block import counted, same_words
from reader.article.item_column import Widths
from reader.article.model import Article, Block
from reader.core.lazy import lazy_re
from reader.ui.widgets.long_code_lines import cut_long_lines
from reader.ui.widgets.piece_rows import INDENT, QUOTE_BAR, Piece, Wrap, add_row, line_spans

if TYPE_CHECKING:
    from pygments.lexer import Lexer
    from pygments.token import _TokenType

    from reader.ui.widgets.layout import Layout

TAB_STOP = 4  # columns between a code block's tab stops

CONTINUED = "↪ "  # marks a code row that continues the line above
CODE_MARGIN = "  "
CODE_INDENT = "  "  # a continued code row's text, past its line's indentation
CAPTION_BAR = "▏ "
# the body's component classes for these rows and pieces (``body--`` + name)
STRUCTURE_STYLES: tuple[str, ...] = tuple(
    f"body--{name}"
    for name in (
        "code",
        "code-keyword",
        "code-string",
        "code-comment",
        "code-number",
        "code-name",
        "code-language",
        "table",
        "table-head",
        "table-rule",
        "term",
        "image",
        "subheading",
        "minor-heading",
    )
)
# a heading's row kind by its depth below the article's top heading level (deeper: the last)
HEADING_KINDS = ("heading", "subheading", "minor-heading")
GUESSED = (
    "python",
    "javascript",
    "js",
    "bash",
    "sh",
    "json",
    "html",
    "css",
    "c",
    "cpp",
    "go",
    "rust",
    "sql",
    "java",
    "ruby",
    "php",
    "typescript",
    "yaml",
    "toml",
    "diff",
)
_NO_OPENING = frozenset(" ,;:.)]}")  # never opens a continued code row, where a cut can help
LABEL_GAP = 3  # cells at least between a code block's first line and its language's name
_LANGUAGE_NAME = lazy_re(r"[a-z][a-z0-9+#._-]{0,23}")
GUESS_LINES = 3  # a block of fewer lines is never guessed at
MOST_COLOURED = 200_000  # a longer block is drawn without colours (lexing it takes seconds)


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
    layout: Layout,
    text: str,
    block: Block,
    index: int,
    width: int,
    wrap: Wrap,
    carried: Widths = (),
) -> bool:
    """Rows for ``block`` (at ``index``) appended to ``layout``; False: not a block drawn here
    (or one whose structure does not match its text), for the caller to lay out as text.
    ``carried``: a list's, the markers' widths it goes on under (code lifted out of an
    item above it: :func:`~reader.article.item_column.item_places`)."""
    kind = block.type
    if kind in ("code", "preformatted"):  # (preformatted: a command's output, uncoloured)
        return _code(layout, text, block, index, width)
    if kind == "table":  # (imported on the first table: most first screens have none)
        from reader.ui.widgets.table_render import table_rows

        return table_rows(layout, text, block, index, width, wrap)
    if kind == "list":
        return _list(layout, text, block, index, width, wrap, carried)
    if kind == "definitions":
        return _definitions(layout, text, block, index, width, wrap)
    if kind == "image":
        return _image(layout, text, block, index, width, wrap)
    if kind == "quote" and block.depths:
        return _quote(layout, text, block, index, width, wrap)
    if kind == "heading":
        return _heading(layout, text, block, index, width, wrap)
    return False


def _heading(layout: Layout, text: str, block: Block, index: int, width: int, wrap: Wrap) -> bool:
    """A heading's rows: the article's top level of headings in the accent colour, the next
    bold, deeper ones quieter still (see :data:`HEADING_KINDS`)."""
    depth = max(0, (block.level or 2) - layout.top_heading)
    kind = HEADING_KINDS[min(depth, len(HEADING_KINDS) - 1)]
    for a, b in line_spans(text, block.start, block.end):
        for x, y in wrap(text, a, b, width):
            layout.add(kind, x, y, block=index)
    return True


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
    return [
        (block.language, code, code_tokens(block.language, code))
        for block in article.blocks[:blocks]
        if block.type == "code"
        for code in (text[block.start : block.end],)
    ]


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
    cut = cut_long_lines(code)  # (a very long line: coloured at its start only)
    lexed = code if cut is None else cut.text
    lexer = _lexer(language, lexed) if len(lexed) <= MOST_COLOURED else None
    if lexer is None:
        return ()
    spans: list[tuple[int, int, str]] = []
    try:
        for position, token, value in lexer.get_tokens_unprocessed(lexed):
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
    return tuple(spans if cut is None else cut.in_code(spans))


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
    space (a row would open with it), else where the row is full. ``bounds`` (sorted) are
    looked up by bisection, only those in the row read (a line of 60,000 tokens wrapped in
    linear time, not a pass over all its tokens a row)."""
    cuts, pos, room = [], start, rooms[0]
    while True:
        limit = fit(text, pos, end, room)
        if limit >= end:
            return cuts
        least = pos + (limit - pos) // 4
        space = text.rfind(" ", pos + 1, limit)
        candidates = bounds[bisect_right(bounds, least) : bisect_right(bounds, limit)]
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


def _line_cells(line: str) -> int:
    """The cells a code line takes: tabs to their stops, wide characters two cells."""
    if line.isascii() and "\t" not in line:
        return len(line)
    return cell_len(line.expandtabs(TAB_STOP))


def _code(layout: Layout, text: str, block: Block, index: int, width: int) -> bool:
    start, end = block.start, block.end
    widest = max(map(_line_cells, text[start:end].split("\n")), default=0)
    width = layout.wanted(index, "code", widest + cell_len(CODE_MARGIN), layout.code_room)
    tokens = (
        [(a + start, b + start, s) for a, b, s in code_tokens(block.language, text[start:end])]
        if block.type == "code"
        else []
    )
    bounds = sorted({x for a, b, _ in tokens for x in (a, b)})
    room = max(4, width - cell_len(CODE_MARGIN))
    token_index = 0
    for line_start, line_end in line_spans(text, start, end):
        more, size = "", line_end - line_start
        if size <= room // TAB_STOP or (
            size <= room and ((line := text[line_start:line_end]).isascii() and "\t" not in line)
        ):  # (fits: even a line of tabs or wide characters would at a quarter of the room)
            cuts = []
        else:  # continued rows: the mark in the margin, the text set in past the line's own
            more = CONTINUED + " " * min(
                code_indent(text, line_start, line_end) + len(CODE_INDENT), room // 2
            )
            cuts = _code_breaks(
                text, line_start, line_end, (room, max(4, width - cell_len(more))), bounds
            )
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
            if line_start == start and not cuts:
                pieces += _language_label(block.language, b, _line_cells(text[a:b]), room)
            add_row(layout, "code", pieces, index, more if number else CODE_MARGIN)
    return True


def _language_label(language: str | None, at: int, used: int, room: int) -> list[Piece]:
    """The language the page names for a code block, at the right of its first row (which
    ends at offset ``at`` and takes ``used`` of ``room`` cells) when it leaves the room, as
    documentation sites label their code boxes; else nothing. A name that is no plain
    language name (a hostile ``data-lang``) is not shown."""
    name = (language or "").lower()
    gap = room - used - len(name) - 1  # (a cell before the box's right edge)
    if gap < LABEL_GAP or not _LANGUAGE_NAME.fullmatch(name):
        return []
    return [(at, at, " " * gap + name, "code-language")]


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


# -- lists and definitions ----------------------------------------------------------------


def _list(
    layout: Layout,
    text: str,
    block: Block,
    index: int,
    width: int,
    wrap: Wrap,
    carried: Widths = (),
) -> bool:
    lines = line_spans(text, block.start, block.end)
    numbers = block.numbers if len(block.numbers) == len(lines) else (None,) * len(lines)
    depths = block.depths if len(block.depths) == len(lines) else (0,) * len(lines)
    numbering = block.numbering if len(block.numbering) == len(lines) else ("1",) * len(lines)
    continues = block.continues if len(block.continues) == len(lines) else (False,) * len(lines)
    markers = [
        "" if more else "• " if number is None else f"{counted(number, counts)}. "
        for number, counts, more in zip(numbers, numbering, continues, strict=True)
    ]
    levels, widest = _siblings(markers, depths)
    # (a list that goes on under an item above it, after the code lifted out of that item:
    # its first items keep their depth, under the markers above, else a bullet's width in)
    first = levels[0] if levels else 0
    widths: list[int] = [*carried[:first], *[len("• ")] * max(0, first - len(carried))]
    # a blank row over an item's further paragraph, the row after one, and the next item
    # of the level of an item of several paragraphs (after its nested items: "2." set apart
    # from the end of the list under "1.", as a browser spaces a loose list's items)
    apart, loose = False, set[int]()  # (loose: the levels of items of several paragraphs)
    for (a, b), marker, depth, size, more in zip(
        lines, markers, levels, widest, continues, strict=True
    ):
        indent = " " * sum(widths[:depth])
        if more and depth < len(widths):  # (under its item's text, no marker)
            marker = " " * widths[depth]
            loose.add(depth)
        else:
            marker = (marker or "• ").rjust(size)  # "9." under "10.", their words in line
            widths = [*widths[:depth], len(marker)]
        ended = not more and any(level >= depth for level in loose)
        if apart or more or ended:
            layout.add("blank", a, a, text="", block=index)
        if ended:
            loose = {level for level in loose if level < depth}
        apart = more
        prefix = indent + marker
        if cell_len(prefix) > width // 2:  # nesting deeper than the text is wide
            prefix = marker
        rest = " " * cell_len(prefix)
        for line, (x, y) in enumerate(wrap(text, a, b, width - cell_len(prefix))):
            layout.add("list", x, y, prefix=prefix if line == 0 else rest, block=index)
    return True


def _siblings(markers: list[str], depths: tuple[int, ...]) -> tuple[list[int], list[int]]:
    """Each item's nesting depth (a jump of several levels is one level deeper) and the
    widest marker among its siblings (the items of its depth under the same parent)."""
    levels: list[int] = []
    # the item each level's items are under (-1: none; a list that starts deeper goes on
    # under an item above it)
    parents = [-1] * (depths[0] if depths and markers[0] else 0)
    keys: list[tuple[int, int] | None] = []
    for item, depth in enumerate(depths):
        if not markers[item]:  # an item's further paragraph: at its item's level, no item
            levels.append(min(depth, max(len(parents) - 1, 0)))
            keys.append(None)
            continue
        level = min(depth, len(parents))
        parents = parents[:level]
        keys.append((parents[-1] if parents else -1, level))
        parents.append(item)
        levels.append(level)
    widest: dict[tuple[int, int] | None, int] = {None: 0}
    for key, marker in zip(keys, markers, strict=True):
        if key is not None:
            widest[key] = max(widest.get(key, 0), len(marker))
    return levels, [widest[key] for key in keys]


def _definitions(
    layout: Layout, text: str, block: Block, index: int, width: int, wrap: Wrap
) -> bool:
    lines = line_spans(text, block.start, block.end)
    terms = [
        flag
        for term, definition in block.rows
        for flag, part in ((True, term), (False, definition))
        if part
    ]
    if len(terms) != len(lines):
        return False
    for is_term, (a, b) in zip(terms, lines, strict=True):
        prefix = "" if is_term else INDENT * 2
        for line, (x, y) in enumerate(wrap(text, a, b, width - len(prefix))):
            layout.add(
                "term" if is_term else "paragraph",
                x,
                y,
                prefix=prefix if line == 0 or not is_term else "",
                block=index,
            )
    return True


def _quote(layout: Layout, text: str, block: Block, index: int, width: int, wrap: Wrap) -> bool:
    """A quotation that quotes another: a bar before its rows for each level a line stands
    in (at most as many as fill half the width)."""
    lines = line_spans(text, block.start, block.end)
    if len(block.depths) != len(lines):
        return False
    most = max(1, width // 2 // cell_len(QUOTE_BAR))
    for (a, b), depth in zip(lines, block.depths, strict=True):
        prefix = QUOTE_BAR * min(depth + 1, most)
        for x, y in wrap(text, a, b, width - cell_len(prefix)):
            layout.add("quote", x, y, prefix=prefix, block=index)
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


def _image(layout: Layout, text: str, block: Block, index: int, width: int, wrap: Wrap) -> bool:
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
            add_row(layout, "image", pieces, index)
        _picture_rows(layout, block, index)
        return True
    caption = block.caption or ""
    shown_caption = bool(caption) and shown.startswith(caption)
    # (an alt text that is the caption below it is not said twice)
    alt = None if shown_caption and same_words(block.alt, caption) else block.alt
    label = placeholder(alt, max(10, width - cell_len(reason)))
    layout.add("image", start, start, text=label + reason, block=index)
    _picture_rows(layout, block, index)
    if end <= start:
        return True
    split = start + len(caption) if shown_caption else end
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
