"""The article's lead: prose paragraphs between the headline and the body readability chose.

readability-lxml keeps one container; a page often sets its opening paragraphs (the lead, a
summary, a definition) in a container of their own between the ``<h1>`` and the body, and
readability leaves them out. On the web in general, a paragraph of prose that stands after the
page's headline and before the first paragraph of the article is the article's. Found in the
page's own tree: the ``<p>`` that holds our first paragraph, and the ``<p>`` elements after the
last ``<h1>`` before it; only prose (sentences, few links, not boilerplate) comes back, and
only when few paragraphs stand in between (else the ``<h1>`` is not the headline); a paragraph
naming the article's author is their biography. Measured on the WCXB dev articles
(``benchmarks/wcxb.py``): F1 0.9427 -> 0.9433, recall 0.9560 -> 0.9573, ``with`` 0.856 ->
0.860 (12 pages better, 7 worse). On the 181-page news benchmark it brings back only text
its truth leaves out (a dek, a caption, a teaser: F1 0.9796 -> 0.9784); one sentence and 15
words gave the same WCXB F1 with twice that junk.
"""

from __future__ import annotations

from collections.abc import Sequence

from lxml import etree
from lxml.html import HtmlElement

from reader.clean.html.blocks import BlockTuple, inline_text
from reader.clean.html.boilerplate import is_boilerplate_text
from reader.clean.html.prose import SENTENCE_END, folded_words, linked_words
from reader.core.lazy import lazy_re

LEAD_WORDS = 30  # a lead paragraph has at least this many words ...
LEAD_SENTENCES = 2  # ... and sentences (a one-line dek or a caption is not a lead) ...
LEAD_LINKS = 0.3  # ... under this share of them in links ...
MAX_BETWEEN = 8  # ... and at most this many paragraphs stand between the headline and ours
ANCHOR_CHARS = 60  # our first paragraph is found by its first characters
_OUTSIDE = frozenset({"nav", "aside", "footer", "form", "figure", "figcaption", "blockquote",
                      "li", "td", "th", "button", "label"})
# its longest word first (cheap: no whitespace to fold), then the start with spaces folded
# ("descendant::" after "//body": libxml2 runs "//body//p[test]" child by child, quadratic)
_ANCHOR = etree.XPath(
    "//body/descendant::p[contains(., $word)][contains(normalize-space(.), $start)]"
)
_BEFORE = etree.XPath("preceding::p | preceding::h1")


_NOT_XML = lazy_re(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def find_paragraph(tree: HtmlElement, text: str) -> HtmlElement | None:
    """The one ``<p>`` of the page that holds the start of ``text`` (None: none, or several)."""
    start = _NOT_XML.sub("", " ".join(text.split())[:ANCHOR_CHARS])
    word = max(start.split(), key=len, default="")
    found = _ANCHOR(tree, word=word, start=start) if start else []
    return found[0] if len(found) == 1 else None


def _is_lead(element: HtmlElement, text: str, shared: set[HtmlElement]) -> bool:
    """Prose outside furniture: long enough, sentences, few links, not boilerplate. Only the
    ancestors it does not share with our paragraph (``shared``) can make it furniture."""
    words = len(text.split())
    if words < LEAD_WORDS or is_boilerplate_text(text):
        return False
    if len(SENTENCE_END.findall(text)) < LEAD_SENTENCES:
        return False
    for ancestor in element.iterancestors():
        if ancestor in shared:
            break
        if ancestor.tag in _OUTSIDE:
            return False
    linked = linked_words(element)
    return linked < LEAD_LINKS * words


def lead_paragraphs(
    tree: HtmlElement, blocks: list[BlockTuple], authors: Sequence[str] = ()
) -> list[str]:
    """The lead paragraphs the page has before our first paragraph and we lack, in order.
    A paragraph that names one of the ``authors`` is their biography, not the lead."""
    first = next((text for kind, text, _level in blocks if kind == "paragraph"), None)
    if not first:
        return []
    anchor = find_paragraph(tree, first)
    if anchor is None:
        return []  # not found, or found twice: no place to stand on
    before = _BEFORE(anchor)
    headline = max((i for i, el in enumerate(before) if el.tag == "h1"), default=None)
    if headline is None or len(before) - headline - 1 > MAX_BETWEEN:
        return []
    shared = set(anchor.iterancestors())
    kept = " " + " ".join(folded_words(text) for _kind, text, _level in blocks) + " "
    names = [f" {name} " for name in map(folded_words, authors) if name]
    out = []
    for element in before[headline + 1 :]:
        text = inline_text(element)
        norm = folded_words(text)
        padded = f" {norm} "
        if norm and padded not in kept and not any(name in padded for name in names) and (
            _is_lead(element, text, shared)
        ):
            out.append(text)
    return out


def restore_lead(
    tree: HtmlElement, blocks: list[BlockTuple], authors: Sequence[str] = ()
) -> list[BlockTuple]:
    """``blocks`` led by the page's lead paragraphs (:func:`lead_paragraphs`): they stand
    before our first paragraph and after the headline, so before what we have."""
    lead = lead_paragraphs(tree, blocks, authors)
    return [*(("paragraph", text, 0) for text in lead), *blocks] if lead else blocks


__all__ = ["find_paragraph", "lead_paragraphs", "restore_lead"]
