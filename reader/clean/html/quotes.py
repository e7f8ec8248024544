"""Pull quotes in HTML: found before readability, taken out of the body flow.

A pull quote is WordPress's ``wp-block-pullquote``, an element with a pull-quote class, or an
``aside``/``blockquote`` with an attribution whose words repeat the body. Each keeps its
attribution (without the leading dash); ``block`` is set later, by word overlap with the body.
"""

from __future__ import annotations

import copy
import re
from collections import Counter
from collections.abc import Sequence

from lxml.html import HtmlElement

from reader.article.model import PullQuote
from reader.clean.class_index import ClassIndex
from reader.clean.html.blocks import BlockTuple, inline_text
from reader.core.lazy import lazy_re

_PULL_CLASS = lazy_re(r"(?:^|\s)(?:wp-block-pullquote|[\w-]*pull[-_]?quote[\w-]*)(?:\s|$)", re.I)
_ATTRIBUTION_CLASS = lazy_re(r"attribution|cite|author|source|byline|speaker", re.I)
_LEADING_DASH = lazy_re(r"^[\s\-–—―~•]+")
_WORD = lazy_re(r"\w+")
_STOP = frozenset(
    [
        "the",
        "a",
        "an",
        "and",
        "or",
        "but",
        "of",
        "to",
        "in",
        "on",
        "at",
        "for",
        "with",
        "from",
        "by",
        "as",
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "it",
        "its",
        "this",
        "that",
        "these",
        "those",
        "he",
        "she",
        "they",
        "we",
        "you",
        "i",
        "his",
        "her",
        "their",
        "our",
        "my",
        "not",
        "no",
        "so",
        "if",
        "than",
        "then",
    ]
)
MAX_QUOTE_CHARS = 600
# A page sets apart a few quotes (the most among 400 WCXB pages: five); past these, a page of
# thousands set alike keeps the rest in its text, and matching each to the text stays linear.
MAX_PULL_QUOTES = 40
REPEAT_SHARE = 0.6


def _words(text: str) -> list[str]:
    return _WORD.findall(text.casefold())


def _shingles(words: Sequence[str], size: int = 3) -> list[tuple[str, ...]]:
    if len(words) < size:
        return [tuple(words)] if words else []
    return [tuple(words[i : i + size]) for i in range(len(words) - size + 1)]


def _attribution_elements(element: HtmlElement) -> list[HtmlElement]:
    found = element.xpath(".//cite | .//footer | .//figcaption")
    if not found:
        found = [
            child
            for child in element.iter()
            if child is not element
            and isinstance(child.tag, str)
            and _ATTRIBUTION_CLASS.search(child.get("class") or "")
        ]
    # keep the outermost ones only
    return [el for el in found if not any(a in found for a in el.iterancestors())]


def split_quote(element: HtmlElement) -> tuple[str, str | None]:
    """The quote's text and its attribution (without a leading dash)."""
    attributions = _attribution_elements(element)
    attribution = " ".join(inline_text(el) for el in attributions).strip()
    attribution = _LEADING_DASH.sub("", attribution).strip() or None
    if attributions:
        element = copy.deepcopy(element)
        for el in _attribution_elements(element):
            el.drop_tree()
    text = inline_text(element)
    if attribution is None:  # "… text." — Name   on one line
        match = re.search(r"^(.*[.!?\"”’])\s+[—–―]\s*([^—–―]{3,80})$", text)
        if match:
            text, attribution = match.group(1).strip(), match.group(2).strip()
    return text, attribution


class _BodyIndex:
    """Shingle counts of the page's body text, built on first use."""

    def __init__(self, tree: HtmlElement) -> None:
        self.tree = tree
        self._counts: Counter[tuple[str, ...]] | None = None

    def repeats(self, text: str) -> bool:
        """True when most of ``text`` appears a second time elsewhere in the page."""
        if self._counts is None:
            body = self.tree.find("body")
            self._counts = Counter(
                _shingles(_words((body if body is not None else self.tree).text_content()))
            )
        shingles = _shingles(_words(text))
        if not shingles:
            return False
        seen = sum(1 for shingle in shingles if self._counts[shingle] >= 2)
        return seen / len(shingles) >= REPEAT_SHARE


_PULL_QUICK = lazy_re(r"pull[-_]?quote")


def _in_tree(element: HtmlElement, root: HtmlElement) -> bool:
    return element.getroottree().getroot() is root


def _candidates(tree: HtmlElement, index: ClassIndex | None) -> list[tuple[HtmlElement, bool]]:
    """(element, set apart by its class) in document order, outermost only."""
    by_class = [
        el
        for el in (index or ClassIndex(tree)).search(_PULL_QUICK)
        if _PULL_CLASS.search(el.get("class") or "") and _in_tree(el, tree)
    ]
    others = list(tree.iter("aside", "blockquote"))
    if by_class and others:
        order = {element: position for position, element in enumerate(tree.iter())}
        merged = sorted(set(by_class) | set(others), key=lambda el: order.get(el, 0))
    else:
        merged = by_class or others
    classed = set(by_class)
    found: list[tuple[HtmlElement, bool]] = []
    chosen: set[HtmlElement] = set()
    for element in merged:
        if chosen and any(a in chosen for a in element.iterancestors()):
            continue
        if element not in classed:
            if element.tag == "blockquote" and not _attribution_elements(element):
                continue
            if element.tag == "aside" and not element.xpath(".//blockquote | .//q"):
                text = inline_text(element)
                if not text or text[0] not in "\"“'‘«":
                    continue
        found.append((element, element in classed))
        chosen.add(element)
    return found


def take_pull_quotes(tree: HtmlElement, index: ClassIndex | None = None) -> list[PullQuote]:
    """Find the page's pull quotes, remove them from ``tree``, return them (``block`` None)."""
    quotes: list[PullQuote] = []
    body = _BodyIndex(tree)
    for element, by_class in _candidates(tree, index):
        text, attribution = split_quote(element)
        if not text or len(text) > MAX_QUOTE_CHARS:
            continue
        if not by_class and not body.repeats(text):
            continue
        quotes.append(PullQuote(text=text, attribution=attribution))
        element.drop_tree()
        if len(quotes) == MAX_PULL_QUOTES:
            break
    return quotes


def best_block(text: str, block_words: Sequence[set[str] | None]) -> int | None:
    """Index of the body block sharing the most words with ``text`` (None if none);
    ``block_words``: each block's words (None for a heading)."""
    wanted = {word for word in _words(text) if word not in _STOP}
    if not wanted:
        return None
    best, best_score = None, 0
    for position, words in enumerate(block_words):
        if words is None:
            continue
        score = len(wanted.intersection(words))
        if score > best_score:
            best, best_score = position, score
    if best_score < max(2, round(len(wanted) * 0.3)):
        return None
    return best


def match_pull_quotes(quotes: Sequence[PullQuote], blocks: Sequence[BlockTuple]) -> list[PullQuote]:
    """Set each quote's ``block`` to the body block it repeats (each block's words read once)."""
    if not quotes:
        return []
    block_words = [None if kind == "heading" else set(_words(text)) for kind, text, _ in blocks]
    return [
        PullQuote(q.text, q.attribution, q.speaker, best_block(q.text, block_words)) for q in quotes
    ]
