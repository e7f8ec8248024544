"""The lead picture's caption and credit."""

from __future__ import annotations

import re

import lxml.html
from lxml import etree

from reader.article.model import Caption
from reader.clean.credit import clean_credit
from reader.clean.html.figure_credit import credit_elements
from reader.clean.meta.text import element_text, in_boilerplate
from reader.core.lazy import lazy_re

_CREDIT_TEXT = lazy_re(
    r"""(?<!\s)\s*(?:
        \((?P<paren>[^()]*(?:photo|image|credit|getty|reuters|\bap\b|afp|shutterstock|
            courtesy|file)[^()]*)\)
      | (?:photo(?:graph)?|image|picture|credit|foto)s?\s*(?:credit)?\s*[:：]\s*(?P<label>.+)
    )\s*$""",
    re.I | re.X,
)


# A lead picture comes before the article's text: at most this many words of paragraphs,
# lists, tables and code (a standfirst) stand before it. A figure further down is one of the
# body's, and its caption stays there.
LEAD_AFTER_WORDS = 80
_TEXT_TAGS = ("p", "pre", "table", "ul", "ol")


def find_caption(tree: lxml.html.HtmlElement) -> Caption | None:
    """The lead picture's caption: the article's first captioned figure, if it leads."""
    root = _article_root(tree)
    for figure in root.iter("figure"):
        if in_boilerplate(figure):
            continue
        caption = figure.find(".//figcaption")
        if caption is None or titles_a_listing(caption):
            continue
        return split_caption(caption) if leads(root, figure) else None
    return None


def titles_a_listing(caption: lxml.html.HtmlElement) -> bool:
    """Whether ``caption`` heads a code listing, not a picture: its ``<figure>`` holds a
    ``<pre>`` and no ``<img>`` (Expressive Code's frame titled with its file's name, or
    "Terminal window" for a screen reader). No lead picture's caption."""
    figure = next(caption.iterancestors("figure"), None)
    if figure is None or next(figure.iter("pre"), None) is None:
        return False
    return next(figure.iter("img"), None) is None


def leads(root: lxml.html.HtmlElement, element: lxml.html.HtmlElement) -> bool:
    """Whether ``element`` comes before the text of ``root``: at most
    :data:`LEAD_AFTER_WORDS` words of text stand before it (after the headline: a menu's,
    a cookie panel's words above it are not the article's)."""
    words = 0
    for node in root.iter(*_TEXT_TAGS, "h1", element.tag):
        if node is element:
            return True
        if node.tag == "h1":
            words = 0
        elif node.tag in _TEXT_TAGS:
            words += len(node.text_content().split())
            if words > LEAD_AFTER_WORDS:
                return False
    return True


# the attribute's owner ("*/@itemprop[test]/..", not "*[@itemprop=...]": a predicate costs
# libxml2 a node-set on every element)
_ARTICLE_BODY = etree.XPath("(descendant::*/@itemprop[. = 'articleBody'])[1]/..")


def _article_root(tree: lxml.html.HtmlElement) -> lxml.html.HtmlElement:
    found = tree.find(".//article")
    if found is not None:
        return found
    bodies = _ARTICLE_BODY(tree)
    if bodies:
        return bodies[0]
    found = tree.find(".//main")
    return found if found is not None else tree


def split_caption(element: lxml.html.HtmlElement) -> Caption | None:
    """A figcaption as ``Caption(text, credit)``: credit from its markup or its last words."""
    credit = ""
    text = ""
    credit_parts = [element_text(node) for node in credit_elements(element)]
    full = element_text(element)
    if credit_parts:
        credit = " ".join(p for p in credit_parts if p)
        text = full.replace(credit, "").strip() if credit else full
    else:
        text = full
        match = _CREDIT_TEXT.search(full)
        if match and match.start() > 0:
            credit = match["paren"] or match["label"] or ""
            text = full[: match.start()].strip()
    if not text:
        text, credit = full, ""
    if not text:
        return None
    return Caption(text=text, credit=clean_credit(credit))
