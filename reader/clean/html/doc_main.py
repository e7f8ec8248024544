"""Documentation pages: the page's whole content container, not readability's one section.

readability-lxml scores containers and keeps the best one with its siblings; on a manual or
an API reference split into ``<section>``s (one per class, per option, per step) it keeps one
section and drops the others. A page that marks its content container (``<main>``,
``role="main"``, ``<article>``) says where the text is: when that container holds what
readability kept and clearly more, and the page reads as documentation
(``doc_page.is_documentation``), the container is kept instead, through the same cleanup.

Cheap tests come first (most pages stop at the first): a marked container with more text
than readability's choice, then the documentation signals, then the container holding
readability's words (``COVERAGE``), then the container's words after the boilerplate rules:
``GROWTH`` times readability's, or no fewer on a page with ``SURE`` signals or more.
Measured on the WCXB dev pages (``benchmarks/wcxb.py``): documentation F1 0.913 -> 0.928,
articles unchanged (0.938).
"""

from __future__ import annotations

import copy
from collections import Counter

from lxml import etree
from lxml.html import HtmlElement

from reader.clean.explain import DropLog
from reader.clean.html.blocks import html_to_blocks
from reader.clean.html.boilerplate import strip_boilerplate
from reader.clean.html.doc_furniture import find_doc_furniture, strip_doc_furniture
from reader.clean.html.doc_page import content_containers, doc_signals, is_documentation
from reader.clean.html.dropping import drop
from reader.core.lazy import lazy_re

COVERAGE = 0.8  # share of readability's words the container must hold
CLOSE = 0.02  # a smaller container within this share of the best one's is as good
GROWTH = 1.1  # the container's words over readability's, at least (before and after cleanup)
SURE = 3  # documentation signals from which the container only has to be no smaller
_WORDS = lazy_re(r"\w+")
_TEXT = etree.XPath(
    "descendant::text()[not(parent::script or parent::style or parent::noscript"
    " or parent::template or ancestor::nav or ancestor::form or ancestor::button)]"
)


def _counts(text: str) -> Counter[str]:
    return Counter(_WORDS.findall(text.casefold()))


def _larger(
    containers: list[HtmlElement], total: int, growth: float
) -> list[tuple[int, str, HtmlElement]]:
    """The containers with at least ``growth`` times ``total`` words, smallest first."""
    found = []
    for element in containers:
        text = " ".join(_TEXT(element))
        size = len(_WORDS.findall(text))
        if size >= growth * total:
            found.append((size, text, element))
    return sorted(found, key=lambda row: row[0])


def _holding(rows: list[tuple[int, str, HtmlElement]], ours: Counter[str]) -> HtmlElement | None:
    """The smallest container holding nearly as many of our words as the best one does,
    if that is at least ``COVERAGE`` of them."""
    total = sum(ours.values())
    held = [(sum((_counts(text) & ours).values()) / total, element) for _s, text, element in rows]
    best = max((share for share, _element in held), default=0.0)
    if best < COVERAGE:
        return None
    return next(element for share, element in held if share >= best - CLOSE)


def _words(root: HtmlElement) -> int:
    return sum(len(_WORDS.findall(text)) for _kind, text, _level in html_to_blocks(root))


def widen_documentation(
    tree: HtmlElement,
    main: HtmlElement,
    url: str | None = None,
    html: str | None = None,
    log: DropLog | None = None,
) -> tuple[HtmlElement, bool]:
    """``main`` (readability's choice), or, on a documentation page, the marked content
    container holding it and clearly more: a copy, through the boilerplate rules; and
    whether the page read as documentation (tested only when a container is larger).
    ``html`` is the page's source (it spares some searches of the tree)."""
    text = main.text_content()
    containers = [
        element
        for element in content_containers(tree, html)
        if len(element.text_content()) > len(text)
    ]
    if not containers:  # no marked container is larger, even counting its scripts and menus
        found = find_doc_furniture(main, tree)  # readability's choice holds furniture too
        if found and is_documentation(tree, url, html):  # the costlier test only then
            strip_doc_furniture(main, log, found)
        return main, False
    if not is_documentation(tree, url, html, containers):
        return main, False
    chosen = _wider(tree, main, text, url, html, containers, log)
    strip_doc_furniture(chosen, log, tree=tree)
    return chosen, True


def _wider(
    tree: HtmlElement,
    main: HtmlElement,
    text: str,
    url: str | None,
    html: str | None,
    containers: list[HtmlElement],
    log: DropLog | None,
) -> HtmlElement:
    """The container (a cleaned copy) in place of ``main`` when it holds it and more."""
    ours = _counts(text)
    total = sum(ours.values())
    if not total:
        return main
    sure = len(doc_signals(tree, url, html, containers)) >= SURE
    growth = 1.0 if sure else GROWTH  # the surer the page is a manual, the more it is trusted
    rows = _larger(containers, total, growth)
    if not rows:
        return main
    found = _holding(rows, ours)
    if found is None:
        return main
    wider = copy.deepcopy(found)
    wider.tail = None
    trial = DropLog() if log is not None else None
    _drop_landmarks(wider, trial)
    strip_boilerplate(wider, trial, repeats=False)
    if _words(wider) < growth * total:
        return main
    if log is not None and trial is not None:
        log.drops.extend(trial.drops)
    return wider


# ARIA landmarks that are by definition not the page's content: the site's footer and header,
# its search box (a container taken whole brings in the ones nested inside it)
NOT_CONTENT_ROLES = frozenset({"contentinfo", "banner", "search"})


def _drop_landmarks(root: HtmlElement, log: DropLog | None) -> None:
    """Remove the not-content landmarks (and all they hold) from ``root``, rule "landmark"."""
    for element in root.xpath(".//*[@role]"):
        if element.get("role", "").strip().lower() not in NOT_CONTENT_ROLES:
            continue
        if any(a.get("role", "").strip().lower() in NOT_CONTENT_ROLES
               for a in element.iterancestors()):
            continue  # inside one already taken out
        drop(element, log, "landmark")


__all__ = ["widen_documentation"]
