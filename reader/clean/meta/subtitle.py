"""The subtitle (dek): the page's own markup, else a good description."""

from __future__ import annotations

import re

import lxml.html

from reader.clean.class_index import ClassIndex
from reader.clean.meta.authors import looks_like_byline
from reader.clean.meta.jsonld import ArticleLD
from reader.clean.meta.text import element_text, norm_words
from reader.clean.meta.title import titles_match

_DEK_CLASS = re.compile(
    r"(?:^|[\s_-])(?:dek|subtitle|sub-title|subhead|sub-head|subheadline|sub-headline|standfirst"
    r"|article-summary|article__summary|summary-text|deck|strapline|kicker-summary|intro-text"
    r"|lede-text|article-dek|headline-dek|description)(?:$|[\s_-])",
    re.I,
)
# Every match of _DEK_CLASS contains one of these (the index scans for them first).
_DEK_WORDS = (
    "dek", "subtitle", "sub-title", "subhead", "sub-head", "standfirst", "summary", "deck",
    "strapline", "intro-text", "lede-text", "description",
)  # fmt: skip


def find_subtitle(
    tree: lxml.html.HtmlElement,
    ld: ArticleLD,
    meta: dict[str, str],
    title: str,
    index: ClassIndex | None = None,
) -> str | None:
    title_norm = norm_words(title)
    index = index or ClassIndex.of_page(tree)
    deks = tree.xpath(
        "$classed | //body//*[@itemprop='alternativeHeadline']",
        classed=index.find(_DEK_CLASS, _DEK_WORDS, "class"),
    )
    for element in deks:
        if element.tag in ("meta", "script", "style"):
            continue
        text = element_text(element)
        if 15 <= len(text) <= 400 and norm_words(text) != title_norm and not _is_chrome(text):
            return text
    for h1 in tree.iter("h1"):
        sibling = h1.getnext()
        while sibling is not None and not isinstance(sibling.tag, str):
            sibling = sibling.getnext()
        if sibling is not None and sibling.tag == "h2" and titles_match(element_text(h1), title):
            text = element_text(sibling)
            if 15 <= len(text) <= 300 and not looks_like_byline(text) and not _is_chrome(text):
                return text
        break
    if ld.subtitle and norm_words(ld.subtitle) != title_norm:
        return ld.subtitle
    description = ld.description or meta.get("og:description") or meta.get("description") or ""
    if _good_description(tree, description, title):
        return description
    return None


_CHROME_WORDS = frozenset(
    [
        "subscribe",
        "subscription",
        "sign",
        "signin",
        "login",
        "log",
        "in",
        "up",
        "out",
        "register",
        "account",
        "menu",
        "search",
        "share",
        "newsletter",
        "newsletters",
        "follow",
        "us",
        "skip",
        "to",
        "main",
        "content",
        "home",
        "close",
        "open",
        "print",
        "email",
        "save",
        "comments",
        "comment",
        "read",
        "more",
        "next",
        "previous",
        "back",
        "top",
    ]
)


def _is_chrome(text: str) -> bool:
    """Page furniture ("Subscribe Sign In", "Share Email Print"), not a sentence of a dek."""
    words = re.findall(r"[^\W\d_]+", text.lower())
    if len(words) < 3:
        return True
    return sum(word in _CHROME_WORDS for word in words) >= 0.6 * len(words)


def _good_description(tree: lxml.html.HtmlElement, description: str, title: str) -> bool:
    """A description is a dek only when short, whole, and not the first paragraph repeated."""
    if not (20 <= len(description) <= 250) or description.rstrip().endswith(("...", "…")):
        return False
    norm = norm_words(description)
    if norm == norm_words(title):
        return False
    for count, paragraph in enumerate(tree.iter("p")):
        text = norm_words(element_text(paragraph))
        if len(text) > 40 and (text.startswith(norm[:80]) or norm.startswith(text[:80])):
            return False
        if count > 40:
            break
    return True
