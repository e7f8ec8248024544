"""HTML elements that keep their structure as blocks: tables (a listing laid out as one too),
definition lists, figures and pictures; links and footnote marks.

Each function takes one element and returns a :class:`~reader.clean.extracted.Draft` (or
None when the element is not what it looks like: a layout table, a figure with no image).
Text inside them is read with :func:`reader.clean.html.blocks.inline_text` by the caller's
module; a ``<pre>``'s code is read by :mod:`reader.clean.html.code_blocks`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from lxml.html import HtmlElement

from reader.article.model import definitions_text, table_text
from reader.clean.extracted import Draft
from reader.clean.html.code_blocks import code_language, code_text
from reader.clean.html.code_blocks import tag_name as _tag
from reader.clean.html.figure_credit import caption_and_credit
from reader.clean.html.styled import placed_in, styles_in
from reader.core.data_address import is_data, is_placeholder
from reader.core.lazy import lazy_re

InlineText = Callable[[HtmlElement], str]

_BLOCKY_CELL = frozenset(
    {"table", "ul", "ol", "pre", "blockquote", "h1", "h2", "h3", "h4", "h5", "h6", "figure",
     "dl", "form", "iframe"}
)
MAX_CELL_WORDS = 60  # a cell longer than this is a layout table's column, not data
MAX_HEADED_CELL_WORDS = 250  # ... unless the table heads its columns (a manual's table)
_BACKLINK = lazy_re(r"^[\s↩↑⤴^]*$")


def _all_text(element: HtmlElement) -> str:
    """Every piece of text under ``element`` (plain ``etree`` elements have no
    ``text_content``)."""
    return "".join(element.itertext())


def number_attribute(value: str | None) -> int | None:
    """A whole number an attribute gives (a list's ``start``, an item's ``value``), or None."""
    try:
        return int((value or "").strip())
    except ValueError:
        return None


def link_address(anchor: HtmlElement) -> str | None:
    """The address of a link to read as one (not a footnote's way back, not a heading's
    mark), or None (for any other element too)."""
    if _tag(anchor) != "a":
        return None
    href = (anchor.get("href") or "").strip()
    return href if href and not points_back(anchor) and not is_anchor_mark(anchor) else None


def links_in(element: HtmlElement, inline_text: InlineText) -> tuple[tuple[str, str, int], ...]:
    """``(text, href, where)`` of every link inside ``element`` with an address and some
    text, ``where`` the place its text starts in the element's (:func:`.styled.placed_in`)."""
    return tuple(placed_in(element, inline_text, link_address))


MarkLists = dict[str, tuple[tuple[object, ...], ...]]  # "links" and "styles" (:mod:`.styled`)


def marks_in(element: HtmlElement, inline_text: InlineText) -> MarkLists:
    """A block's ``links`` (:func:`links_in`) and ``styles`` (:func:`styles_in`), each
    left out when there are none."""
    marks = {
        "links": links_in(element, inline_text),
        "styles": tuple(styles_in(element, inline_text)),
    }
    return {name: found for name, found in marks.items() if found}


def is_backlink(anchor: HtmlElement) -> bool:
    """A footnote's way back to its reference drawn as a mark (``↩``): not text, not a
    link. One in words or a number (docutils' headings link back to the contents, its
    footnotes' labels to their references) is text: "Playbook syntax", "[1]"."""
    return points_back(anchor) and not any(map(str.isalnum, _all_text(anchor)))


def points_back(anchor: HtmlElement) -> bool:
    """A link back to where the document referred to it (a footnote's ``↩``, a heading's
    link to its line in the contents), or to itself (MDN's heading "Try it", a link to
    ``#try_it``, its own id): a mark or a text, never a link to follow."""
    href = anchor.get("href") or ""
    return href.startswith("#") and (
        anchor.get("role") == "doc-backlink"
        or "footnote-back" in (anchor.get("class") or "")
        or _BACKLINK.match(_all_text(anchor)) is not None
        or _names_itself(anchor, href[1:])
    )


SELF_DEPTH = 3  # the link itself and the elements around it that may carry the id it names


def _names_itself(anchor: HtmlElement, fragment: str) -> bool:
    """Whether the link's ``#fragment`` is its own id or that of an element around it."""
    if not fragment:
        return False
    element: HtmlElement | None = anchor
    for _ in range(SELF_DEPTH):
        if element is None:
            return False
        if fragment in (element.get("id"), element.get("name")):
            return True
        element = element.getparent()
    return False


# matched whole against the link's words joined by single spaces
_TOP_LINK = lazy_re(
    r"[\[(]?(?:[↑⬆▲^] ?)?(?:(?:back|return|go|jump|scroll) (?:up )?to )?(?:the )?top"
    r"(?: of (?:the )?page)?(?: ?[↑⬆▲^])?[\])]?|[↑⬆▲]",
    re.IGNORECASE,
)
_ANCHOR_MARK = lazy_re(r"^\s*(?:[¶§#]|🔗|\uf0c1)\s*$")  # (\uf0c1: an icon font's link)


def is_anchor_mark(anchor: HtmlElement) -> bool:
    """A heading's link to itself shown as a mark ("§" before it, "¶" after it), or a way
    back to the page's top ("top", "↑ Back to top"): not text, not a link."""
    if not (anchor.get("href") or "").startswith("#"):
        return False
    text = _all_text(anchor)
    return bool(_ANCHOR_MARK.match(text) or _TOP_LINK.fullmatch(" ".join(text.split())))


def footnote_mark(element: HtmlElement) -> str | None:
    """``[1]`` for a footnote reference (``<sup><a href="#fn1">1</a></sup>``), else None."""
    tag = _tag(element)
    anchor = element if tag == "a" else None
    if tag == "sup":
        anchors = [child for child in element if _tag(child) == "a"]
        anchor = anchors[0] if len(anchors) == 1 else None
    if anchor is None or not (anchor.get("href") or "").startswith("#"):
        return None
    if tag == "a" and anchor.get("role") != "doc-noteref":
        return None
    label = " ".join(_all_text(element).split()).strip("[]() ")
    return f"[{label}]" if label and len(label) <= 6 else None


# Tables ----------------------------------------------------------------------------------


def _rows(table: HtmlElement) -> list[HtmlElement]:
    """The table's own rows, in order (through thead, tbody, tfoot; not nested tables')."""
    rows: list[HtmlElement] = []
    for child in table:
        tag = _tag(child)
        if tag == "tr":
            rows.append(child)
        elif tag in ("thead", "tbody", "tfoot"):
            rows.extend(row for row in child if _tag(row) == "tr")
    return rows


def _cells(row: HtmlElement) -> list[HtmlElement]:
    return [cell for cell in row if _tag(cell) in ("td", "th")]


MAX_SPAN = 50  # columns or rows one cell may span (a larger colspan or rowspan is cut)


def _span(cell: HtmlElement, name: str) -> int:
    """A cell's ``colspan`` or ``rowspan``: 1 to :data:`MAX_SPAN` (1 for none or nonsense)."""
    value = (cell.get(name) or "").strip()
    return min(max(int(value), 1), MAX_SPAN) if value.isdigit() else 1


def _grid(
    rows: list[HtmlElement], cell_text: InlineText
) -> list[tuple[HtmlElement, tuple[str, ...]]]:
    """Each row with its cells' texts in their columns: a cell spanning columns or rows
    stands in the first of them, the others it covers are empty (a header "Count" over
    "2020" and "2022" stays over them, not over the label column)."""
    covered: dict[int, int] = {}  # column -> rows below still covered by a cell above
    grid: list[tuple[HtmlElement, tuple[str, ...]]] = []
    for row in rows:
        texts: list[str] = []
        for cell in _cells(row):
            while covered.get(len(texts), 0) > 0:
                covered[len(texts)] -= 1
                texts.append("")
            wide, tall = _span(cell, "colspan"), _span(cell, "rowspan")
            if tall > 1:
                covered.update(dict.fromkeys(range(len(texts), len(texts) + wide), tall - 1))
            texts.extend([cell_text(cell), *[""] * (wide - 1)])
        while any(count > 0 for column, count in covered.items() if column >= len(texts)):
            covered[len(texts)] = max(covered.get(len(texts), 0) - 1, 0)
            texts.append("")  # (a column covered past the row's last cell)
        grid.append((row, tuple(texts)))
    return grid


def is_data_table(table: HtmlElement) -> bool:
    """A table of data (rows and cells), not a page laid out in a table."""
    if (table.get("role") or "").lower() in ("presentation", "none"):
        return False
    rows = _rows(table)
    if not rows or max(len(_cells(row)) for row in rows) < 2:
        return False
    for element in table.iterdescendants():
        if _tag(element) in _BLOCKY_CELL:
            return False
    # (a table that heads its columns is data however long a cell: a manual's arguments)
    most = MAX_HEADED_CELL_WORDS if len(rows) >= 3 and _heads_columns(rows[0]) else MAX_CELL_WORDS
    for row in rows:
        for cell in _cells(row):
            if len(_all_text(cell).split()) > most:
                return False
    return True


def _heads_columns(row: HtmlElement) -> bool:
    """Whether a table's first row heads its columns: in ``<thead>``, or all ``<th>``."""
    parent = row.getparent()
    cells = _cells(row)
    return (parent is not None and _tag(parent) == "thead") or (
        bool(cells) and all(_tag(cell) == "th" for cell in cells)
    )


# a code cell of a listing laid out one row a line: GitHub's "blob-code js-file-line"
_LINE_CODE = lazy_re(r"blob-code|file-line|(?:^|[\s_-])(?:code|line|source)(?:$|[\s_-])", re.I)
_LINE_NUMBER = lazy_re(r"num|line-?number|gutter|lineno", re.I)


def _is_line_number(cell: HtmlElement) -> bool:
    """A listing's number cell: empty or its number, and saying so (``data-line-number``, a
    class naming the number or the gutter)."""
    text = _all_text(cell).strip()
    return (not text or text.isdigit()) and (
        cell.get("data-line-number") is not None
        or bool(_LINE_NUMBER.search(cell.get("class") or ""))
    )


def code_table_block(table: HtmlElement) -> Draft | None:
    """A listing laid out one table row a line (GitHub's file view, an embedded gist): each
    row a line-number cell and a code cell. One code block, its lines verbatim (their
    indentation kept, the numbers left out); None for any other table."""
    rows = _rows(table)
    if len(rows) < 2:
        return None
    lines = []
    for row in rows:
        cells = _cells(row)
        if len(cells) != 2 or not _is_line_number(cells[0]):
            return None
        if not _LINE_CODE.search(cells[1].get("class") or ""):
            return None
        lines.append(code_text(cells[1]))
    return Draft("code", "\n".join(lines).strip("\n"), 0, language=code_language(table))


# the label of a callout laid out as a table of one row (Asciidoctor's admonitions): "Note"
_CALLOUT_LABEL = lazy_re(
    r"(?:note|tip|hint|warning|important|caution|danger|attention|info|remark|"
    r"hinweis|warnung|remarque|nota|aviso|advertencia)?:?",
    re.IGNORECASE,
)


def _is_callout(table: HtmlElement) -> bool:
    """A table of one row whose first of two cells is a callout's label or its icon alone."""
    rows = _rows(table)
    cells = _cells(rows[0]) if len(rows) == 1 else []
    return len(cells) == 2 and _CALLOUT_LABEL.fullmatch(_all_text(cells[0]).strip()) is not None


def table_block(
    table: HtmlElement, inline_text: InlineText, cell_text: InlineText | None = None
) -> Draft | None:
    """A ``table`` draft (rows of cells, header row), or None for a layout table (a callout
    laid out in one too). Each cell's text is ``cell_text``'s (its lines kept), else
    ``inline_text``'s."""
    if not is_data_table(table) or _is_callout(table):
        return None
    rows: list[tuple[str, ...]] = []
    header = False
    for row, texts in _grid(_rows(table), cell_text or inline_text):
        if not any(texts):
            continue
        if not rows:
            header = _heads_columns(row)
        rows.append(texts)
    if not rows:
        return None
    return Draft(
        "table", table_text(rows), 0, rows=tuple(rows), header=header,
        **marks_in(table, inline_text),
    )


# Definition lists ------------------------------------------------------------------------


def _dl_items(dl: HtmlElement) -> Iterable[HtmlElement]:
    """``dt`` and ``dd`` children, through the ``<div>`` wrappers HTML allows."""
    for child in dl:
        tag = _tag(child)
        if tag == "div":
            yield from (item for item in child if _tag(item) in ("dt", "dd"))
        elif tag in ("dt", "dd"):
            yield child


# What a definition holds when it is a section rather than a line: an API reference's entry
# (Sphinx's ``<dl class="py function">``: paragraphs, examples in ``<pre>``, notes).
_SECTION_PARTS = frozenset({"p", "pre", "ul", "ol", "table", "blockquote", "dl", "figure"})


def holds_sections(dl: HtmlElement) -> bool:
    """Whether some definition of ``dl`` holds paragraphs, code or lists of its own (one
    ``<p>`` alone is a line: docutils wraps every definition in one), or some term is an
    anchor (``<dt id>``: an API entry's signature): the list is then read as terms over the
    blocks they define, not as term-definition lines."""
    return any(
        (_tag(item) == "dt" and item.get("id")) or (_tag(item) == "dd" and _holds_blocks(item))
        for item in _dl_items(dl)
    )


def _holds_blocks(definition: HtmlElement) -> bool:
    """Whether a ``<dd>`` holds more than one paragraph, or code, a list, a table..."""
    parts = [_tag(part) for part in definition.iterdescendants()]
    parts = [tag for tag in parts if tag in _SECTION_PARTS]
    return len(parts) > 1 or any(tag != "p" for tag in parts)


def definitions_block(dl: HtmlElement, inline_text: InlineText) -> Draft | None:
    """A ``definitions`` draft: ``(term, definition)`` pairs (terms of one group joined).
    None for a list with no term: definitions alone are a wiki's indented lines (MediaWiki
    writes ``:`` as ``<dl><dd>``), read as the paragraphs they are."""
    if not any(_tag(item) == "dt" for item in _dl_items(dl)):
        return None
    pairs: list[tuple[str, str]] = []
    terms: list[str] = []
    for item in _dl_items(dl):
        text = inline_text(item)
        if not text:
            continue
        if _tag(item) == "dt":
            terms.append(text)
            continue
        pairs.append((" / ".join(terms), text))
        terms = []
    if terms:
        pairs.append((" / ".join(terms), ""))
    if not pairs:
        return None
    return Draft(
        "definitions", definitions_text(pairs), 0, rows=tuple(pairs),
        **marks_in(dl, inline_text),
    )


# Figures ---------------------------------------------------------------------------------


_NAMED_SRC = ("data-src", "data-lazy-src", "data-original", "src")


def image_source(image: HtmlElement, embedded: bool = True) -> str | None:
    """An image's address as the page gives it: a lazy-loading attribute first (its ``src``
    is a placeholder until a script swaps the picture in; any other "...-src" too), then
    ``src``, then ``srcset``, then, in a ``<picture>``, its first ``<source>``'s
    ``srcset``; last (if ``embedded``), a picture carried in a ``data:`` address, unless
    it is a placeholder or a tracking pixel."""
    lazy = [name for name in image.attrib if name.endswith("-src") and name not in _NAMED_SRC]
    attributes = (*_NAMED_SRC[:-1], *lazy, "src")  # ("nitro-lazy-src", "data-echo-src")
    for attribute in attributes:
        value = (image.get(attribute) or "").strip()
        if value and not is_data(value):
            return value
    picture = next(
        (up for up, _ in zip(image.iterancestors(), range(3), strict=False)
         if _tag(up) == "picture"),
        None,
    )  # (a parser that knows no void <source> puts the <img> inside one)
    sources = picture.iter("source") if picture is not None else ()
    for element in (image, *sources):
        first = _first_candidate(element.get("srcset") or element.get("data-srcset") or "")
        if first:
            return first
    if embedded:
        for attribute in attributes:
            value = image.get(attribute)
            if is_data(value) and not is_placeholder(value):  # type: ignore[arg-type]
                return value.strip()  # type: ignore[union-attr]
    return None


def _first_candidate(srcset: str) -> str | None:
    """The first address of a ``srcset`` ("a.jpg 800w, b.jpg 1600w" -> "a.jpg")."""
    words = srcset.split(",", 1)[0].split()
    return words[0] if words and not is_data(words[0]) else None


PICTURE_MIN = 50  # pixels: an image marked narrower or shorter than this is an icon
# an icon's class or id ("wp-smiley emoji", "custom-logo"); a spacer's file name
_ICON_NAME = lazy_re(r"emoji|smiley|icon|avatar|logo|spinner|badge|spacer|sprite", re.I)
_SPACER_FILE = lazy_re(r"(?:spacer|blank|pixel|transparent|1x1)\.(?:gif|png)$", re.I)
_NO_ALT = frozenset({"null", "undefined", "none", "nan", "image", "img", "photo", "picture"})


def alt_text(image: HtmlElement) -> str | None:
    """An image's alt text, one line; None for none, or for a script's or a template's
    placeholder ("null", "undefined", "image")."""
    alt = " ".join((image.get("alt") or "").split())
    return alt if alt and alt.casefold() not in _NO_ALT else None


_EMOJI_NAME = lazy_re(r"emoji|smiley", re.I)
EMOJI_ALT = 4  # characters: an emoji image's alt is the emoji (or a smiley, ":-)") ...
_WORD = lazy_re(r"\w")  # ... with no letter or digit (not a word: "flag")


# a formula drawn as a picture, its TeX in the alt text: Wikipedia's "mwe-math-fallback-image",
# WordPress's "latex", "ql-img-inline-formula"
_MATH_NAME = lazy_re(r"math|latex|(?:^|[\s_-])tex(?:$|[\s_-])|formula|equation", re.I)
DISPLAY_STYLE = lazy_re(r"^\{\\(?:display|text)style\s*(.*)\}$", re.S)
MAX_FORMULA = 500  # characters of a formula's alt text read in its place


def _names(element: HtmlElement) -> str:
    """An element's class and id, one string (an image says what it is there)."""
    return f"{element.get('class') or ''} {element.get('id') or ''}"


def image_of(element: HtmlElement) -> HtmlElement | None:
    """The ``<img>`` of an ``<img>`` or a ``<picture>`` (None: a picture without one)."""
    return element if _tag(element) == "img" else next(element.iter("img"), None)


def formula_text(image: HtmlElement) -> str | None:
    """A formula picture's TeX ("{\\displaystyle x^{2}}" -> "x^{2}"), None for any other
    picture: the formula is words of the sentence it stands in, not a picture of its own."""
    alt = " ".join((image.get("alt") or "").split())
    if not alt or len(alt) > MAX_FORMULA or not _MATH_NAME.search(_names(image)):
        return None
    inner = DISPLAY_STYLE.match(alt)
    return (inner.group(1) if inner else alt).strip() or None


def inline_image_text(image: HtmlElement) -> str:
    """What an image inside running text reads as: a formula's TeX, an emoji image's alt
    ("🙂": WordPress swaps the page's emoji for pictures), else a space (a picture between
    two words separates them, as it does on the screen: "2024<img>If" is not "2024If")."""
    formula = formula_text(image)
    if formula:
        return f" {formula} "
    alt = (image.get("alt") or "").strip()
    if alt and len(alt) <= EMOJI_ALT and not _WORD.search(alt) and _EMOJI_NAME.search(
        _names(image)
    ):
        return alt
    return " "


def picture_block(element: HtmlElement) -> Draft | None:
    """An image standing on its own (an ``<img>`` or ``<picture>`` outside a figure) as a
    picture draft: no text to read, its address and alt text. None for an image without an
    address, an icon, an emoji, a tracking pixel."""
    image = image_of(element)
    src = image_source(image) if image is not None else None
    if image is None or not src:
        return None
    spacer = not is_data(src) and _SPACER_FILE.search(src.split("?", 1)[0])
    if _ICON_NAME.search(_names(image)) or spacer:
        return None
    for attribute in ("width", "height"):
        size = (image.get(attribute) or "").strip().removesuffix("px")
        if size.isdigit() and int(size) < PICTURE_MIN:
            return None
    alt = alt_text(image)
    return Draft("image", "", 0, src=src, alt=alt)


def figure_picture(figure: HtmlElement) -> tuple[HtmlElement, str] | None:
    """A figure's picture: its first ``<img>`` with an address, and that address (None
    without); a lazy loader's placeholder gives way to the picture in its ``<noscript>``."""
    for image in figure.iter("img"):
        src = image_source(image)
        if src is not None:
            return image, src
    return None


def figure_block(figure: HtmlElement, inline_text: InlineText) -> Draft | None:
    """An ``image`` draft of a ``<figure>`` with an image, or None (no image in it)."""
    picture = figure_picture(figure)
    if picture is None:
        return None
    image, src = picture
    alt = alt_text(image)
    caption_element = next(figure.iter("figcaption"), None)
    caption, credit = (
        caption_and_credit(caption_element, inline_text)
        if caption_element is not None else ("", None)
    )
    # Only a caption is text to read: alt text alone is no article text (WCXB: alt words
    # cost precision), so a figure without a caption makes no block.
    text = " ".join(part for part in (caption, credit) if part)
    return Draft(
        "image", text, 0, src=src, alt=alt, caption=caption or None, credit=credit,
        **(marks_in(caption_element, inline_text) if caption_element is not None else {}),
    )
