"""The article's other sections: containers built like the one readability chose, beside it.

readability-lxml keeps its best container and the siblings it scores high; a page that sets
each section of its article in a container of its own (same tag, same class) loses every
section but one. On the web in general, a sibling made like the article's container that holds
prose of its own is more of the article. Found in the page's own tree from our first and last
paragraphs: their smallest common container, or one of its next few ancestors, whose siblings
share its tag and class; each such sibling with at least two paragraphs of prose and few links
comes in, through our boilerplate rules, before or after our blocks as it stands in the page.
When our first and last paragraphs stand in different children of that container, and these
are made alike, the like children before the first and after the last come in, and so does a
like child between them that we hold nothing of (readability's merge of like segments skips
one whose score is low), in its place among ours.
Measured on the WCXB dev articles (``benchmarks/wcxb.py``): F1 0.9433 -> 0.9435, recall
0.9573 -> 0.9576 (5 pages better, 1 worse); no change on the 181-page benchmark.
"""

from __future__ import annotations

import copy
from collections.abc import Callable

from lxml.html import HtmlElement

from reader.clean.html.blocks import BlockTuple
from reader.clean.html.lead import find_paragraph
from reader.clean.html.prose import SENTENCE_END, folded_words, linked_words

CLIMB = 3  # levels above the common container searched for a repeated section
PROSE_WORDS = 12  # a paragraph of prose has this many words and a sentence end
MIN_PROSE = 2  # a section brings at least this many paragraphs of prose ...
MAX_LINKED = 0.2  # ... with under this share of its words in links


def _common(first: HtmlElement, last: HtmlElement) -> HtmlElement | None:
    # the elements themselves, not their ids: the id of a freed lxml proxy is reused
    mine = set(first.iterancestors())
    return next((el for el in last.iterancestors() if el in mine), None)


def _signature(element: HtmlElement) -> tuple[str, str] | None:
    """Tag and class: a section's make (None without a class: too common to tell)."""
    classes = " ".join(sorted(element.get("class", "").split()))
    return (str(element.tag), classes) if classes else None


def _is_prose_section(element: HtmlElement) -> bool:
    paragraphs = [p.text_content() for p in element.iter("p")]
    prose = [t for t in paragraphs if len(t.split()) >= PROSE_WORDS and SENTENCE_END.search(t)]
    if len(prose) < MIN_PROSE:
        return False
    words = len(element.text_content().split())
    linked = linked_words(element)
    return linked < MAX_LINKED * words


def _child_holding(container: HtmlElement, element: HtmlElement) -> HtmlElement | None:
    return next((el for el in element.iterancestors() if el.getparent() is container), None)


Sections = tuple[list[HtmlElement], list[HtmlElement], list[HtmlElement]]


def _inner_sections(container: HtmlElement, first: HtmlElement, last: HtmlElement) -> Sections:
    """Children of ``container`` made like the ones holding our first and last paragraphs:
    those before the first, those from the first to the last (inclusive), those after it."""
    head, tail = _child_holding(container, first), _child_holding(container, last)
    if head is None or tail is None:
        return [], [], []
    signature = _signature(head)
    if signature is None or _signature(tail) != signature:
        return [], [], []
    children = list(container)
    start, end = children.index(head), children.index(tail)
    before = [s for s in children[:start] if _signature(s) == signature]
    span = [s for s in children[start : end + 1] if _signature(s) == signature]
    after = [s for s in children[end + 1 :] if _signature(s) == signature]
    return [s for s in before if _is_prose_section(s)], span, [
        s for s in after if _is_prose_section(s)
    ]


def _sections(container: HtmlElement) -> tuple[list[HtmlElement], list[HtmlElement]]:
    """Siblings made like ``container`` (or one of its next ancestors), before and after it."""
    element: HtmlElement | None = container
    for _ in range(CLIMB + 1):
        if element is None or element.tag in ("body", "html"):
            break
        signature = _signature(element)
        parent = element.getparent()
        if signature is not None and parent is not None:
            children = list(parent)
            index = children.index(element)
            before = [s for s in children[:index] if _signature(s) == signature]
            after = [s for s in children[index + 1 :] if _signature(s) == signature]
            if before or after:
                keep = _is_prose_section
                return [s for s in before if keep(s)], [s for s in after if keep(s)]
        element = parent
    return [], []


def add_sections(
    tree: HtmlElement,
    blocks: list[BlockTuple],
    to_blocks: Callable[[HtmlElement], list[BlockTuple]],
) -> list[BlockTuple]:
    """``blocks`` with the article's other sections (see the module) before and after them;
    ``to_blocks`` turns a section (a copy) into blocks through the reader's own rules."""
    paragraphs = [text for kind, text, _level in blocks if kind == "paragraph"]
    if len(paragraphs) < 2:
        return blocks
    first, last = find_paragraph(tree, paragraphs[0]), find_paragraph(tree, paragraphs[-1])
    if first is None or last is None:
        return blocks
    container = _common(first, last)
    if container is None:
        return blocks
    before, span, after = _inner_sections(container, first, last)
    if not before and not after:
        before, after = _sections(container)
    if not before and not after and len(span) < 3:
        return blocks  # nothing to add: no set of every block's words (a 20 MB page's)
    kept = {folded_words(text) for _kind, text, _level in blocks}

    def new(sections: list[HtmlElement]) -> list[BlockTuple]:
        out = []
        for section in sections:
            for block in to_blocks(copy.deepcopy(section)):
                norm = folded_words(block[1])
                if norm and norm not in kept:
                    kept.add(norm)
                    out.append(block)
        return out

    inner = _fill_span(blocks, span, new) if len(span) >= 3 else blocks
    if not before and not after:
        return inner
    return [*new(before), *inner, *new(after)]


def _fill_span(
    blocks: list[BlockTuple],
    span: list[HtmlElement],
    new: Callable[[list[HtmlElement]], list[BlockTuple]],
) -> list[BlockTuple]:
    """``blocks`` with the prose sections of ``span`` they skip, each in its place: before
    our first block that a later section of the span holds."""
    missing = [
        (index, section) for index, section in enumerate(span[1:-1], 1)
        if _is_prose_section(section)
    ]
    if not missing:
        return blocks
    texts = [folded_words(section.text_content()) for section in span]
    owners: list[int] = []  # the section of the span each block stands in (-1: none)
    current = 0  # blocks come in page order: each search starts at the last owner
    for _kind, text, _level in blocks:
        norm = folded_words(text)
        found = next(
            (i for i in range(current, len(texts)) if norm and norm in texts[i]), -1
        )
        current = found if found >= 0 else current
        owners.append(found)
    out = list(blocks)
    for index, section in reversed(missing):
        if index in owners:
            continue  # we hold some of it: readability chose it, and what it left out went
        added = new([section])
        if added:
            at = next((i for i, held in enumerate(owners) if held > index), len(out))
            out[at:at] = added
            owners[at:at] = [index] * len(added)
    return out


__all__ = ["add_sections"]
