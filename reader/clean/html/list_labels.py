"""Short lists readability drops as too short (under 25 characters with no picture) that are
the text's own: lists used as labels inside the prose ("We test for:" then ``<ul><li>Sound
Quality</li></ul>`` over the paragraphs about it), and a list nested in a list's item ("Check
the strings file." under "Name the feature"), which stands or goes with its item's list."""

from __future__ import annotations

from lxml.html import HtmlElement

MAX_ITEMS = 3
MAX_ITEM_WORDS = 6
MIN_PROSE_WORDS = 10  # the paragraph under the label


def label_lists(node: HtmlElement) -> list[HtmlElement]:
    """The ``<ul>``/``<ol>`` under ``node`` of one to :data:`MAX_ITEMS` short items with no
    link, between a paragraph and a paragraph of prose."""
    found = []
    for listed in node.iter("ul", "ol"):
        items = [child for child in listed if isinstance(child.tag, str)]
        if not 1 <= len(items) <= MAX_ITEMS or any(item.tag != "li" for item in items):
            continue
        if any(True for _ in listed.iter("a")):
            continue
        if not all(1 <= len(item.text_content().split()) <= MAX_ITEM_WORDS for item in items):
            continue
        before, after = listed.getprevious(), listed.getnext()
        if _is(before, 0) and _is(after, MIN_PROSE_WORDS):
            found.append(listed)
    return found


def nested_lists(node: HtmlElement) -> list[HtmlElement]:
    """The ``<ul>``/``<ol>`` under ``node`` inside an item of another list, with no link."""
    return [listed for listed in node.iter("ul", "ol")
            if not any(True for _ in listed.iter("a"))
            and any(True for _ in listed.iterancestors("li"))]


def _is(element: HtmlElement | None, words: int) -> bool:
    """A paragraph of at least ``words`` words."""
    return (
        element is not None
        and element.tag == "p"
        and len(element.text_content().split()) >= words
    )


__all__ = ["label_lists", "nested_lists"]
