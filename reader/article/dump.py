"""Render an article as plain text, Markdown or JSON (``reader dump``)."""

from __future__ import annotations

import json
import re
import textwrap
from bisect import bisect_left
from collections.abc import Iterator, Sequence
from dataclasses import replace
from itertools import islice
from operator import attrgetter
from typing import TextIO

from reader.article.block import QUOTE_BULLETS, line_depths, same_words
from reader.article.byline import byline, shown_site
from reader.article.dates import format_date
from reader.article.item_column import Widths, item_places, list_marks
from reader.article.json_out import json_pieces
from reader.article.model import (
    Article,
    Block,
    Link,
    Styled,
    block_dict,
    definitions_text,
    dumped_src,
)
from reader.article.wrapping import CellWrapper, cell_width, fill
from reader.core.lazy import lazy_re
from reader.core.markdown_text import escape_line_start, escape_markdown, escape_markdown_line
from reader.core.quoting import in_quotes

FORMATS = ("text", "markdown", "json")


def to_text(article: Article, width: int = 80) -> str:
    """Plain text wrapped to ``width`` columns."""
    return "\n".join(text_lines(article, width)) + "\n"


def text_lines(article: Article, width: int = 80) -> Iterator[str]:
    """:func:`to_text`'s lines (a line may hold newlines), one at a time."""
    wrap = CellWrapper(width=width, break_long_words=False, break_on_hyphens=False)
    yield article.title
    yield "=" * min(width, cell_width(article.title))
    for extra in (
        article.subtitle, byline(article), format_date(article.published), shown_site(article)
    ):
        if extra:
            yield wrap.fill(extra)
    if article.caption:
        yield ""
        yield wrap.fill("[Image] " + article.caption.text)
        if article.caption.credit:
            yield article.caption.credit
    for block, (indent, carried) in zip(
        article.blocks, item_places(article.blocks, "• "), strict=True
    ):
        yield ""
        yield _indented(_block_text(block, wrap, carried), indent)  # (in a list's item)
    if article.pull_quotes:
        yield from ("", "Pull quotes", "-----------")
        for quote in article.pull_quotes:
            yield wrap.fill(in_quotes(quote.text))
            if quote.attribution:
                yield f"  — {quote.attribution}"


CODE_INDENT = "    "


def _block_text(block: Block, wrap: textwrap.TextWrapper, carried: Widths = ()) -> str:
    """``block`` as plain text (a list going on under the ``carried`` markers' widths)."""
    if block.type == "preformatted":
        return block.text
    if block.type == "code":
        return "\n".join(CODE_INDENT + line if line else "" for line in block.text.split("\n"))
    if block.type == "table":
        return _text_table(block.rows, block.header, wrap.width)
    if block.type == "definitions":
        return "\n".join(
            (term + "\n" if term else "")
            + fill(body, wrap.width, initial_indent="    ", subsequent_indent="    ")
            for term, body in block.rows
        ).replace("\n\n", "\n")
    if block.type == "image":
        if not block.text:  # a picture without a caption: its alt text, as the screen shows
            alt = " ".join((block.alt or "").split())
            return wrap.fill(f"[Image: {alt}]" if alt else "[Image]")
        return wrap.fill("[Image] " + block.text)
    if block.type == "list":
        return "\n".join(
            ("\n" if apart else "") + fill(
                item, wrap.width, initial_indent=indent + marker,
                subsequent_indent=indent + " " * len(marker),
            )
            for item, marker, indent, apart in list_marks(
                block, bullet="• ", deep_start=True, carried=carried
            )
        )
    if block.type == "quote":  # (a quotation inside it a level further in)
        return "\n".join(
            fill(line, wrap.width, initial_indent=QUOTE_INDENT * (depth + 1),
                 subsequent_indent=QUOTE_INDENT * (depth + 1))
            for line, depth in zip(block.text.split("\n"), line_depths(block), strict=True)
        )
    if block.type == "heading":
        return _fill(wrap, block.text.upper() if block.level <= 2 else block.text)
    return "\n".join(_fill(wrap, line) for line in block.text.split("\n"))


def _indented(text: str, indent: int) -> str:
    """``text``'s lines ``indent`` spaces in (its blank lines left blank)."""
    if not indent:
        return text
    return "\n".join(" " * indent + line if line else "" for line in text.split("\n"))


QUOTE_INDENT = "  "  # a quotation's lines in the text dump, a level deeper for each it quotes
_PIECE = 65536


def _fill(wrap: textwrap.TextWrapper, text: str) -> str:
    """``wrap.fill(text)``, a long text a piece at a time (no list of all its words): the
    greedy wrap's lines before a piece's last line are final, the last one starts the next
    piece."""
    if len(text) <= 2 * _PIECE or "  " in text or any(c in text for c in "\t\n\v\f\r"):
        return wrap.fill(text)
    lines: list[str] = []
    rest, at = "", 0
    while len(text) - at > 2 * _PIECE:
        cut = text.find(" ", at + _PIECE)
        if cut < 0:
            break
        piece = wrap.wrap(rest + text[at:cut])
        if len(piece) < 2:
            break
        lines += piece[:-1]
        rest, at = piece[-1], cut
    lines += wrap.wrap(rest + text[at:])
    return "\n".join(lines)


def _text_table(rows: Sequence[Sequence[str]], header: bool, width: int) -> str:
    """Columns padded to line up; folded into ``column: value`` lines when they would not
    fit ``width``."""
    columns = max((len(row) for row in rows), default=0)
    padded = [list(row) + [""] * (columns - len(row)) for row in rows]
    sizes = [max(len(line) for row in padded for line in row[index].split("\n"))
             for index in range(columns)]
    if sum(sizes) + 2 * (columns - 1) > width:
        return _folded_table(padded, header, width)
    lines: list[str] = []
    head = 0  # the header row's lines
    for number, row in enumerate(padded):
        lines.extend(_row_lines(row, sizes))
        if number == 0:
            head = len(lines)
    if header and len(lines) > head:
        lines.insert(head, "-" * min(width, max(len(line) for line in lines)))
    return "\n".join(lines)


def _row_lines(row: Sequence[str], sizes: Sequence[int]) -> list[str]:
    """A table's row as lines, its cells padded to ``sizes``: a cell of several lines (its
    paragraphs) makes the row that tall."""
    cells = [cell.split("\n") for cell in row]
    return [
        "  ".join((cell[line] if line < len(cell) else "").ljust(size)
                  for cell, size in zip(cells, sizes, strict=True)).rstrip()
        for line in range(max(map(len, cells), default=1))
    ]


def _folded_table(rows: list[list[str]], header: bool, width: int) -> str:
    """A table too wide for ``width``: each row as ``column: value`` lines, a blank line
    between rows (the column names are the header row's, else the column numbers)."""
    names = rows[0] if header and len(rows) > 1 else [str(n + 1) for n in range(len(rows[0]))]
    records = []
    for row in rows[1:] if header and len(rows) > 1 else rows:
        lines = []
        for name, value in zip(names, row, strict=True):
            label = f"{name}: "
            indent = " " * min(len(label), width // 2)
            lines.append("\n".join(
                fill(line, width, initial_indent=label if number == 0 else indent,
                     subsequent_indent=indent)
                for number, line in enumerate(value.split("\n"))
            ) if value else label.rstrip())
        records.append("\n".join(lines))
    return "\n\n".join(records)


def _markdown_url(href: str, *, bare: bool = True) -> str:
    """An address as Markdown writes it: bare, or in ``<...>`` when it holds a space or a
    bracket (or when ``bare`` is false: an autolink); ``<``, ``>`` and spaces percent-encoded,
    so none closes it early."""
    if not re.search(r"[\s()<>]", href) and bare:
        return href
    return "<" + re.sub(r"[\s<>]", lambda c: f"%{ord(c[0]):02X}", href) + ">"


_STYLE_MARKS = {"emphasis": "*", "strong": "**", "struck": "~~"}  # (code: backticks)

Marked = tuple[int, int, str, str]  # a span of a block's text and the marks around it


def _code_marks(code: str) -> tuple[str, str]:
    """Backticks round an inline code span: more than any run inside it, and a space
    inside them when it starts or ends with one."""
    ticks = "`" * (max((len(run) for run in re.findall(r"`+", code)), default=0) + 1)
    pad = " " if code.startswith("`") or code.endswith("`") else ""
    return ticks + pad, pad + ticks


def _spans(text: str, start: int, links: Sequence[Link], styles: Sequence[Styled]) -> list[Marked]:
    """The links and styled words of ``text`` (which starts at ``start`` of the article's
    text) with their marks, outer before inner; one that crosses another is left out, and
    so is any inside code (Markdown reads code literally)."""
    spans: list[tuple[int, int, str, str, bool]] = []
    for link in links:
        spans.append((link.start - start, link.end - start, "[",
                      f"]({_markdown_url(link.href)})", False))
    for styled in styles:
        a, b = styled.start - start, styled.end - start
        if styled.kind == "code":
            spans.append((a, b, *_code_marks(text[a:b]), True))
        elif styled.kind in _STYLE_MARKS:
            mark = _STYLE_MARKS[styled.kind]
            spans.append((a, b, mark, mark, False))
    kept: list[Marked] = []
    open_: list[tuple[int, bool]] = []  # (end, is code) of the spans around the next one
    for a, b, before, after, code in sorted(spans, key=lambda span: (span[0], -span[1])):
        while open_ and open_[-1][0] <= a:
            open_.pop()
        if not 0 <= a < b <= len(text) or (open_ and (b > open_[-1][0] or open_[-1][1])):
            continue
        kept.append((a, b, before, after))
        open_.append((b, code))
    return kept


def _marked_up(
    text: str,
    start: int,
    links: Sequence[Link],
    styles: Sequence[Styled],
    *,
    line_start: bool = True,
) -> str:
    """``text`` with its links as ``[text](url)`` and its styled words as ``*italics*``,
    ``**bold**``, ```code``` and ``~~struck~~``; its own words escaped to read as words
    (``line_start``: the text begins a line), but inside code, which Markdown reads as it is."""
    spans = _spans(text, start, links, styles)
    if not spans:
        return escape_markdown(text, line_start=line_start)
    code = {(a, b) for a, b, before, _after in spans if before.startswith("`")}
    linked = [(a, b) for a, b, before, _after in spans if before == "["]
    opening: dict[int, list[str]] = {}
    closing: dict[int, list[str]] = {}
    for a, b, before, after in spans:  # (outer first: opened first, closed last)
        opening.setdefault(a, []).append(before)
        closing.setdefault(b, []).insert(0, after)
    out: list[str] = []
    at = 0
    for cut in sorted({*opening, *closing, len(text)}):
        piece = text[at:cut]
        if (at, cut) not in code:
            begins = line_start if at == 0 else text[at - 1] == "\n"
            inside = any(a <= at and cut <= b for a, b in linked)  # (no link in a link)
            piece = escape_markdown(piece, line_start=begins, bare_links=not inside)
        out.append(piece)
        out += closing.get(cut, ())
        out += opening.get(cut, ())
        at = cut
    return "".join(out)


class _ByPlace:
    """Marks (links, styles) sorted by where they start, for the ones inside a block (a
    bisect: looking through all of them for each block took minutes on a long page)."""

    def __init__(self, marks: Sequence[Link] | Sequence[Styled]) -> None:
        self.marks = sorted(marks, key=attrgetter("start"))
        self.starts = [mark.start for mark in self.marks]

    def inside(self, block: Block) -> list:
        """Those that start inside ``block``."""
        first = bisect_left(self.starts, block.start)
        return self.marks[first : bisect_left(self.starts, block.end, first)]


QUOTED_REPLIES = 8  # a reply's depth quoted in Markdown at most (deeper: as the eighth)


def _fence(text: str) -> str:
    longest = max((len(run) for run in re.findall(r"`{3,}", text)), default=2)
    return "`" * (longest + 1)


def _markdown_table(block: Block) -> list[str]:
    rows = [["<br>".join(escape_markdown(line, line_start=False, table=True)
                         for line in cell.split("\n")) for cell in row]
            for row in block.rows]  # (a cell's lines: its paragraphs)
    columns = max((len(row) for row in rows), default=0)
    rows = [row + [""] * (columns - len(row)) for row in rows]
    head, body = (rows[0], rows[1:]) if block.header else ([""] * columns, rows)
    lines = ["| " + " | ".join(head) + " |", "|" + "---|" * columns]
    return lines + ["| " + " | ".join(row) + " |" for row in body]


def _markdown_block(
    block: Block, links: _ByPlace, styles: _ByPlace, shift: int = 0, carried: Widths = ()
) -> list[str]:
    """One body block as Markdown lines, with the article's ``links`` and ``styles`` (its
    heading ``shift`` levels down; a list going on under the ``carried`` markers' widths)."""
    kind = block.type
    if kind in ("code", "preformatted"):
        fence = _fence(block.text)
        return [fence + (block.language or ""), block.text, fence]
    if kind == "table" and block.rows:
        return _markdown_table(block)
    if kind == "image" and block.src:
        said = block.alt if not block.caption or not same_words(block.alt, block.caption) else ""
        alt = escape_markdown(said or "", line_start=False, bare_links=False)  # (once: caption)
        lines = [f"![{alt}]({_markdown_url(dumped_src(block.src) or '')})"]
        if block.caption or block.credit:
            credit = (
                f" ({escape_markdown_line(block.credit)})" if block.credit and block.caption else ""
            )
            lines += ["", f"*{escape_markdown_line(block.caption or block.credit or '')}*{credit}"]
        return lines
    if kind == "definitions" and block.rows:
        return _markdown_definitions(block, links.inside(block), styles.inside(block))
    styled = styles.inside(block)
    if kind == "heading":  # (strong already: "## **How we test**" says nothing more)
        styled = [one for one in styled if one.kind != "strong"]
    text = _marked_up(block.text, block.start, links.inside(block), styled,
                      line_start=kind != "heading")  # (an item's text opens blocks too)
    if kind == "heading":  # (one level below the title's "#": a body's h1 is "##", its h2 "###")
        return ["#" * max(2, min(6, (block.level or 2) + shift)) + " " + text]
    if kind == "list":
        linked = Block("list", text, numbers=block.numbers, depths=block.depths,  # (1. 2.:
                       continues=block.continues)  # Markdown counts in numbers only)
        return [
            ("\n" if apart else "") + indent + marker + item
            for item, marker, indent, apart in list_marks(linked, bullet="- ", carried=carried)
        ]
    if kind == "quote":  # (its lines as the reading view has them; its parts apart)
        return _markdown_quote(*_quoted_lists(_hard_breaks(text), line_depths(block)))
    return ["\n".join(_hard_breaks(text))]


_QUOTED_NUMBER = lazy_re(r"(\d{1,9})\\\. ")  # an item's number, as escaped: "2\\. "
Quoted = tuple[int, int | None, int | None]  # marker's length, number, bullet's depth


def _markdown_definitions(
    block: Block, links: Sequence[Link], styles: Sequence[Styled]
) -> list[str]:
    """Terms over their ``:   definition`` lines, each with its links and styles; a
    definition before any term (nothing to define: a wiki's indented line) a paragraph of
    its own, not ": text"."""
    lines: list[str] = []
    defined = False
    at = block.start  # (each part's place in the article's text: a line of the block's)
    if definitions_text(block.rows) != block.text:
        links, styles = (), ()  # (not where the marks are: the words alone)
    for term, body in block.rows:
        if term:
            lines += ([""] if lines else []) + [_marked_up(term, at, links, styles)]
            defined = True
            at += len(term) + 1
        if body and defined:
            one_line = body.replace("\n", " ")  # (as long: the marks stay where they are)
            lines.append(f":   {_marked_up(one_line, at, links, styles, line_start=False)}")
        elif body:
            lines += ([""] if lines else []) + [_marked_up(body, at, links, styles)]
        at += len(body) + 1 if body else 0
    return lines


def _quoted_lists(
    lines: list[str], depths: Sequence[int]
) -> tuple[list[str], Sequence[int]]:
    """A quotation's lines with the items of the lists it quotes (:func:`quoted_item`) as
    Markdown's items (a run of them read as a list:
    :func:`~reader.article.item_column.list_marks`); a blank line between a list and the
    lines around it (else they would run on into it)."""
    if len(depths) != len(lines):
        depths = (0,) * len(lines)
    marked = _quoted_items(lines)
    out: list[str] = []
    kept: list[int] = []
    at = 0
    while at < len(lines):
        if marked[at] is None:
            out.append(lines[at])
            kept.append(depths[at])
            at += 1
            continue
        end = at
        while end < len(lines) and marked[end] is not None:
            end += 1
        if out and out[-1]:
            out.append("")  # (a list's edge)
            kept.append(min(depths[at], kept[-1]))
        out += _quoted_run(lines[at:end], marked[at:end])  # type: ignore[arg-type]
        kept += depths[at:end]
        if end < len(lines) and lines[end]:
            out.append("")
            kept.append(min(depths[end], depths[end - 1]))
        at = end
    return out, kept


def _quoted_items(lines: Sequence[str]) -> list[Quoted | None]:
    """Each line's item (:data:`Quoted`), None for a line no item: a bullet's line, or a
    number's next to an item (a number counting on, or a bullet)."""
    found: list[Quoted | None] = []
    for line in lines:
        bullet = next((depth for depth, mark in enumerate(QUOTE_BULLETS)
                       if line.startswith(mark)), None)
        number = _QUOTED_NUMBER.match(line)
        if bullet is not None:
            found.append((len(QUOTE_BULLETS[bullet]), None, bullet))
        else:
            found.append(None if number is None else (number.end(), int(number[1]), None))
    for at, item in enumerate(found):
        if item is None or item[2] is not None:
            continue
        near = [found[other] for other in (at - 1, at + 1) if 0 <= other < len(found)]
        if not any(other is not None and (other[1] is None or abs(other[1] - item[1]) == 1)
                   for other in near):  # type: ignore[operator]
            found[at] = None  # (a line that starts with a number: "1984. That year")
    return found


def _quoted_run(lines: Sequence[str], marked: Sequence[Quoted]) -> list[str]:
    """A run of a quotation's item lines as a Markdown list: a bullet at its depth, a
    number under the bullet before it (or beside the number before it)."""
    depths: list[int] = []
    for at, (_length, _number, bullet) in enumerate(marked):
        if bullet is not None:
            depths.append(bullet)
        elif at and marked[at - 1][1] is None:
            depths.append(depths[-1] + 1)
        else:
            depths.append(depths[-1] if at else 0)
    items = [escape_line_start(line[length:])  # (now the start of a Markdown item's text)
             for line, (length, _number, _bullet) in zip(lines, marked, strict=True)]
    listed = Block("list", "\n".join(items), numbers=tuple(item[1] for item in marked),
                   depths=tuple(depths))
    return [indent + marker + item for item, marker, indent, _apart in
            list_marks(listed, bullet="- ")]


def _markdown_quote(lines: list[str], depths: Sequence[int]) -> list[str]:
    """A quotation's lines behind their ``>``s, a quotation in it behind ``> >``; a line
    back out of a deeper quotation after a blank line (else it would run on in it)."""
    if len(depths) != len(lines):
        depths = (0,) * len(lines)
    out: list[str] = []
    before = 0
    for line, depth in zip(lines, depths, strict=True):
        if depth < before and line:  # (a blank line is one already)
            out.append("> " * depth + ">")
        out.append("> " * depth + (f"> {line}" if line else ">"))
        before = depth
    return out


def _hard_breaks(text: str) -> list[str]:
    """The lines of a block (a paragraph's <br>s, a quotation's lines): a line break a hard
    one (two spaces before it); an empty line, a blank line between paragraphs."""
    lines = text.split("\n")
    ends = [*lines[1:], ""]  # the line after each
    return [
        line + "  " if line and after else line for line, after in zip(lines, ends, strict=True)
    ]


def _in_reply(lines: list[str], depth: int) -> list[str]:
    """A thread's reply's lines (each may hold newlines) quoted ``depth`` times over: a
    reply to a reply a quotation in a quotation, as its heading's "↳↳" says."""
    marks = "> " * depth
    return [marks + line if line else marks.rstrip()
            for text in lines for line in text.split("\n")]


def to_markdown(article: Article) -> str:
    """Markdown with front matter-like header lines."""
    return "\n".join(markdown_lines(article)) + "\n"


def markdown_lines(article: Article) -> Iterator[str]:
    """:func:`to_markdown`'s lines (a line may hold newlines), a block's at a time."""
    out: list[str] = [f"# {escape_markdown_line(article.title)}"]
    if article.subtitle:
        out += ["", f"*{escape_markdown_line(article.subtitle)}*"]
    meta = [byline(article), format_date(article.published), shown_site(article)]
    meta = [part for part in meta if part]
    if meta:
        out += ["", escape_markdown(" · ".join(meta))]
    if article.url:
        out += ["", _markdown_url(article.url, bare=False)]
    if article.caption:
        credit = article.caption.credit
        credit = f" ({escape_markdown_line(credit)})" if credit else ""
        out += ["", f"*{escape_markdown_line(article.caption.text)}*{credit}"]
    yield from out
    links, styles = _ByPlace(article.links), _ByPlace(article.styles)
    # a body whose sections are h1s: every heading one level down, so its h2s stay below them
    shift = int(any(block.level == 1 for block in article.blocks if block.type == "heading"))
    before = 0  # (the depth of the reply the last block was in)
    places = item_places(article.blocks, "- ")
    for block, (indent, carried) in zip(article.blocks, places, strict=True):
        depth = min(block.reply, QUOTED_REPLIES)
        yield ("> " * min(depth, before)).rstrip()  # (within a reply: the quotation goes on)
        lines = _markdown_block(block, links, styles, shift, carried)
        if indent:  # (set in a list's item: under its text, where Markdown reads it so)
            lines = [_indented(line, indent) for line in lines]
        yield from _in_reply(lines, depth) if depth else lines
        before = depth
    if article.pull_quotes:
        yield from ("", "## Pull quotes")
        for quote in article.pull_quotes:
            yield from ("", f"> {escape_markdown_line(quote.text)}")
            if quote.attribution:
                yield f"> — {escape_markdown_line(quote.attribution)}"


def to_json(article: Article, *, indent: int | None = 2) -> str:
    """The JSON dump (PRODUCT.md section 3)."""
    return json.dumps(article.to_dict(), ensure_ascii=False, indent=indent)


def render(article: Article, fmt: str) -> str:
    """Render in one of ``FORMATS``."""
    if fmt == "json":
        return to_json(article) + "\n"
    if fmt == "markdown":
        return to_markdown(article)
    return to_text(article)


_BATCH = 4096  # lines written at once


def write(article: Article, fmt: str, out: TextIO) -> None:
    """Write :func:`render`'s output to ``out`` a batch of lines at a time (a text of a
    million lines is never one string as well as its article)."""
    if fmt == "json":
        _write_json(article, out)
        return
    lines = markdown_lines(article) if fmt == "markdown" else text_lines(article)
    while batch := list(islice(lines, _BATCH)):
        out.write("\n".join(batch) + "\n")


def _write_json(article: Article, out: TextIO) -> None:
    """:func:`to_json` written a batch of blocks at a time (no dict of every block at once:
    a million lines' would take ~600 MB): the same characters."""
    head = replace(article, blocks=()).to_dict()
    for piece in json_pieces(head, "body", article.blocks, block_dict, indent=2):
        out.write(piece)
    out.write("\n")
