"""Section headings readability left behind: a heading right above a paragraph we keep.

readability-lxml keeps the blocks of text it scores and merges; a page that sets each section's
heading apart from its text (an ``<h2>`` beside a ``<div>`` of paragraphs, a step's title over
its pictures and its body) loses the headings while the text comes through. On the web in
general, a heading that stands right before a paragraph of ours in the page, with only pictures
between them, is that paragraph's heading; not one that tells the title again, another story's
linked headline or a heading after the article ("Related articles").

Measured (``benchmarks/wcxb.py``): dev articles F1 0.959 unchanged, recall 0.974 -> 0.975,
``with`` 0.875 -> 0.877 (23 pages better, 6 worse by 0.003 at most: deks set as headings);
held-out articles 0.952 -> 0.953, documentation 0.955 -> 0.956; the 181 pages 0.9808 ->
0.9807."""

from __future__ import annotations

from collections import Counter

from lxml.html import HtmlElement

from reader.clean.extracted import Draft
from reader.clean.html.blocks import HEADINGS, BlockTuple
from reader.clean.html.prose import folded_words
from reader.clean.text.junk import is_end_heading

_HEADINGS = ("h2", "h3", "h4")  # (those put back; any of ``HEADINGS`` ends the search)
_SILENT = frozenset({"figure", "picture", "img", "svg", "video", "iframe", "noscript", "script",
                     "style", "button", "figcaption"})
_APART = frozenset({"nav", "aside", "footer", "header", "form"})
MAX_HEADING_CHARS = 150  # a heading is a line, not a paragraph
FIRST_WORDS = 12  # words of a paragraph that tell it from the others
OPENING_CHARS = 400  # characters read for them (a block's text may be a page's)
STEPS = 6  # elements walked after a heading to its paragraph
TITLE_SHARE = 0.8  # of a heading's words in the title: the title told again
LINKED_SHARE = 0.5  # of a heading's characters in links: another story's headline


def restore_headings(
    tree: HtmlElement, blocks: list[BlockTuple], title: str | None
) -> list[BlockTuple]:
    """``blocks`` with each paragraph's lost heading back before it (see the module)."""
    kept = {folded_words(text) for kind, text, _level in blocks if kind == "heading"}
    skip = {folded_words(title or "")}
    starts: dict[str, tuple[str, int]] = {}
    for heading in tree.iter(*_HEADINGS):
        text = " ".join(heading.text_content().split())
        norm = folded_words(text)
        if not text or len(text) > MAX_HEADING_CHARS or norm in kept or norm in skip:
            continue
        if is_end_heading(text) or _names_title(norm, title) or _linked(heading, text):
            continue
        follower = _next_text(heading)
        if follower is not None:
            key = _opening(follower)
            if key:
                starts.setdefault(key, (text, HEADINGS[heading.tag]))
    if not starts:
        return blocks
    openings = Counter(_opening(block[1]) for block in blocks if block[0] == "paragraph")
    out: list[BlockTuple] = []
    for block in blocks:
        if block[0] == "paragraph":
            key = _opening(block[1])
            found = starts.get(key) if openings[key] == 1 else None  # (one paragraph's)
            if found and not (out and out[-1][0] == "heading"):
                out.append(Draft("heading", found[0], found[1]))
                del starts[key]
        out.append(block)  # (a draft: its structure, pictures and links stay with it)
    return out


def _names_title(norm: str, title: str | None) -> bool:
    """Most of the heading's words are the title's (a banner's headline, told again)."""
    words, titled = set(norm.split()), set(folded_words(title or "").split())
    return bool(words) and len(words & titled) >= TITLE_SHARE * len(words)


def _linked(heading: HtmlElement, text: str) -> bool:
    """Most of the heading's words are a link's (another story's headline)."""
    linked = sum(len(" ".join(link.text_content().split())) for link in heading.iter("a"))
    return linked > LINKED_SHARE * len(text)


def _opening(text: str) -> str:
    return " ".join(folded_words(text).split()[:FIRST_WORDS])


def _next_text(heading: HtmlElement) -> str | None:
    """The text of the first element with words after ``heading`` in the page, past pictures
    and hidden blocks, within :data:`STEPS` elements; None when a heading, a menu or a
    sidebar, or nothing comes first."""
    steps = 0
    node: HtmlElement | None = heading
    while node is not None and steps < STEPS:
        following = node.getnext()
        while following is None and node is not None:
            node = node.getparent()
            following = node.getnext() if node is not None else None
        if following is None:
            return None
        node = following
        steps += 1
        if not isinstance(node.tag, str) or node.tag in _SILENT or node.get("hidden") is not None:
            continue
        if node.tag in _APART:
            return None  # (a menu or a sidebar after it: its text is not the heading's)
        for element in node.iter():
            if not isinstance(element.tag, str) or element.tag in _SILENT:
                continue
            if element.tag in HEADINGS:
                return None
            if (element.text or "").strip() and element.tag in ("p", "div", "span", "li"):
                return element.text_content()[:OPENING_CHARS]
        if " ".join(node.text_content().split()):
            return None
    return None
