"""A second opinion on the page: trafilatura's reading, when readability's may fall short.

readability-lxml keeps one container; on guides, multi-section articles and documentation
that is a part of the article, sometimes nothing. When our text is clearly less than what the
page holds, trafilatura (Apache-2.0) reads the page too and its result goes through our own
block, boilerplate and edge rules. It replaces ours if ours is less than half of both it and
the page (our inner blocks it lacks placed in, ``fusion.place_in``); otherwise, when it
holds ours and more, its missing lead and inner blocks fill ours in (``fusion.fill_in``).
Measured on the WCXB dev pages (``benchmarks/wcxb.py``): article F1 0.890 → 0.941
(replacing), documentation 0.781 → 0.897; the filling in, with the table and code fixes of
the same change, 0.938 → 0.941 (``with`` 0.854 → 0.855, ``without`` 0.030).
The page's words leave out navigation, footers and asides unless one of them holds most of
its paragraphs (left unclosed, the parser closed it at the end of the page); a page with a
paragraph of over 1,000 elements is not asked (trafilatura is quadratic in them).

It is asked too when the page's main region (its longest ``<main>`` or ``<article>``) holds
1.5 times our words and 500 more: a buying guide's product cards beside the prose readability
kept, with the site's menus making the page as a whole look covered. WCXB dev articles 0.9539
-> 0.9543 (4 pages better, none worse); the 181 news pages ask as often as before (51 of them).
Asking at 1.5 times the whole page instead gave 0.9548 but asked 63 of the 181 pages and
took their median time from 1.4 to 1.9 times readability's.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from itertools import islice

from lxml import etree
from lxml.html import HtmlElement

from reader.clean.html.blocks import BlockTuple
from reader.clean.html.fusion import compact_words, fill_in, place_in
from reader.clean.html.their_markup import CodeMap, trafilatura_markup
from reader.core.lazy import lazy_re

SHARE = 0.5  # ours below this share of the page's and of trafilatura's words: replace
ASK = 2.0  # the page has this many times our words: ask. Asking at 1.1 fills more in (WCXB
# dev articles +0.006 F1 instead of +0.002) but costs a trafilatura run on most pages: the
# median time on the 181-page benchmark goes from 1.5 to 2.2 times readability's
REGION_ASK = 1.5  # the page's main region has this many times our words ...
REGION_MORE = 500  # ... and this many more: ask too (a buying guide's product cards)
BATCH = 512  # text pieces counted at once
LONG_TEXT = 100_000  # characters: a text this long is counted word by word
MAX_PAGE = 3_000_000  # characters: a bigger page keeps readability's reading alone
BOX_WORDS = 3  # a block of theirs this long, found in a box our cleanup took out, stays out
WALL_CHARS = 5000  # characters of HTML in one block: a page's text run together
_WORDS = lazy_re(r"\w+")
_BLOCK_TAG = lazy_re(r"<(?:p|h[1-6]|li|pre|blockquote|tr|dt|dd)\b", re.I)
# "//body" walks the whole page: the bodies are found once, and each is read from.
_BODIES = etree.XPath("//body")
# "[normalize-space()]" first: a piece of white space alone (most of a page's pieces: its
# indentation) has no word, and is not tested for its ancestors (page_words ~40% quicker)
_TEXT = etree.XPath(
    "descendant::text()[normalize-space()][not(parent::script or parent::style"
    " or parent::noscript or parent::template)]",
    smart_strings=False,  # plain strings: no link back to the tree for each piece
)
_READABLE_TEXT = etree.XPath(
    "descendant::text()[normalize-space()][not(parent::script or parent::style"
    " or parent::noscript or parent::template or ancestor::nav or ancestor::footer"
    " or ancestor::aside)]",
    smart_strings=False,
)
_PARAGRAPHS = etree.XPath("count(descendant::p)")
MAX_INLINE = 1000  # a paragraph or heading with more elements in it makes trafilatura
# quadratic: 20,000 spans in one <p> take it 68 s, 100,000 links in one <h2> 11 s a reading
# (a list, a table, paragraphs or links in a <div> do not)
_TEXT_TAGS = ("p", "h1", "h2", "h3", "h4", "h5", "h6")
# a union of one step a tag: libxml2 tests the tag by name (a test of every element's name
# against seven, "descendant::*[self::p or ...]", cost 0.5 ms more a page)
_CROWDED = etree.XPath(
    "boolean("
    + " | ".join(f"descendant::{tag}[count(*) > {MAX_INLINE}]" for tag in _TEXT_TAGS)
    + ")"
)
_LANDMARK_PARAGRAPHS = etree.XPath(
    "count(descendant::p[ancestor::nav or ancestor::footer or ancestor::aside])"
)


def _bodies(tree: HtmlElement) -> list[HtmlElement]:
    """The page's ``<body>`` elements as "//body" finds them, but none inside another: what
    "//body/descendant::" reads, each part once, in the page's order."""
    return [body for body in _BODIES(tree) if next(body.iterancestors("body"), None) is None]


def page_words(tree: HtmlElement) -> int:
    """Words of the page's readable text (outside navigation, footers and asides): an upper
    bound for what any extractor can find. Count it before the cleanup changes the tree."""
    bodies = _bodies(tree)
    read = _TEXT if _swallowed(bodies) else _READABLE_TEXT
    return _words([piece for body in bodies for piece in read(body)])


def region_words(tree: HtmlElement) -> int:
    """Words of the page's main region: its longest ``<main>`` or ``<article>`` (0 if none),
    outside the region's navigation, footers and asides."""
    region = max(tree.iter("main", "article"), key=lambda e: len(e.text_content()), default=None)
    return 0 if region is None else _words(_READABLE_TEXT(region))


def _words(pieces: list[str]) -> int:
    """Words of the pieces: a batch of them joined by spaces at a time (a space never joins
    or splits a word): quick, and no list of every word of a huge page at once."""
    return sum(
        count_words(" ".join(pieces[start : start + BATCH]))
        for start in range(0, len(pieces), BATCH)
    )


def _swallowed(bodies: list[HtmlElement]) -> bool:
    """Whether a navigation, footer or aside holds most of the page's paragraphs: a landmark
    left unclosed, which the parser closes at the end of the page. Its text is the page's."""
    paragraphs = sum(_PARAGRAPHS(body) for body in bodies)
    return paragraphs >= 5 and sum(_LANDMARK_PARAGRAPHS(body) for body in bodies) * 2 > paragraphs


def crowded(tree: HtmlElement) -> bool:
    """Whether a paragraph or heading of the page holds more than :data:`MAX_INLINE`
    elements: no second opinion is asked of such a page."""
    return any(_CROWDED(body) for body in _bodies(tree))


def count_words(text: str) -> int:
    """``\\w+`` words in ``text``; a long text is counted without listing its words."""
    if len(text) < LONG_TEXT:
        return len(_WORDS.findall(text))
    return sum(1 for _ in _WORDS.finditer(text))


def block_words(blocks: list[BlockTuple]) -> int:
    """``\\w+`` words in the texts of ``blocks``."""
    return sum(len(_WORDS.findall(text)) for _kind, text, _level in blocks)


def trafilatura_html(
    page: str | HtmlElement,
    url: str | None,
    *,
    recall: bool = False,
    codes: Callable[[], CodeMap] = dict,
) -> str | None:
    """trafilatura's main text of the page (its source, or its tree, which trafilatura may
    change), as HTML (None if it finds none or fails); ``recall``: its favour-recall mode.
    Read from its tree, which keeps the structure its HTML output loses (``their_markup``);
    ``codes()`` gives the page's code blocks, which set its code right."""
    try:
        import trafilatura  # lazy: ~0.12 s to import, paid only by pages that get here

        document = trafilatura.bare_extraction(
            page,
            url=url,
            output_format="html",
            include_comments=False,
            include_tables=True,
            favor_recall=recall,
        )
        body = getattr(document, "body", None)
        if body is None or not "".join(body.itertext()).strip():
            return None
        return trafilatura_markup(body, codes)
    except Exception:  # a second opinion must never break the first
        return None


def is_wall(html: str) -> bool:
    """One paragraph holding a page's worth of words: trafilatura's last resort (the page's
    whole text run together), not a reading of it."""
    if len(html) < WALL_CHARS:
        return False
    return next(islice(_BLOCK_TAG.finditer(html), 1, None), None) is None  # (stops at two)


def _given(page: Callable[[], str | HtmlElement] | None, text: str) -> str | HtmlElement:
    """What trafilatura reads: ``page()``, or the source when there is none or it fails (a
    second opinion must never break the first)."""
    if page is None:
        return text
    try:
        return page()
    except Exception:
        return text


def _many_more(ours: int, region: int) -> bool:
    """The region holds :data:`REGION_ASK` times our words and :data:`REGION_MORE` more."""
    return ours * REGION_ASK <= region and region - ours >= REGION_MORE


def outside_boxes(blocks: list[BlockTuple], boxes: str) -> list[BlockTuple]:
    """``blocks`` without those of at least :data:`BOX_WORDS` words found in ``boxes``."""
    if not boxes:
        return blocks
    removed = compact_words(boxes)
    return [
        block
        for block in blocks
        if len(_WORDS.findall(block[1])) < BOX_WORDS or compact_words(block[1]) not in removed
    ]


def second_opinion(
    text: str,
    url: str | None,
    blocks: list[BlockTuple],
    total_words: int,
    to_blocks: Callable[[str], list[BlockTuple]],
    seen: str = "",
    links: Callable[[], frozenset[str]] = frozenset,
    ask: bool = True,
    boxes: str = "",
    region: Callable[[], int] = int,
    page: Callable[[], str | HtmlElement] | None = None,
    code: Callable[[], CodeMap] = dict,
) -> tuple[list[BlockTuple], bool]:
    """The blocks to keep, and whether they are trafilatura's. ``to_blocks`` turns its HTML
    into blocks through the reader's own rules; ``total_words`` is :func:`page_words`.
    ``seen`` (text our cleanup took out may be in it) and ``links()`` (the page's link
    texts, asked only when needed) go to :func:`fusion.fill_in`. ``ask=False`` (see
    :func:`crowded`) keeps ours. ``boxes`` is the text of the boxes our cleanup took out
    before readability (consent panels, sign-up boxes): trafilatura reads the page as it
    came, so its blocks found there stay out when its reading replaces ours. ``page()``
    gives what trafilatura reads (``text`` without it): the page without what it hides,
    which trafilatura would read (``hidden.hidden_elements``). ``code()`` gives the page's
    code blocks (``their_code.page_code``), which set trafilatura's right."""
    ours = block_words(blocks)
    # the main region's words are some of the page's: the page is tested first, cheaply
    few = ours * ASK <= total_words or (
        _many_more(ours, total_words) and _many_more(ours, region())
    )
    if not ask or not few or len(text) > MAX_PAGE:
        return blocks, False  # trafilatura keeps a part of the page: it cannot add enough
    found = trafilatura_html(_given(page, text), url, codes=code)
    if found and is_wall(found):  # its favour-recall mode may still find the structure
        again = trafilatura_html(_given(page, text), url, recall=True, codes=code)
        found = again if again and not is_wall(again) else found
    if not found:
        return blocks, False
    theirs = to_blocks(found)
    if ours < SHARE * total_words and ours < SHARE * block_words(theirs):
        # (our inner blocks it left out, a list of key points, placed in: see place_in)
        kept = outside_boxes(theirs, boxes)
        return place_in(kept, blocks, links=links(), tail=True) or kept, True
    return fill_in(blocks, theirs, seen, links()) or blocks, False
