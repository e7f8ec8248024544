"""Article metadata from an HTML tree: title, subtitle, authors, date, site, lead caption.

Sources in order of trust: JSON-LD, then OpenGraph and other ``<meta>`` tags, then the visible
page (``h1``, byline elements, ``<time>``). Pure functions over an ``lxml.html`` tree; nothing
here raises on broken markup or broken JSON."""

from __future__ import annotations

from dataclasses import dataclass, field

import lxml.html

from reader.article.model import Caption
from reader.clean.class_index import ClassIndex
from reader.clean.meta.authors import find_authors
from reader.clean.meta.caption import find_caption
from reader.clean.meta.jsonld import jsonld_article
from reader.clean.meta.published import find_published
from reader.clean.meta.site import find_site
from reader.clean.meta.subtitle import find_subtitle
from reader.clean.meta.tags import canonical_url, meta_values
from reader.clean.meta.title import find_title


@dataclass
class Metadata:
    """What the page says about the article (raw-ish strings; the engine sanitises them)."""

    title: str = ""
    subtitle: str | None = None
    subtitle_placed: bool = False  # the line under the headline, found by its place alone
    authors: list[str] = field(default_factory=list)
    published: str | None = None
    site: str | None = None
    caption: Caption | None = None
    body: str = ""  # the article's text in its structured data (JSON-LD articleBody), raw


def extract_metadata(
    tree: lxml.html.HtmlElement, url: str | None = None, index: ClassIndex | None = None
) -> Metadata:
    """Read the article's metadata from ``tree`` (the whole page, before any cleanup).

    ``index`` is the page's ``ClassIndex.of_page(tree)`` when the caller already has it.
    """
    try:
        return _extract(tree, url, index or ClassIndex.of_page(tree))
    except Exception:  # metadata must never break extraction
        return Metadata()


def _extract(tree: lxml.html.HtmlElement, url: str | None, index: ClassIndex) -> Metadata:
    ld = jsonld_article(tree)
    meta, tagged = meta_values(tree)
    url = url or meta.get("og:url") or canonical_url(tree)
    site = find_site(tree, ld, meta, url)
    title = find_title(tree, ld, meta, site, url)
    dek = find_subtitle(tree, ld, meta, title, index)
    return Metadata(
        title=title,
        subtitle=dek.text,
        subtitle_placed=dek.placed,
        authors=find_authors(tree, ld, meta, site, index, url, title, tagged),
        published=find_published(tree, ld, meta, url, index),
        site=site,
        caption=find_caption(tree),
        body=ld.body,
    )
