"""HTML -> body blocks: paragraphs, headings, lists, quotes, code, tables, definitions, images.

Block elements always end the current block, so words never run together where blocks meet;
inline elements are joined exactly as the source spaces them. Deep nesting is walked with an
explicit stack (no recursion limit). Blocks with structure (list numbers and depths, a code
block's language, table rows, an image's address) or links are
:class:`~reader.clean.extracted.Draft` tuples; the rest plain ``(type, text, level)``.
"""

from __future__ import annotations

import re

from lxml import etree
from lxml.html import HtmlElement

from reader.article.block import NUMBERINGS, quoted_item
from reader.article.model import SCENE_BREAK
from reader.clean.extracted import Draft, is_picture, tidy_breaks
from reader.clean.html.code_blocks import code_block
from reader.clean.html.code_blocks import tag_name as _tag
from reader.clean.html.embeds import video_block
from reader.clean.html.headed_lists import lists_holding_headings
from reader.clean.html.item_blocks import mark_item_blocks, note_item_start
from reader.clean.html.list_code import lift_list_code
from reader.clean.html.structured import (
    code_table_block,
    definitions_block,
    figure_block,
    footnote_mark,
    formula_text,
    holds_sections,
    image_of,
    inline_image_text,
    is_anchor_mark,
    is_backlink,
    marks_in,
    number_attribute,
    picture_block,
    points_back,
    table_block,
)
from reader.clean.html.styled import SKIP_TAGS, STYLE_TAGS, Placed, TextLength
from reader.core.lazy import lazy_re

BlockTuple = tuple[str, str, int]

HEADINGS = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}
# Elements that start and end a block of their own.
BLOCK_TAGS = frozenset(
    {
        "p",
        "div",
        "section",
        "article",
        "main",
        "header",
        "footer",
        "aside",
        "address",
        "body",
        "html",
        "center",
        "fieldset",
        "details",
        "summary",
        "hgroup",
        "figure",
        "figcaption",
        "table",
        "thead",
        "tbody",
        "tfoot",
        "tr",
        "td",
        "th",
        "caption",
        "dl",
        "dt",
        "dd",
        "hr",
        "li",
        "frameset",
        "frame",
        "legend",
        "search",
        *HEADINGS,
    }
)
LIST_TAGS = frozenset({"ul", "ol"})
# a <figure> without a caption is an image (no text to read) unless it holds one of these
# (WordPress puts every table in a figure, documentation its code, magazines a quotation)
FIGURE_TEXT = frozenset({"table", "pre", "ul", "ol", "dl", "blockquote"})
_SPACE = lazy_re(r"[ \t\r\n\f]+")


def inline_text(element: HtmlElement) -> str:
    """The text of ``element`` as one line: ``<br>`` and block edges become spaces."""
    parts: list[str] = []
    _collect_inline(element, parts, top=True)
    return " ".join("".join(parts).split())


def cell_text(element: HtmlElement) -> str:
    """A table cell's text: :func:`inline_text`, but its paragraphs (and any block inside
    it) and its ``<br>``s each on a line of their own. As long as ``inline_text``'s: a line
    break stands where that has a space (the places of its links and styles hold)."""
    parts: list[str] = []
    _collect_inline(element, parts, top=True, edge="\n")
    lines = (" ".join(line.split()) for line in "".join(parts).split("\n"))
    return "\n".join(line for line in lines if line)


def _collect_inline(
    element: HtmlElement, parts: list[str], *, top: bool = False, edge: str = " "
) -> None:
    """Append the text of ``element`` (not its tail) to ``parts``, ``edge`` at the edges of
    the blocks inside it; iterative."""
    stack: list[tuple[HtmlElement, bool]] = [(element, False)]
    while stack:
        node, closing = stack.pop()
        tag = _tag(node)
        if closing:
            if tag in BLOCK_TAGS or tag in LIST_TAGS:
                parts.append(edge)
            if node is not element and node.tail:
                parts.append(node.tail)
            continue
        if tag in ("img", "picture") and node is not element:
            parts.append(inline_image_text(node))
        if not tag or (tag in SKIP_TAGS and not (top and node is element)):
            if node is not element and node.tail:
                parts.append(node.tail)
            continue
        if tag == "br":
            parts.append("\n")
            if node is not element and node.tail:
                parts.append(node.tail)
            continue
        if tag in ("a", "sup") and node is not element:
            mark = _mark(node)
            if mark is not None:
                parts.append(mark)
                if node.tail:
                    parts.append(node.tail)
                continue
        if tag in BLOCK_TAGS or tag in LIST_TAGS:
            parts.append(edge)
        if node.text:
            parts.append(node.text)
        stack.append((node, True))
        stack.extend((child, False) for child in reversed(node))


def _mark(node: HtmlElement) -> str | None:
    """What an ``<a>`` or ``<sup>`` reads as when it is footnote furniture: ``[1]`` for a
    reference, nothing for a way back; None for any other link or superscript."""
    if _tag(node) == "a" and (is_backlink(node) or is_anchor_mark(node)):
        return ""
    return footnote_mark(node)


Counter = list  # an ordered list's next number, its step and how it counts (NUMBERINGS)


def _counter(element: HtmlElement) -> Counter | None:
    """The next number, step and numbering of an ordered list (None for a bulleted one)."""
    if _tag(element) != "ol":
        return None
    step = -1 if element.get("reversed") is not None else 1
    start = number_attribute(element.get("start"))
    if start is None:
        start = sum(1 for child in element if _tag(child) == "li") if step < 0 else 1
    return [start, step, _numbering(element)]


_LIST_STYLE = lazy_re(
    r"list-style(?:-type)?\s*:[^;]*?\b(lower|upper)-(alpha|latin|roman)\b", re.I
)


def _numbering(element: HtmlElement) -> str:
    """How an ordered list counts: its ``type`` ("a", "A", "i", "I"), or its style's
    ``list-style-type`` ("lower-alpha", "upper-roman"); "1" for numbers."""
    kind = (element.get("type") or "").strip()
    if kind in NUMBERINGS:
        return kind
    found = _LIST_STYLE.search(element.get("style") or "")
    if found is None:
        return "1"
    letter = "i" if found[2].lower() == "roman" else "a"
    return letter.upper() if found[1].lower() == "upper" else letter


# text, number (None: a bullet), depth, how the number counts ("1", "a", "i"...), and
# whether it is a further paragraph of the item above (no marker of its own)
ListEntry = tuple[str, int | None, int, str, bool]
Pending = tuple["HtmlElement | str", int, "Counter | None"]  # (an item's further paragraph: str)


def _list_entries(element: HtmlElement) -> list[ListEntry]:
    """Each item of a list on a line of its own, with its number and depth; an item's
    further paragraphs after its first, and its nested lists one level deeper, in the order
    the page sets them."""
    entries: list[ListEntry] = []
    top = _counter(element)
    stack: list[Pending] = [(child, 0, top) for child in reversed(element)]  # (iterative)
    while stack:
        child, depth, counter = stack.pop()
        if isinstance(child, str):
            entries.append((child, None, depth, "1", True))
            continue
        tag = _tag(child)
        if tag == "li":
            parts = _item_parts(child)
            number = None
            if counter is not None:
                value = number_attribute(child.get("value"))
                number = counter[0] if value is None else value
                counter[0] = number + counter[1]
            first = next((part for part in parts if isinstance(part, str)), None)
            if first is not None:  # (the item's line, even under a list set before it)
                parts.remove(first)
                entries.append((first, number, depth, counter[2] if counter else "1", False))
            pending: list[Pending] = []
            for part in parts:
                if isinstance(part, str):
                    pending.append((part, depth, None))
                else:
                    inner = _counter(part)
                    pending.extend((item, depth + 1, inner) for item in part)
            stack.extend(reversed(pending))
        elif tag in LIST_TAGS:
            inner = _counter(child)
            stack.extend((item, depth + 1, inner) for item in reversed(child))
        elif tag and tag not in SKIP_TAGS:
            text = inline_text(child)
            if text:
                entries.append((text, None, depth, "1", False))
    return entries


def _list_block(element: HtmlElement) -> tuple[str, ...] | None:
    """A ``list`` draft: items, and their numbers, depths and further paragraphs when any
    has one."""
    entries = _list_entries(element)
    if not entries:
        return None
    numbers = tuple(entry[1] for entry in entries)
    depths = tuple(entry[2] for entry in entries)
    structure: dict[str, object] = dict(marks_in(element, inline_text))
    if any(number is not None for number in numbers):
        structure["numbers"] = numbers
    if any(depths):
        structure["depths"] = depths
    if any(entry[3] != "1" for entry in entries):
        structure["numbering"] = tuple(entry[3] for entry in entries)
    if any(entry[4] for entry in entries):
        structure["continues"] = tuple(entry[4] for entry in entries)
    return Draft("list", "\n".join(entry[0] for entry in entries), 0, **structure)


_PARAGRAPH_EDGE = "\ue001"  # a block's edge inside a list's item (private use)


def _item_parts(item: HtmlElement) -> list[str | HtmlElement]:
    """A list item's paragraphs (a block inside it ends one: ``<p>``, ``<div>``) and its
    nested lists (found through the blocks wrapped around them), in order."""
    parts: list[str | HtmlElement] = []
    words: list[str] = []

    def paragraphs() -> None:
        for piece in "".join(words).split(_PARAGRAPH_EDGE):
            text = " ".join(piece.split())
            if text:
                parts.append(text)
        words.clear()

    stack: list[tuple[HtmlElement, bool]] = [(item, False)]
    while stack:
        node, closing = stack.pop()
        tag = _tag(node)
        if closing:
            if node is not item:
                words.extend((_PARAGRAPH_EDGE, node.tail or ""))
            continue
        if tag in LIST_TAGS and node is not item:
            paragraphs()
            parts.append(node)
            words.append(node.tail or "")
        elif node is item or (tag in BLOCK_TAGS and _holds_list(node)):
            words.extend((_PARAGRAPH_EDGE, node.text or ""))
            stack.append((node, True))
            stack.extend((child, False) for child in reversed(node))
        else:
            mark = _mark(node) if tag in ("a", "sup") else None
            if mark is not None:
                words.append(mark)
            else:
                _collect_inline(node, words, edge=_PARAGRAPH_EDGE)
            words.append(node.tail or "")
    paragraphs()
    return parts


def _holds_list(element: HtmlElement) -> bool:
    """Whether a list stands in ``element`` (which the walk of an item goes into)."""
    return next(element.iter("ul", "ol"), None) is not None


def _quote_text(element: HtmlElement) -> tuple[str, tuple[int, ...]]:
    """A block quote: its inner blocks one per line (a list an item a line, behind its
    marker, apart from the lines around it by a blank line), and each line's depth (0; a
    quotation inside it one deeper, and so on)."""
    texts: list[str] = []
    depths: list[int] = []
    apart = False  # (after a list)
    for block in html_to_blocks(element, root_is_container=True):
        kind, text = block[0], block[1]
        count = text.count("\n") + 1
        inner = block.structure.get("depths", ()) if isinstance(block, Draft) else ()
        if kind == "list":  # (its items behind their markers, as a quotation's lines)
            text = _quoted_list(text, block.structure if isinstance(block, Draft) else {})
        if texts and (apart or kind == "list"):
            texts.append("")
            depths.append(0)
        apart = kind == "list"
        if kind != "quote":
            depths += [0] * count
        elif len(inner) == count:
            depths += [depth + 1 for depth in inner]
        else:
            depths += [1] * count
        texts.append(text)
    return "\n".join(texts), tuple(depths)


def _quoted_list(text: str, structure: dict[str, object]) -> str:
    """A list's lines in a quotation: each item behind its marker (:func:`quoted_item`), an
    item's further paragraph as it is."""
    items = text.split("\n")
    blank: tuple[None, ...] = (None,) * len(items)
    numbers = structure.get("numbers") or blank
    depths = structure.get("depths") or (0,) * len(items)
    numbering = structure.get("numbering") or ("1",) * len(items)
    continues = structure.get("continues") or (False,) * len(items)
    return "\n".join(
        item if more else quoted_item(item, number, depth, counts)
        for item, number, depth, counts, more in zip(
            items, numbers, depths, numbering, continues, strict=False)  # type: ignore[call-overload]
    )


LINE_BREAK = "\ue000"  # a <br> while a paragraph's words are gathered (private use)


def _broken_lines(lines: list[str]) -> str:
    """A paragraph's lines (split at its ``<br>``s) joined by newlines (a verse, an
    address); a blank line where breaks come two or more in a row (an old blog's
    paragraphs), none at either end."""
    text = "\n".join(lines).strip("\n")
    return _BLANK_RUN.sub("\n\n", text) if "\n\n\n" in text else text


_BLANK_RUN = lazy_re(r"\n{3,}")


class _Builder:
    """Collects blocks; inline text accumulates until a block edge flushes it."""

    def __init__(self) -> None:
        self.blocks: list[BlockTuple] = []
        self.parts: list[str] = []
        self.links: list[Placed] = []  # (text, href, where)
        self.styles: list[Placed] = []
        self.length = TextLength()  # (of the paragraph so far: where a style starts)

    def add_text(self, text: str | None) -> None:
        if text:
            self.parts.append(text.replace(LINE_BREAK, " "))
            self.length.add(text)

    def add_break(self) -> None:
        """A ``<br>``: the paragraph's next words start a line."""
        self.parts.append(LINE_BREAK)
        self.length.space()

    def add_link(self, anchor: HtmlElement) -> None:
        href = (anchor.get("href") or "").strip()
        text = inline_text(anchor) if href else ""
        if text:
            self.links.append((text, href, self.length.length))

    def add_style(self, element: HtmlElement, style: str) -> None:
        """Words set apart (:data:`STYLE_TAGS`): italics, bold, code, struck out."""
        text = inline_text(element)
        if text:
            self.styles.append((text, style, self.length.length))

    def flush(self) -> None:
        self.length = TextLength()
        if not self.parts:
            self.links, self.styles = [], []
            return
        lines = [" ".join(line.split()) for line in "".join(self.parts).split(LINE_BREAK)]
        text = _broken_lines(lines) if len(lines) > 1 else lines[0]
        self.parts = []
        marks = {"links": tuple(self.links), "styles": tuple(self.styles)}
        self.links, self.styles = [], []
        marks = {name: found for name, found in marks.items() if found}
        if text:
            self.blocks.append(Draft("paragraph", text, 0, **marks) if marks
                               else ("paragraph", text, 0))

    def add_block(self, kind: str, text: str, level: int = 0) -> None:
        self.flush()
        if text.strip():
            self.blocks.append((kind, text, level))

    def add_picture(self, element: HtmlElement) -> None:
        """An image with no words before it in its paragraph is a picture of its own; one
        inside a sentence (an emoji, an inline icon) reads as its emoji or a space, and a
        formula drawn as a picture as its TeX, wherever it stands."""
        image = image_of(element)
        words_before = any(part.strip() for part in self.parts)
        picture = None
        if not words_before and (image is None or formula_text(image) is None):
            picture = picture_block(element)  # (a formula is words, even on its own line)
        if picture is not None:
            self.add_draft(picture)
        else:
            self.add_text(inline_image_text(image) if image is not None else " ")

    def add_draft(self, draft: tuple[str, ...] | None) -> None:
        self.flush()
        if draft is not None and (draft[1].strip() or is_picture(draft)):
            if self.blocks and _names_language(self.blocks[-1], draft):
                self.blocks.pop()  # the code's header: its language, which the block keeps
            self.blocks.append(draft)  # type: ignore[arg-type]


def _names_language(block: BlockTuple, draft: tuple[str, ...]) -> bool:
    """Whether ``block`` is a paragraph naming only the language of the code ``draft``
    ("js" over MDN's examples)."""
    language = draft.structure.get("language") if isinstance(draft, Draft) else None
    return (
        bool(language)
        and block[0] == "paragraph"
        and block[1].strip().casefold() == str(language).casefold()
    )


def html_to_blocks(root: HtmlElement, *, root_is_container: bool = True) -> list[BlockTuple]:
    """Turn the content of ``root`` into ``(type, text, level)`` blocks, in order."""
    lift_list_code(root)  # (code in a list's item: a block of its own after the item)
    builder = _Builder()
    sectioned: set[HtmlElement] = set()  # definition lists read as sections
    headed = lists_holding_headings(root)  # lists of sections: walked into
    # Stack items: (element, closing?). On close we flush (for blocks) and add the tail.
    stack: list[tuple[HtmlElement, bool]] = [(root, False)]
    while stack:
        node, closing = stack.pop()
        tag = _tag(node)
        if closing:
            if tag in BLOCK_TAGS:
                builder.flush()
            if tag == "div":
                mark_item_blocks(node, builder.blocks)
            if node is not root:
                builder.add_text(node.tail)
            continue
        if node is not root:
            if tag in ("img", "picture"):
                builder.add_picture(node)
                builder.add_text(node.tail)
                continue
            video = video_block(node) if tag == "iframe" else None
            if video is not None:
                builder.add_draft(video)  # (a video's player: where to watch it)
            if not tag or tag in SKIP_TAGS:
                builder.add_text(node.tail)
                continue
            if tag == "br":
                builder.add_break()
                builder.add_text(node.tail)
                continue
            if tag in ("a", "sup"):
                mark = _mark(node)
                if mark is not None:
                    builder.add_text(mark)
                    builder.add_text(node.tail)
                    continue
                if tag == "a" and not points_back(node):  # (a heading's way to the contents)
                    builder.add_link(node)
            elif tag in STYLE_TAGS:
                builder.add_style(node, STYLE_TAGS[tag])
            draft = None if node in headed else _structured(node, tag, sectioned)
            if draft is not None:
                if tag == "table":  # (its <caption>, which its rows leave out, over it)
                    caption = next((part for part in node if _tag(part) == "caption"), None)
                    if caption is not None:
                        builder.add_block("paragraph", inline_text(caption))
                builder.add_draft(draft)
                builder.add_text(node.tail)
                continue
            if tag == "hr":
                builder.add_block("paragraph", SCENE_BREAK)
                builder.add_text(node.tail)
                continue
            if tag == "figure" and not (
                _holds_text(node) or next(node.iter("figcaption"), None) is not None
            ):
                builder.add_text(node.tail)
                continue
            if tag in BLOCK_TAGS:
                builder.flush()
            if tag == "div":  # (code lifted out of a list's item: its blocks the item's)
                note_item_start(node, builder.blocks)
        builder.add_text(node.text)
        stack.append((node, True))
        stack.extend((child, False) for child in reversed(node))
    builder.flush()
    return tidy_breaks(builder.blocks)


def _structured(
    node: HtmlElement, tag: str, sectioned: set[HtmlElement]
) -> tuple[str, ...] | None:
    """The one block an element makes as a whole (a heading, a list, a table...), or None
    when the walk goes into it (inline elements, containers, layout tables). ``sectioned``
    gathers the definition lists walked into (:func:`holds_sections`), for their terms."""
    if tag in HEADINGS:
        return _heading(node, HEADINGS[tag])
    if tag in LIST_TAGS:
        return _list_block(node) or ("list", "", 0)
    if tag == "blockquote":
        if next(node.iter("pre", "listing", "xmp"), None) is not None:
            return None  # an example set in (nginx's, SQLite's): its code stays code
        marks: dict[str, object] = dict(marks_in(node, inline_text))
        text, depths = _quote_text(node)
        if any(depths):  # (a quotation inside it: its lines one deeper)
            marks["depths"] = depths
        return Draft("quote", text, 0, **marks) if marks else ("quote", text, 0)
    if tag in ("pre", "listing", "xmp", "plaintext"):
        return code_block(node)
    if tag == "table":
        return code_table_block(node) or table_block(node, inline_text, cell_text)
    if tag == "dl":
        if holds_sections(node):
            sectioned.add(node)
            return None
        return definitions_block(node, inline_text)
    if tag == "dt" and _list_of(node) in sectioned:  # an entry's term over its blocks
        return _heading(node, TERM_LEVEL)
    if tag == "figure" and not _holds_text(node):
        return figure_block(node, inline_text)  # (a quotation, a table...: walked into)
    return None


def _heading(node: HtmlElement, level: int) -> tuple[str, ...]:
    """A ``heading`` draft of ``node``'s text at ``level``, with its links and styles."""
    marks = marks_in(node, inline_text)
    text = inline_text(node)
    return Draft("heading", text, level, **marks) if marks else ("heading", text, level)


def _holds_text(figure: HtmlElement) -> bool:
    """Whether a figure holds a block of text to read (a quotation, a table, code...)."""
    return any(_tag(part) in FIGURE_TEXT for part in figure.iter())


TERM_LEVEL = 4  # the heading level of a term over the blocks it defines


def _list_of(dt: HtmlElement) -> HtmlElement | None:
    """The ``<dl>`` of a term (through the ``<div>`` wrapper HTML allows), if any."""
    parent = dt.getparent()
    if parent is not None and _tag(parent) == "div":
        parent = parent.getparent()
    return parent if parent is not None and _tag(parent) == "dl" else None


def fragment_blocks(html: str) -> list[BlockTuple]:
    """Blocks of an HTML fragment (a convenience for callers holding a string)."""
    try:
        root = etree.fromstring(f"<div>{html}</div>", etree.HTMLParser())
    except etree.XMLSyntaxError:
        return []
    if root is None:
        return []
    return html_to_blocks(root)
