"""A page that lists other pages (a site's front page, a section, tag or search page, a
blog's index) read as its entries: each headline a link, its teaser and date under it.

A page is such a listing when it holds at least :data:`MIN_ENTRIES` entries made alike (an
element holding one headline link, with siblings of its tag holding theirs) and little
running text outside them (:data:`PROSE_MOST` words in paragraphs of :data:`PROSE_BLOCK`
words or more): an article with a "related stories" list has its story's paragraphs outside
the list. A page that calls itself an article (``og:type``) is never one. Navigation,
headers, footers, asides and forms hold no entry: a menu's links are not the page's.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Collection
from copy import deepcopy
from dataclasses import dataclass
from itertools import islice
from typing import Any
from urllib.parse import urljoin, urlsplit

from lxml import etree
from lxml.html import HtmlElement

from reader.clean.extracted import Draft
from reader.clean.html.archive_pages import (
    MIN_MARKED_ENTRIES,
    dated_in_a_post_list,
    marked_as_post,
    names_itself_index,
)
from reader.clean.html.blocks import BLOCK_TAGS, BlockTuple, html_to_blocks
from reader.clean.html.entry_furniture import is_more_link, is_taxonomy_line
from reader.clean.html.posts import is_byline_heading, is_reply_title
from reader.clean.html.prose import WORDS, folded_words, one_line, short_text
from reader.core.lazy import lazy_re

MIN_ENTRIES = 5  # entries made alike: fewer is a list inside a page, not the page
PROSE_MOST = 150  # words of running text outside the entries: an article has more
PROSE_BLOCK = 20  # words: a shorter piece of text is a label, not running text
HEADLINE_WORDS = (3, 40)  # a link's words to be a headline (a menu's are fewer)
ENTRY_WORDS = 150  # words of an entry at most (a headline, a date, a byline, a teaser)
LINE_AFTER = 25  # words after a headline in its line (a date, a teaser): more is a paragraph
REPEATED = 2  # a link's words written more often are a call to action ("Give to the park")
HEADLINE_CHARS = 8  # characters of a headline written without spaces (Chinese, Japanese)
HEADLINE_LEVEL = 3  # (the page's title is its header)
TIMES_BEFORE = 2  # <time> elements a line may open with before its headline
HEADLINE_SHARE = 2  # a headline's link holds at least 1/2 of its heading's characters

_FURNITURE_TAGS = frozenset({"nav", "aside", "form", "menu", "button", "select"})
_WHOLE_PAGE = frozenset({"html", "body"})
_PAGE_BANDS = frozenset({"header", "footer"})  # the page's own, not a section's
_SECTIONING = frozenset({"article", "section", "main", "aside", "nav"})
_FURNITURE_ROLES = frozenset({"navigation", "banner", "contentinfo", "menu", "menubar", "search"})
# (a post's own sidebar, its poster's column in a forum: "post-sidebar", is the post's part)
_FURNITURE_NAMES = lazy_re(
    r"(?:^|[\s_-])(?:nav|navbar|navigation|menu|breadcrumbs?|share|sharing|social|"
    r"(?<!post-)(?<!post_)(?<!comment-)(?<!comment_)(?<!message-)(?<!message_)sidebar|"
    r"footer|masthead|pagination|pager|cookies?|consent|skip)(?:$|[\s_-])",
    re.IGNORECASE,
)
_CONTINUES = lazy_re(r"[\w,;.]")  # a link's sentence going on after it
_HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")
_DROPPED = (
    "img",
    "picture",
    "figure",
    "svg",
    "video",
    "audio",
    "iframe",
    "button",
    "script",
    "style",
    "noscript",
    "form",
)
_PROSE = etree.XPath(
    "descendant::text()[normalize-space()][not(ancestor::a or ancestor::nav or ancestor::aside"
    " or ancestor::form or ancestor::footer or ancestor::header or ancestor::script"
    " or ancestor::style or ancestor::noscript or ancestor::template or ancestor::button)]"
)
_ALL_TEXT = etree.XPath(
    "descendant::text()[not(ancestor::script or ancestor::style or ancestor::noscript)]"
)
_ARTICLE_TYPE = etree.XPath("//meta[translate(@property, 'OGTYPE', 'ogtype')='og:type']/@content")


@dataclass(frozen=True)
class Entry:
    """One entry of a listing: the element holding it, its headline and the address."""

    element: HtmlElement
    headline: str
    href: str
    heading: HtmlElement  # the headline's element: its heading, else its link


def read_listing(
    tree: HtmlElement, url: str | None, base: str | None = None
) -> list[BlockTuple] | None:
    """The page's entries as blocks (a linked ``heading`` each, its lines as paragraphs
    under it), or None when the page is not a listing. Read before the cleanup changes the
    tree (consent panels out already); the tree is not changed. Links resolve against
    ``base`` (the page's ``<base href>``), else ``url``."""
    body = tree.find("body")
    if body is None or calls_itself_article(tree):
        return None
    entries = find_entries(body, url, base)
    places = Counter(_place(entry) for entry in entries)
    alike = [places[_place(entry)] > 1 for entry in entries]
    if sum(alike) < _fewest_entries(body, entries, alike):
        return None
    prose = prose_outside(body, [entry.element for entry in entries])
    if sum(prose.values()) >= PROSE_MOST:
        return None
    shown: list[HtmlElement | Entry] = [
        entry
        for entry, beside in zip(entries, alike, strict=True)
        if beside or entry.heading.tag in _HEADINGS
    ]
    shown.extend(prose)  # (an introduction, a description of the tag)
    order = {element: at for at, element in enumerate(body.iter())}
    shown.sort(key=lambda part: order[part.element if isinstance(part, Entry) else part])
    return [
        block
        for part in shown
        for block in (entry_blocks(part) if isinstance(part, Entry) else _text_blocks(part))
    ]


def _fewest_entries(body: HtmlElement, entries: list[Entry], alike: list[bool]) -> int:
    """The entries made alike a listing needs: fewer on a page that names itself an index
    of posts and marks each entry as one, or whose entries are dated in a list of posts."""
    made_alike = [entry.element for entry, beside in zip(entries, alike, strict=True) if beside]
    if not made_alike:
        return MIN_ENTRIES
    if all(map(marked_as_post, made_alike)) and names_itself_index(body):
        return MIN_MARKED_ENTRIES
    if all(map(dated_in_a_post_list, made_alike)):
        return MIN_MARKED_ENTRIES
    return MIN_ENTRIES


def _place(entry: Entry) -> tuple[int, str]:
    """Where an entry stands: its parent and its tag (entries made alike share both)."""
    return id(entry.element.getparent()), str(entry.element.tag)


def calls_itself_article(tree: HtmlElement) -> bool:
    """Whether the page says it is an article (``og:type``): never an index, nor a thread
    by its shape alone."""
    return any(value.strip().lower() == "article" for value in _ARTICLE_TYPE(tree))


def find_entries(body: HtmlElement, url: str | None, base: str | None = None) -> list[Entry]:
    """Every entry of the page in its order: the largest element around a headline link
    that holds no other headline link to another address, nor more than
    :data:`ENTRY_WORDS` words (one entry for each address)."""
    links: list[tuple[HtmlElement, str, str, HtmlElement]] = []
    furniture: dict[HtmlElement, bool] = {}
    bylines: dict[HtmlElement, bool] = {}  # (each heading asked once)
    headlines: dict[HtmlElement, str] = {}  # (each heading read once: a heading of many links)
    fit: dict[HtmlElement, bool] = {}  # (whether each is a headline's)
    for link in body.iter("a"):
        heading = next(link.iter(*_HEADINGS), None)
        inside = heading is None  # (the link is a part of its heading, or is no heading's)
        if heading is None:
            heading = next(link.iterancestors(*_HEADINGS), link)
        if heading not in headlines:
            line = one_line(heading if heading.tag in _HEADINGS else link)
            headlines[heading] = line
            fit[heading] = _is_headline(line) and not (  # (a reply's heading: "Re: ...";
                heading is not link and is_reply_title(line)  # an archive's links may be)
            )
        headline = headlines[heading]
        if not fit[heading] or (heading is link and not _leads_its_line(link)):
            continue
        if inside and heading is not link and not _is_most_of(link, headline):
            continue  # (a type named in an API item's signature: "pub fn new(dir: &str)")
        if heading is not link:
            if heading not in bylines:
                bylines[heading] = is_byline_heading(heading)
            if bylines[heading]:
                continue  # ("Updated by <a>Ada</a> 3 days ago": a post's, no headline)
        href = _entry_address(link.get("href"), url, base or url)
        if href is not None and not in_furniture(link, furniture):
            links.append((link, href, headline, heading))
    folded = {heading: folded_words(headlines[heading]) for _link, _href, _line, heading in links}
    said = Counter(folded[heading] for _link, _href, _headline, heading in links)
    links = [found for found in links if said[folded[found[3]]] <= REPEATED]
    addresses: dict[HtmlElement, set[str]] = {}
    for link, href, _headline, _heading in links:
        for ancestor in link.iterancestors():
            addresses.setdefault(ancestor, set()).add(href)
    entries: dict[str, Entry] = {}
    for link, href, headline, heading in links:
        if href in entries:
            continue
        element = link
        for ancestor in link.iterancestors():
            if ancestor is body or len(addresses[ancestor]) > 1:
                break
            if short_text(ancestor, ENTRY_WORDS) is None:
                break  # (a story holding one link is no entry: its words are prose)
            element = ancestor
        entries[href] = Entry(element, headline, href, heading)
    return list(entries.values())


def _entry_address(href: str | None, url: str | None, base: str | None) -> str | None:
    """The address a link leads to, if it may be an entry's: a page of the web (not the
    site's front page, not a place in this page, not this page itself)."""
    if not href or href.lstrip().startswith("#"):
        return None
    try:
        address = urljoin(base or "", href.strip())
        parts = urlsplit(address)
    except ValueError:
        return None
    if parts.scheme not in ("http", "https", ""):
        return None
    if parts.path.strip("/") == "" and not parts.query:
        return None
    if url and address.split("#")[0] == url.split("#")[0]:
        return None
    return address.split("#")[0]


def _is_most_of(link: HtmlElement, headline: str) -> bool:
    """Whether a link inside a heading carries most of its words: a headline's link does,
    a link to a word of it (a type in a function's signature, a tag beside a title) does
    not."""
    return len(one_line(link)) * HEADLINE_SHARE >= len(headline)


def _is_headline(text: str) -> bool:
    words = len(text.split())
    low, high = HEADLINE_WORDS
    if low <= words <= high:
        return True
    return words < low and len(text) >= HEADLINE_CHARS and any(ord(c) >= 0x2E80 for c in text)


def _leads_its_line(link: HtmlElement) -> bool:
    """Whether a link opens the block it stands in (after its ``<time>`` at most: "2024-06-11
    09:30 Tarring the steps"), and that block is a short line (a headline and a few words
    after it, set apart), not a paragraph with a link in its running text."""
    if _CONTINUES.match((link.tail or "").lstrip()):
        return False  # (its sentence goes on after it)
    block = next(link.iterancestors(*BLOCK_TAGS), None)
    if block is None:
        return True
    words = len(one_line(link).split())
    line = short_text(block, max(2 * words, words + LINE_AFTER))
    if line is None:
        return False
    at = line.find(one_line(link))
    if at < 0:
        return False
    before = line[:at]
    for time in islice(block.iter("time"), TIMES_BEFORE):
        before = before.replace(one_line(time), " ", 1)  # a date set before its headline
    return WORDS.search(before) is None


def in_furniture(element: HtmlElement, known: dict[HtmlElement, bool]) -> bool:
    """Whether ``element`` stands in the page's navigation, header, footer, an aside or a
    form, or a box named as one (a menu, a share bar, a pager, a cookie panel); ``known``
    holds the answers for elements already asked about (each element is looked at once)."""
    path: list[HtmlElement] = []
    answer = False
    for ancestor in element.iterancestors():
        if ancestor in known:
            answer = known[ancestor]
            break
        path.append(ancestor)
    for ancestor in reversed(path):  # (from the top down: an element within one is one)
        answer = answer or _is_furniture(ancestor)
        known[ancestor] = answer
    return answer


def _is_furniture(element: HtmlElement) -> bool:
    tag = element.tag
    if tag in _WHOLE_PAGE:
        return False  # (its classes describe the page: "has-main-menu", "has-sidebar")
    if tag in _FURNITURE_TAGS or element.get("role", "").lower() in _FURNITURE_ROLES:
        return True
    if tag in _PAGE_BANDS and next(element.iterancestors(*_SECTIONING), None) is None:
        return True
    names = f"{element.get('class', '')} {element.get('id', '')}"
    return _FURNITURE_NAMES.search(names) is not None


def prose_outside(body: HtmlElement, parts: Collection[HtmlElement]) -> dict[HtmlElement, int]:
    """The elements holding running text outside ``parts`` (a listing's entries, a thread's
    posts), links, navigation, headers, footers, asides and forms, with their words: pieces
    of :data:`PROSE_BLOCK` words or more, each counted once for the nearest element holding
    it."""
    inside = set(parts)
    words: dict[HtmlElement, int] = {}
    for piece in _PROSE(body):
        holder = _block_of(piece)
        if holder is None or holder in inside or any(a in inside for a in holder.iterancestors()):
            continue
        words[holder] = words.get(holder, 0) + len(piece.split())
    return {holder: count for holder, count in words.items() if count >= PROSE_BLOCK}


def _block_of(piece: Any) -> HtmlElement | None:
    """The nearest block element holding a piece of text (its element's, or its tail's)."""
    holder = piece.getparent()
    if holder is not None and piece.is_tail:
        holder = holder.getparent()
    while holder is not None and holder.tag not in BLOCK_TAGS:
        holder = holder.getparent()
    return holder


def _text_blocks(element: HtmlElement) -> list[BlockTuple]:
    """An element's own text (not its inner blocks') as a paragraph, its links' words too."""
    pieces = [piece for piece in _ALL_TEXT(element) if _block_of(piece) is element]
    text = " ".join(" ".join(pieces).split())
    return [("paragraph", text, 0)] if text else []


def entry_blocks(entry: Entry) -> list[BlockTuple]:
    """An entry's headline as a linked heading, and its first lines (date, teaser)."""
    headline = Draft(
        "heading", entry.headline, HEADLINE_LEVEL, links=((entry.headline, entry.href),)
    )
    copy = deepcopy(entry.element)
    copy.tail = None
    for element in list(copy.iter(*_HEADINGS, "a", *_DROPPED)):
        if element.getparent() is None:
            continue  # (the copy itself: a link holding the whole entry)
        if (
            element.tag in _DROPPED
            or one_line(element) == entry.headline
            or (
                element.tag == "a"
                and (not one_line(element) or is_more_link(one_line(element), entry.headline))
            )
        ):
            element.drop_tree()
    if copy.tag in _HEADINGS or (copy.tag == "a" and one_line(copy) == entry.headline):
        return [headline]
    wanted = folded_words(entry.headline)
    lines = [
        ("paragraph", text, 0)
        for kind, text, _level in html_to_blocks(copy)
        if kind != "image" and text.strip() and folded_words(text) != wanted
        for text in [_without_taxonomy(text)]
        if text
    ]
    return [headline, *lines]


def _without_taxonomy(text: str) -> str:
    """A block's lines but its taxonomy lines (a list of the entry's date, its writer, its
    category and tags keeps its date)."""
    return "\n".join(line for line in text.split("\n") if not is_taxonomy_line(line))


__all__ = [
    "Entry",
    "calls_itself_article",
    "entry_blocks",
    "find_entries",
    "in_furniture",
    "prose_outside",
    "read_listing",
]
