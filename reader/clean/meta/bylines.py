"""Bylines the page shows: marked ones (rel=author, itemprop=author, a byline class) and
unmarked "By Jane Doe" / "Written by" lines, also when the label and the name stand in
separate elements (``<span>By</span><a>Jane Doe</a>``).

Each candidate is yielded on its own, best kind first; the caller keeps the first that gives a
person's name, so a byline block holding only a job title or a date does not hide the next."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from urllib.parse import urlsplit

import lxml.html
from lxml import etree

from reader.clean.byline import BIOGRAPHY_GOES_ON
from reader.clean.class_index import ClassIndex, page_root
from reader.clean.meta.text import (
    NOT_PROSE,
    WHITESPACE,
    compact,
    element_text,
    in_boilerplate,
    page_headline,
)
from reader.core.given_names import is_given_name
from reader.core.lazy import lazy_re

BYLINE_CLASS = lazy_re(
    r"(?:^|[\s_-])(?:byline|by-line|author|authors|author-name|byline__name|contributor|"
    r"writer|reporter|article-author|post-author|entry-author|c-byline)(?:$|[\s_-])"
    # CSS modules' camel case: "styles_dateAndAuthorContainer__JAvHP", "ArticleByline_name"
    # (after a lower-case letter, "_", a space or nothing; before a capital, "_" or the end)
    r"|(?-i:(?:^|(?<=[^\W\dA-Z])|(?<=\s))(?:Author|Authors|Byline|Contributor|Writer)"
    r"(?=[A-Z_]|$))"
    # ... and its lower-case start: "authorName", "bylineText" (a capital follows)
    r"|(?-i:(?:^|(?<=\s))(?:author|authors|byline|contributor|writer)(?=[A-Z]))",
    re.I,
)
# a part of an author box that says what the author is, not who ("dynamic-author-description"
# holds "Licensed Q Arabica Grader, M.A. Journalism")
_ABOUT_THE_AUTHOR = lazy_re(
    r"author[-_]?(?:description|desc|title|role|job|position|credentials)\b",
    re.I,
)
BYLINE_WORDS = ("byline", "by-line", "author", "contributor", "writer", "reporter")
# an element inside naming the author's name alone ("t-blogpost-author-name" beside its
# "-position" and its date): the box's text would run the name into the job title
_NAMED_INSIDE = etree.XPath(
    "descendant::*[contains(translate(@class, 'AUTHORNME', 'authornme'), 'author-name')"
    " or contains(translate(@class, 'AUTHORNME', 'authornme'), 'author_name')][1]"
)
# "By", "Written by:", "Posted by", "Words by", "Author:" (not "Reviewed by", "Edited by").
_ENGLISH_LABEL = (
    r"(?:(?:(?:written|posted|published|words|story|text|article|reporting|post)\s+)?by"
    r"\s*:?|(?:authors?|author\(s\)|written\s+by|contributors?)\s*:)(?:\s+|$)"
)
# on a page in any language: "Autor:", "Auteur :", "Автор:" (the word and a colon), and
# Chinese and Japanese "记者" (reporter), "作者", "著者" (author), "文/" (text by)
_ANY_LABEL = (
    r"(?:autor|autorin|auteur|auteure|autore|autori|forfatter|författare|автор|текст)"
    r"\s*[:：]\s*|(?:记者|記者|作者|撰文|著者|執筆)\s*[/／:：]?\s*|文\s*[/／:：]\s*"
)
# "by" in the page's language: a word that is a common one elsewhere ("par", "di", "door",
# "von"), so only on a page that says it is written in that language (``<html lang>``)
_BY_IN = {
    "de": "von",
    "fr": "par",
    "es": "por",
    "pt": "por",
    "it": "di|a cura di",
    "nl": "door",
    "sv": "av",
    "no": "av",
    "nb": "av",
    "nn": "av",
    "da": "af",
}
_ALONE_WORDS = (
    r"by|authors?|author\(s\)|written\s+by|contributors?|autor|auteur|autore|作者|记者|記者|著者"
)


@functools.cache
def _label(lang: str) -> re.Pattern[str]:
    """A byline's label on a page in ``lang`` (its first two letters), with the name after."""
    return re.compile(rf"^\s*(?:{_label_words(lang)})", re.I)


def _label_words(lang: str) -> str:
    local = _BY_IN.get(lang)
    words = rf"|(?:{local})\s*:?(?:\s+|$)" if local else ""
    return f"{_ENGLISH_LABEL}|{_ANY_LABEL}{words}"


# A label standing alone in its element, the name in the next one: "<p>Author</p><p>Jane</p>".
_ALONE_LABEL = rf"^\s*(?:{_ALONE_WORDS})\s*[:：]?\s*$"
_ALONE = lazy_re(_ALONE_LABEL, re.I)


@functools.cache
def _opens_labelled(lang: str) -> re.Pattern[str]:
    """A text that opens with :func:`_label` or is :data:`_ALONE`: one search for both (the
    page's every element is asked)."""
    return re.compile(rf"^\s*(?:{_label_words(lang)})|{_ALONE_LABEL}", re.I)


_NAME_AFTER = lazy_re(r"^[^\W\d_]")
# "By Clicking", "By Using": a label followed by one of these is a sentence, not a byline
# (a lower-case word after the label already is: "by the way").
_SENTENCE = lazy_re(
    r"^(?:this|that|clicking|using|signing|continuing|submitting|subscribing|"
    r"entering|creating|email|our|your|my|his|her|their|its|default|way|far|now|then)\b",
    re.I,
)
_MAX_LINE = 120
_LOOSE_COMMA = lazy_re(r"(?: ?,)+")  # on single-spaced text
_MAX_CANDIDATES = 8
# The address of a person's page on the site: /author/jane-doe, /authors/jane-doe/, /writers/..
AUTHOR_HREF = lazy_re(r"/(?:authors?|writers?|contributors?)/[^/]+/?$", re.I)

# the attributes' owners ("*/@rel[test]/.."): a predicate on every element ("*[@rel...]")
# costs libxml2 a node-set each, 4x slower
_AUTHOR_XPATH = etree.XPath(
    "(descendant-or-self::*/@itemprop[. = 'author']"
    " | descendant-or-self::*/@rel[contains(concat(' ', normalize-space(.), ' '), ' author ')])/.."
)
_NAME_XPATH = etree.XPath("descendant::*[@itemprop='name'][1]")
_SKIP = ("meta", "link", "script", "style", "noscript", "template")


def looks_like_byline(text: str) -> bool:
    """Whether a line starts like a byline ("By ...")."""
    return bool(re.match(r"^\s*by\s", text, re.I))


def visible_bylines(
    tree: lxml.html.HtmlElement, index: ClassIndex | None = None, lang: str = ""
) -> Iterator[list[str]]:
    """Byline texts, one candidate list at a time: all rel/itemprop authors together, then each
    byline-class element, then each "By ..." line (labelled in English, or in ``lang``, the
    page's language: "Par", "Von")."""
    marked = list(_marked(tree))
    if marked:
        yield marked
    linked = next(_author_links(tree), None)
    if linked:
        yield [linked]
    count = 0
    for element in (index or ClassIndex.of_page(tree)).find(BYLINE_CLASS, BYLINE_WORDS, "class"):
        if element.tag in _SKIP or in_boilerplate(element, article_footer=True):
            continue
        if _ABOUT_THE_AUTHOR.search(element.get("class") or ""):
            continue  # "author-description": the author's job title or biography, not a name
        if _NAMED_INSIDE(element):
            continue  # an author box whose name has its own element: that one is read
        text = _text(element)
        if text and len(text) >= 200:
            text = _name_inside(element)  # an author box: the name above the biography
        if text and len(text) < 200:
            yield [text]
            count += 1
            if count >= _MAX_CANDIDATES:
                break
    yield from ([line] for line in _labelled_lines(tree, lang[:2]))


_NAME_WORD = lazy_re(r"^[^\W\d_][\w'’.-]*$")
MAX_NAME_LINE = 40  # a name standing alone is at most this long ...
NAME_WORDS = (2, 4)  # ... in this many words
BESIDE = 3  # elements after the headline (and after its block) looked at
BOX_ELEMENTS = 12  # elements of an author box looked through for the name


def name_beside_headline(tree: lxml.html.HtmlElement) -> str | None:
    """A person's name standing alone right after the headline, unlabelled ("<h1>..</h1>
    <p>Matteo Laratta</p>"): two to four capitalised words, the first a known given name."""
    headline = page_headline(tree)
    for anchor in (headline, headline.getparent() if headline is not None else None):
        after, seen = (anchor.getnext() if anchor is not None else None), 0
        while after is not None and seen < BESIDE:
            if isinstance(after.tag, str):
                seen += 1
                text = " ".join(element_text(after).split())
                if _is_bare_name(text):  # (the hand list: unlabelled, a place may stand there)
                    return text
            after = after.getnext()
    return None


# "Alban Brooke is the Head of Marketing at ...", "Jane Roe has written for ...": a person
# introduced by name, as an author box's biography opens
_BIOGRAPHY = lazy_re(
    rf"^(?P<name>[^\W\d_][\w'’.-]*(?: [^\W\d_][\w'’.-]*){{1,3}})\s*(?={BIOGRAPHY_GOES_ON})"
)
BIO_STEPS = 3  # elements walked back from a biography to the name over it
BOX_LEVELS = 2  # levels above a biography that make up its box
MAX_BOX_TEXT = 1200  # characters of an author box at most
_AUTHOR_BOX = etree.XPath(
    "descendant-or-self::*[contains(@class, 'author') or contains(@class, 'Author')]"
)


def name_over_biography(tree: lxml.html.HtmlElement) -> str | None:
    """The name over an author box (a box that says it is an author's, see
    :func:`_in_author_box`; a section of a list of people is not one): a name standing
    alone (see :func:`_is_name_shaped`), then within :data:`BIO_STEPS` elements a paragraph
    that opens with that name and says who they are ("Alban Brooke" over "Alban Brooke is
    the Head of Marketing at Buzzsprout and ...")."""
    for paragraph in page_root(tree).iter("p"):
        match = _BIOGRAPHY.match(" ".join(element_text(paragraph).split()[:6]))
        if not match or not _is_name_shaped(match["name"]) or not _in_author_box(paragraph):
            continue
        before, steps = paragraph, 0
        while steps < BIO_STEPS:
            previous = before.getprevious()
            before = previous if previous is not None else before.getparent()
            if before is None or before.tag in ("body", "html"):
                break
            steps += 1
            if " ".join(element_text(before).split()) == match["name"]:
                return match["name"]
    return None


def _in_author_box(paragraph: lxml.html.HtmlElement) -> bool:
    """Whether the box :data:`BOX_LEVELS` above the paragraph, a box of at most
    :data:`MAX_BOX_TEXT` characters (not the article around it), has an element classed as
    an author's ("author__photo", "post-author")."""
    box = paragraph
    for _ in range(BOX_LEVELS):
        box = box.getparent() if box.getparent() is not None else box
    return len(element_text(box)) <= MAX_BOX_TEXT and bool(_AUTHOR_BOX(box))


# "© 2025 Toby Hede. All rights reserved.", "Copyright (c) 2019-2024 Jane Roe"
_COPYRIGHT = lazy_re(
    r"(?:©|\(c\)|copyright)[\s©]*(?:\(c\)\s*)?(?:\d{4}(?:\s*[-–]\s*\d{4})?[\s,]*)?(?:by\s+)?"
    r"(?P<holder>[^.,;|·•–—()\n]{2,60})",
    re.IGNORECASE,
)


def site_person(tree: lxml.html.HtmlElement, sites: list[str], url: str | None) -> str | None:
    """A personal site's owner, taken as the author of an unsigned post: the site's name when
    it is a person's name (as :func:`name_beside_headline` tells one: two to four
    capitalised words, the first a known given name), or the holder of the copyright in its
    footer when that is a person's name, if the address spells it: "Toby Hede" at
    "tobyhede.com" (but "Clay Global" at "clay.global" is a company)."""
    labels = _host_labels(url)
    if not labels:
        return None

    def spelled(name: str) -> bool:
        return any(compact(name) in label for label in labels)

    for name in sites:
        name = " ".join(name.split())
        if _is_bare_name(name, wide=True) and spelled(name):
            return name
    for footer in tree.iter("footer"):
        match = _COPYRIGHT.search(" ".join(element_text(footer).split()))
        if match:
            holder = re.sub(r"\s+all rights.*$", "", match["holder"], flags=re.I).strip()
            if _is_bare_name(holder, wide=True) and spelled(holder):
                return holder
    return None


def _host_labels(url: str | None) -> set[str]:
    """The labels of the address's host name but its last ("tobyhede" of "www.tobyhede.com"),
    lower-cased, without hyphens."""
    try:
        host = (urlsplit(url).hostname or "") if url else ""
    except ValueError:
        return set()
    labels = host.replace("-", "").split(".")
    return set(labels[:-1]) - {"www", ""}


def _name_inside(box: lxml.html.HtmlElement) -> str | None:
    """The first of a box's first :data:`BOX_ELEMENTS` elements whose text is a person's
    name alone (see :func:`_is_bare_name`): the name over an author box's biography."""
    for seen, element in enumerate(box.iterdescendants()):
        if seen >= BOX_ELEMENTS:
            break
        if isinstance(element.tag, str) and element.tag not in _SKIP:
            text = " ".join(element_text(element).split())
            if _is_bare_name(text, wide=True):
                return text
    return None


def _is_name_shaped(text: str) -> bool:
    """Two to four capitalised words, at most :data:`MAX_NAME_LINE` characters."""
    words = text.split()
    return (
        NAME_WORDS[0] <= len(words) <= NAME_WORDS[1]
        and len(text) <= MAX_NAME_LINE
        and all(_NAME_WORD.match(word) and word[0].isupper() for word in words)
    )


def _is_bare_name(text: str, wide: bool = False) -> bool:
    """A name shaped as :func:`_is_name_shaped` says whose first word is a known given name
    (``wide``: a census name too, where the page says a person stands there)."""
    return _is_name_shaped(text) and is_given_name(text.split()[0], wide)


def _text(element: lxml.html.HtmlElement) -> str:
    """Visible text on one line, list items apart ("<li>A</li><li>B</li>" gives "A, B")."""
    pieces: list[str] = []
    for node in element.iter():
        if not isinstance(node.tag, str) or node.tag in _SKIP:
            if node is not element and node.tail:
                pieces.append(node.tail)
            continue
        previous = node.getprevious() if node is not element else None
        if node.tag == "li" and previous is not None and previous.tag == "li":
            pieces.append(",")
        if node.text:
            pieces.append(node.text)
        if node is not element and node.tail:
            pieces.append(node.tail)
    return _LOOSE_COMMA.sub(",", WHITESPACE.sub(" ", " ".join(pieces))).strip(" ,")


def _author_links(tree: lxml.html.HtmlElement) -> Iterator[str]:
    """Texts of links to an author's page ("/author/jane-doe", "/authors/jane-doe/")."""
    for link in page_root(tree).iter("a"):
        href = (link.get("href") or "").split("?", 1)[0].split("#", 1)[0]
        if AUTHOR_HREF.search(href) and not in_boilerplate(link, article_footer=True):
            text = _text(link)
            if text and len(text) < 60:
                yield text


def _marked(tree: lxml.html.HtmlElement) -> Iterator[str]:
    for element in _AUTHOR_XPATH(page_root(tree)):
        if element.tag in ("meta", "link"):
            continue
        if in_boilerplate(element, article_footer=True) or _in_a_card(element):
            continue
        name = _NAME_XPATH(element)
        text = _text(name[0] if name else element)
        if text and len(text) < _MAX_LINE:
            yield text


def _in_a_card(element: lxml.html.HtmlElement) -> bool:
    """Inside one of several ``<article>`` elements side by side (each alone in a wrapper or
    not): a grid of other stories' cards, whose bylines are theirs. The one that holds the
    page's ``<h1>`` is the story, whatever stands beside it."""
    for story in element.iterancestors("article"):
        parent = story.getparent()
        if parent is None or _HOLDS_H1(story):
            return False
        wrapper = parent.getparent() if len(parent) == 1 else None
        around = wrapper if wrapper is not None else parent
        if len(_SIDE_BY_SIDE(around)) > 1:
            return True
    return False


_SIDE_BY_SIDE = etree.XPath("article | */article")
_HOLDS_H1 = etree.XPath("boolean(.//h1)")


def _labelled_lines(tree: lxml.html.HtmlElement, lang: str) -> Iterator[str]:
    """ "By ..." lines, one for each element whose own text opens with a byline label in
    ``lang`` or is one (see ``_line_from`` for where the name is read)."""
    count = 0
    seen: set[str] = set()
    label, labelled = _label(lang), _opens_labelled(lang)
    for element in page_root(tree).iter():
        if not isinstance(element.tag, str) or element.tag in _SKIP:
            continue
        head = (element.text or "")[:40]
        if not head.strip() or not labelled.match(head):
            continue
        if element.tag in NOT_PROSE or next(element.iterancestors(*NOT_PROSE), None) is not None:
            continue  # "BY" in a drawing or a program ("ORDER BY" in a syntax diagram)
        line = _line_from(element, label)
        if not line or line in seen or in_boilerplate(element, article_footer=True):
            continue
        seen.add(line)
        yield line
        count += 1
        if count >= _MAX_CANDIDATES:
            return


_SILENT_SIBLINGS = 3  # elements without text (an avatar) passed over between label and name


def _next_with_text(element: lxml.html.HtmlElement) -> lxml.html.HtmlElement | None:
    """The next sibling element, past up to :data:`_SILENT_SIBLINGS` without text (the
    writer's picture between "Written by:" and the name); None when there is none."""
    after, silent = element.getnext(), 0
    while after is not None:
        if isinstance(after.tag, str):
            if _text(after) or silent >= _SILENT_SIBLINGS:
                return after
            silent += 1
        after = after.getnext()
    return None


def _line_from(element: lxml.html.HtmlElement, label: re.Pattern[str]) -> str | None:
    """ "By Jane Doe" from the element: its label, then a name in its own text or children;
    a label alone in its element takes the name from the next element ("<p>Written by</p>
    <p>Jane Doe</p>"), or from its parent's line when the label has no next element."""
    text = _text(element)
    if len(text) > _MAX_LINE:
        return None
    match = label.match(text)
    rest = text[match.end() :].lstrip(" :-–—") if match else ""
    if not match and not _ALONE.match(text):
        return None
    if not rest:
        after = _next_with_text(element)
        if after is not None:
            rest = _text(after)[:_MAX_LINE] if not (element.tail or "").strip() else ""
        elif element.getparent() is not None and len(_text(element.getparent())) <= 60:
            whole = _text(element.getparent())
            match = label.match(whole)
            rest = whole[match.end() :].lstrip(" :-–—") if match else ""
    if rest and _NAME_AFTER.match(rest) and not rest[0].islower() and not _SENTENCE.match(rest):
        return f"By {rest}"
    return None
