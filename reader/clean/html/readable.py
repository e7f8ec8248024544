"""Find the article's main content with readability-lxml, on an already parsed tree.

``_Summary`` is readability's ``Document`` with five of its steps done the same
way at a fraction of the cost (the page is already parsed without comments or processing
instructions, and the reader never uses links, so nothing is serialised or rewritten):

- ``_parse``: hidden elements out (not a collapsed section: ``collapsed``), then scripts,
  styles and ``<link>`` out (readability runs lxml's full ``Cleaner``, which also rewrites
  every link);
- ``remove_unlikely_candidates``: the same test, only on elements that have a class or an id,
  without building debug descriptions nobody logs; but a block named only for a place
  ("header", "menu", "sidebar", "extra") whose text is prose stays (``_is_prose``);
- ``transform_misused_divs_into_paragraphs``: "has a block child" read from the tags instead
  of from the serialised children, and a line's words and inline elements one paragraph
  (``div_paragraphs``), not one for each piece of text between them;
- ``score_paragraphs`` and ``get_link_density``: the length of its whitespace fold counted
  without folding (``folded_length``), and no debug description is built for every candidate
  (``benchmarks/extraction.py``: time ratio 1.45 -> 1.35, the same text on every page).

Four of its choices are changed: a list is never the best candidate (its container is:
``select_best_candidate``), a list of prose is kept from the link-density rule
(``get_preserved_elements``), and a list of text scored below zero is not dropped for it
(``sanitize``). Measured on the WCXB dev articles: F1 0.946 -> 0.947 for the first, 0.949
-> 0.950 for the second. And the best candidate is climbed out of wrappers that hold
nothing else when prose stands beside the outermost (``_out_of_wrappers``), so that
readability's merge of siblings finds it: dev articles 0.9532 -> 0.9535 (3 pages better,
none worse), held-out articles 0.9465 -> 0.9476.
"""

from __future__ import annotations

import copy
import logging
import re
import threading
from itertools import islice
from typing import Any

from lxml import etree
from lxml.etree import tounicode
from lxml.html import HtmlElement

from reader.clean.case_blind import CaseBlind
from reader.clean.class_index import without_modifiers
from reader.clean.explain import DropLog
from reader.clean.html.div_paragraphs import div_paragraphs
from reader.clean.html.dropping import drop
from reader.clean.html.folded_length import folded_length
from reader.clean.html.hidden import drop_hidden
from reader.clean.html.html_parser import fragment
from reader.clean.html.inert_inputs import drop_inert_inputs
from reader.clean.html.list_labels import label_lists, nested_lists
from reader.clean.html.prose import linked_words, piece_words
from reader.clean.html.section_links import is_section_links
from reader.clean.html.swallowed import unwrap_swallowing
from reader.core.deferred import defer_imports
from reader.core.lazy import lazy_re

# readability imports these at its top for its command line and for pages given as bytes;
# the reader hands it a parsed tree: they load if ever used, not with readability.
defer_imports("urllib.request", "chardet")

import readability.readability as _readability  # noqa: E402
from readability import Document  # noqa: E402
from readability.readability import REGEXES, Unparseable  # noqa: E402

from reader.clean.html.embeds import is_video_player  # noqa: E402

# the frames readability keeps: every video player the reader names (reader.clean.html.embeds)
_readability.is_video_url = is_video_player
_THEIR_TEXT_LENGTH = _readability.text_length  # (put back after each of our summaries)
_THEIR_FRAGMENT = _readability.fragment_fromstring
_SWAP = threading.Lock()  # one summary at a time swaps it (the app reads in worker threads)

_UNLIKELY = lazy_re(r"tweet|twitter|instagram|social|embed", re.IGNORECASE)
# Footnotes are the article's own text; readability's "unlikely" test reads "foot" in them.
_FOOTNOTES = CaseBlind(r"foot-?notes?|end-?notes?|doc-(?:end|foot)notes?")
# A page builder's block (Elementor, HubSpot, SiteOrigin, a guide's product card) is named a
# "widget": there the word names a building block, not a sidebar's gadget. WCXB dev articles
# 0.9543 -> 0.9554 (5 pages better, 3 worse); every "widget" gave 0.9554 too, but brought
# rating and author-bio widgets in (7 better, 4 worse).
_BUILDER_BLOCK = lazy_re(
    r"elementor-widget|widget-span|hs_cos_wrapper|so-panel|so-widget|product-widget", re.I
)
_NEGATIVE_BESIDES_WIDGET = lazy_re(
    "|".join(w for w in REGEXES["negativeRe"].pattern.split("|") if w != "widget"), re.I
)
# readability tests serialised children with r"<(blockquote|dl|div|img|ol|p|pre|table|ul)":
# a tag whose name starts with one of these (so "path", "picture", "param" count too).
_BLOCKISH = lazy_re(r"blockquote|dl|div|img|ol|p|table|ul", re.IGNORECASE)
_LISTS = frozenset({"ul", "ol"})
_LIST_PARTS = frozenset({"ul", "ol", "li"})
PROSE_LIST_WORDS = 4  # words outside links for each item of a list of prose
_UNLIKELY_RE = REGEXES["unlikelyCandidatesRe"]
# Of readability's unlikely words, "header", "menu", "sidebar" and "extra" name a place on the
# page, not a kind of text; the others (comments, footers, sponsors, popups...) name junk.
_JUNK_KIND = CaseBlind(
    "|".join(
        word
        for word in _UNLIKELY_RE.pattern.split("|")
        if word not in ("header", "menu", "sidebar", "extra")
    )
)
_PROSE_TAGS = frozenset({"div", "section"})  # containers (never a header, nav, aside, list)
_SENTENCE_END = lazy_re(r"\w\w[.!?](?:\s|$)")
# A block named for a place but this long, with under this share of its words in links and
# this many sentences, is the article's text. Measured on the WCXB dev pages: article F1
# 0.942 -> 0.943 (7 pages better, none worse); unlikely-candidate drops 10504 -> 8898
# article words.
PROSE_WORDS = 40
PROSE_LINKS = 0.2
PROSE_SENTENCES = 3
_UNLIKELY_WORDS = CaseBlind(_UNLIKELY_RE.pattern)
_MAYBE_WORDS = CaseBlind(REGEXES["okMaybeItsACandidateRe"].pattern)
# "descendant-or-self::" rather than "//": libxml2 runs "//*[test]" child by child, slowly.
_FEATURES = etree.XPath("descendant::*/@class | descendant::*/@id")
# in code, or words of a paragraph's sentence (a citation's <span class="footers">): kept
_IN_PLACE = etree.XPath("ancestor-or-self::pre | ancestor-or-self::code | self::*[parent::p]")
_HOLDS_MAIN = etree.XPath(
    "descendant-or-self::main | descendant-or-self::article | descendant-or-self::math"
)
logging.getLogger("readability.readability").setLevel(logging.CRITICAL)
def text_length(element: HtmlElement) -> int:
    """readability's ``text_length``: the length of the element's cleaned text."""
    return folded_length(element.text_content() or "")


def _blockish_tags(root: HtmlElement) -> tuple[str, ...]:
    """The tag names in ``root`` that readability's serialised-text test would match."""
    names = {el.tag for el in root.iter() if isinstance(el.tag, str)}
    return tuple({"p", *(name for name in names if _BLOCKISH.match(name))})


def _is_unlikely(features: str) -> bool:
    """readability's "unlikely candidate" test on an element's ``"class id"`` (its layout
    modifiers left out)."""
    features = without_modifiers(features)
    if len(features.strip()) < 2:
        return False
    return _UNLIKELY_WORDS.found(features) and not _MAYBE_WORDS.found(features)


_HEADINGS = etree.XPath(  # its first heading, or its first child's ("<header><h2>")
    "(h1 | h2 | h3 | h4 | h5 | h6 | */h1 | */h2 | */h3 | */h4 | */h5 | */h6)[1]"
)
_NOT_SLUG = lazy_re(r"[\W_]+")


def _slug(text: str) -> str:
    return _NOT_SLUG.sub("-", text.casefold()).strip("-")


def _named_by_heading(element: HtmlElement) -> bool:
    """A section whose id is its own heading made a slug ("Link Headers" -> "link-headers"):
    the id names its subject, not its role ("header", "comments", "sidebar" in it say
    nothing about the page's parts)."""
    name = element.get("id")
    heading = _HEADINGS(element) if name else None
    return bool(heading) and _slug(heading[0].text_content()) == _slug(name) != ""


_HEADING_ORDER = ("h1", "h2", "h3", "h4", "h5", "h6")
_HEADING_TAGS = frozenset(_HEADING_ORDER)
_HEADING_INLINE = frozenset({"a", "span", "strong", "b", "em", "i", "code"})
_TABLE_PARTS = frozenset({"thead", "tbody", "tfoot", "tr", "th", "td"})


def _is_placed_part(element: HtmlElement, features: str) -> bool:
    """A heading named only for a place ("et_pb_module_header", "header-anchor-post"): its
    tag says what it is; a junk kind in its name ("comments-title"...) still drops it.
    WCXB dev articles 0.9536 -> 0.9539 (13 pages better, 2 worse). So is the link or the
    span that holds a heading's words (mdBook's ``<h1><a class="header">``), and a table's
    row or cell (pandoc's ``<tr class="header">``: the table's header row)."""
    if _JUNK_KIND.found(features):
        return False
    if element.tag in _HEADING_TAGS or element.tag in _TABLE_PARTS:
        return True
    parent = element.getparent()
    return element.tag in _HEADING_INLINE and parent is not None and parent.tag in _HEADING_TAGS


def _is_prose(element: HtmlElement, features: str) -> bool:
    """A block readability calls unlikely only for a place word ("pane-header-alignment",
    "with-sidebar-layout") whose text reads as prose: sentences, few links."""
    if element.tag not in _PROSE_TAGS or _JUNK_KIND.found(features):
        return False
    if next(element.iter("p"), None) is None:
        return False  # prose comes in paragraphs (a menu has none: a cheap first test)
    text = element.text_content()
    words = len(text.split())
    if words < PROSE_WORDS or len(_SENTENCE_END.findall(text)) < PROSE_SENTENCES:
        return False
    linked = linked_words(element)
    return linked < PROSE_LINKS * words


def _is_prose_list(element: HtmlElement) -> bool:
    """A list whose items are mostly words of their own: under half its words in links, and
    at least PROSE_LIST_WORDS of them for each item."""
    items = sum(1 for child in element if child.tag == "li")
    if items < 2:
        return False
    words = piece_words(element)  # the items' words apart ("wedding" + "Draw")
    own = words - linked_words(element)
    return own * 2 > words and own >= PROSE_LIST_WORDS * items


def _contains_any(element: HtmlElement, tags: tuple[str, ...]) -> bool:
    return next(element.iter(*tags), None) is not None


def _out_of_wrappers(
    best: dict[str, Any], candidates: dict[HtmlElement, dict[str, Any]]
) -> dict[str, Any]:
    """The best candidate, climbed out of wrappers that hold nothing else (a block theme's
    ``<div class="group"><div class="inner">``): readability merges the best one's siblings,
    and the article's other paragraphs stand beside the outermost wrapper, not the inner."""
    element = best["elem"]
    parent = element.getparent()
    while (
        parent is not None
        and parent.tag not in ("body", "html")
        and _only_child(parent, element)
    ):
        element, parent = parent, parent.getparent()
    if element is best["elem"] or not _prose_beside(element):
        return best
    score = max(best["content_score"], candidates.get(element, {}).get("content_score", 0))
    climbed = candidates[element] = {"content_score": score, "elem": element}
    return climbed


def _prose_beside(element: HtmlElement) -> bool:
    """A paragraph of prose stands beside ``element`` (readability merges such siblings)."""
    parent = element.getparent()
    return parent is not None and any(
        sibling.tag == "p" and len(_SENTENCE_END.findall(sibling.text_content())) >= 2
        for sibling in parent
        if sibling is not element
    )


def _only_child(parent: HtmlElement, child: HtmlElement, blank: bool = False) -> bool:
    """``child`` is ``parent``'s one element (or, if ``blank``, its one element with words or
    a picture), and ``parent`` has no text of its own."""
    if (parent.text or "").strip():
        return False
    for other in parent:
        if other is child:
            continue
        if (other.tail or "").strip() or (isinstance(other.tag, str) and not (
            blank and not other.text_content().strip() and next(other.iter(*_MEDIA), None) is None
        )):
            return False
    return not (child.tail or "").strip()


_MEDIA = ("img", "picture", "video", "audio", "iframe", "svg", "canvas", "object", "embed")


_KEPT = "reader-picture"  # a picture's container while readability cleans up
_LINKS = etree.XPath(".//a[@href]")  # (an anchor with a name only is a place, not a link)
_KEPT_HEADING = "reader-heading"  # a heading of links, likewise
_KEPT_FRAME = "reader-frame"  # a heading's own frame, likewise
_FRAMES = frozenset({"div", "section", "p"})  # (a lone div readability made a paragraph)
LINKED_HEADING = 0.33  # readability's link density over which a heading goes


def _picture_holders(node: HtmlElement, min_length: int) -> list[HtmlElement]:
    """The ``<div>``s that only frame a figure's one picture (no words, or a short caption):
    readability drops a ``<div>`` with an image and no text as having "no content", which
    takes every picture of a post whose figures are wrapped in ``<div>``s (Substack's).

    From each image up: the ``<div>``s with that one image and under ``min_length``
    characters, when a ``<figure>`` is among them or above them (each test stops early)."""
    holders: dict[HtmlElement, None] = {}  # (ordered, each once)
    for image in node.iter("img"):
        frames: list[HtmlElement] = []
        framing, figure = True, False
        for ancestor in image.iterancestors():
            if ancestor.tag == "figure":
                figure = True
            elif framing and ancestor.tag == "div":
                framing = _one_image(ancestor) and _short(ancestor, min_length)
                if framing:
                    frames.append(ancestor)
            if ancestor is node or (figure and not framing):
                break
        if figure:
            holders.update(dict.fromkeys(frames))
    return list(holders)


def _heading_holders(node: HtmlElement, min_length: int) -> list[HtmlElement]:
    """The ``<div>``s and ``<section>``s that hold one heading (or one ``<pre>``: "sudo apt
    install unbound") under ``min_length`` characters and nothing else: readability drops
    such a short block as having no content, and with it the heading a component-built page
    wraps in its own ``<div>`` ("<div class=container><h2>Spiral Model</h2></div>") or the
    highlighter's frame of a short command. Measured (``benchmarks/wcxb.py``): the labels'
    headings we lost went from 785 to 751 on dev pages and from 331 to 324 held-out."""
    frames = []
    for heading in node.iter(*_HEADING_ORDER, "pre"):
        if not 0 < text_length(heading) < min_length:
            continue
        inner = heading
        blank = heading.tag == "pre"  # (a notebook's output: empty prompt and toggle beside)
        for ancestor in heading.iterancestors():
            if ancestor is node or ancestor.tag not in _FRAMES or not _only_child(
                ancestor, inner, blank
            ):
                break
            frames.append(ancestor)
            inner = ancestor
    return frames


def _one_image(element: HtmlElement) -> bool:
    """Whether ``element`` holds exactly one ``<img>`` (stops at the second)."""
    return next(islice(element.iter("img"), 1, None), None) is None


def _short(element: HtmlElement, min_length: int) -> bool:
    """Whether ``element``'s words (spaces aside) come to fewer than ``min_length``
    characters (stops once they do not)."""
    length = 0
    for text in element.itertext():
        length += len("".join(text.split()))
        if length >= min_length:
            return False
    return True


class _Summary(Document):
    """readability's Document, keeping the summary as a tree instead of re-parsing a string."""

    node: HtmlElement | None = None
    log: DropLog | None = None
    keep_tabs: bool = False  # hidden tab panels (a manual's other platforms) are text

    def summary(self, html_partial: bool = False, keep_all_images: bool = False) -> str:
        """readability's summary, its module's ``text_length`` (the sibling and cleanup
        tests) counted by :func:`folded_length` while ours runs: the same lengths, and
        readability used on its own elsewhere keeps its own; and the article's new tree
        made by a parser of plain elements (``html_parser``: no Python call per element)."""
        with _SWAP:
            _readability.text_length = text_length
            _readability.fragment_fromstring = fragment  # (the article's tree: plain elements)
            try:
                return str(super().summary(html_partial, keep_all_images))
            finally:
                _readability.text_length = _THEIR_TEXT_LENGTH
                _readability.fragment_fromstring = _THEIR_FRAGMENT

    def get_clean_html(self) -> str:  # the documented hook for subclasses
        self.node = self.html
        return tounicode(self.html, method="html")

    def _parse(self, input: HtmlElement) -> HtmlElement:
        """What readability's ``_parse`` does to a tree, minus link rewriting."""
        doc = input
        self.encoding = "utf-8"
        drop_hidden(doc.getroottree().getroot(), self.log, self.keep_tabs)
        doc = copy.deepcopy(doc)  # readability's Cleaner works on a copy, too
        for elem in doc.iter("image"):
            elem.tag = "img"
        etree.strip_elements(
            doc,
            "script",
            "style",
            "link",
            etree.Comment,
            etree.ProcessingInstruction,
            with_tail=False,
        )
        drop_inert_inputs(doc)  # (a checklist's boxes: not a form's fields)
        return doc

    def select_best_candidate(
        self, candidates: dict[HtmlElement, dict[str, Any]]
    ) -> dict[str, Any] | None:
        """readability's best, but a list is never the article: its paragraphs' items score
        the list, and the prose around it (and readability's merge of like segments) would be
        lost. The nearest container above the list takes its place."""
        best: dict[str, Any] | None = super().select_best_candidate(candidates)
        if best is not None:
            best = _out_of_wrappers(best, candidates)
        if best is None or best["elem"].tag not in _LIST_PARTS:
            return best
        container = next(
            (el for el in best["elem"].iterancestors() if el.tag not in _LIST_PARTS), None
        )
        if container is None or container.tag in ("body", "html"):
            return best
        above = candidates.get(container)
        if above is None:
            above = candidates[container] = {"content_score": best["content_score"],
                                             "elem": container}
        return above

    def class_weight(self, e: HtmlElement) -> int:
        """readability's weight, but footnotes are not a footer ("foot" in their class), and
        a page builder's "widget" is not a negative word."""
        features = f"{e.get('class', '')} {e.get('id', '')} {e.get('role', '')}"
        if _FOOTNOTES.found(features):
            return 0
        weight = int(super().class_weight(e))
        if weight < 0 and _BUILDER_BLOCK.search(features):
            for feature in (e.get("class"), e.get("id")):
                if feature and "widget" in feature.lower():
                    weight += 0 if _NEGATIVE_BESIDES_WIDGET.search(feature) else 25
        return weight

    def sanitize(
        self, node: HtmlElement, candidates: dict[HtmlElement, dict[str, Any]],
        keep_all_images: bool = False,
    ) -> str:
        """readability's cleanup, but a list is not dropped for the -3 every list starts
        with: a list of text scored below zero is the article's (a list of links still
        goes, for its link density); and a heading of links stays, as a list article heads
        its entries ("1. <a>Notion</a>"), unless its class weighs against it.

        The headings, measured (``benchmarks/wcxb.py``): of the headings of links the
        labels keep, those missing went from 593 to 239 on dev pages (65 pages to 29) and
        from 323 to 199 held-out (18 pages to 7); F1 unchanged on dev (34 pages better, 11
        worse, mostly from a second opinion asked or not) and held-out; the 181 pages
        0.9804 -> 0.9808."""
        for element, candidate in candidates.items():
            if element.tag in _LISTS and candidate["content_score"] < 0:
                candidate["content_score"] = 0
        holders = _picture_holders(node, self.min_text_length)
        for holder in holders:
            holder.tag = _KEPT  # a tag readability's cleanup does not look at
        framed = [(frame, frame.tag) for frame in _heading_holders(node, self.min_text_length)]
        for frame, _tag in framed:
            frame.tag = _KEPT_FRAME
        linked = [  # (readability drops a heading of links: "1. <a>Notion</a>", a list's entry)
            (heading, heading.tag)
            for heading in self.tags(node, *_HEADING_ORDER)
            if self.get_link_density(heading) > LINKED_HEADING and self.class_weight(heading) >= 0
        ]
        for heading, _tag in linked:
            heading.tag = _KEPT_HEADING
        kept = dict.fromkeys((*label_lists(node), *nested_lists(node)))
        labels = [(listed, listed.tag) for listed in kept]
        for listed, _tag in labels:
            listed.tag = _KEPT_FRAME
        try:
            return str(super().sanitize(node, candidates, keep_all_images))
        finally:
            for listed, tag in labels:
                listed.tag = tag
            for holder in holders:
                holder.tag = "div"
            for heading, tag in linked:
                heading.tag = tag
            for frame, tag in framed:
                frame.tag = tag

    def get_link_density(
        self, elem: HtmlElement, known: dict[HtmlElement, int] | None = None
    ) -> float:
        """readability's link density, with the quicker :func:`text_length`, of links with
        an address: an anchor with a name only (``<a name="1. State Farm Group">``) marks a
        place to jump to. WCXB: one dev page changed (+0.006), held-out and the 181 pages
        unchanged. ``known``: the links' lengths measured so far, while the tree stays."""
        lengths = {} if known is None else known  # (nested candidates hold the same links)
        link_length = sum(lengths[link] if link in lengths else
                          lengths.setdefault(link, text_length(link)) for link in _LINKS(elem))
        return float(link_length) / max(text_length(elem), 1)

    def score_paragraphs(self) -> dict[HtmlElement, dict[str, Any]]:
        """readability's paragraph scores (its code, with :func:`folded_length` and without the
        debug description it builds of every candidate for a log nobody reads)."""
        candidates: dict[HtmlElement, dict[str, Any]] = {}
        ordered: list[HtmlElement] = []
        for elem in self.tags(self._html(), "p", "pre", "td", "blockquote"):
            parent = elem.getparent()
            if parent is None:
                continue
            grand_parent = parent.getparent()
            inner_text = elem.text_content() or ""
            length = folded_length(inner_text)  # (its cleaned text's: commas are all kept)
            if length < self.min_text_length:
                continue
            for node in (parent, grand_parent):
                if node is not None and node not in candidates:
                    candidates[node] = self.score_node(node)
                    ordered.append(node)
            content_score = 2 + inner_text.count(",") + min(length / 100, 3)
            candidates[parent]["content_score"] += content_score
            if grand_parent is not None:
                candidates[grand_parent]["content_score"] += content_score / 2.0
        links: dict[HtmlElement, int] = {}
        for elem in ordered:
            candidates[elem]["content_score"] *= 1 - self.get_link_density(elem, links)
        return candidates

    def get_preserved_elements(self, node: HtmlElement) -> dict[HtmlElement, bool]:
        """readability's kept elements, and lists of prose: items that are sentences with a
        link or two in them, which its link-density rule (over 0.2) would drop."""
        allowed: dict[HtmlElement, bool] = super().get_preserved_elements(node)
        for element in node.iter("ul"):
            if element not in allowed and (_is_prose_list(element) or is_section_links(element)):
                allowed[element] = True
        return allowed

    def remove_unlikely_candidates(self) -> None:
        unlikely: dict[str, bool] = {}  # a page repeats its classes: each tested once
        # dropped candidates: what is inside them is not tested (with a log, it is: the log
        # records a candidate inside one dropped inside another, and must stay as it was)
        gone: set[HtmlElement] | None = set() if self.log is None else None
        for elem in _UNLIKELY_WORDS.owners(_FEATURES(self.html)):  # (the others are likely)
            features = f"{elem.get('class', '')} {elem.get('id', '')}"
            verdict = unlikely.get(features)
            if verdict is None:
                verdict = unlikely[features] = _is_unlikely(features)
            if not verdict or (gone and not gone.isdisjoint(elem.iterancestors())):
                continue  # likely, or inside a candidate dropped already: nothing to drop
            if (
                not _FOOTNOTES.found(f"{features} {elem.get('role', '')}")
                and elem.tag not in ("html", "body")
                and not _IN_PLACE(elem)
                and not _HOLDS_MAIN(elem)
                and not _named_by_heading(elem)
                and not _is_placed_part(elem, features)
                and not _is_prose(elem, features)
            ):
                drop(elem, self.log, "unlikely-candidate")
                if gone is not None:
                    gone.add(elem)

    def transform_misused_divs_into_paragraphs(self) -> None:
        blockish = _blockish_tags(self.html)
        for elem in self.tags(self.html, "div"):
            # a div without block children is a paragraph
            if not any(_contains_any(child, blockish) for child in elem):
                elem.tag = "p"
        for elem in self.tags(self.html, "div"):
            div_paragraphs(elem, blockish)  # (a line's words and inline elements: one <p>)


def readability_main(
    tree: HtmlElement,
    url: str | None = None,
    log: DropLog | None = None,
    keep_tabs: bool = False,
) -> HtmlElement | None:
    """readability-lxml's ``summary(html_partial=True)`` as an element (None if it fails);
    hidden elements and unlikely candidates it drops are recorded in ``log``. With
    ``keep_tabs``, hidden ``role="tabpanel"`` elements stay (see ``doc_page.keeps_tab_panels``)."""
    document = _Summary(tree, url=url)
    document.log = log
    document.keep_tabs = keep_tabs
    try:
        document.summary(html_partial=True)
    except (Unparseable, RecursionError):
        return None
    return document.node


def protect_embedded_quotes(tree: HtmlElement) -> None:
    """Embedded posts (tweets...) are quotations: readability drops them for their class.

    Their class goes; a wrapper that only holds the post is unwrapped, because readability
    weighs a ``<div>`` full of links (the post's own) as a link farm and drops it whole.
    """
    for quote in list(tree.iter("blockquote")):
        if _UNLIKELY.search(quote.get("class", "")):
            del quote.attrib["class"]
        parent = quote.getparent()
        if parent is None or not _UNLIKELY.search(parent.get("class", "")):
            continue
        del parent.attrib["class"]
        if parent.getparent() is not None and parent.tag in ("div", "figure", "section"):
            parent.drop_tag()


def extract_main(
    tree: HtmlElement,
    url: str | None = None,
    log: DropLog | None = None,
    keep_tabs: bool = False,
) -> HtmlElement:
    """The article's main content: readability's choice, or the body if it finds nothing."""
    protect_embedded_quotes(tree)
    main = readability_main(tree, url, log, keep_tabs)
    if main is not None:
        unwrap_swallowing(main)
        for frame in main.iter("iframe"):
            frame.text = None  # (readability's "VIDEO", which kept it: read as a label)
        return main
    body = tree.find("body")
    return body if body is not None else tree
