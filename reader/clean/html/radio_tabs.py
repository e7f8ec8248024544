"""Tabs made of radio buttons, named by their labels.

A page that shows one of several code blocks at a time without a script sets a radio button
and its ``<label>`` for each tab, in a row, and the blocks in the element after that row, one
a tab (VitePress's code group: ``<div class="tabs"><input type="radio" id="t1"><label
for="t1">Linux</label>...</div><div class="blocks">...</div>``; MkDocs Material's content
tabs, the labels in ``tabbed-labels`` before ``tabbed-content``). The reader read the blocks
one after another with nothing to say which system each was for. When the labels of one
group of radio buttons stand together and the next element holds as many blocks as there
are labels, each block is headed by its label's words, like a tab panel
(:mod:`reader.clean.html.tab_labels`), and the row of labels goes.
"""

from __future__ import annotations

from collections import defaultdict

from lxml.html import HtmlElement

from reader.clean.html.dropping import drop
from reader.clean.html.tab_labels import MAX_LABEL_WORDS, head_panels
from reader.clean.meta.text import element_text

__all__ = ["label_radio_tabs"]


def _groups(tree: HtmlElement) -> dict[str, set[str]]:
    """The ids of the radio buttons of each group (their ``name``)."""
    groups: dict[str, set[str]] = defaultdict(set)
    for button in tree.iter("input"):
        if (button.get("type") or "").lower() == "radio" and button.get("id"):
            groups[button.get("name") or ""].add(button.get("id"))
    return groups


_BLOCK_TAGS = frozenset({"div", "section", "pre", "figure", "article"})


def _blocks(row: HtmlElement) -> list[HtmlElement]:
    """The elements of the element after ``row``, when each is a block holding text (not a
    form's buttons and links after its choices)."""
    after = row.getnext()
    while after is not None and not isinstance(after.tag, str):
        after = after.getnext()
    blocks = [] if after is None else [child for child in after if isinstance(child.tag, str)]
    if all(block.tag in _BLOCK_TAGS and block.text_content().strip() for block in blocks):
        return blocks
    return []


def label_radio_tabs(tree: HtmlElement) -> None:
    """Head each block of a row of radio tabs with its label's words (see the module)."""
    groups = [ids for ids in _groups(tree).values() if len(ids) >= 2]
    if not groups:
        return
    labels: dict[str, HtmlElement] = {
        label.get("for"): label for label in tree.iter("label") if label.get("for")
    }
    place = {label: n for n, label in enumerate(tree.iter("label"))}
    named: dict[HtmlElement, str] = {}
    for ids in groups:
        tabs = sorted((labels[i] for i in ids if i in labels), key=place.__getitem__)
        row = tabs[0].getparent() if len(tabs) == len(ids) else None
        if row is None or any(tab.getparent() is not row for tab in tabs):
            continue
        words = [element_text(tab) for tab in tabs]
        blocks = _blocks(row)
        if len(blocks) != len(tabs) or not all(
            text and len(text.split()) <= MAX_LABEL_WORDS for text in words
        ):
            continue
        named.update(zip(blocks, words, strict=True))
        if element_text(row).split() == " ".join(words).split():
            drop(row)  # (the labels alone: a row of names)
    if named:
        head_panels(tree, named)
