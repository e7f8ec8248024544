"""``<meta>`` tags (OpenGraph, Twitter, Dublin Core) and the canonical address."""

from __future__ import annotations

import lxml.html

from reader.clean.meta.text import as_text


def meta_tags(tree: lxml.html.HtmlElement) -> dict[str, str]:
    """First non-empty value of each ``<meta name|property|itemprop>`` key (lowercased)."""
    return meta_values(tree)[0]


def meta_lists(tree: lxml.html.HtmlElement) -> dict[str, list[str]]:
    """Every value of each ``<meta property|name>`` key, in document order (repeated tags)."""
    return meta_values(tree)[1]


def meta_values(
    tree: lxml.html.HtmlElement,
) -> tuple[dict[str, str], dict[str, list[str]]]:
    """:func:`meta_tags` and :func:`meta_lists` of ``tree`` in one pass, each value cleaned
    once (a news page's dozens of tags are most of the cost)."""
    first: dict[str, str] = {}
    every: dict[str, list[str]] = {}
    for element in tree.iter("meta"):
        content = as_text(element.get("content") or "")
        if not content:
            continue
        for attr in ("property", "name", "itemprop"):
            key = (element.get(attr) or "").strip().lower()
            if key and key not in first:
                first[key] = content
        key = (element.get("property") or element.get("name") or "").strip().lower()
        if key:
            every.setdefault(key, []).append(content)
    return first, every


def canonical_url(tree: lxml.html.HtmlElement) -> str | None:
    for link in tree.iter("link"):
        if (link.get("rel") or "").lower() == "canonical" and link.get("href"):
            return link.get("href")
    return None
