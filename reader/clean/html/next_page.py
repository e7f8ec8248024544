"""The next page of a multi-page article: ``<link rel="next">`` (or ``<a rel="next">``), else
one unambiguous "Next page" link. Only an http(s) address on the page's own host, with no
control characters or spaces, is ever returned.
"""

from __future__ import annotations

import re
from urllib.parse import urldefrag, urljoin, urlsplit

from reader.clean.html.pipeline import parse_html
from reader.core.errors import LoadError
from reader.core.lazy import lazy_re

__all__ = ["next_page_url", "page_key", "same_article", "same_host"]

_MAX_URL = 2000
_NEXT_TEXT = lazy_re(
    r"^(?:next\s+page|next\s+part|continue\s+reading\s+on\s+(?:the\s+)?next\s+page"
    r"|page\s+suivante|nächste\s+seite|siguiente\s+página)$",
    re.IGNORECASE,
)
_NEXT_IN_PAGER = lazy_re(r"^(?:next|more|older)$", re.IGNORECASE)
_PAGER = lazy_re(r"pag(?:ination|er|ing)|page-?nav", re.IGNORECASE)
_ARROWS = " \t\r\n\u00a0»›→>·|…."
# a page with no rel=next, no "Next page" text and no pager is not parsed at all (each a
# scan for one literal: an alternation without one is ~50 times slower on a big page)
_HINTS = (
    lazy_re(r"""rel\s*=\s*["']?[^"'>]{0,80}\bnext\b""", re.IGNORECASE),
    lazy_re(r"next\s+(?:page|part)", re.IGNORECASE),  # (one literal: a fast scan)
    lazy_re(r"pag(?:ination|er|ing)|page-?nav", re.IGNORECASE),
)
_TITLE_WORD = lazy_re(r"[^\W\d_]+")
_PAGE_WORDS = frozenset({
    "page", "pages", "part", "of", "seite", "teil", "von", "página", "pagina", "parte",
    "de", "partie", "sur", "pag", "p",
})  # what a later page's title adds to its article's ("Page 2 of 3"), numbers aside
_UNSAFE = lazy_re(r"[\x00-\x20\x7f-\x9f\u200b-\u200f\u2028-\u202e\u2066-\u2069]")


def page_key(url: str) -> str:
    """The address without its fragment and trailing slash, lower-case host: two spellings
    of one page compare equal (a loop is seen as one)."""
    base, _ = urldefrag(url)
    parts = urlsplit(base)
    path = parts.path.rstrip("/") or "/"
    query = f"?{parts.query}" if parts.query else ""
    return f"{parts.scheme.lower()}://{parts.netloc.lower()}{path}{query}"


def same_host(url: str, base: str) -> bool:
    """``url`` is http(s) on ``base``'s host (and port)."""
    one, two = urlsplit(url), urlsplit(base)
    return (
        one.scheme.lower() in ("http", "https")
        and two.scheme.lower() in ("http", "https")
        and bool(one.hostname)
        and one.hostname == two.hostname
        and one.port == two.port
    )


def same_article(title: str, later: str) -> bool:
    """Whether a page titled ``later``, which a page titled ``title`` names as its next, is
    more of that article: the same title, give or take a page number ("Page 2 of 3") or
    words added at its end (a site's name). Sphinx names the next chapter with
    ``rel="next"``, blog themes the next post: another title, another document. A page
    without a title is no evidence either way."""
    one, two = _title_words(title), _title_words(later)
    if not one or not two:
        return True
    shorter, longer = sorted((one, two), key=len)
    return longer[: len(shorter)] == shorter


def _title_words(title: str) -> list[str]:
    return [word for word in _TITLE_WORD.findall(title.casefold()) if word not in _PAGE_WORDS]


def _resolve(href: str | None, base: str) -> str | None:
    """``href`` made absolute against ``base``, if it is a safe address on the same host
    and not the page itself."""
    if not href:
        return None
    href = href.strip()
    if not href or len(href) > _MAX_URL or _UNSAFE.search(href):
        return None
    try:
        url = urldefrag(urljoin(base, href))[0]
        if not same_host(url, base):
            return None
    except ValueError:  # a malformed port or IPv6 address
        return None
    if page_key(url) == page_key(base):
        return None
    return url


def _rel_next(tree: object, base: str) -> str | None:
    for element in tree.iter("link", "a"):  # type: ignore[attr-defined]
        rel = (element.get("rel") or "").lower().split()
        if "next" in rel:
            url = _resolve(element.get("href"), base)
            if url is not None:
                return url
    return None


def _in_pager(element: object) -> bool:
    for ancestor in element.iterancestors():  # type: ignore[attr-defined]
        names = f"{ancestor.get('class') or ''} {ancestor.get('id') or ''}"
        if _PAGER.search(names) or (ancestor.tag == "nav" and _PAGER.search(
            ancestor.get("aria-label") or ""
        )):
            return True
    return False


def _next_link(tree: object, base: str) -> str | None:
    """The one address the page's "Next page" links lead to (none if they disagree)."""
    found: set[str] = set()
    chosen: str | None = None
    for anchor in tree.iter("a"):  # type: ignore[attr-defined]
        words = " ".join(anchor.text_content().split()).strip(_ARROWS)
        if not words or len(words) > 60:
            continue
        if _NEXT_TEXT.match(words) or (_NEXT_IN_PAGER.match(words) and _in_pager(anchor)):
            url = _resolve(anchor.get("href"), base)
            if url is not None:
                found.add(page_key(url))
                chosen = url
            if len(found) > 1:
                return None  # ambiguous: two different "next" pages
    return chosen


def next_page_url(html: str, base: str | None) -> str | None:
    """The address of the article's next page, or None."""
    if not base or urlsplit(base).scheme.lower() not in ("http", "https"):
        return None
    if not any(hint.search(html) for hint in _HINTS):
        return None
    try:
        tree = parse_html(html)
    except LoadError:
        return None
    return _rel_next(tree, base) or _next_link(tree, base)
