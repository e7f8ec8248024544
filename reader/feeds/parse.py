"""A fetched feed's bytes → its title, site and entries (:class:`NewEntry`), every text clean.

RSS 0.9x/1.0/2.0 and Atom go through feedparser, decoded by us first (``feed_bytes``: as
pages are, never by feedparser's chardet guess), after defusedxml's check (entity
declarations and external references refused, so no "billion laughs" and no file read) and
after cutting the document to :data:`MAX_ENTRIES` entries, the newest (a feed of 100,000
entries is read as its newest thousand, in whichever order it lists them). JSON Feed, which
feedparser does not read, goes through ``json``, capped the same way.
"""

from __future__ import annotations

import hashlib
import html
import json
from dataclasses import dataclass, field
from typing import Any

from reader.article.enclosures import media_type
from reader.core.errors import LoadError
from reader.core.lazy import lazy_re
from reader.core.sanitize import clean_line
from reader.feeds.capped import EntrySpans, keep_newest, newest, spans_by_pattern
from reader.feeds.content_base import absolute_addresses, content_base
from reader.feeds.dates import entry_date, iso_text
from reader.feeds.discover import is_web
from reader.feeds.enclosures import MEDIA, content_address, feed_enclosures, json_attachments
from reader.feeds.feed_bytes import feed_as_utf8
from reader.feeds.links import web_link as _link
from reader.feeds.markup import html_blocks, html_line, plain_to_html
from reader.store.feeds import MAX_ENTRIES_PER_FEED, NewEntry

MAX_ENTRIES = MAX_ENTRIES_PER_FEED
MAX_TITLE = 300
MAX_AUTHOR = 200
MAX_SUMMARY = 1000
MAX_CONTENT = 100_000  # characters kept of an entry with no link: it is read from the feed
MAX_CONTENT_HTML = MAX_CONTENT * 4  # characters kept of an entry's HTML (read if its page fails)
NOT_A_FEED = "This is not a feed reader can read (RSS, Atom or JSON Feed)."
ENTITIES = (
    "The feed declares XML entities or external references, which reader refuses to "
    "expand (they can be used to attack the reader)."
)
NO_ONE = frozenset({"unknown", "anonymous", "admin", "administrator", "null", "none"})
"""Author names that name no one: Blogger's "noreply@blogger.com (Unknown)" for a hidden
profile, a blog engine's default account."""
_MARKUP_TYPES = ("text/html", "application/xhtml+xml")  # feedparser's types of marked-up text
_TAG = lazy_re(r"</?[A-Za-z][^>]*>|<!--")  # an HTML tag or comment
_SURROGATE_ESCAPE = lazy_re(r"\\u[dD][89a-fA-F]")  # JSON's escape of a surrogate half
_SURROGATE = lazy_re(r"[\ud800-\udfff]")
_REFERENCE = lazy_re(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")


class FeedError(LoadError):
    """A feed could not be read: one sentence."""


@dataclass(frozen=True)
class ParsedFeed:
    """What a feed says about itself, and its entries (at most :data:`MAX_ENTRIES`)."""

    title: str
    site: str | None
    entries: list[NewEntry] = field(default_factory=list)


def check_xml(data: bytes, max_entries: int = MAX_ENTRIES) -> bytes:
    """defusedxml's check over ``data``: refuse entity declarations (:class:`FeedError`);
    then, of a feed of more than ``max_entries`` entries, the document with only its newest
    ``max_entries`` (:func:`~reader.feeds.capped.keep_newest`; feedparser reads what is not
    well-formed in its lenient mode).

    A document type that names an external DTD (RSS 0.91's Netscape one) is read, but the
    DTD is never fetched: external entities and parameter entities are switched off, and
    any entity declared in the document is refused."""
    from xml.sax import SAXException
    from xml.sax.handler import feature_external_ges, feature_external_pes

    from defusedxml import DefusedXmlException
    from defusedxml.expatreader import DefusedExpatParser

    parser = DefusedExpatParser(forbid_dtd=False, forbid_entities=True, forbid_external=False)
    parser.setFeature(feature_external_ges, False)
    parser.setFeature(feature_external_pes, False)
    spans = EntrySpans(data, lambda: parser._parser.CurrentByteIndex)
    parser.setContentHandler(spans)
    try:
        parser.feed(data)
        parser.close()
    except DefusedXmlException as error:
        raise FeedError(ENTITIES) from error
    except (SAXException, ValueError, LookupError):
        # Not well-formed, or an encoding expat does not know: feedparser's lenient
        # parser reads it, but never with entity declarations we could not check.
        if b"<!entity" in data[:65536].lower():
            raise FeedError(ENTITIES) from None
        return keep_newest(data, spans_by_pattern(data), max_entries)
    return keep_newest(data, spans.spans, max_entries)


def parse_feed(
    data: bytes, url: str, content_type: str | None = None, charset: str | None = None
) -> ParsedFeed:
    """Parse a feed document fetched from ``url`` (``charset``: the server's for it);
    :class:`FeedError` if it is none."""
    start = data.lstrip()[:1]
    if (content_type and "json" in content_type) or start == b"{":
        return parse_json_feed(data, url)
    import feedparser

    checked = check_xml(feed_as_utf8(data, charset))
    parsed = feedparser.parse(checked, sanitize_html=False, resolve_relative_uris=False)
    channel = parsed.get("feed", {})
    if not parsed.entries and not channel.get("title") and not parsed.get("version"):
        raise FeedError(NOT_A_FEED)
    # (an Atom feed's <author> is its entries' when they name none; RSS has no such rule)
    byline = _author(channel) if parsed.get("version", "").startswith("atom") else None
    entries = [
        _from_feedparser(entry, url, byline) for entry in parsed.entries[:MAX_ENTRIES]
    ]
    return ParsedFeed(
        _title(channel), _link(channel.get("link"), url), _unique(entries)
    )


def parse_json_feed(data: bytes, url: str) -> ParsedFeed:
    """A JSON Feed (1.0 or 1.1) into the same records."""
    text = data.decode("utf-8-sig", errors="replace")
    try:
        document = json.loads(text)
        if _SURROGATE_ESCAPE.search(text):
            document = _whole_characters(document)
    except (ValueError, RecursionError) as error:
        raise FeedError("The feed is not valid JSON.") from error
    if not isinstance(document, dict) or not isinstance(document.get("items"), list):
        raise FeedError(NOT_A_FEED)
    entries = []
    byline = _json_authors(document)  # (the feed's, for items that name none)
    for item in _newest_items(document["items"]):
        link = _link(_str(item.get("url")) or _str(item.get("external_url")), url)
        title = _line(_str(item.get("title")), MAX_TITLE, markup=False)  # (plain, says the spec)
        summary = _str(item.get("summary")) or _str(item.get("content_text")) or _str(
            item.get("content_html"))
        content = absolute_addresses(_item_content(item), link or url)
        entries.append(NewEntry(
            guid=_guid(_json_id(item.get("id")), link, title, summary),
            link=link,
            title=title,
            author=_json_authors(item) or byline,
            published=_item_date(item),
            summary=_summary(summary) if link else _content_text(content),
            content=content,
            enclosures=json_attachments(item, url),
        ))
    site = _link(_str(document.get("home_page_url")), url)
    title = _line(_str(document.get("title")), MAX_TITLE, markup=False)
    return ParsedFeed(title, site, _unique(entries))


def _whole_characters(value: Any) -> Any:
    """``value`` (parsed JSON) with every lone surrogate ("\\ud83d" escaped alone, half of
    an emoji cut in two) as U+FFFD: no text with one can be stored, hashed or shown."""
    if isinstance(value, str):
        return _SURROGATE.sub("\ufffd", value)
    if isinstance(value, list):
        return [_whole_characters(item) for item in value]
    if isinstance(value, dict):
        return {_whole_characters(key): _whole_characters(item) for key, item in value.items()}
    return value


def _newest_items(items: list[Any]) -> list[dict[str, Any]]:
    """A JSON Feed's items (its objects), only the newest :data:`MAX_ENTRIES` of more."""
    items = [item for item in items if isinstance(item, dict)]
    if len(items) <= MAX_ENTRIES:
        return items
    return [items[i] for i in newest([_item_date(item) for item in items], MAX_ENTRIES)]


def _json_id(value: object) -> str:
    """A JSON Feed item's id: a string by the specification, a number in many feeds (42 is
    "42": an item keeps its id when its title or text is edited)."""
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return _str(value)


def _item_date(item: dict[str, Any]) -> str | None:
    """A JSON Feed item's date (published, else modified) in ISO 8601 UTC, or None."""
    return iso_text(_str(item.get("date_published"))) or iso_text(
        _str(item.get("date_modified")))


def _from_feedparser(entry: Any, url: str, byline: str | None = None) -> NewEntry:
    """One feedparser entry; ``byline``: the feed's author, for an entry that names none."""
    page = _link(_entry_link(entry), url)
    link = _link(_content_link(entry), url) or page
    title = _title(entry)
    summary = entry.get("summary") or ""
    content, xml_base = _entry_content(entry)
    content = absolute_addresses(content, content_base(xml_base, link, url))
    return NewEntry(
        guid=_guid(entry.get("id"), page, title, summary),  # (as before out-of-line links)
        link=link,
        title=title,
        author=_author(entry) or byline,
        published=entry_date(entry),
        summary=_summary(summary) if link else _content_text(content),
        content=content,
        enclosures=feed_enclosures(entry, url),
    )


def _author(holder: Any) -> str | None:
    """The name of a feed's or an entry's author, never an address: its ``author`` without
    an email ("Ann (ann@x.example)", "ann@x.example (Ann)", "Ann <ann@x.example>"), else
    feedparser's ``author_detail.name``; None when only an email is given. (The name of
    ``author_detail`` is not taken first: feedparser's split of "ann@x.example (Ann)"
    cuts the address after a four-letter top-level domain, its name is "ple (Ann".) Of
    several authors, every one's name (:func:`_co_authors`)."""
    several = _co_authors(holder)
    if several:
        return several
    text = _str(dict.get(holder, "author"))[: MAX_AUTHOR * 8].strip()
    if not text:
        detail = dict.get(holder, "author_detail")
        text = _str(dict.get(detail, "name")) if isinstance(detail, dict) else ""
    name = _line(_without_email(text), MAX_AUTHOR)
    return name if name and name.casefold() not in NO_ONE else None


def _co_authors(holder: Any) -> str | None:
    """The names of an entry's several authors, "Ann Lee, Bo Diaz" (Atom's <author> and
    RSS's <dc:creator> repeated, as WordPress's Co-Authors Plus writes them: feedparser's
    ``author`` is only the last); None for one author, or when a name feedparser split
    from an address is in doubt. A name that is part of another ("Jo" of "Jo Pereira",
    as <dc:creator> and <itunes:author> may give one person) is left out."""
    authors = dict.get(holder, "authors")
    if not isinstance(authors, list) or len(authors) < 2:
        return None
    names: list[str] = []
    for author in authors[:20]:
        name = _without_email(_str(dict.get(author, "name")) if isinstance(author, dict) else "")
        name = _line(name, MAX_AUTHOR)
        if any(char in name for char in "()<>@"):
            return None
        if name:
            names.append(name)
    words = [set(name.casefold().split()) for name in names]
    kept = [
        name for i, name in enumerate(names)
        if not any(words[i] <= other and (words[i] < other or j < i)
                   for j, other in enumerate(words) if j != i)
    ]
    return _line(", ".join(kept), MAX_AUTHOR) if len(kept) > 1 else None


def _without_email(text: str) -> str:
    """An author's name without its email: "Ann (ann@x.example)" and "Ann <ann@x.example>"
    are "Ann", "ann@x.example (Ann)" is "Ann", an email alone is ""."""
    text = text.strip()
    if _is_email(text):
        return ""
    if text.endswith((")", ">")):
        opening = text.rfind("(" if text.endswith(")") else "<")
        if opening > 0 and _is_email(text[opening + 1 : -1]):
            return text[:opening].strip()
    first, _, named = text.partition(" ")
    named = named.strip()
    if _is_email(first) and named.startswith("(") and named.endswith(")"):
        return named[1:-1].strip()
    return text


def _is_email(text: str) -> bool:
    """Whether ``text`` is an email address (in angle brackets or not)."""
    text = text.strip().removeprefix("<").removesuffix(">").removeprefix("mailto:")
    local, at, domain = text.partition("@")
    return bool(local and at and domain) and not any(
        char.isspace() or char in "@<>()" for char in local + domain
    )


def _json_authors(holder: dict[str, Any]) -> str | None:
    """The names of a JSON Feed's or item's ``authors`` (1.1), or of its ``author`` (1.0)."""
    authors = holder.get("authors") or ([holder["author"]] if holder.get("author") else [])
    if not isinstance(authors, list):
        return None
    names = [_str(author.get("name")) for author in authors if isinstance(author, dict)]
    return _line(", ".join(name for name in names if name.strip()), MAX_AUTHOR) or None


def _entry_link(entry: Any) -> str | None:
    """An entry's link; one feedparser took from a ``<guid>`` only when the guid is an
    address (a podcast's "<guid>e1</guid>" names an episode, no page), while a link of its
    own may be relative (feedparser says "guidislink" of an Atom entry with a
    ``<link href="post.html">`` too). A FeedBurner feed's ``<feedburner:origLink>`` names
    the article itself, where its ``<link>`` is a redirect through FeedBurner's tracker."""
    original = _str(entry.get("feedburner_origlink")).strip()
    if is_web(original):
        return original
    link = _str(entry.get("link"))
    own = any(
        isinstance(each, dict) and each.get("rel") == "alternate" and each.get("href") == link
        for each in dict.get(entry, "links") or ()
    )
    if entry.get("guidislink") and not own and not is_web(link.strip()):
        return None
    return link


def _content_link(entry: Any) -> str:
    """The page an Atom entry's out-of-line content names (``<content src="...">``), unless
    that is audio, video or a picture (an enclosure): its link when it has no alternate
    link (feedparser's link is then its id, made an address by the feed's ``xml:base``)."""
    links = dict.get(entry, "links") or ()
    if any(isinstance(each, dict) and each.get("rel") == "alternate" for each in links):
        return ""
    for content in dict.get(entry, "content") or ():
        if not isinstance(content, dict):
            continue
        kind = media_type(content.get("type")) or ""
        address = content_address(content)
        if address and not kind.startswith(MEDIA):
            return address
    return ""


def _item_content(item: dict[str, Any]) -> str:
    """A JSON Feed item's fullest text as HTML: its ``content_html``, else its
    ``content_text`` or ``summary`` (plain text, by the specification) made HTML; or ""."""
    content = _str(item.get("content_html"))
    if content.strip():
        return content[:MAX_CONTENT_HTML]
    plain = _str(item.get("content_text")) or _str(item.get("summary"))
    return plain_to_html(plain[:MAX_CONTENT_HTML])


def _entry_content(entry: Any) -> tuple[str, str]:
    """feedparser's fullest text of an entry as HTML, or "": the richest of its contents
    (content:encoded, Atom content, <itunes:summary>, <media:description>) and its summary
    (description): HTML before plain text (a podcast's short <itunes:summary> is not its
    show notes), the longer of one kind; plain text made HTML. With it, the ``xml:base``
    its addresses are relative to ("" for none)."""
    texts = []  # (marked up, length, value, base): the richest is the greatest
    for text in [*(dict.get(entry, "content") or []), dict.get(entry, "summary_detail")]:
        value = _str(dict.get(text, "value")) if isinstance(text, dict) else ""
        if value.strip():  # (dict.get: feedparser's own get is slow, and maps no such key)
            texts.append((dict.get(text, "type") != "text/plain", len(value), value,
                          _str(dict.get(text, "base"))))
    if not texts:
        return "", ""
    markup, _, value, base = max(texts, key=lambda text: text[:2])
    value = value[:MAX_CONTENT_HTML]
    if markup and _lines_without_tags(value):  # (plain text feedparser calls HTML)
        return plain_to_html(html.unescape(value)), base
    return (value if markup else plain_to_html(value)), base


def _lines_without_tags(value: str) -> bool:
    """Whether text feedparser calls HTML is plain text with line breaks: no tag in it,
    and lines. A YouTube video's <media:description> (plain, says Media RSS; its chapters a
    line apiece) and an RSS <description> written as plain text are such: as HTML their
    lines would run into one paragraph."""
    return "\n" in value.strip() and not _TAG.search(value)


def _str(value: object) -> str:
    return value if isinstance(value, str) else ""


def _title(holder: Any) -> str:
    """A feed's or an entry's title as one clean line. feedparser says what it is: plain
    text keeps its "<" and ">" (a title about ``<details>``, "if a < b"), and has its
    entities decoded already; only HTML (and XHTML) has tags to take out."""
    detail = dict.get(holder, "title_detail")
    kind = _str(dict.get(detail, "type")) if isinstance(detail, dict) else ""
    return _line(dict.get(holder, "title"), MAX_TITLE, markup=kind in _MARKUP_TYPES)


def _line(value: object, limit: int, *, markup: bool = True) -> str:
    """One clean line of text, at most ``limit``; of ``markup``: tags out, entities decoded.
    Plain text keeps its "<" and ">", but a character reference in it ("&amp;", "&#8217;")
    is read: a generator that escaped its titles twice (mkdocs-rss-plugin's JSON Feed, an
    Atom ``type="text"`` title made of HTML) is far more common than a title that names one."""
    text = _str(value)[: limit * 8]
    if markup and ("<" in text or "&" in text):
        text = html_line(text)
    elif "&" in text:  # (escaped once too often by its generator: "Tom &amp; Jerry")
        text = _REFERENCE.sub(lambda found: html.unescape(found.group()), text)
    return " ".join(clean_line(text).split())[:limit]


def _summary(value: str) -> str:
    return " ".join(clean_line(html_line(value[: MAX_SUMMARY * 20])).split())[:MAX_SUMMARY]


def _content_text(value: str) -> str:
    """An entry's content as plain text with its paragraphs (a blank line between): what is
    read of an entry that has no link to the article."""
    paragraphs = (clean_line(block).strip() for block in html_blocks(value[:MAX_CONTENT_HTML]))
    return "\n\n".join(part for part in paragraphs if part)[:MAX_CONTENT]


def _guid(value: object, link: str | None, title: str, summary: str) -> str:
    text = clean_line(_str(value)).strip()[:1000]
    if text:
        return text
    if link:
        return link
    return "sha1:" + hashlib.sha1(f"{title}\n{summary}".encode()).hexdigest()


def _unique(entries: list[NewEntry]) -> list[NewEntry]:
    """The first entry of each id (a feed may repeat one)."""
    seen: set[str] = set()
    kept = []
    for entry in entries:
        if entry.guid not in seen:
            seen.add(entry.guid)
            kept.append(entry)
    return kept
