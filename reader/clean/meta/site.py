"""The site's name: from the page's own markup, its title and its address."""

from __future__ import annotations

import re

import lxml.html

from reader.clean.meta.jsonld import ArticleLD
from reader.clean.meta.text import as_text, compact, element_text
from reader.core.lazy import lazy_re
from reader.core.web_address import address_parts

TITLE_SEPARATORS = lazy_re(r"(?<!\s)\s+(?:[|\-–—:·•»/~]|::)\s+")


def site_from_url(url: str | None) -> str | None:
    """The host without ``www.`` ("nytimes.com"), or ``None``."""
    if not url:
        return None
    parts = address_parts(url)
    host = (parts.hostname or "").lower() if parts else ""
    host = re.sub(r"^(?:www\d?|m|amp|mobile)\.", "", host)
    return host or None


_TAGLINE_SPLIT = lazy_re(r"(?<!\s)\s+[|\-–—:·•]\s+")


def find_site(
    tree: lxml.html.HtmlElement, ld: ArticleLD, meta: dict[str, str], url: str | None
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
        candidate = _TAGLINE_SPLIT.split(as_text(candidate or ""))[0]
        if candidate and not candidate.lower().startswith(("http", "@")) and len(candidate) < 80:
            named.append(candidate)
    domain = site_from_url(url)
    for segment in _title_segments(tree):
        if any(same_site(segment, name) for name in named) or _names_domain(segment, url):
            return segment
    if named:
        return named[0]
    for alt in _logo_texts(tree):
        if _names_domain(alt, url):
            return alt
    if domain is None or _LOCAL_HOST.match(domain):  # (a file, a local server: no name)
        return _title_suffix(tree) or domain
    return domain


# an address that names no site: a number, "localhost", a machine of the local network
_LOCAL_HOST = lazy_re(r"^(?:[\d.]+|\[[\da-f:.]+\]|localhost|[^.]+|.+\.(?:local|lan|home))$")
# the separators a title bar sets its site apart with ("Story | Field Notes"), not dashes or
# colons, which a headline's own words use
_SITE_SEPARATOR = lazy_re(r"(?<!\s)\s+(?:[|·•»]|::)\s+")


def _title_suffix(tree: lxml.html.HtmlElement) -> str | None:
    """The last part of the ``<title>`` set apart as a site's name ("... | Field Notes")."""
    found = tree.find(".//title")
    parts = _SITE_SEPARATOR.split(as_text(found.text_content())) if found is not None else []
    last = parts[-1] if len(parts) >= 2 else ""
    if 0 < len(last) <= 40 and len(last.split()) <= 5 and last[-1] not in ".?!":
        return last
    return None


def _title_segments(tree: lxml.html.HtmlElement) -> list[str]:
    """The <title>'s segments after the first (last first), where a site names itself."""
    found = tree.find(".//title")
    if found is None:
        return []
    parts = TITLE_SEPARATORS.split(as_text(found.text_content()))
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
            alt = _TAGLINE_SPLIT.split(as_text(image.get("alt") or ""))[0]
            if alt:
                texts.append(alt)
        label = element_text(link)
        if 2 < len(label) < 40:
            texts.append(label)
        if len(texts) > 6:
            break
    return texts


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


def same_site(a: str, b: str) -> bool:
    """Two spellings of one publication's name ("NYTimes", "The New York Times")."""
    ca, cb = compact(a), compact(b)
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
    if compact(segment) == compact(host):
        return True
    first = (re.findall(r"\w+", segment.lower()) or [""])[0]
    for label in labels:
        if same_site(segment, label):
            return True
        if len(first) >= 4 and label.startswith(first) and len(first) >= len(label) / 2:
            return True
    return False
