"""Page metadata for the HTML cleaner: ``reader.clean.meta`` first, simple fallbacks after.

The fallbacks (OpenGraph, ``<title>`` without its " | Site" suffix, the first ``<h1>``, meta
author and date tags) fill only what the metadata extractor left empty.
"""

from __future__ import annotations

from copy import deepcopy
from dataclasses import replace
from urllib.parse import urljoin

from lxml.html import HtmlElement

from reader.clean.class_index import ClassIndex
from reader.clean.meta import Metadata, extract_metadata, parse_date
from reader.clean.meta.tags import canonical_url
from reader.clean.meta.text import NOT_PROSE
from reader.core.lazy import lazy_re

# no date of the page's in these (htmldate reads a copy without them)
UNDATED = (*NOT_PROSE, "kbd", "script", "style", "link", "nav")
_SUFFIX = lazy_re(r"(?<!\s)\s+(?:[|\-–—:·•»]|::)\s+")


def _meta_tags(tree: HtmlElement) -> dict[str, str]:
    """First non-empty content of each meta property/name/itemprop, keyed lower case."""
    tags: dict[str, str] = {}
    for element in tree.iter("meta"):
        content = " ".join((element.get("content") or "").split())
        if not content:
            continue
        for attribute in ("property", "name", "itemprop"):
            key = (element.get(attribute) or "").strip().lower()
            if key and key not in tags:
                tags[key] = content
    return tags


def _first(tags: dict[str, str], *names: str) -> str | None:
    for name in names:
        if tags.get(name.lower()):
            return tags[name.lower()]
    return None


def _strip_site(title: str, site: str | None) -> str:
    """'Headline | Site' -> 'Headline' (the longest part when the site is unknown)."""
    parts = _SUFFIX.split(title)
    if len(parts) < 2:
        return title
    if site:
        kept = [part for part in parts if part.casefold() != site.casefold()]
        if len(kept) < len(parts):
            return " - ".join(kept) if len(kept) > 1 else kept[0]
    return max(parts, key=len) if len(parts[-1]) < len(parts[0]) else title


def fallback_metadata(tree: HtmlElement) -> Metadata:
    """Title, site, authors and date from OpenGraph/meta tags, ``<title>`` and ``<h1>``."""
    tags = _meta_tags(tree)
    site = _first(tags, "og:site_name", "application-name")
    title = _first(tags, "og:title", "twitter:title")
    if not title:
        titles = tree.xpath("//title")
        raw = " ".join(titles[0].text_content().split()) if titles else ""
        title = _strip_site(raw, site) if raw else ""
    if not title:
        headings = tree.xpath("//h1")
        title = " ".join(headings[0].text_content().split()) if headings else ""
    author = _first(tags, "author", "article:author", "byl")
    # as the page gives it ("kirstin boatto", "team"), but a profile id ("262588213843476")
    # or an address is no name
    named = author and not author.startswith("http") and any(c.isalpha() for c in author)
    authors = [author] if named else []
    published = parse_date(
        _first(tags, "article:published_time", "datePublished", "date", "pubdate")
    )
    return Metadata(title=title, authors=authors, published=published, site=site)


def page_metadata(tree: HtmlElement, url: str | None, index: ClassIndex | None = None) -> Metadata:
    """Metadata from ``reader.clean.meta``, completed by the fallbacks where it found nothing."""
    found = extract_metadata(tree, url, index)
    if found.title and found.authors and found.published and found.site:
        return found
    fallback = fallback_metadata(tree)
    return replace(
        found,
        title=found.title or fallback.title,
        authors=list(found.authors or fallback.authors),
        published=found.published or fallback.published or markup_date(tree, url),
        site=found.site or fallback.site,
    )


def markup_date(tree: HtmlElement, url: str | None) -> str | None:
    """The publication date by htmldate's reading of the page's markup and address (a
    YYYY-MM-DD, or None), when our own readers found none.

    Its extensive search (dates in any element's text) comes second, and a first of the
    month from it is dropped: that is its guess from a year or a month alone ("© 2026")."""
    try:
        from reader.core.deferred import importing_without

        with importing_without("urllib3", "charset_normalizer"):  # (its downloader's)
            from htmldate import find_date  # lazy: ~80 ms to import, for pages without one
        _without_dateparser()
        prose = _prose_only(tree)
        found = find_date(prose, url=url, original_date=True, extensive_search=False)
        if not found:
            found = find_date(prose, url=url, original_date=True, extensive_search=True)
            found = None if isinstance(found, str) and found.endswith("-01") else found
    except Exception:  # a date must never break extraction
        return None
    return found if isinstance(found, str) and len(found) == 10 else None


def _without_dateparser() -> None:
    """htmldate's last resort hands a date-like phrase to dateparser, which first loads and
    compiles its patterns for each of its ~200 languages: 2-9 s on the first page of a run
    that gets there (9 of the 622 dev pages: a product's rating "4.07 / 5.0 (15)" will do),
    for no date the other readers had not found. Its gate (``has_date_cue``, itself
    loading every language's month names) and the parser are both left out."""
    from htmldate import extractors

    for name in ("has_date_cue", "_external_date"):
        if callable(getattr(extractors, name, None)):
            setattr(extractors, name, _never)


def _never(*_args: object) -> None:
    return None


def _prose_only(tree: HtmlElement) -> HtmlElement:
    """A copy of ``tree`` without code, scripts, styles, links to files and ``<meta>``
    elements with no ``content``: a date there (a program's output, a stylesheet's version,
    the build date in the version string of the generator's settings) is not the page's."""
    copy = deepcopy(tree)
    for element in list(copy.iter(*UNDATED)):
        if element.getparent() is not None:
            element.drop_tree()
    for element in list(copy.iter("meta")):
        if element.get("content") is None and element.getparent() is not None:
            element.drop_tree()  # a script's settings, not metadata (rustdoc's version date)
    return copy


def own_address(tree: HtmlElement) -> str | None:
    """The web address the page names for itself (canonical, then og:url), when absolute."""
    for address in (canonical_url(tree), _meta_tags(tree).get("og:url")):
        address = "".join((address or "").split())
        if address.lower().startswith(("http://", "https://")):
            return address
    return None


def base_href(tree: HtmlElement, url: str | None) -> str | None:
    """The address the page's relative links resolve against: its ``<base href>`` (itself
    resolved against ``url``), else ``url``."""
    for element in tree.iter("base"):
        href = (element.get("href") or "").strip()
        if href:
            try:
                return urljoin(url or "", href)
            except ValueError:
                return url
    return url
