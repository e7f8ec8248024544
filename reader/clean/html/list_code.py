"""Code set inside a list's item ("1. Install it:" over a ``<pre>``), as documentation and
READMEs write their steps. A list's item is one line of text in the model, so its code was
read into that line, every line break and indent gone ("Install it: $ pip install x"); a
table of data in a step ("the versions in the following table:") ran into one line too.

The code (or the table) is lifted out, after its item: the list is split there, its second
part numbered on from the item (``start``), and the code (with the wrapper that names its
language) stands between them as a block of its own. Only an item of a list that is itself
no list's item is split (a nested list's code stays in its line), and never a reversed list.

Measured: of the 800 WCXB pages, 10 set code in 105 items; one page's score moved (a
documentation page 0.972 -> 0.936: its code's line numbers, which its label keeps, are
left out now that the code is read as code); the 181 pages' texts identical."""

from __future__ import annotations

import re
from itertools import islice

from lxml.html import HtmlElement

from reader.clean.html.structured import is_data_table, number_attribute

_LISTS = frozenset({"ul", "ol"})
_CODE_TABLE = re.compile(r"highlight|code|lineno", re.I)  # (Pygments' "highlighttable")
# items split at most in a page (a split moves the rest of its list: a list of thousands of
# items each with code would take their square); the others' code stays in their lines
MAX_SPLITS = 300
# wrappers that would read as something else where they stand (an indented block written as
# a quotation, by reStructuredText): the code is lifted from inside them
_MEANING = frozenset({"blockquote", "table", "td", "th", "details", "dl", "dd"})


def _own_item(pre: HtmlElement) -> tuple[HtmlElement, HtmlElement] | None:
    """The item ``pre`` stands in, when that item's list is no list's item, and the code to
    lift: ``pre``, or the highlighter's table that sets line numbers beside it (read as one
    code block); None inside any other table."""
    code = pre
    item = None
    for ancestor in pre.iterancestors():
        if ancestor.tag == "table":
            if code is not pre or not _CODE_TABLE.search(ancestor.get("class") or ""):
                return None
            code = ancestor
        elif ancestor.tag == "li":
            item = ancestor
            break
    return None if item is None or not _top_item(item) else (item, code)


def _own_table(table: HtmlElement) -> tuple[HtmlElement, HtmlElement] | None:
    """The item a table of data stands in (not a highlighter's table of code, nor one in
    another table), when that item's list is no list's item; and the table."""
    if _CODE_TABLE.search(table.get("class") or "") or not is_data_table(table):
        return None
    item = None
    for ancestor in table.iterancestors():
        if ancestor.tag in ("table", "pre"):
            return None
        if ancestor.tag == "li":
            item = ancestor
            break
    return None if item is None or not _top_item(item) else (item, table)


def _top_item(item: HtmlElement) -> bool:
    """Whether ``item`` is an item of a list (not reversed) that is no list's item."""
    parent = item.getparent()
    if parent is None or parent.tag not in _LISTS or parent.get("reversed") is not None:
        return False
    return next(parent.iterancestors("li"), None) is None


def _lifted(code: HtmlElement, item: HtmlElement) -> HtmlElement:
    """The outermost element inside ``item`` that holds ``code`` and nothing else to read
    (a highlighter's wrappers, which name its language), inside any :data:`_MEANING`."""
    text = "".join(code.itertext()).strip()
    lifted = code
    for ancestor in code.iterancestors():
        if ancestor is item or ancestor.tag in _MEANING or len(ancestor) > 1 or (
            "".join(ancestor.itertext()).strip() != text
        ):
            break  # (a wrapper holds one element: no text of many is gathered per code)
        lifted = ancestor
    return lifted


def _numbers(items: list[HtmlElement], first: int) -> list[int]:
    """Each item's number in an ordered list starting at ``first`` (``value`` heeded)."""
    numbers = []
    number = first
    for item in items:
        value = number_attribute(item.get("value"))
        number = number if value is None else value
        numbers.append(number)
        number += 1
    return numbers


def _keep_tail(element: HtmlElement) -> None:
    """Leave ``element``'s tail (the item's words after it) where it stands."""
    if element.tail:
        previous = element.getprevious()
        if previous is not None:
            previous.tail = (previous.tail or "") + element.tail
        else:
            parent = element.getparent()
            if parent is not None:
                parent.text = (parent.text or "") + element.tail
        element.tail = None


def _following(
    block: HtmlElement, item: HtmlElement, holders: set[HtmlElement]
) -> HtmlElement | None:
    """The item's words after ``block`` (inside it, or inside a wrapper between them: a
    quotation reStructuredText writes), up to the next code lifted, gathered in a
    ``<div>`` to stand after the code as they stood; None when there are none. A list
    nested in the item stays in it. ``holders``: the code lifted and what holds it."""
    words = item.makeelement("div", {})
    node = block
    while node is not item:
        parent = node.getparent()
        if parent is None:
            return None
        _append_text(words, node.tail)
        node.tail = None
        for sibling in list(node.itersiblings()):
            if sibling in holders:
                return _kept(words)  # (the next code, or what holds it)
            if sibling.tag not in _LISTS:
                words.append(sibling)  # (moved, with its tail)
        node = parent
    return _kept(words)


def _append_text(element: HtmlElement, text: str | None) -> None:
    """``text`` after what ``element`` holds."""
    if not text:
        return
    if len(element):
        element[-1].tail = (element[-1].tail or "") + text
    else:
        element.text = (element.text or "") + text


def _kept(words: HtmlElement) -> HtmlElement | None:
    """``words``, when they hold anything to read."""
    return words if len(words) or (words.text or "").strip() else None


def _split_after(item: HtmlElement, code: list[HtmlElement], number: int | None) -> None:
    """Split ``item``'s list after it, ``code`` (lifted out of it) between the two parts;
    ``number``: the item's, in an ordered list (the part after it counts on from it)."""
    listing = item.getparent()
    if listing is None:
        return
    after = listing.makeelement(listing.tag, {})
    if number is not None:
        after.set("start", str(number + 1))
        for name in ("type", "class"):
            value = listing.get(name)
            if value is not None:
                after.set(name, value)
    for child in list(item.itersiblings()):
        after.append(child)  # (moved, with its tail)
    after.tail, listing.tail = listing.tail, None
    holders = set(code)  # (elements kept referenced: lxml then hands out the same objects)
    for block in code:
        for ancestor in block.iterancestors():
            if ancestor is item:
                break
            holders.add(ancestor)
    following = [_following(block, item, holders) for block in code]  # (before any moves)
    anchor = listing
    for block, words in zip(code, following, strict=True):
        _keep_tail(block)
        anchor.addnext(block)  # (moved out of the item)
        anchor = block
        if words is not None:  # (the item's words after the code, after it still)
            anchor.addnext(words)
            anchor = words
    if len(after):
        anchor.addnext(after)
    else:
        anchor.tail = after.tail


def _item_numbers(items: list[HtmlElement]) -> dict[HtmlElement, int]:
    """The number of each of ``items`` that stands in an ordered list, each list counted
    once."""
    numbers: dict[HtmlElement, int] = {}
    for item in items:
        listing = item.getparent()
        if listing is None or listing.tag != "ol" or item in numbers:
            continue
        children = [child for child in listing if child.tag == "li"]
        first = number_attribute(listing.get("start"))
        numbers.update(zip(children, _numbers(children, 1 if first is None else first),
                           strict=True))
    return numbers


def lift_list_code(root: HtmlElement) -> None:
    """Lift the code and the tables of every item of ``root``'s top-level lists out after
    its item."""
    found: dict[HtmlElement, list[HtmlElement]] = {}
    for block in root.iter("pre", "table"):
        owned = _own_item(block) if block.tag == "pre" else _own_table(block)
        if owned is not None:
            item, code = owned
            lifted = found.setdefault(item, [])
            if not lifted or (code is not lifted[-1] and code not in lifted[-1].iter("table")):
                lifted.append(_lifted(code, item))  # (a table's two pres: lifted once)
    chosen = list(islice(found.items(), MAX_SPLITS))
    numbers = _item_numbers([item for item, _code in chosen])
    for item, code in reversed(chosen):  # (from the last: each item is moved at most once)
        _split_after(item, code, numbers.get(item))


__all__ = ["lift_list_code"]
