"""Text from a page written into Markdown as text: never as markup.

A page's words may hold what Markdown reads as markup: ``<img onerror=...>`` (raw HTML passes
through most Markdown renderers), ``[x](javascript:...)``, ``*`` and ``_`` that open
emphasis, a line that opens with ``#`` or ``1.`` (a heading, a list), an ``&amp;`` entity.
Each such character is written escaped (CommonMark's backslash before ASCII punctuation), so
the Markdown shows the words the page showed and nothing else. Characters Markdown reads
literally where they stand stay bare: ``snake_case``, ``5 < 6``, ``C:\\Users``.
"""

from __future__ import annotations

import re

from reader.core.lazy import lazy_re

__all__ = ["escape_line_start", "escape_markdown", "escape_markdown_line"]

# anywhere: emphasis and strike marks, code ticks, link and image brackets; a backslash before
# punctuation (it would escape it); "<" opening a tag or an autolink; "&" opening an entity;
# "_" at a word's edge (inside a word it opens nothing)
_INLINE = lazy_re(
    r"[*`\[\]~]"
    r"|\\(?=[!-/:-@\[-`{-~])"
    r"|<(?=[A-Za-z/!?])"
    r"|&(?=#?\w+;)"
    r"|(?<![^\W_])_|_(?![^\W_])"
)
# at a line's start: a heading, a quotation, a list item, a setext underline, a thematic
# break (after up to three spaces)
_LINE_START = lazy_re(
    r"^( {0,3})(?:(#{1,6})(?=\s|$)|(>)|([-+])(?=\s|$)|(\d{1,9})([.)])(?=\s|$)|(=+|-+)\s*$)"
)
# a line of only pipes, dashes, colons and spaces, with a pipe and a dash: under a line of
# cells, a table's delimiter row ("--- | ---", "|-|-|") to GitHub's and most renderers
_TABLE_RULE = lazy_re(r"^(?=.*\|)(?=.*-)[|:\- \t]+$")
_CODE_INDENT = lazy_re(r"^(?: {4,}|\t)\s*")  # four spaces: a code block; dropped
# A web address written out in the words (its sentence's closing stop or bracket taken off)
_BARE_ADDRESS = lazy_re(r"\bhttps?://[^\s<>`\\]+")
_CLOSING = ".,:;!?'\")]"


def escape_markdown(
    text: str, *, line_start: bool = True, table: bool = False, bare_links: bool = True
) -> str:
    """``text`` escaped to read as itself in Markdown. ``line_start``: the text begins a
    line (its first line is escaped as a line's start, as every line after a newline is);
    ``table``: a table cell's text (its ``|`` escaped too). A web address written out in
    it is written as an autolink, ``<https://...>``, whose characters Markdown takes as
    they are (a ``\\~`` escaped inside a bare address was read as part of it), unless
    ``bare_links`` is false (words inside a link of ours, which may hold no other)."""
    lines = text.split("\n")
    out: list[str] = []
    for number, line in enumerate(lines):
        starts = number > 0 or line_start
        if starts:
            line = _CODE_INDENT.sub("", line)
        line = _escaped_words(line, bare_links and "://" in line, table)
        if table:
            line = line.replace("|", "\\|")
        if starts:
            line = _escape_start_of(line)
        out.append(line)
    return "\n".join(out)


def _escaped_words(line: str, addresses: bool, table: bool) -> str:
    """``line``'s markup characters escaped; its web addresses as autolinks (``addresses``)."""
    pieces: list[str] = []
    at = 0
    for found in _BARE_ADDRESS.finditer(line) if addresses else ():
        address = _without_closing(found[0])
        if table and "|" in address:
            continue  # (a cell's "|" must be escaped, and an autolink escapes nothing)
        pieces += [_escaped(line[at : found.start()]), f"<{address}>"]
        at = found.start() + len(address)
    return "".join(pieces) + _escaped(line[at:]) if pieces else _escaped(line)


def _without_closing(address: str) -> str:
    """``address`` without the stops and brackets that close its sentence; a ")" it opened
    stays ("https://en.wikipedia.org/wiki/Tide_(disambiguation)")."""
    while address and address[-1] in _CLOSING:
        if address[-1] == ")" and address.count("(") >= address.count(")"):
            break
        address = address[:-1]
    return address


def _escaped(words: str) -> str:
    return _INLINE.sub(lambda found: "&amp;" if found[0] == "&" else "\\" + found[0], words)


def escape_line_start(line: str) -> str:
    """A line's start escaped (its words escaped already): a text that comes to open a
    line of Markdown where it did not (an item's text, once its marker is Markdown's)."""
    return _escape_start_of(_CODE_INDENT.sub("", line))


def _escape_start_of(line: str) -> str:
    """``line`` (its words escaped already) escaped as a line's start, and its pipes when it
    could be a table's delimiter row (every ``|`` escaped: no table is read from it)."""
    if "|" in line and _TABLE_RULE.match(line):
        line = line.replace("|", "\\|")
    return _LINE_START.sub(_escape_start, line, count=1)


def escape_markdown_line(text: str) -> str:
    """Words set inside Markdown of ours (after "# ", between "*"): escaped, on one line (a
    line break would end the mark around them)."""
    return escape_markdown(" ".join(text.split()), line_start=False)


def _escape_start(found: re.Match[str]) -> str:
    indent, hashes, quote, bullet, number, dot, rule = found.groups()
    if hashes or quote or bullet:
        return f"{indent}\\{hashes or quote or bullet}"
    if number:
        return f"{indent}{number}\\{dot}"
    return f"{indent}\\{rule}"
