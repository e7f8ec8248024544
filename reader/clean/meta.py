"""Article metadata from an HTML tree: title, subtitle, authors, date, site, lead caption.

Sources in order of trust: JSON-LD, then OpenGraph and other ``<meta>`` tags, then the visible
page (``h1``, byline elements, ``<time>``). Pure functions over an ``lxml.html`` tree; nothing
here raises on broken markup or broken JSON.
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta, timezone
from typing import Any
from urllib.parse import urlsplit

import lxml.html
from lxml import etree

from reader.clean.credit import clean_credit
from reader.clean.html_index import ClassIndex, page_root
from reader.model import Caption


@dataclass
class Metadata:
    """What the page says about the article (raw-ish strings; the engine sanitises them)."""

    title: str = ""
    subtitle: str | None = None
    authors: list[str] = field(default_factory=list)
    published: str | None = None
    site: str | None = None
    caption: Caption | None = None


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
    ld = _jsonld_article(tree)
    meta = _meta_tags(tree)
    url = url or meta.get("og:url") or _canonical(tree)
    site = _site(tree, ld, meta, url)
    title = _title(tree, ld, meta, site, url)
    return Metadata(
        title=title,
        subtitle=_subtitle(tree, ld, meta, title, index),
        authors=_authors(tree, ld, meta, site, index),
        published=_published(tree, ld, meta, url, index),
        site=site,
        caption=_caption(tree),
    )


# --------------------------------------------------------------------------- text helpers

_WS = re.compile(r"\s+")


def _text(value: Any) -> str:
    """A JSON-LD or attribute value as one clean line ("" for anything else)."""
    if isinstance(value, list):
        value = next((v for v in value if isinstance(v, str) and v.strip()), "")
    if not isinstance(value, str):
        return ""
    return _WS.sub(" ", html.unescape(value)).strip()


def _element_text(element: lxml.html.HtmlElement) -> str:
    """Visible text of an element, one line (scripts and styles left out)."""
    parts: list[str] = []
    for node in element.iter():
        if node.tag in ("script", "style", "noscript", "template") or not isinstance(node.tag, str):
            continue
        if (node.text and node is element) or (node.text and _visible_parent(node, element)):
            parts.append(node.text)
        if node is not element and node.tail and _visible_parent(node.getparent(), element):
            parts.append(node.tail)
    return _WS.sub(" ", " ".join(parts)).strip()


def _visible_parent(node: Any, root: Any) -> bool:
    while node is not None and node is not root:
        if node.tag in ("script", "style", "noscript", "template"):
            return False
        node = node.getparent()
    return True


def _norm(text: str) -> str:
    """Lowercase letters and digits only, single-spaced (for comparing titles and names)."""
    return " ".join(re.findall(r"\w+", text.lower()))


# --------------------------------------------------------------------------- JSON-LD

_ARTICLE_TYPES = {
    "article",
    "newsarticle",
    "reportagenews",
    "analysisnewsarticle",
    "opinionnewsarticle",
    "reviewnewsarticle",
    "backgroundnewsarticle",
    "askpublicnewsarticle",
    "blogposting",
    "liveblogposting",
    "socialmediaposting",
    "scholarlyarticle",
    "techarticle",
    "report",
    "review",
    "creativework",
}
_PAGE_TYPES = {"webpage", "itempage", "collectionpage"}


def parse_json_lenient(text: str) -> list[Any]:
    """Parse a JSON-LD script, forgiving comments, trailing commas, entities and CDATA.

    Returns every top-level value found (some pages put several objects in one script).
    """
    text = text.strip()
    text = re.sub(r"^\s*(?://\s*)?<!\[CDATA\[|(?://\s*)?\]\]>\s*$", "", text).strip()
    text = re.sub(r"^<!--|-->$", "", text).strip()
    repairs = (lambda t: t, _repair_json, lambda t: _repair_json(html.unescape(t)))
    for repair in repairs:
        values = _decode_all(repair(text))
        if values:
            return values
    return []


def _decode_all(text: str) -> list[Any]:
    decoder = json.JSONDecoder(strict=False)
    values: list[Any] = []
    index = 0
    while index < len(text):
        while index < len(text) and text[index] in " \t\r\n;,":
            index += 1
        if index >= len(text):
            break
        try:
            value, index = decoder.raw_decode(text, index)
        except ValueError:
            return values
        values.append(value)
    return values


def _repair_json(text: str) -> str:
    """Drop comments (outside strings) and trailing commas; escape raw newlines in strings."""
    out: list[str] = []
    index, length = 0, len(text)
    in_string = False
    while index < length:
        char = text[index]
        if in_string:
            if char == "\\" and index + 1 < length:
                out.append(text[index : index + 2])
                index += 2
                continue
            if char == '"':
                in_string = False
            out.append("\\n" if char == "\n" else char)
            index += 1
            continue
        if char == '"':
            in_string = True
        elif text.startswith("//", index):
            end = text.find("\n", index)
            index = length if end < 0 else end
            continue
        elif text.startswith("/*", index):
            end = text.find("*/", index + 2)
            index = length if end < 0 else end + 2
            continue
        out.append(char)
        index += 1
    return re.sub(r",(\s*[}\]])", r"\1", "".join(out))


def _walk(value: Any) -> Iterator[dict[str, Any]]:
    """Every JSON object in ``value``, depth first (``@graph``, lists, nested items)."""
    if isinstance(value, list):
        for item in value:
            yield from _walk(item)
    elif isinstance(value, dict):
        yield value
        for key in ("@graph", "mainEntity", "mainEntityOfPage", "itemListElement", "hasPart"):
            if key in value:
                yield from _walk(value[key])


def _types(obj: dict[str, Any]) -> set[str]:
    kind = obj.get("@type")
    kinds = kind if isinstance(kind, list) else [kind]
    return {k.lower().rsplit("/", 1)[-1] for k in kinds if isinstance(k, str)}


@dataclass
class _LD:
    """The fields we use from a page's JSON-LD."""

    headline: str = ""
    subtitle: str = ""
    description: str = ""
    authors: list[str] = field(default_factory=list)
    organisations: list[str] = field(default_factory=list)
    published: str = ""
    publisher: str = ""
    website: str = ""


def _jsonld_article(tree: lxml.html.HtmlElement) -> _LD:
    objects: list[dict[str, Any]] = []
    for script in tree.iter("script"):
        kind = (script.get("type") or "").lower()
        if "ld+json" not in kind or not script.text:
            continue
        for value in parse_json_lenient(script.text):
            objects.extend(_walk(value))
    result = _LD()
    articles = [o for o in objects if _types(o) & _ARTICLE_TYPES]
    # The article with a headline wins; "Review"/"CreativeWork" only when nothing better.
    articles.sort(key=lambda o: (not _text(o.get("headline")), "creativework" in _types(o)))
    by_id = {o["@id"]: o for o in objects if isinstance(o.get("@id"), str)}
    if articles:
        article = articles[0]
        result.headline = _text(article.get("headline")) or _text(article.get("name"))
        result.subtitle = _text(article.get("alternativeHeadline"))
        result.description = _text(article.get("description"))
        result.published = _text(article.get("datePublished")) or _text(article.get("dateCreated"))
        for person, is_person in _ld_people(article.get("author"), by_id):
            (result.authors if is_person else result.organisations).append(person)
        if not result.authors and not result.organisations:
            for person, is_person in _ld_people(article.get("creator"), by_id):
                (result.authors if is_person else result.organisations).append(person)
        result.publisher = _ld_name(article.get("publisher"), by_id)
    for obj in objects:
        kinds = _types(obj)
        if not result.website and "website" in kinds:
            result.website = _text(obj.get("name"))
        if not result.publisher and kinds & {"newsmediaorganization", "organization"}:
            result.publisher = _text(obj.get("name"))
        if not result.published and kinds & _PAGE_TYPES:
            result.published = _text(obj.get("datePublished"))
        if not result.headline and kinds & _PAGE_TYPES:
            result.headline = _text(obj.get("headline"))
    return result


def _ld_name(value: Any, by_id: dict[str, dict[str, Any]]) -> str:
    if isinstance(value, list):
        value = value[0] if value else None
    if isinstance(value, dict):
        if set(value) <= {"@id"} and value.get("@id") in by_id:
            value = by_id[value["@id"]]
        return _text(value.get("name"))
    return _text(value)


def _ld_people(value: Any, by_id: dict[str, dict[str, Any]]) -> Iterator[tuple[str, bool]]:
    """``(name, is_person)`` for each JSON-LD author entry."""
    for item in value if isinstance(value, list) else [value]:
        if isinstance(item, dict):
            if set(item) <= {"@id"} and item.get("@id") in by_id:
                item = by_id[item["@id"]]
            name = _text(item.get("name"))
            if not name:
                given, family = _text(item.get("givenName")), _text(item.get("familyName"))
                name = f"{given} {family}".strip()
            kinds = _types(item)
            is_person = not (kinds & {"organization", "newsmediaorganization", "corporation"})
            if name:
                yield name, is_person
        elif isinstance(item, str) and item.strip():
            yield _text(item), True


# --------------------------------------------------------------------------- meta tags


def _meta_tags(tree: lxml.html.HtmlElement) -> dict[str, str]:
    """First non-empty value of each ``<meta name|property|itemprop>`` key (lowercased)."""
    meta: dict[str, str] = {}
    for element in tree.iter("meta"):
        content = _text(element.get("content") or "")
        if not content:
            continue
        for attr in ("property", "name", "itemprop"):
            key = (element.get(attr) or "").strip().lower()
            if key and key not in meta:
                meta[key] = content
    return meta


def _meta_lists(tree: lxml.html.HtmlElement) -> dict[str, list[str]]:
    """Every value of each ``<meta property|name>`` key, in document order (repeated tags)."""
    values: dict[str, list[str]] = {}
    for element in tree.iter("meta"):
        key = (element.get("property") or element.get("name") or "").strip().lower()
        if key:
            content = _text(element.get("content") or "")
            if content:
                values.setdefault(key, []).append(content)
    return values


def _canonical(tree: lxml.html.HtmlElement) -> str | None:
    for link in tree.iter("link"):
        if (link.get("rel") or "").lower() == "canonical" and link.get("href"):
            return link.get("href")
    return None


# --------------------------------------------------------------------------- site


def site_from_url(url: str | None) -> str | None:
    """The host without ``www.`` ("nytimes.com"), or ``None``."""
    if not url:
        return None
    host = (urlsplit(url).hostname or "").lower()
    host = re.sub(r"^(?:www\d?|m|amp|mobile)\.", "", host)
    return host or None


_TAGLINE_SPLIT = re.compile(r"\s+[|\-–—:·•]\s+")


def _site(
    tree: lxml.html.HtmlElement, ld: _LD, meta: dict[str, str], url: str | None
) -> str | None:
    """The publication's name, as the page writes it (its title bar first, when it agrees)."""
    named: list[str] = []
    for candidate in (
        meta.get("og:site_name"),
        ld.publisher,
        ld.website,
        meta.get("application-name"),
        meta.get("al:android:app_name"),
        meta.get("al:ios:app_name"),
        meta.get("twitter:app:name:iphone"),
    ):
        candidate = _TAGLINE_SPLIT.split(_text(candidate or ""))[0]
        if candidate and not candidate.lower().startswith(("http", "@")) and len(candidate) < 80:
            named.append(candidate)
    domain = site_from_url(url)
    for segment in _title_segments(tree):
        if any(_same_site(segment, name) for name in named) or _names_domain(segment, url):
            return segment
    if named:
        return named[0]
    for alt in _logo_texts(tree):
        if _names_domain(alt, url):
            return alt
    return domain


def _title_segments(tree: lxml.html.HtmlElement) -> list[str]:
    """The <title>'s segments after the first (last first), where a site names itself."""
    found = tree.find(".//title")
    if found is None:
        return []
    parts = _TITLE_SEPARATORS.split(_text(found.text_content()))
    if len(parts) < 2:
        return []
    segments = [p for p in parts[1:][::-1] if 0 < len(p) < 60]
    return [*segments, parts[0]] if len(parts[0]) < 40 else segments


def _logo_texts(tree: lxml.html.HtmlElement) -> list[str]:
    """Alt texts of images in links to the home page (the logo), split off taglines."""
    texts = []
    for link in tree.iter("a"):
        href = link.get("href") or ""
        if not re.fullmatch(r"(?:https?://[^/]+)?/?(?:index\.\w+)?", href.strip()):
            continue
        for image in link.iter("img"):
            alt = _TAGLINE_SPLIT.split(_text(image.get("alt") or ""))[0]
            if alt:
                texts.append(alt)
        label = _element_text(link)
        if 2 < len(label) < 40:
            texts.append(label)
        if len(texts) > 6:
            break
    return texts


def _compact(text: str) -> str:
    return re.sub(r"\W+|_", "", text.lower())


def _abbreviates(short: str, words: list[str]) -> bool:
    """Whether ``short`` is made of a prefix of each word in turn ("nytimes": New York Times)."""
    if not short:
        return not words
    if not words:
        return False
    word = words[0]
    return any(
        short.startswith(word[:size]) and _abbreviates(short[size:], words[1:])
        for size in range(min(len(word), len(short)), 0, -1)
    )


def _same_site(a: str, b: str) -> bool:
    """Two spellings of one publication's name ("NYTimes", "The New York Times")."""
    ca, cb = _compact(a), _compact(b)
    if not ca or not cb:
        return False
    if ca == cb or ca.removeprefix("the") == cb.removeprefix("the"):
        return True
    for short, long_ in ((ca, b), (cb, a)):
        words = [w for w in re.findall(r"\w+", long_.lower()) if w != "the"]
        if 1 < len(words) <= 6 and len(short) >= 3 and _abbreviates(short, words):
            return True
    shorter, longer = sorted((ca, cb), key=len)
    return len(shorter) >= 4 and longer.startswith(shorter) and len(longer) - len(shorter) <= 4


def _names_domain(segment: str, url: str | None) -> bool:
    """Whether a title segment or logo text names the site's domain ("Live Science")."""
    host = site_from_url(url)
    if not host or not segment or len(segment) > 50:
        return False
    labels = [label for label in host.split(".")[:-1] if len(label) > 2] or [host]
    if _compact(segment) == _compact(host):
        return True
    first = (re.findall(r"\w+", segment.lower()) or [""])[0]
    for label in labels:
        if _same_site(segment, label):
            return True
        if len(first) >= 4 and label.startswith(first) and len(first) >= len(label) / 2:
            return True
    return False


# --------------------------------------------------------------------------- title

_TITLE_SEPARATORS = re.compile(r"\s+(?:[|\-–—:·•»/~]|::)\s+")


def _domain_tokens(url: str | None) -> set[str]:
    host = site_from_url(url) or ""
    tokens = {host} if host else set()
    for label in host.split("."):
        if len(label) > 2:
            tokens.add(label)
    return tokens


def _is_site_name(segment: str, sites: Iterable[str], url: str | None) -> bool:
    """Whether a title segment names the site (its name, its domain or a domain-ish token)."""
    norm = _norm(segment)
    if not norm:
        return True
    compact = norm.replace(" ", "")
    for site in sites:
        site_norm = _norm(site)
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
    return compact in tokens or any(
        len(t) > 3 and compact.startswith(t) and len(compact) <= len(t) + 4 for t in tokens
    )


def strip_title_affixes(title: str, sites: Iterable[str] = (), url: str | None = None) -> str:
    """Drop " | Site" (and "Site | ") segments that name the site, keep the headline."""
    sites = [s for s in sites if s]
    title = _WS.sub(" ", title).strip()
    parts = _TITLE_SEPARATORS.split(title)
    seps = _TITLE_SEPARATORS.findall(title)
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


def _h1_candidates(tree: lxml.html.HtmlElement) -> list[tuple[str, bool]]:
    """Each h1's text, with whether it stands outside nav/footer/aside/comments."""
    texts = []
    for h1 in tree.iter("h1"):
        text = _element_text(h1)
        if text and len(text) < 400:
            texts.append((text, not _in_boilerplate(h1)))
    return texts


def _titles_match(a: str, b: str) -> bool:
    na, nb = _norm(a), _norm(b)
    if not na or not nb:
        return False
    if na == nb:
        return True
    short, long_ = sorted((na, nb), key=len)
    return (
        len(short) >= 0.6 * len(long_)
        and (long_.startswith(short) or long_.endswith(short))
        and len(short) > 15
    )


def _shared_words(a: str, b: str) -> int:
    return len({w for w in _norm(a).split() if len(w) > 2} & {w for w in _norm(b).split()})


def _title(
    tree: lxml.html.HtmlElement, ld: _LD, meta: dict[str, str], site: str | None, url: str | None
) -> str:
    sites = [s for s in (site, meta.get("og:site_name"), ld.publisher, ld.website) if s]
    page_title = ""
    found = tree.find(".//title")
    if found is not None:
        page_title = _text(found.text_content())
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
    candidates = [strip_title_affixes(c, sites, url) for c in candidates if c]
    h1s = _h1_candidates(tree)
    for candidate in candidates:
        for h1, _ in h1s:
            if _titles_match(h1, candidate):
                return h1
    # One headline-like h1 that is not the site's name: the reader sees it, not the SEO title.
    headlines = [
        h1
        for h1, content in h1s
        if content
        and not _is_site_name(h1, sites, url)
        and not any(_same_site(h1, name) for name in sites)
        and (len(h1.split()) >= 3 or len(h1) >= 12)
    ]
    if len(headlines) == 1 and (
        not candidates or any(_shared_words(headlines[0], c) >= 2 for c in candidates)
    ):
        return headlines[0]
    if candidates:
        return candidates[0]
    return headlines[0] if headlines else ""


# --------------------------------------------------------------------------- subtitle

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


def _subtitle(
    tree: lxml.html.HtmlElement,
    ld: _LD,
    meta: dict[str, str],
    title: str,
    index: ClassIndex | None = None,
) -> str | None:
    title_norm = _norm(title)
    index = index or ClassIndex.of_page(tree)
    deks = tree.xpath(
        "$classed | //body//*[@itemprop='alternativeHeadline']",
        classed=index.find(_DEK_CLASS, _DEK_WORDS, "class"),
    )
    for element in deks:
        if element.tag in ("meta", "script", "style"):
            continue
        text = _element_text(element)
        if 15 <= len(text) <= 400 and _norm(text) != title_norm and not _is_chrome(text):
            return text
    for h1 in tree.iter("h1"):
        sibling = h1.getnext()
        while sibling is not None and not isinstance(sibling.tag, str):
            sibling = sibling.getnext()
        if sibling is not None and sibling.tag == "h2" and _titles_match(_element_text(h1), title):
            text = _element_text(sibling)
            if 15 <= len(text) <= 300 and not _looks_like_byline(text) and not _is_chrome(text):
                return text
        break
    if ld.subtitle and _norm(ld.subtitle) != title_norm:
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
    norm = _norm(description)
    if norm == _norm(title):
        return False
    for count, paragraph in enumerate(tree.iter("p")):
        text = _norm(_element_text(paragraph))
        if len(text) > 40 and (text.startswith(norm[:80]) or norm.startswith(text[:80])):
            return False
        if count > 40:
            break
    return True


# --------------------------------------------------------------------------- authors

_BY_PREFIX = re.compile(
    r"^\s*(?:(?:written|posted|published|words|reported|story|text|photos?|compiled|edited|"
    r"reviewed|article)\s+)?(?:by|por|par|von|di|door|av)\b[:\s]*",
    re.I,
)
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+\.[\w.-]+")
_URL = re.compile(r"(?:https?://|www\.)\S+", re.I)
_HANDLE = re.compile(r"(?<!\w)@\w+")
_CUT = re.compile(
    r"\b(?:updated|last updated|published|posted|modified|follow|view all|read more|"
    r"more from|on twitter|contact|email|share)\b.*$",
    re.I,
)
_DATEISH = re.compile(
    r"\b(?:\d{1,2}[:/.]\d{1,2}|\d{4}|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"
    r"[a-z]*\.?\s+\d{1,2})\b.*$",
    re.I,
)
_SPLIT = re.compile(
    r"\s*(,|;|\||/|•|·|(?-i:(?<=[a-zа-яё]{2})\.\s+(?=[A-ZА-ЯЁ]))"
    r"|\s(?:and|&|und|y|e|et)\s|\s+[-–—]\s+)\s*",
    re.I,
)
_PUNCTUATION_SEPARATORS = {",", ";", "|", "/", "•", "·", ".", "-", "–", "—"}
_LABEL_PREFIX = re.compile(r"^\s*[^\W\d_]{2,12}\s*:\s*")
_HONORIFIC = re.compile(r"\b(?:Dr|Prof|Mr|Mrs|Ms|Mx|Sir|Rev)\.?\s+(?=[A-Z])")
_SUFFIXES = {"jr", "jr.", "sr", "sr.", "ii", "iii", "iv", "phd", "ph.d.", "md", "m.d."}
_ROLE_WORDS = (
    "staff",
    "writer",
    "reporter",
    "correspondent",
    "editor",
    "contributor",
    "columnist",
    "producer",
    "journalist",
    "author",
    "photographer",
    "analyst",
    "critic",
    "chief",
    "senior",
    "special to",
    "bureau",
    "intern",
    "freelance",
    "guest",
    "anchor",
    "host",
    "reviewer",
    "fellow",
)
_ORG_WORDS = re.compile(
    r"\b(?:news|press|associated|reuters|afp|ap|upi|staff|team|desk|media|agency|times|post|"
    r"journal|magazine|network|inc|ltd|llc|group|service|editorial|editors|bureau|newsroom|"
    r"wire|radio|tv|online|daily|tribune|herald|gazette|digital|report|channel|company|"
    r"corporation|foundation|institute|university|board|admin|administrator|webmaster)\b",
    re.I,
)
_NOT_NAMES = {
    "admin",
    "administrator",
    "staff",
    "anonymous",
    "guest",
    "editor",
    "editors",
    "unknown",
    "author",
    "null",
    "none",
    "by",
    "and",
}


def _title_case(name: str) -> str:
    """Title-case a name written in capitals; leave mixed-case names alone."""
    letters = [c for c in name if c.isalpha()]
    if letters and all(c.isupper() for c in letters) and len(letters) > 3:
        return re.sub(r"[^\W\d_]+", lambda m: m.group(0).capitalize(), name.lower())
    return name


def _strip_role(part: str) -> str:
    """ "Jane Doe, Staff Writer" pieces: drop a piece that is only a job title."""
    lowered = part.lower()
    if any(
        lowered == w or lowered.startswith(w + " ") or lowered.endswith(" " + w)
        for w in _ROLE_WORDS
    ):
        return ""
    return part


def split_authors(raw: str) -> list[str]:
    """Split and clean one byline string into names ("By A and B, Staff Writer" -> [A, B])."""
    text = _text(raw)
    text = _EMAIL.sub(" ", text)
    text = _URL.sub(" ", text)
    text = _HANDLE.sub(" ", text)
    text = _CUT.sub("", text)
    text = _BY_PREFIX.sub("", text)
    text = _LABEL_PREFIX.sub("", text)
    text = _HONORIFIC.sub("", text)
    parts = _SPLIT.split(text)
    names: list[str] = []
    for piece, separator in zip(parts[0::2], ["", *parts[1::2]], strict=True):
        piece = _BY_PREFIX.sub("", piece).strip(" .,:;-–—()[]\"'“”")
        piece = re.sub(r"^(?:and|&)\s+", "", piece, flags=re.I)
        if not piece:
            continue
        if piece.lower().rstrip(".") in _SUFFIXES or piece.lower() in _SUFFIXES:
            if names:
                suffix = piece.rstrip(".")
                suffix = f"{suffix}." if suffix.lower() in ("jr", "sr") else suffix
                names[-1] = f"{names[-1]}, {suffix}"
            continue
        # "Jane Doe, Futurism", "Reuters, Washington": a lone word after a comma is a
        # publication or a place, not a second author.
        if names and len(piece.split()) == 1 and separator.strip() in _PUNCTUATION_SEPARATORS:
            continue
        piece = _strip_role(piece)
        piece = _DATEISH.sub("", piece).strip(" .,:;-–—")
        if piece and _plausible_name(piece):
            names.append(_title_case(piece))
    return names


def _plausible_name(text: str) -> bool:
    words = text.split()
    if not 1 <= len(words) <= 6 or len(text) > 60:
        return False
    if any(c.isdigit() for c in text) or text.lower() in _NOT_NAMES:
        return False
    if not any(c.isalpha() for c in text):
        return False
    letters = [w for w in words if w[0].isalpha()]
    # Latin-script names start with capitals ("de", "van", "da" may not).
    cased = [w for w in letters if w[0].lower() != w[0].upper()]
    return not cased or sum(w[0].isupper() for w in cased) >= max(1, len(cased) - 2)


def is_organisation(name: str, sites: Iterable[str] = ()) -> bool:
    """Whether a byline name looks like an organisation rather than a person."""
    norm = _norm(name)
    if any(norm == _norm(site) for site in sites if site):
        return True
    return bool(_ORG_WORDS.search(name)) or "." in name.replace(". ", " ").strip(".")


def clean_authors(raw: Iterable[str], sites: Iterable[str] = ()) -> list[str]:
    """Names from raw byline strings: split, cleaned, deduped, organisations only if alone."""
    sites = list(sites)
    names: list[str] = []
    seen: set[str] = set()
    for value in raw:
        for name in split_authors(value):
            key = _norm(name)
            if key and key not in seen:
                seen.add(key)
                names.append(name)
    people = [n for n in names if not is_organisation(n, sites)]
    return people or names


_BYLINE_CLASS = re.compile(
    r"(?:^|[\s_-])(?:byline|by-line|author|authors|author-name|byline__name|contributor|"
    r"writer|reporter|article-author|post-author|entry-author|c-byline)(?:$|[\s_-])",
    re.I,
)
_BYLINE_WORDS = ("byline", "by-line", "author", "contributor", "writer", "reporter")
_BYLINE_TEXT = re.compile(r"^\s*by\s+([^\W\d_][^\n]{1,120})$", re.I | re.M)


def _looks_like_byline(text: str) -> bool:
    return bool(re.match(r"^\s*by\s", text, re.I))


_AUTHOR_XPATH = etree.XPath(
    "descendant-or-self::*[@itemprop='author' or "
    "(@rel and contains(concat(' ', normalize-space(@rel), ' '), ' author '))]"
)
_NAME_XPATH = etree.XPath("descendant::*[@itemprop='name'][1]")


def _visible_authors(tree: lxml.html.HtmlElement, index: ClassIndex | None = None) -> list[str]:
    """Byline text from the page: rel=author links, itemprop=author, .byline, "By X" lines."""
    found: list[str] = []
    for element in _AUTHOR_XPATH(page_root(tree)):
        if element.tag in ("meta", "link") or _in_boilerplate(element):
            continue
        name = _NAME_XPATH(element)
        text = _element_text(name[0] if name else element)
        if text and len(text) < 120:
            found.append(text)
    if found:
        return found
    for element in (index or ClassIndex.of_page(tree)).find(_BYLINE_CLASS, _BYLINE_WORDS, "class"):
        if element.tag in ("meta", "link", "script", "style"):
            continue
        if not _in_boilerplate(element):
            text = _element_text(element)
            if text and len(text) < 200:
                return [text]
    for element in tree.iter("p", "div", "span", "address"):
        head = (element.text or "").lstrip()[:3].lower()
        if head not in ("by", "by ") or _in_boilerplate(element):
            continue
        text = _element_text(element)
        if len(text) < 120:
            match = _BYLINE_TEXT.match(text)
            if match:
                return [match.group(1)]
    return []


_BOILERPLATE = re.compile(
    r"(?:^|[\s_-])(?:comment|comments|related|recommend|footer|sidebar|nav|menu|promo|"
    r"newsletter|share|social|outbrain|taboola|more-stories|trending)(?:$|[\s_-])",
    re.I,
)


def _in_boilerplate(element: Any) -> bool:
    """Inside a footer, nav, aside, comments, related list...? (stops at article/main/body)."""
    node = element
    depth = 0
    while node is not None and depth < 12 and node.tag not in ("body", "html"):
        if node.tag in ("footer", "nav", "aside"):
            return True
        if _BOILERPLATE.search(f"{node.get('class') or ''} {node.get('id') or ''}"):
            return True
        if node.tag in ("article", "main"):
            return False
        node = node.getparent()
        depth += 1
    return False


_AUTHOR_META = (
    "author",
    "article:author",
    "byl",
    "parsely-author",
    "sailthru.author",
    "dc.creator",
    "dcterms.creator",
    "cxenseparse:author",
    "citation_author",
    "twitter:data1",
)


def _authors(
    tree: lxml.html.HtmlElement,
    ld: _LD,
    meta: dict[str, str],
    site: str | None,
    index: ClassIndex | None = None,
) -> list[str]:
    sites = [s for s in (site, ld.publisher, ld.website, meta.get("og:site_name")) if s]
    tagged = _meta_lists(tree)

    def sources() -> Iterator[list[str]]:
        yield ld.authors
        for key in _AUTHOR_META:
            if key == "twitter:data1" and meta.get("twitter:label1", "").lower() != "written by":
                continue
            yield [v for v in tagged.get(key, ()) if not _URL.match(v)]
        yield _visible_authors(tree, index)
        yield ld.organisations

    fallback: list[str] = []
    for values in sources():
        names = clean_authors(values, sites)
        if not names:
            continue
        if any(not is_organisation(n, sites) for n in names):
            return names
        fallback = fallback or names
    return fallback


# --------------------------------------------------------------------------- dates

_MONTHS = {
    # English
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4,
    "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sep": 9, "sept": 9, "october": 10, "oct": 10, "november": 11, "nov": 11,
    "december": 12, "dec": 12,
    # Portuguese / Spanish / French / German / Italian
    "janeiro": 1, "fevereiro": 2, "março": 3, "marco": 3, "abril": 4, "maio": 5, "junho": 6,
    "julho": 7, "agosto": 8, "setembro": 9, "outubro": 10, "novembro": 11, "dezembro": 12,
    "enero": 1, "febrero": 2, "marzo": 3, "mayo": 5, "junio": 6, "julio": 7,
    "septiembre": 9, "octubre": 10, "noviembre": 11, "diciembre": 12,
    "janvier": 1, "février": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6, "juillet": 7,
    "août": 8, "septembre": 9, "octobre": 10, "novembre": 11, "décembre": 12,
    "januar": 1, "februar": 2, "märz": 3, "juni": 6, "juli": 7, "oktober": 10,
    "dezember": 12, "gennaio": 1, "febbraio": 2, "aprile": 4, "maggio": 5, "giugno": 6,
    "luglio": 7, "settembre": 9, "ottobre": 10, "dicembre": 12,
    # Indonesian
    "januari": 1, "februari": 2, "maret": 3, "mei": 5, "agustus": 8,
    "nopember": 11, "desember": 12,  # (juni, juli, oktober: as German)
    # Russian (genitive, as in dates)
    "января": 1, "февраля": 2, "марта": 3, "апреля": 4, "мая": 5, "июня": 6, "июля": 7,
    "августа": 8, "сентября": 9, "октября": 10, "ноября": 11, "декабря": 12,
}  # fmt: skip
_MONTH_NAMES = frozenset(_MONTHS)


def month_names() -> frozenset[str]:
    """Month names and abbreviations the date parser knows, lower case, several languages."""
    return _MONTH_NAMES


_MONTH = r"(?P<month>[^\W\d_]{3,10})\.?"
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th|er|º)?"
_YEAR = r"(?P<year>\d{4})"
_TEXT_DATES = [
    re.compile(rf"\b{_MONTH}\s+{_DAY},?\s+{_YEAR}\b", re.I),  # Nov. 14, 2014
    re.compile(rf"\b{_DAY}\.?\s+(?:de\s+)?{_MONTH},?\s+(?:de\s+)?{_YEAR}\b", re.I),  # 14 Nov 2014
    re.compile(rf"\b{_MONTH}\s+{_YEAR}\b", re.I),  # November 2014 (day unknown: skipped)
]
_ISO = re.compile(
    r"(?P<year>\d{4})-(?P<month>\d{1,2})-(?P<day>\d{1,2})"
    r"(?:[T\s](?P<hour>\d{1,2}):(?P<minute>\d{2})(?::(?P<second>\d{2})(?:[.,]\d+)?)?"
    r"\s*(?P<zone>Z|UTC|GMT|[+-]\d{2}(?::?\d{2})?)?)?",
    re.I,
)
_NUMERIC = re.compile(r"\b(?P<a>\d{1,4})[/.](?P<b>\d{1,2})[/.](?P<c>\d{2,4})\b")
_COMPACT = re.compile(r"^(?P<year>(?:19|20)\d{2})(?P<month>[01]\d)(?P<day>[0-3]\d)(?:\D|$)")


def parse_date(text: str | None) -> str | None:
    """An ISO 8601 date ("2014-11-14") or datetime with zone, from common written forms."""
    if not text:
        return None
    text = _text(text)
    if not text:
        return None
    if re.fullmatch(r"\d{9,13}", text):
        stamp = int(text) / (1000 if len(text) > 11 else 1)
        try:
            return datetime.fromtimestamp(stamp, UTC).isoformat()
        except (OverflowError, OSError, ValueError):
            return None
    match = _ISO.search(text)
    if match:
        return _iso_result(match)
    match = _COMPACT.match(text)
    if match:
        return _day(int(match["year"]), int(match["month"]), int(match["day"]))
    for pattern in _TEXT_DATES[:2]:
        for match in pattern.finditer(text):
            month = _MONTHS.get(match["month"].lower().rstrip("."))
            if month:
                result = _day(int(match["year"]), month, int(match["day"]))
                if result:
                    return result
    match = _NUMERIC.search(text)
    if match:
        a, b, c = int(match["a"]), int(match["b"]), int(match["c"])
        if match["a"].__len__() == 4:
            return _day(a, b, c)
        year = c + 2000 if c < 100 else c
        # Day-first unless impossible; a dotted date is European ("14.11.2014").
        if a > 12 or "." in match.group(0):
            return _day(year, b, a)
        return _day(year, a, b) or _day(year, b, a)
    return None


def _day(year: int, month: int, day: int) -> str | None:
    try:
        return date(year, month, day).isoformat() if 1900 < year < 2200 else None
    except ValueError:
        return None


def _iso_result(match: re.Match[str]) -> str | None:
    day = _day(int(match["year"]), int(match["month"]), int(match["day"]))
    if not day or match["hour"] is None:
        return day
    try:
        moment = datetime(
            int(match["year"]),
            int(match["month"]),
            int(match["day"]),
            int(match["hour"]),
            int(match["minute"]),
            int(match["second"] or 0),
        )
    except ValueError:
        return day
    zone = (match["zone"] or "").upper()
    if zone in ("Z", "UTC", "GMT"):
        moment = moment.replace(tzinfo=UTC)
    elif zone:
        sign = -1 if zone[0] == "-" else 1
        digits = zone[1:].replace(":", "")
        hours, minutes = int(digits[:2]), int(digits[2:4] or 0)
        try:
            moment = moment.replace(tzinfo=timezone(sign * timedelta(hours=hours, minutes=minutes)))
        except ValueError:
            return day
    return moment.isoformat()


_DATE_META = (
    "article:published_time",
    "article:published",
    "og:article:published_time",
    "parsely-pub-date",
    "sailthru.date",
    "publishdate",
    "publish-date",
    "publish_date",
    "pubdate",
    "date",
    "dc.date",
    "dc.date.issued",
    "dcterms.date",
    "dcterms.created",
    "citation_publication_date",
    "datepublished",
    "article.published",
    "og:published_time",
    "displaydate",
    "dc.date.created",
)


_DATE_WORDS = ("date", "time", "publish", "posted", "byline", "author", "meta")
_DATE_CLASS = re.compile("|".join(_DATE_WORDS), re.I)
_URL_DATE = re.compile(r"/((?:19|20)\d{2})[/-]?(\d{1,2})[/-]?(\d{1,2})(?=[/_.-]|\d{6,}|$)")
_UPDATED = re.compile(r"\b(?:updated|modified|edited)\b[^|;]*", re.I)


def _published(
    tree: lxml.html.HtmlElement,
    ld: _LD,
    meta: dict[str, str],
    url: str | None,
    index: ClassIndex | None = None,
) -> str | None:
    """The publication date: machine-readable first, but on the day the page shows.

    Meta dates are often in UTC; the day a reader sees (in the byline, or in the URL) wins
    when it is within a day of the machine-readable one.
    """
    machine = next(
        filter(None, (parse_date(c) for c in (ld.published, *map(meta.get, _DATE_META)))), None
    )
    url_day = _url_date(url)
    if machine and url_day == machine[:10]:
        return machine
    shown = _visible_dates(tree, index=index)
    if machine:
        day = date.fromisoformat(machine[:10])
        for candidate in [*shown, url_day]:
            if candidate and abs((date.fromisoformat(candidate) - day).days) <= 1:
                return machine if candidate == machine[:10] else candidate
        return machine
    if shown:
        return shown[0]
    if url_day:
        return url_day
    for element in tree.iter("time"):
        result = parse_date(element.get("datetime"))
        if result and not _in_boilerplate(element):
            return result
    return None


def _visible_dates(
    tree: lxml.html.HtmlElement, limit: int = 12, index: ClassIndex | None = None
) -> list[str]:
    """Days written in byline/date elements and <time> texts: those after the headline first.

    (Dates above the headline are often the masthead's "today".)
    """
    before: list[str] = []
    days: list[str] = []
    seen_headline = tree.find(".//h1") is None
    dated = set((index or ClassIndex.of_page(tree)).find(_DATE_CLASS, _DATE_WORDS, "class", "id"))
    elements = tree.xpath(
        "$dated | //time | //h1 | //body//*[@itemprop='datePublished']", dated=list(dated)
    )
    for element in elements:
        if element.tag in ("script", "style", "meta"):
            continue
        if element.tag == "h1" and not seen_headline and not _in_boilerplate(element):
            seen_headline, before, days = True, days, []
        is_time = element.tag == "time" or element.get("itemprop") == "datePublished"
        if not is_time and element not in dated:
            continue
        text = _element_text(element)
        if not text or len(text) > 160 or _in_boilerplate(element):
            continue
        published = _UPDATED.sub(" ", text) if _UPDATED.search(text) else text
        found = parse_date(published) or parse_date(text)
        if not found and is_time:
            found = parse_date(element.get("datetime") or element.get("content"))
        if found and found[:10] not in days:
            days.append(found[:10])
            if len(days) >= limit:
                break
    return days + [day for day in before if day not in days]


def _url_date(url: str | None) -> str | None:
    """A /2019/11/18/ (or 2019-11-18, 20191118) date in the URL's path."""
    if not url:
        return None
    match = _URL_DATE.search(urlsplit(url).path)
    return _day(int(match[1]), int(match[2]), int(match[3])) if match else None


# --------------------------------------------------------------------------- caption

_CREDIT_CLASS = re.compile(r"credit|copyright|source|attribution|photographer|byline", re.I)
_CREDIT_TEXT = re.compile(
    r"""\s*(?:
        \((?P<paren>[^()]*(?:photo|image|credit|getty|reuters|\bap\b|afp|shutterstock|
            courtesy|file)[^()]*)\)
      | (?:photo(?:graph)?|image|picture|credit|foto)s?\s*(?:credit)?\s*[:：]\s*(?P<label>.+)
    )\s*$""",
    re.I | re.X,
)


def _caption(tree: lxml.html.HtmlElement) -> Caption | None:
    root = _article_root(tree)
    for figure in root.iter("figure"):
        if _in_boilerplate(figure):
            continue
        caption = figure.find(".//figcaption")
        if caption is None:
            continue
        return split_caption(caption)
    return None


_ARTICLE_BODY = etree.XPath("descendant::*[@itemprop='articleBody'][1]")


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
    credit_parts = []
    for node in element.iter():
        if node is element or not isinstance(node.tag, str):
            continue
        if _CREDIT_CLASS.search(f"{node.get('class') or ''} {node.get('itemprop') or ''}"):
            credit_parts.append(_element_text(node))
    full = _element_text(element)
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
