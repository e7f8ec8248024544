"""A discussion page (a forum thread, a question and its answers, an issue and its comments)
read as its posts in order, each under a small heading naming its author and date.

A page is a thread when it marks its posts (schema.org ``Question``, ``Answer`` or
``DiscussionForumPosting``, in microdata), or when it holds at least :data:`MIN_POSTS`
posts made alike (sibling elements of one tag and class, each with an author) and its
running text starts with them: no paragraph stands before the first post, and little text
stands outside them (:data:`~reader.clean.html.listing.PROSE_MOST` words). An article with
comments below has its story before them: it stays the article. A post outside the
siblings whose text is made like theirs (the question above its answers) opens the thread.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from lxml import etree
from lxml.html import HtmlElement

from reader.clean.class_index import owners_matching
from reader.clean.html.blocks import BlockTuple
from reader.clean.html.listing import PROSE_BLOCK, PROSE_MOST, in_furniture, prose_outside
from reader.clean.html.posts import (
    authors_in,
    body_of,
    is_author,
    one_name,
    own_elements,
    post_blocks,
)
from reader.clean.html.prose import short_text

MIN_POSTS = 3  # posts made alike: fewer is a page with a reply or two, not a thread
POST_WORDS = 3  # words a post's text holds at least ("Thanks, that worked!")
_POST_TYPES = re.compile(
    r"(?:^|/)(?:Question|Answer|Comment|DiscussionForumPosting|SocialMediaPosting)$"
)
_THREAD_TYPES = re.compile(r"(?:^|/)(?:Question|Answer|DiscussionForumPosting)$")
_SCOPES = etree.XPath("descendant::*[@itemscope and @itemtype]")
# Elements that may name an author: those with a class, id, itemprop or rel holding one of
# ``is_author``'s words (in any case): testing every element of a page took ~1.5 ms a page,
# building each one's names and searching them ~0.6 ms; the names are searched joined
_NAMES = etree.XPath(
    "descendant-or-self::*/@class | descendant-or-self::*/@id"
    " | descendant-or-self::*/@itemprop | descendant-or-self::*/@rel"
)
_AUTHOR_HINT = re.compile(r"author|user|poster|commenter|fn|nick|sender")  # (of lower case)

Key = tuple[int, str, str]  # a post's place: its parent, its tag, its first class


@dataclass(frozen=True)
class Thread:
    """A thread's reading: its posts' blocks, and its posters' names in order of their
    first post (the thread's people)."""

    blocks: list[BlockTuple]
    authors: list[str]


def read_thread(tree: HtmlElement, title: str | None = None) -> Thread | None:
    """The page's posts (each post's author and date as a heading, its text under it), or
    None when the page is not a thread. The tree is not changed."""
    body = tree.find("body")
    if body is None:
        return None
    posts = marked_posts(body)
    if posts is None:
        posts = shaped_posts(body)
    if posts is None or not _starts_the_text(body, posts):
        return None  # (an article with comments below: the story comes first)
    nested = set(posts)  # (a post's reading stops at the posts inside it)
    blocks: list[BlockTuple] = []
    authors: dict[str, None] = {}
    for post in posts:
        name, shown = post_blocks(post, nested, title)
        blocks.extend(shown)
        if name:
            authors.setdefault(name)
    if not any(kind != "heading" for kind, _text, _level in blocks):
        return None
    return Thread(blocks, list(authors))


def _types(element: HtmlElement) -> list[str]:
    return element.get("itemtype", "").split()


def marked_posts(body: HtmlElement) -> list[HtmlElement] | None:
    """The posts a page marks in schema.org microdata, in page order, when one of them is
    a question, an answer or a forum post (comments alone may be an article's) and two of
    them name their authors."""
    posts = [
        element for element in _SCOPES(body)
        if any(_POST_TYPES.search(kind) for kind in _types(element))
    ]
    if len(posts) < 2 or not any(
        _THREAD_TYPES.search(kind) for post in posts for kind in _types(post)
    ):
        return None
    nested = set(posts)
    signed = sum(any(map(is_author, own_elements(post, nested))) for post in posts)
    return posts if signed >= 2 else None  # (a page of questions answered, unsigned: FAQ)


def shaped_posts(body: HtmlElement) -> list[HtmlElement] | None:
    """The posts of a thread told by its shape: the largest set of sibling elements made
    alike, each signed by one author, preceded by at most one post made like them (the
    question, the first post of an issue) and no other running text."""
    furniture: dict[HtmlElement, bool] = {}
    found = [  # (in page order)
        element for element in owners_matching(_NAMES(body), _AUTHOR_HINT, fold=True)
        if is_author(element) and not in_furniture(element, furniture)
    ]
    authors = set(found)
    above = {author: set(author.iterancestors()) for author in found}
    holding = {ancestor for ancestors in above.values() for ancestor in ancestors}
    groups: dict[Key, list[HtmlElement]] = {}
    for author in found:
        for element in (author, *author.iterancestors()):
            parent = element.getparent()
            if parent is None or element is body:
                break
            key = _key(parent, element)
            if key not in groups:
                groups[key] = [child for child in parent if _key(parent, child) == key
                               and (child in authors or child in holding) and _has_text(child)
                               and _signed(child, found, above) is not None]
            if len(groups[key]) >= MIN_POSTS:
                break
    groups = {key: group for key, group in groups.items() if len(group) >= MIN_POSTS}
    if not groups:
        return None
    posts = max(groups.values(), key=lambda group: sum(map(_words, group)))
    opening = _opening_post(body, posts)
    return posts if opening is None else [opening, *posts]


def _signed(post: HtmlElement, found: list[HtmlElement],
            above: dict[HtmlElement, set[HtmlElement]]) -> str | None:
    """``signed_by(post, found)``, from the author elements' ancestors: no walk of the post."""
    inside = [author for author in found if post in above[author]]
    return one_name(authors_in(inside, above)) if inside else None


def _starts_the_text(body: HtmlElement, posts: list[HtmlElement]) -> bool:
    """Whether the posts are the page's text: no running text before the first, little
    outside them all."""
    prose = prose_outside(body, posts)
    if sum(prose.values()) >= PROSE_MOST:
        return False
    order = {element: at for at, element in enumerate(body.iter())}
    first = posts[0]
    return not any(
        order[holder] < order[first] and first not in holder.iterancestors()
        for holder in prose
    )


def _key(parent: HtmlElement, child: HtmlElement) -> Key:
    classes = child.get("class", "").split()
    return id(parent), str(child.tag), classes[0] if classes else ""


def _words(element: HtmlElement) -> int:
    return len(element.text_content().split())


def _has_text(element: HtmlElement) -> bool:
    return short_text(element, POST_WORDS) is None  # (more words than a name and a date)


def _opening_post(body: HtmlElement, posts: list[HtmlElement]) -> HtmlElement | None:
    """The post above ``posts`` whose text and author are made like theirs (same tag and
    first class): the question above its answers, an issue above its comments (not a story
    above its comments: its byline is not made like a comment's)."""
    made = {_shape(found) for found in map(body_of, posts) if found is not None}
    signed = {_shape(author) for post in posts for author in authors_in(own_elements(post, ()))}
    if not made:
        return None
    first = posts[0]
    inside = set(first.iterancestors())
    for element in body.iter():
        if element is first:
            return None
        if element in inside or not isinstance(element.tag, str):
            continue
        if _shape(element) in made and _words(element) >= PROSE_BLOCK:
            return _signed_holder(element, inside, signed)
    return None


def _signed_holder(
    element: HtmlElement, inside: set[HtmlElement], signed: set[tuple[str, str]]
) -> HtmlElement | None:
    """The nearest element around ``element`` (within none of ``inside``) holding an
    author, if that author is made like one of ``signed``."""
    for holder in element.iterancestors():
        if holder in inside:
            return None
        authors = authors_in(own_elements(holder, ()))
        if authors:
            return holder if any(_shape(author) in signed for author in authors) else None
    return None


def _shape(element: HtmlElement) -> tuple[str, str]:
    classes = element.get("class", "").split()
    return str(element.tag), classes[0] if classes else ""


__all__ = ["MIN_POSTS", "Thread", "marked_posts", "read_thread", "shaped_posts"]
