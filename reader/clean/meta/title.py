"""The article's title, without the site name and other affixes."""

from __future__ import annotations

import re
from collections.abc import Iterable

import lxml.html

from reader.clean.meta.jsonld import ArticleLD
from reader.clean.meta.site import TITLE_SEPARATORS, same_site, site_from_url
from reader.clean.meta.text import (
    WHITESPACE,
    as_text,
    element_text,
    in_boilerplate,
    norm_words,
    without_anchor_mark,
)
from reader.core.cells import WIDE
from reader.core.lazy import lazy_re


def _domain_tokens(url: str | None) -> set[str]:
    host = site_from_url(url) or ""
    tokens = {host} if host else set()
    for label in host.split("."):
        if len(label) > 2:
            tokens.add(label)
    return tokens


def _is_site_name(segment: str, sites: Iterable[str], url: str | None) -> bool:
    """Whether a title segment names the site (its name, its domain or a domain-ish token)."""
    norm = norm_words(segment)
    if not norm:
        return True
    compact = norm.replace(" ", "")
    for site in sites:
        site_norm = norm_words(site)
        if site_norm and (norm == site_norm or compact == site_norm.replace(" ", "")):
            return True
        if (
            site_norm
            and len(norm) > 3
            and (site_norm.startswith(norm + " ") or norm.startswith(site_norm + " "))
        ):
            return True
    if re.fullmatch(r"(?:www\.)?[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}", segment.strip().lower()):
        return True
    tokens = _domain_tokens(url)
    return (
        compact in tokens
        or any(len(t) > 3 and compact.startswith(t) and len(compact) <= len(t) + 4 for t in tokens)
        or _initials(norm) in tokens
    )


_LINKING_WORDS = frozenset({"and", "of", "the", "for", "on", "in"})
MIN_INITIALS = 3


def _initials(norm: str) -> str:
    """The initials of a name of :data:`MIN_INITIALS` words or more, its linking words left
    out: "osha" for "Occupational Safety and Health Administration" (at osha.gov); "" for a
    shorter one."""
    words = [word for word in norm.split() if word not in _LINKING_WORDS]
    return "".join(word[0] for word in words) if len(words) >= MIN_INITIALS else ""


_BRACKETED_SITE = lazy_re(r"(?<=\S)\s+\[([^\[\]]{2,80})\]$")


def _names_site(segment: str, sites: Iterable[str], url: str | None) -> bool:
    """A bracketed affix names the site when it is the site's name or its first word is the
    address's ("Zotero Documentation" at zotero.org)."""
    words = norm_words(segment).split()
    return _is_site_name(segment, sites, url) or bool(words and words[0] in _domain_tokens(url))


def strip_title_affixes(title: str, sites: Iterable[str] = (), url: str | None = None) -> str:
    """Drop " | Site" (and "Site | ") segments that name the site, keep the headline."""
    sites = [s for s in sites if s]
    title = WHITESPACE.sub(" ", title).strip()
    bracket = _BRACKETED_SITE.search(title)
    if bracket and _names_site(bracket[1], sites, url):
        title = title[: bracket.start()]  # a wiki's "searching [Zotero Documentation]"
    parts = TITLE_SEPARATORS.split(title)
    seps = TITLE_SEPARATORS.findall(title)
    if len(parts) < 2:
        return title
    start, end = 0, len(parts)
    while end - start > 1 and _is_site_name(parts[end - 1], sites, url):
        end -= 1
    while end - start > 1 and _is_site_name(parts[start], sites, url):
        start += 1
    kept = parts[start]
    for index in range(start + 1, end):
        kept += seps[index - 1] + parts[index]
    return kept.strip()


_NOT_TITLE = frozenset({"time"})  # a heading's date ("<h1><time>Dec 18 2025</time> Title</h1>")


def _heading_text(heading: lxml.html.HtmlElement) -> str:
    """A heading's text as a title candidate: no date inside it, no link mark after it; ""
    when empty or too long for a title."""
    text = without_anchor_mark(element_text(heading, skip=_NOT_TITLE))
    return text if len(text) < 400 else ""


_HOME = frozenset({"/", "./", "index.html", "/index.html", "./index.html", "../index.html"})


def _home_headings(tree: lxml.html.HtmlElement) -> list[str]:
    """The h1s that are one link to the site's home page ("<h1><a href="/">Blog</a></h1>",
    a blog's theme over every page): the site's name, not the headline."""
    names = []
    for heading in tree.iter("h1"):
        links = list(heading.iter("a"))
        if len(links) == 1 and (links[0].get("href") or "").strip() in _HOME:
            text = _heading_text(heading)
            if text and text == as_text(links[0].text_content()):
                names.append(text)
    return names


def _heading_texts(
    tree: lxml.html.HtmlElement, tags: tuple[str, ...] = ("h1",), limit: int = 0
) -> list[tuple[str, bool]]:
    """Each h1's (or ``tags``') text, with whether it stands outside nav/footer/aside/
    comments; the first ``limit`` of them if ``limit``."""
    texts = []
    for heading in tree.iter(*tags):
        text = _heading_text(heading)
        if text:
            texts.append((text, not in_boilerplate(heading)))
            if len(texts) == limit:
                break
    return texts


def _h2s_before_h1(tree: lxml.html.HtmlElement) -> list[str]:
    """The texts of the h2s before the page's first h1, outside nav/footer/aside/comments."""
    texts = []
    for heading in tree.iter("h1", "h2"):
        if heading.tag == "h1":
            break
        text = _heading_text(heading)
        if text and not in_boilerplate(heading):
            texts.append(text)
    return texts


# a title's first segment may be the first of these h2s when no h1 is it, or of the h3s and
# h4s when it has a headline's words ("Headline | District" over an <h4>; not "Electrical" of
# "Electrical - Overview | OSHA", a section's heading over its page's)
SUBHEADINGS = 3
HEADLINE_WORDS = 3


TITLE_CHARS = 15  # a title shorter than this (in Latin letters) may match by chance


def _weight(text: str) -> int:
    """Its length with each wide character (Chinese, Japanese, Korean) counted three times:
    it says about as much as a short word."""
    return len(text) + 2 * len(WIDE.findall(text))


def titles_match(a: str, b: str) -> bool:
    """The same title, or one is the other with an affix ("Headline_Site", "Headline - Site")."""
    na, nb = norm_words(a), norm_words(b)
    if not na or not nb:
        return False
    if na == nb:
        return True
    short, long_ = sorted((na, nb), key=len)
    return (
        len(short) >= 0.6 * len(long_)
        and (long_.startswith(short) or long_.endswith(short))
        and _weight(short) > TITLE_CHARS
    )


# " - ", " | ", " — ": the separators between a title's headline and what follows it
_HEAD_SEPARATOR = lazy_re(r"(?<!\s)\s+[|\-–—]\s+")


def _headline_segment(
    candidates: list[str], h1s: list[tuple[str, bool]], sites: list[str], url: str | None
) -> str | None:
    """The page's h1 when it is a title's first segment ("systemd" of "systemd - ArchWiki",
    "WebSocket" of "WebSocket - Web APIs | MDN"): the rest names the section and the site."""
    for candidate in candidates:
        parts = _HEAD_SEPARATOR.split(candidate)
        if len(parts) < 2:
            continue
        first = norm_words(parts[0])
        for h1, content in h1s:
            if content and first and norm_words(h1) == first and not _is_site_name(h1, sites, url):
                return h1
    return None


def _extended_segment(
    candidates: list[str], h1s: list[tuple[str, bool]], sites: list[str], url: str | None
) -> str | None:
    """The page's one h1 when it begins with a title's first segment, a menu's short name
    for the page ("API reference" under "API - Harbour": MkDocs titles a page by its
    entry in the site's menu, then the site)."""
    content = [h1 for h1, shown in h1s if shown and not _is_site_name(h1, sites, url)]
    if len(content) != 1:
        return None
    for candidate in candidates:
        parts = _HEAD_SEPARATOR.split(candidate)
        first, heading = norm_words(parts[0]) if len(parts) >= 2 else "", norm_words(content[0])
        if not first or not heading.startswith(first + " "):
            continue
        if not any(norm_words(part) in heading for part in parts[1:]):
            return content[0]  # (not the whole title again, site and all)
    return None


def _headlines(h1s: list[tuple[str, bool]], candidates: list[str]) -> list[str]:
    """The content h1s that are not a title's trailing segment (the site's name: "The Rust
    Programming Language" of "What Is Ownership? - The Rust Programming Language")."""
    trailing = {
        norm_words(part) for c in candidates for part in _HEAD_SEPARATOR.split(c)[1:]
    }
    return [h1 for h1, content in h1s if content and norm_words(h1) not in trailing]


def _shared_words(a: str, b: str) -> int:
    long_words = {w for w in norm_words(a).split() if len(w) > 2}
    return len(long_words & set(norm_words(b).split()))


# A field's label before the title ("Title:AlignMerge ...", an archive's record page).
_TITLE_LABEL = lazy_re(r"^(?:title|titel|titre|título|titolo)\s*:\s*(?=\S)", re.IGNORECASE)


def find_title(
    tree: lxml.html.HtmlElement,
    ld: ArticleLD,
    meta: dict[str, str],
    site: str | None,
    url: str | None,
) -> str:
    """The headline: the page's h1 when a title names it, else the best title (see the
    helpers), without a "Title:" label."""
    return without_title_label(_find_title(tree, ld, meta, site, url))


def without_title_label(text: str) -> str:
    """``text`` without a "Title:" label before it."""
    return _TITLE_LABEL.sub("", text)


def _find_title(
    tree: lxml.html.HtmlElement,
    ld: ArticleLD,
    meta: dict[str, str],
    site: str | None,
    url: str | None,
) -> str:
    sites = [s for s in (site, meta.get("og:site_name"), ld.publisher, ld.website) if s]
    sites += _home_headings(tree)
    page_title = ""
    found = tree.find(".//title")
    if found is not None:
        page_title = as_text(found.text_content())
    candidates = [
        ld.headline,
        meta.get("og:title", ""),
        meta.get("twitter:title", ""),
        meta.get("sailthru.title", ""),
        meta.get("parsely-title", ""),
        meta.get("title", ""),
        meta.get("headline", ""),
        page_title,
    ]
    whole = [c for c in candidates if c]  # (with the site's name after a separator)
    candidates = [strip_title_affixes(c, sites, url) for c in whole]
    h1s = _heading_texts(tree)
    lead = _headline_segment(candidates, h1s, sites, url) or _extended_segment(
        whole, h1s, sites, url)
    if not lead and not _headlines(h1s, candidates):
        # no h1 but the site's name: the page's first h2s stand for its headline
        lead = _headline_segment(
            candidates, _heading_texts(tree, ("h2",), SUBHEADINGS), sites, url
        ) or _headline_segment(  # a headline set lower still: words enough for one
            candidates,
            [(text, content) for text, content in _heading_texts(tree, ("h3", "h4"), SUBHEADINGS)
             if len(text.split()) >= HEADLINE_WORDS],
            sites,
            url,
        )
    if lead:
        return lead
    for candidate in candidates:
        for h1, _ in h1s:
            if titles_match(h1, candidate):
                return strip_title_affixes(h1, sites, url)  # a hidden h1 may copy <title>
    # One headline-like h1 that is not the site's name: the reader sees it, not the SEO title.
    headlines = [
        h1
        for h1, content in h1s
        if content
        and not _is_site_name(h1, sites, url)
        and not any(same_site(h1, name) for name in sites)
        and (len(h1.split()) >= 3 or len(h1) >= 12)
    ]
    if len(headlines) == 1 and (
        not candidates or any(_shared_words(headlines[0], c) >= 2 for c in candidates)
    ):
        # an h2 above the only h1 that a title names is the headline, the h1 a section's
        # heading written one level too high (a post's "# heading" under its template's h2)
        named = (h2 for h2 in _h2s_before_h1(tree) if any(titles_match(h2, c) for c in candidates))
        return next(named, headlines[0])
    if candidates:
        return candidates[0]
    return headlines[0] if headlines else ""
