"""Code set inside a list's item ("1. Install it:" over a ``<pre>``), as documentation and
READMEs write their steps. A list's item is one line of text in the model, so its code was
read into that line, every line break and indent gone ("Install it: $ pip install x"); a
table of data in a step ("the versions in the following table:") ran into one line too.

The code (or the table) is lifted out, after its item: the list is split there, its second
part numbered on from the item (``start``), and the code (with the wrapper that names its
language) stands between them as a block of its own. Code in a nested list's item
("- Prepare: - Run: [code]", docs and READMEs) splits every list around it: what followed
it (the nested list's next items, then the outer list's) stands after the code at the
depths it had. Never a reversed list, nor across a table or a definition list.

Measured: of the 800 WCXB pages, 10 set code in 105 items; one page's score moved (a
documentation page 0.972 -> 0.936: its code's line numbers, which its label keeps, are
left out now that the code is read as code); the 181 pages' texts identical. Code in nested
items: one dev page more moved (0.9380 -> 0.9379, the same line numbers left out), the
dev and held-out F1 unchanged (0.95723, 0.95342)."""

from __future__ import annotations

import re

from lxml.html import HtmlElement

from reader.clean.html.item_blocks import ITEM_LEVEL, in_item, item_level
from reader.clean.html.structured import is_data_table, number_attribute
from reader.core.lazy import lazy_re

_LISTS = frozenset({"ul", "ol"})
_CODE_TABLE = lazy_re(r"highlight|code|lineno", re.I)  # (Pygments' "highlighttable")
# codes lifted at most in a page (a lift moves the rest of its list: a list of thousands of
# items each with code would take their square); the others' code stays in their lines
MAX_SPLITS = 300
# wrappers that would read as something else where they stand (an indented block written as
# a quotation, by reStructuredText): the code is lifted from inside them
_MEANING = frozenset({"blockquote", "table", "td", "th", "details", "dl", "dd"})
# what a list nested in another's item is not split across (its rows or entries would part)
_APART = frozenset({"table", "tr", "td", "th", "dl", "dt", "dd", "pre"})


def _own_item(pre: HtmlElement) -> tuple[HtmlElement, HtmlElement] | None:
    """The item ``pre`` stands in, and the code to lift: ``pre``, or the highlighter's
    table that sets line numbers beside it (read as one code block); None inside any other
    table, or in no item."""
    code = pre
    for ancestor in pre.iterancestors():
        if ancestor.tag == "table":
            if code is not pre or not _CODE_TABLE.search(ancestor.get("class") or ""):
                return None
            code = ancestor
        elif ancestor.tag == "li":
            return ancestor, code
    return None


def _own_table(table: HtmlElement) -> tuple[HtmlElement, HtmlElement] | None:
    """The item a table of data stands in (not a highlighter's table of code, nor one in
    another table), and the table."""
    if _CODE_TABLE.search(table.get("class") or "") or not is_data_table(table):
        return None
    for ancestor in table.iterancestors():
        if ancestor.tag in ("table", "pre"):
            return None
        if ancestor.tag == "li":
            return ancestor, table
    return None


def _outer_item(item: HtmlElement) -> HtmlElement | None:
    """The item of the outermost list ``item`` stands in (``item`` itself in a list that is
    no list's item); None when a list on the way is reversed, or when a table or a
    definition list stands between them."""
    outer = item
    apart = False  # (a table or a definition list above the last item found)
    for ancestor in item.iterancestors():
        if ancestor.tag == "li":
            if apart:
                return None
            outer = ancestor
        apart = apart or ancestor.tag in _APART
    for node in (item, *item.iterancestors("li")):
        if not _counted_list(node.getparent()):
            return None
        if node is outer:
            break
    return outer


def _counted_list(parent: HtmlElement | None) -> bool:
    """Whether ``parent`` is a list that is not reversed."""
    return parent is not None and parent.tag in _LISTS and parent.get("reversed") is None


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


def _number(item: HtmlElement) -> int | None:
    """``item``'s number, in an ordered list (``start`` and ``value`` heeded)."""
    listing = item.getparent()
    if listing is None or listing.tag != "ol":
        return None
    number = number_attribute(listing.get("start"))
    number = 1 if number is None else number
    for each in listing.iterchildren("li"):
        value = number_attribute(each.get("value"))
        number = number if value is None else value
        if each is item:
            return number
        number += 1
    return None


def _following(block: HtmlElement, item: HtmlElement) -> HtmlElement | None:
    """The words after ``block`` in the items around it up to ``item`` (inside them, or
    inside a wrapper between: a quotation reStructuredText writes), gathered in a ``<div>``
    to stand after the code as they stood; None when there are none. The lists nested in
    the items, and the items after each, stay."""
    words = item.makeelement("div", {})
    node = block
    while node is not item:
        parent = node.getparent()
        if parent is None:
            return None
        if parent.tag not in _LISTS:  # (a list's next items are no words of this one's)
            _append_text(words, node.tail)
            node.tail = None
            for sibling in list(node.itersiblings()):
                if sibling.tag not in _LISTS:
                    words.append(sibling)  # (moved, with its tail)
        node = parent
    return words if len(words) or (words.text or "").strip() else None


def _append_text(element: HtmlElement, text: str | None) -> None:
    """``text`` after what ``element`` holds."""
    if not text:
        return
    if len(element):
        element[-1].tail = (element[-1].tail or "") + text
    else:
        element.text = (element.text or "") + text


def _rest(block: HtmlElement, listing: HtmlElement) -> HtmlElement | None:
    """What follows ``block`` in ``listing`` (the lists left after :func:`_following`, and
    each list's next items), moved into a copy of ``listing``: each list it stood in is
    copied around what followed there (an ordered one numbered on from its item), so that
    each item keeps its depth; None when nothing follows."""
    carried: list[HtmlElement] = []
    node = block
    while node is not listing:
        parent = node.getparent()
        if parent is None:
            break
        following = list(node.itersiblings())
        if parent.tag in _LISTS:
            copy = parent.makeelement(parent.tag, {})
            number = _number(node)
            if number is not None:
                copy.set("start", str(number + 1))
                for name in ("type", "class", "style"):
                    value = parent.get(name)
                    if value is not None:
                        copy.set(name, value)
            copy.extend([*carried, *following])  # (moved, with their tails)
            carried = [copy] if len(copy) else []
        else:  # (an item or a wrapper: what followed in it stands in the list around it)
            carried += following
        node = parent
    return carried[0] if carried else None


def _split_at(block: HtmlElement, item: HtmlElement, level: int) -> None:
    """Lift ``block`` out of ``item``'s list: after the list, the item's words after it,
    then what followed it in the list; the first two marked as the item's, of ``level``
    (:mod:`~reader.clean.html.item_blocks`)."""
    listing = item.getparent()
    if listing is None:
        return
    block = in_item(block, level)
    words = _following(block, item)
    if words is not None:
        words.set(ITEM_LEVEL, str(level))
    rest = _rest(block, listing)
    block.tail, listing.tail, tail = None, None, listing.tail
    anchor = listing
    for part in (block, words, rest):
        if part is not None:
            anchor.addnext(part)  # (moved out of the item)
            anchor = part
    anchor.tail = tail


def lift_list_code(root: HtmlElement) -> None:
    """Lift the code and the tables of every list's item of ``root`` out after the item of
    its outermost list."""
    found: list[tuple[HtmlElement, HtmlElement, int]] = []  # (what is lifted, the outer item,
    # the level of the item it stood in)
    for block in root.iter("pre", "table"):
        owned = _own_item(block) if block.tag == "pre" else _own_table(block)
        if owned is None:
            continue
        item, code = owned
        if found and code in found[-1][0].iter():
            continue  # (a table's two pres, or what the code lifted holds: lifted once)
        outer = _outer_item(item)
        if outer is not None:
            found.append((_lifted(code, item), outer, item_level(item)))
    for block, outer, level in reversed(found[:MAX_SPLITS]):  # (from the last: the lists
        _split_at(block, outer, level)  # before it are as the page set them, their numbers)


__all__ = ["lift_list_code"]
