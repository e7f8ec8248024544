"""Page metadata for the HTML cleaner: ``reader.clean.meta`` first, simple fallbacks after.

The fallbacks (OpenGraph, ``<title>`` without its " | Site" suffix, the first ``<h1>``, meta
author and date tags) fill only what the metadata extractor left empty.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from lxml.html import HtmlElement

from reader.clean.html_index import ClassIndex
from reader.model import Caption

_SUFFIX = re.compile(r"\s+(?:[|\-–—:·•»]|::)\s+")


@dataclass
class PageMeta:
    """What the cleaner needs to know about the page."""

    title: str = ""
    subtitle: str | None = None
    authors: list[str] = field(default_factory=list)
    published: str | None = None
    site: str | None = None
    caption: Caption | None = None


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


def fallback_metadata(tree: HtmlElement) -> PageMeta:
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
    authors = [author] if author and not author.startswith("http") else []
    published = _first(tags, "article:published_time", "datePublished", "date", "pubdate")
    return PageMeta(title=title, authors=authors, published=published, site=site)


def page_metadata(tree: HtmlElement, url: str | None, index: ClassIndex | None = None) -> PageMeta:
    """Metadata from ``reader.clean.meta`` (when present), completed by the fallbacks."""
    fallback = fallback_metadata(tree)
    try:
        from reader.clean.meta import extract_metadata
    except ImportError:
        return fallback
    try:
        found = extract_metadata(tree, url, index)
    except Exception:  # a metadata bug must not cost the article
        return fallback
    return PageMeta(
        title=getattr(found, "title", None) or fallback.title,
        subtitle=getattr(found, "subtitle", None) or None,
        authors=list(getattr(found, "authors", None) or fallback.authors),
        published=getattr(found, "published", None) or fallback.published,
        site=getattr(found, "site", None) or fallback.site,
        caption=getattr(found, "caption", None),
    )
