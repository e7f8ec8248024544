"""JSON-LD: the article object of a page's structured data (``@graph`` and broken JSON too)."""

from __future__ import annotations

import html
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import lxml.html

from reader.clean.meta.text import as_text

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
    # (only where the marks stand: the patterns are tried at every character of a long script)
    if "<![CDATA[" in text or "]]>" in text:
        text = re.sub(r"^\s*(?://\s*)?<!\[CDATA\[|(?://\s*)?\]\]>\s*$", "", text).strip()
    if "<!--" in text or "-->" in text:
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


def ld_types(obj: dict[str, Any]) -> set[str]:
    """An object's ``@type``s, lower case, without their vocabulary's address."""
    kind = obj.get("@type")
    kinds = kind if isinstance(kind, list) else [kind]
    return {k.lower().rsplit("/", 1)[-1] for k in kinds if isinstance(k, str)}


@dataclass
class ArticleLD:
    """The fields we use from a page's JSON-LD."""

    headline: str = ""
    subtitle: str = ""
    description: str = ""
    authors: list[str] = field(default_factory=list)
    organisations: list[str] = field(default_factory=list)
    published: str = ""
    publisher: str = ""
    website: str = ""
    body: str = ""  # articleBody as the page wrote it: lines kept, HTML not read


def ld_objects(tree: lxml.html.HtmlElement) -> list[dict[str, Any]]:
    """Every object of the page's JSON-LD scripts, in page order (``@graph``, lists and
    ``mainEntity`` opened)."""
    objects: list[dict[str, Any]] = []
    for script in tree.iter("script"):
        kind = (script.get("type") or "").lower()
        if "ld+json" not in kind or not script.text:
            continue
        for value in parse_json_lenient(script.text):
            objects.extend(_walk(value))
    return objects


def jsonld_article(tree: lxml.html.HtmlElement) -> ArticleLD:
    objects = ld_objects(tree)
    result = ArticleLD()
    articles = [o for o in objects if ld_types(o) & _ARTICLE_TYPES]
    # The article with a headline wins; "Review"/"CreativeWork" only when nothing better.
    articles.sort(key=lambda o: (not as_text(o.get("headline")), "creativework" in ld_types(o)))
    by_id = {o["@id"]: o for o in objects if isinstance(o.get("@id"), str)}
    if articles:
        article = articles[0]
        result.headline = as_text(article.get("headline")) or as_text(article.get("name"))
        result.subtitle = as_text(article.get("alternativeHeadline"))
        result.description = as_text(article.get("description"))
        result.published = as_text(article.get("datePublished")) or as_text(
            article.get("dateCreated")
        )
        for person, is_person in _ld_people(article.get("author"), by_id):
            (result.authors if is_person else result.organisations).append(person)
        if not result.authors and not result.organisations:
            for person, is_person in _ld_people(article.get("creator"), by_id):
                (result.authors if is_person else result.organisations).append(person)
        result.publisher = _ld_name(article.get("publisher"), by_id)
        body = article.get("articleBody")
        result.body = body if isinstance(body, str) else ""
    for obj in objects:
        kinds = ld_types(obj)
        if not result.website and "website" in kinds:
            result.website = as_text(obj.get("name"))
        if not result.publisher and kinds & {"newsmediaorganization", "organization"}:
            result.publisher = as_text(obj.get("name"))
        if not result.published and kinds & _PAGE_TYPES:
            result.published = as_text(obj.get("datePublished"))
        if not result.headline and kinds & _PAGE_TYPES:
            result.headline = as_text(obj.get("headline"))
        if not articles and kinds & _PAGE_TYPES and obj.get("headline") and not (
            result.authors or result.organisations
        ):  # a page typed only as a web page, with its headline and author (beehiiv)
            for person, is_person in _ld_people(obj.get("author"), by_id):
                (result.authors if is_person else result.organisations).append(person)
    return result


def _ld_name(value: Any, by_id: dict[str, dict[str, Any]]) -> str:
    if isinstance(value, list):
        value = value[0] if value else None
    if isinstance(value, dict):
        if set(value) <= {"@id"} and value.get("@id") in by_id:
            value = by_id[value["@id"]]
        return as_text(value.get("name"))
    return as_text(value)


def _ld_people(value: Any, by_id: dict[str, dict[str, Any]]) -> Iterator[tuple[str, bool]]:
    """``(name, is_person)`` for each JSON-LD author entry."""
    for item in value if isinstance(value, list) else [value]:
        if isinstance(item, dict):
            if set(item) <= {"@id"} and item.get("@id") in by_id:
                item = by_id[item["@id"]]
            name = as_text(item.get("name"))
            if not name:
                given, family = as_text(item.get("givenName")), as_text(item.get("familyName"))
                name = f"{given} {family}".strip()
            kinds = ld_types(item)
            is_person = not (kinds & {"organization", "newsmediaorganization", "corporation"})
            if name:
                yield name, is_person
        elif isinstance(item, str) and item.strip():
            yield as_text(item), True
