"""Sanitise the structure a cleaner kept: cells, items, code, images, links.

Every string is cleaned like the rest of the model (``reader.core.sanitize``); code keeps
every character but control and escape sequences (indentation, tabs, line breaks). Links
are resolved against the page's base address: only web and mail addresses stay links, any
other (``javascript:``, ``data:``...) stays text only; each is found in its block's cleaned
text, so its offsets always point at its words.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import urljoin, urlsplit

from reader.article.block import MOST_ITEM_LEVEL, MOST_REPLY, NUMBERINGS
from reader.article.model import STYLES, Block, Link, Styled, definitions_text, table_text
from reader.core.book_address import book_member, is_book
from reader.core.data_address import embedded_picture, is_data
from reader.core.sanitize import clean_block, clean_line, clean_optional, clean_text

LINK_SCHEMES = frozenset({"http", "https", "mailto"})
IMAGE_SCHEMES = frozenset({"http", "https"})
MAX_ADDRESS = 4000  # characters: a longer "address" is data, not a link


def resolve(
    href: str | None, base: str | None, schemes: frozenset[str] = LINK_SCHEMES
) -> str | None:
    """``href`` as an absolute address with one of ``schemes``, or None."""
    if not href:
        return None
    href = "".join(clean_line(href).split())
    if not href or len(href) > MAX_ADDRESS:
        return None
    try:
        if base:
            href = urljoin(base, href)
        elif href.startswith("//"):
            href = "https:" + href
        parts = urlsplit(href)
    except ValueError:
        return None
    if parts.scheme.lower() not in schemes:
        return None
    if parts.scheme.lower() != "mailto" and not parts.netloc:
        return None
    return href


def in_page(href: str | None, base: str | None) -> str | None:
    """A link to a part of a document read without an address (a file, standard input):
    its ``#fragment`` alone, which a reader follows to the heading it names; else None."""
    if base or not href:
        return None
    href = "".join(clean_line(href).split())
    return href if href.startswith("#") and 1 < len(href) <= MAX_ADDRESS else None


def image_address(src: str | None, base: str | None) -> str | None:
    """An image's absolute address; a relative one kept as given when there is no base; a
    picture carried in its ``data:`` address kept whole (no spaces), unless it is none to
    show (see :func:`~reader.core.data_address.embedded_picture`); a book's own picture
    (``book:``, see :mod:`reader.core.book_address`) kept, in a document without an address."""
    if is_data(src):
        return embedded_picture(src)  # type: ignore[arg-type]
    if is_book(src):
        return src if base is None and book_member(src) is not None else None
    found = resolve(src, base, IMAGE_SCHEMES)
    if found or not src or base:
        return found
    src = "".join(clean_line(src).split())
    return src if src and ":" not in src.split("/")[0] else None


def code_text(text: str) -> str:
    """Code verbatim but for controls and escape sequences; blank lines around it out."""
    lines = clean_text(text).split("\n")
    while lines and not lines[0].strip():
        lines.pop(0)
    while lines and not lines[-1].strip():
        lines.pop()
    return "\n".join(line.rstrip() for line in lines)


def _list(text: str, structure: dict[str, Any]) -> tuple[str, dict[str, Any]]:
    items = text.split("\n")
    numbers = structure.get("numbers") or (None,) * len(items)
    depths = structure.get("depths") or (0,) * len(items)
    numbering = structure.get("numbering") or ("1",) * len(items)
    continues = structure.get("continues") or (False,) * len(items)
    kept = [
        (clean_line(item), number, depth, counts if counts in NUMBERINGS else "1", bool(more))
        for item, number, depth, counts, more in zip(
            items, numbers, depths, numbering, continues, strict=False
        )
    ]
    kept = [entry for entry in kept if entry[0]]
    extra: dict[str, Any] = {}
    if any(entry[1] is not None for entry in kept):
        extra["numbers"] = tuple(entry[1] for entry in kept)
    if any(entry[2] for entry in kept):
        extra["depths"] = tuple(entry[2] for entry in kept)
    if any(entry[3] != "1" for entry in kept):
        extra["numbering"] = tuple(entry[3] for entry in kept)
    if any(entry[4] for entry in kept[1:]):  # (a first line goes on no item)
        extra["continues"] = (False, *(entry[4] for entry in kept[1:]))
    return "\n".join(entry[0] for entry in kept), extra


def _quote_depths(text: str, plain: str, depths: Any) -> tuple[int, ...]:
    """Each line of a quotation's cleaned text ``plain`` with its depth (``depths``: the
    draft ``text``'s lines'); () when they do not line up."""
    lines = text.split("\n")
    if len(depths) != len(lines):
        return ()
    kept: list[tuple[str, int]] = []
    for line, depth in zip(lines, depths, strict=True):
        for part in clean_block(line).split("\n"):
            if part or (kept and kept[-1][0]):  # (one blank line in a row, none first)
                kept.append((part, max(0, int(depth))))
    while kept and not kept[-1][0]:
        kept.pop()
    if "\n".join(line for line, _depth in kept) != plain:
        return ()
    return tuple(depth for _line, depth in kept)


def _rows(rows: Any) -> tuple[tuple[str, ...], ...]:
    cleaned = (tuple(_cell(str(cell)) for cell in row) for row in rows or ())
    return tuple(row for row in cleaned if any(row))


def _cell(text: str) -> str:
    """A table cell's text cleaned line by line: its lines (paragraphs, ``<br>``s) kept."""
    if "\n" not in text:
        return clean_line(text)
    return "\n".join(filter(None, (clean_line(line) for line in text.split("\n"))))


def structured_block(draft: tuple[str, str, int], structure: dict[str, Any], base: str | None,
                     plain: str) -> Block:
    """The sanitised block of a draft with structure; ``plain`` is its text cleaned the way
    a block of its kind without structure is."""
    kind, text, level = draft
    extra: dict[str, Any] = {}
    if kind == "code":
        text = code_text(text)
        language = clean_optional(structure.get("language"))
        if language:
            extra["language"] = language[:40]
    elif kind == "table":
        rows = _rows(structure.get("rows"))
        text = table_text(rows)
        extra.update(rows=rows, header=bool(structure.get("header")) and len(rows) > 1)
    elif kind == "definitions":
        rows = tuple((clean_line(term), clean_line(body)) for term, body in
                     structure.get("rows") or ())
        rows = tuple(row for row in rows if any(row))
        text = definitions_text(rows)
        extra["rows"] = rows
    elif kind == "list":
        text, extra = _list(text, structure)
    elif kind == "quote":
        depths = _quote_depths(text, plain, structure.get("depths") or ())
        text = plain
        if any(depths):
            extra["depths"] = depths
    elif kind == "image":
        text = plain
        extra.update(
            src=image_address(structure.get("src"), base),
            alt=clean_optional(structure.get("alt")),
            caption=clean_optional(structure.get("caption")),
            credit=clean_optional(structure.get("credit")),
        )
    else:
        text = plain
        if kind == "heading":  # a thread's post's heading: its author (the people count them)
            extra["credit"] = clean_optional(structure.get("credit"))
    reply = structure.get("reply")
    if isinstance(reply, int) and reply > 0:  # (a block of a thread's reply: its depth)
        extra["reply"] = min(reply, MOST_REPLY)
    item_level = structure.get("item_level")
    if isinstance(item_level, int) and item_level > 0:  # (code set in a list's item)
        extra["item_level"] = min(item_level, MOST_ITEM_LEVEL)
    return Block(kind, text, 0, 0, level, **{k: v for k, v in extra.items() if v})  # type: ignore[arg-type]


def block_styles(text: str, styles: Any) -> list[Styled]:
    """The block's styled words with offsets into its cleaned ``text``: of the places its
    words stand, the one nearest where the page set them (the words of an emphasised
    "not" stand in many places of a paragraph). Words found nowhere are left out; two of a
    kind that touch are one ("<b>B</b><b>reakfast</b>": one bold word, not two)."""
    found: list[Styled] = []
    for styled_text, kind, near in styles or ():
        words = clean_line(styled_text)
        if kind not in STYLES or not words:
            continue
        start = _nearest(text, words, near)
        if start >= 0:
            found.append(Styled(kind, start, start + len(words)))
    return _joined(found)


def _joined(found: list[Styled]) -> list[Styled]:
    """``found`` with each run of same-kind styles that touch made one."""
    joined: list[Styled] = []
    last_of: dict[str, int] = {}  # kind -> where its last one stands in ``joined``
    for styled in found:
        at = last_of.get(styled.kind)
        if at is not None and joined[at].end == styled.start:
            joined[at] = Styled(styled.kind, joined[at].start, styled.end)
        else:
            last_of[styled.kind] = len(joined)
            joined.append(styled)
    return joined


def _nearest(text: str, words: str, near: int) -> int:
    """Where ``words`` stand in ``text`` nearest ``near`` (-1: nowhere)."""
    after = text.find(words, max(0, near))
    before = text.rfind(words, 0, max(0, near) + len(words) - 1)
    if before < 0 or (after >= 0 and after - near <= near - before):
        return after
    return before


def block_links(
    text: str, links: Any, base: str | None, page_address: str | None = None
) -> list[Link]:
    """The block's links, in order, with offsets into its cleaned ``text``: ``(text, href)``
    or ``(text, href, where)``; given where the page set it, a link is placed as a style is
    (:func:`block_styles`: a link on "here" is not the paragraph's first "here"). With no
    ``base``, a relative link resolves against the ``page_address`` a saved page names for
    itself; a ``#fragment`` stays in the document."""
    found: list[Link] = []
    cursor = 0
    for link_text, href, *near in links or ():
        address = resolve(href, base) or in_page(href, base) or (
            resolve(href, page_address) if page_address and not base else None)
        words = clean_line(link_text)
        if address is None or not words:
            continue
        start = _nearest(text, words, near[0]) if near else text.find(words, cursor)
        if start < 0:
            start = text.find(words)
        if start < 0:
            continue
        found.append(Link(words, address, start, start + len(words)))
        cursor = start + len(words)
    return found
