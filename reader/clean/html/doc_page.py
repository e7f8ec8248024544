"""Does this page read as documentation (a manual, an API reference, a guide, a README)?

Inferred from the page alone, by general signals that each say "documentation" a little:
its address (``docs.``, ``/docs/``, ``/reference/``, ``/api/``...), code on the page, doc-site
markup (class names such as ``rst-content``, ``markdown-body``, ``devsite``...), a documentation
generator (Sphinx, MkDocs, Docusaurus, rustdoc...), an "On this page" list, and no publication
date (news and blog posts carry one). Two or more signals make a documentation page.
Measured on the WCXB dev pages (labels used offline only): 68 of 74 documentation pages and
56 of 548 articles answer yes.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from lxml import etree
from lxml.html import HtmlElement

from reader.clean.class_index import owners
from reader.core.lazy import lazy_re
from reader.core.web_address import address_parts

MIN_SIGNALS = 2
MIN_CODE = 3  # inline <code> spans on the page (one <pre> is enough)
_ADDRESS = lazy_re(
    r"(?:^|[./-])(?:docs?|documentation|developers?|learn|api|reference|manual|guides?|wiki)"
    r"(?:[./-]|$)",
    re.IGNORECASE,
)
_DOC_CLASS = lazy_re(
    r"doc|sphinx|rst-|markdown|devsite|md-|wiki|manual|reference|api", re.IGNORECASE
)
_GENERATOR = lazy_re(
    r"sphinx|mkdocs|docusaurus|rustdoc|mediawiki|gitbook|bookdown|vuepress|vitepress|docfx|"
    r"javadoc|doxygen|antora|starlight|nextra|docsy|jsdoc|typedoc|pkgdown|hugo|astro",
    re.IGNORECASE,
)
_ON_THIS_PAGE = lazy_re(r"^\s*(?:on this page|in this article|contents)\s*:?\s*$", re.IGNORECASE)
# In the head only: a search of the whole tree costs as much as the rest of the test.
_CANONICAL = etree.XPath(
    "/html/head/link[@rel='canonical']/@href | /html/head/meta[@property='og:url']/@content"
)
_CLASSES = etree.XPath("/html/@class | /html/body/@class")
_GENERATORS = etree.XPath("/html/head/meta[@name='generator']/@content")
# the attribute, which knows its element: libxml2 reads attributes more quickly than it
# tests every element ("descendant::*[@role='main']": 0.12 ms a page against 0.02)
_ROLE_MAIN = etree.XPath("descendant::*/@role[. = 'main']")
_ROLE_MAIN_TEXT = ("role=\"main\"", "role='main'")
# A publication date in the markup (JSON-LD, Open Graph, microdata, <time>): found in the
# page's source, which is one substring search each instead of a walk over the tree.
_DATE_MARKS = ("datePublished", "article:published_time", "<time", "<TIME")
_LABELS = etree.XPath(
    "//h2/text() | //h3/text() | //h4/text() | //h5/text() | //h6/text() | //p/text() |"
    " //div/text() | //span/text() | //strong/text() | //nav/@aria-label | //aside/@aria-label"
)


def _address(tree: HtmlElement, url: str | None) -> bool:
    for address in (url, *_CANONICAL(tree)):
        parts = address_parts(str(address)) if address else None
        if parts is not None and _ADDRESS.search(parts.netloc + parts.path):
            return True
    return False


def _code(tree: HtmlElement) -> bool:
    if next(tree.iter("pre"), None) is not None:
        return True
    return sum(1 for _ in zip(range(MIN_CODE), tree.iter("code"), strict=False)) >= MIN_CODE


def _dated(tree: HtmlElement, html: str | None) -> bool:
    if html is None:
        html = etree.tostring(tree, encoding="unicode")
    return any(mark in html for mark in _DATE_MARKS)


def _on_this_page(tree: HtmlElement) -> bool:
    return any(len(label) < 40 and _ON_THIS_PAGE.match(label) for label in _LABELS(tree))


def _markup(tree: HtmlElement, containers: Sequence[HtmlElement]) -> bool:
    classes = [*map(str, _CLASSES(tree)), *(c.get("class") or "" for c in containers)]
    return any(_DOC_CLASS.search(c) for c in classes)


def _checks(
    tree: HtmlElement, url: str | None, html: str | None, containers: Sequence[HtmlElement]
) -> list[tuple[str, Callable[[], bool]]]:
    """The signals, cheapest first."""
    return [
        ("address", lambda: _address(tree, url)),
        ("generator", lambda: any(_GENERATOR.search(str(g)) for g in _GENERATORS(tree))),
        ("markup", lambda: _markup(tree, containers)),
        ("undated", lambda: not _dated(tree, html)),
        ("code", lambda: _code(tree)),
        ("on-this-page", lambda: _on_this_page(tree)),
    ]


def content_containers(tree: HtmlElement, html: str | None = None) -> list[HtmlElement]:
    """The page's marked content containers: ``<main>``, ``<article>``, ``role="main"``, in
    document order; on a page Doxygen made that marks none, its one ``<div
    class="contents">``. ``html``, the page's source, spares the search for the role when it
    does not say ``role="main"``."""
    found = list(tree.iter("main", "article"))
    if html is None or any(mark in html for mark in _ROLE_MAIN_TEXT):
        seen = set(found)
        found.extend(element for element in owners(_ROLE_MAIN(tree)) if element not in seen)
    if not found and (html is None or _DOXYGEN_TEXT in html) and _DOXYGEN(tree):
        contents = _DOXYGEN_CONTENTS(tree)  # (Doxygen marks none: its own name for it, once)
        found = contents if len(contents) == 1 else []
    return found


# Doxygen (C, C++) marks no container: its pages hold the text in <div class="contents">
_DOXYGEN_TEXT = 'content="Doxygen'
_DOXYGEN = etree.XPath("/html/head/meta[@name='generator'][starts-with(@content, 'Doxygen')]")
_DOXYGEN_CONTENTS = etree.XPath("(/html/body//div[@class='contents'])[position() <= 2]")


def doc_signals(
    tree: HtmlElement,
    url: str | None = None,
    html: str | None = None,
    containers: Sequence[HtmlElement] | None = None,
) -> list[str]:
    """The names of all the documentation signals the page shows (``html``: its source)."""
    found = content_containers(tree, html) if containers is None else containers
    return [name for name, check in _checks(tree, url, html, found) if check()]


def is_documentation(
    tree: HtmlElement,
    url: str | None = None,
    html: str | None = None,
    containers: Sequence[HtmlElement] | None = None,
) -> bool:
    """True when the page shows at least ``MIN_SIGNALS`` documentation signals (the checks
    stop as soon as the answer is known). ``containers``: :func:`content_containers`."""
    found_containers = content_containers(tree, html) if containers is None else containers
    checks = _checks(tree, url, html, found_containers)
    found = 0
    for done, (_name, check) in enumerate(checks, start=1):
        found += check()
        if found >= MIN_SIGNALS:
            return True
        if found + len(checks) - done < MIN_SIGNALS:
            return False
    return False


_TAB_PANEL_TEXT = ("role=\"tabpanel\"", "role='tabpanel'", "role=tabpanel")  # (minified)


def keeps_tab_panels(tree: HtmlElement, url: str | None, html: str) -> bool:
    """Hidden tab panels are text here: a documentation page showing one platform's or one
    language's steps at a time (the others are the same guide). Elsewhere tabs are widgets
    ("most read" / "latest"), left hidden. Costs one substring search on most pages."""
    return any(mark in html for mark in _TAB_PANEL_TEXT) and is_documentation(tree, url, html)


__all__ = ["content_containers", "doc_signals", "is_documentation", "keeps_tab_panels"]
