"""Bounds on the work markdown-it does for one Markdown document.

markdown-it-py has no cap of its own: its search for a link's label walks from every ``[``
through every ``[`` inside it (up to its nesting limit), so a paragraph of thousands of
unclosed brackets takes minutes; and a document of hundreds of thousands of table cells or
lines takes as many tokens. A paragraph nesting brackets deeper than any link is read with
no links; a document beyond the size bounds is read as plain paragraphs.
"""

from __future__ import annotations

from collections.abc import Callable

from markdown_it import MarkdownIt
from markdown_it.rules_core import StateCore

from reader.core.lazy import lazy_re

MAX_BRACKET_DEPTH = 32  # "[" open at once in a paragraph: a link's label nests a few
MAX_LINES = 50_000  # a long manual or changelog has some 20,000
MAX_CELLS = 50_000  # "|" in the document: table cells, each its own inline parse

_BRACKET = lazy_re(r"\\.|[\[\]]")


def bracket_depth(text: str) -> int:
    """The most ``[`` open at once in ``text`` (escaped ones aside)."""
    depth = deepest = 0
    for found in _BRACKET.finditer(text):
        mark = found.group()
        if mark == "[":
            depth += 1
            deepest = max(deepest, depth)
        elif mark == "]" and depth:
            depth -= 1
    return deepest


def too_large(text: str) -> bool:
    """Whether ``text`` is beyond the size bounds (to read as plain paragraphs)."""
    return text.count("\n") > MAX_LINES or text.count("|") > MAX_CELLS


def bound_labels(parser: MarkdownIt, without_links: Callable[[], MarkdownIt]) -> None:
    """Make ``parser`` read each paragraph nesting brackets deeper than
    :data:`MAX_BRACKET_DEPTH` with ``without_links()`` (a parser with no link rules)."""

    def inline(state: StateCore) -> None:
        for token in state.tokens:
            if token.type != "inline":
                continue
            reader = state.md
            if bracket_depth(token.content) > MAX_BRACKET_DEPTH:
                reader = without_links()
            token.children = token.children or []
            reader.inline.parse(token.content, reader, state.env, token.children)

    parser.core.ruler.at("inline", inline)


__all__ = ["MAX_BRACKET_DEPTH", "MAX_CELLS", "MAX_LINES", "bound_labels", "bracket_depth",
           "too_large"]
