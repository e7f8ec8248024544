"""A discussion page (a forum thread, a question and its answers, an issue and its comments)
read as its posts in order, each under a small heading naming its author and date.

A page is a thread when it marks its posts (schema.org ``Question``, ``Answer`` or
``DiscussionForumPosting``, in microdata), or when it holds at least :data:`MIN_POSTS`
posts made alike (sibling elements of one tag and class, each with an author) and its
running text starts with them: no paragraph stands before the first post, and little text
stands outside them (:data:`~reader.clean.html.listing.PROSE_MOST` words). A page that
calls itself an article (``og:type``) is a thread only when it marks or states its posts:
a story whose sections each name their writer (a roundup, a live blog) is still a story.
An article with comments below has its story before them: it stays the article. A post
outside the siblings whose text is made like theirs (the question above its answers) opens
the thread. Replies made like the posts inside them are the thread's too (``reply_tree``);
a thread the page states in JSON-LD is found by its posts' texts (``thread_ld``).
"""

from __future__ import annotations

from dataclasses import dataclass

from lxml import etree
from lxml.html import HtmlElement

from reader.clean.class_index import owners_matching
from reader.clean.html.blocks import BlockTuple
from reader.clean.html.listing import (
    PROSE_BLOCK,
    PROSE_MOST,
    calls_itself_article,
    in_furniture,
    prose_outside,
)
from reader.clean.html.posts import (
    author_name,
    authors_in,
    body_of,
    first_class,
    is_author,
    one_name,
    own_elements,
    post_blocks,
)
from reader.clean.html.prose import folded_words, short_text
from reader.clean.html.reply_tree import (
    MOST_DEPTH,
    holds_the_rest,
    own_authors,
    post_depths,
    replies_of,
    shape,
)
from reader.clean.html.thread_dates import comments_date
from reader.clean.html.thread_ld import StatedPost, find_stated, stated_for, stated_posts
from reader.core.lazy import lazy_re

_OPENING_BLOCKS = 12  # the thread's first blocks a subtitle may repeat (the first post's)
_REPEAT_CHARS = 3  # their characters read: this many times the subtitle's
_REPEATED_SHARE = 0.8  # of a subtitle's words the first post says: it says it again
MIN_POSTS = 3  # posts made alike: fewer is a page with a reply or two, not a thread
POST_WORDS = 3  # words a post's text holds at least ("Thanks, that worked!")
_POST_TYPES = lazy_re(
    r"(?:^|/)(?:Question|Answer|Comment|DiscussionForumPosting|SocialMediaPosting)$"
)
_THREAD_TYPES = lazy_re(r"(?:^|/)(?:Question|Answer|DiscussionForumPosting)$")
_OPENING_TYPES = lazy_re(r"(?:^|/)(?:Question|DiscussionForumPosting)$")
_SCOPES = etree.XPath("descendant::*[@itemscope and @itemtype]")
# Elements that may name an author: those with a class, id, itemprop or rel holding one of
# ``is_author``'s words (in any case): testing every element of a page took ~1.5 ms a page,
# building each one's names and searching them ~0.6 ms; the names are searched joined
_NAMES = etree.XPath(
    "descendant-or-self::*/@class | descendant-or-self::*/@id"
    " | descendant-or-self::*/@itemprop | descendant-or-self::*/@rel"
)
_AUTHOR_HINT = lazy_re(r"author|user|poster|commenter|fn|nick|sender")  # (of lower case)

Key = tuple[int, str, str]  # a post's place: its parent, its tag, its first class


@dataclass(frozen=True)
class Thread:
    """A thread's reading: its posts' blocks (each heading crediting its post's author)
    and its starter (the byline: the question's or the first post's author)."""

    blocks: list[BlockTuple]
    authors: list[str]
    posts: list[HtmlElement] | None = None  # of a page of comments only (its first no opening)

    def subtitle(self, found: str | None) -> str | None:
        """The page's subtitle ``found``, unless it only says again the first post's words
        (a tracker's description box, "Description" and the issue's text)."""
        if not found:
            return found
        words = folded_words(found).split()
        opening = " ".join(text for kind, text, _level in self.blocks[:_OPENING_BLOCKS]
                           if kind != "heading")[: _REPEAT_CHARS * len(found)]
        said = set(folded_words(opening).split())
        repeated = sum(word in said for word in words)
        return None if repeated >= _REPEATED_SHARE * len(words) else found

    def published(self, stated: str | None, body: HtmlElement) -> str | None:
        """The thread's date: ``stated`` (the page's metadata's), but a page of comments
        only is the submission's (``thread_dates``)."""
        return stated if not self.posts else comments_date(stated, body, self.posts)


def read_thread(tree: HtmlElement, title: str | None = None) -> Thread | None:
    """The page's posts (each post's author and date as a heading, its text under it), or
    None when the page is not a thread. Where the page states its thread in JSON-LD, its
    posts found by their text, or the names and dates it gives posts showing none. The
    tree is not changed."""
    body = tree.find("body")
    if body is None:
        return None
    stated = stated_posts(tree)
    posts = marked_posts(body)
    if posts is None and not calls_itself_article(tree):  # (a story's signed sections)
        posts = shaped_posts(body)
    if posts is None and stated:
        posts = _stated_elements(body, stated)
    if posts is None or not _starts_the_text(body, posts):
        return None  # (an article with comments below: the story comes first)
    nested = set(posts)  # (a post's reading stops at the posts inside it)
    depths = post_depths(posts)
    blocks: list[BlockTuple] = []
    levels: list[int] = []
    starter: str | None = None
    stated_first = False  # (the page states the first post as the thread's opening)
    for at, post in enumerate(posts):
        given = stated_for(post, stated) if stated else None
        depth = min(depths[post] if given is None else given.depth, MOST_DEPTH)
        name, shown = post_blocks(post, nested, title, depth, given)
        blocks.extend(shown)
        levels.append(depth)
        if at == 0:
            starter, stated_first = name, given is not None and given is stated[0]
    if not any(kind != "heading" for kind, _text, _level in blocks):
        return None
    if not stated_first and not opens(posts, levels):
        starter = submitter(body, posts[0])  # (the first is a comment, as the others)
        return Thread(blocks, [starter] if starter else [], posts)
    return Thread(blocks, [starter] if starter else [])


def opens(posts: list[HtmlElement], depths: list[int]) -> bool:
    """Whether the first of ``posts`` (at ``depths``) opens the thread: it holds the others,
    is marked as a question or a forum post, is made unlike the next, or the posts are no
    tree of replies with several at its top (a page of comments on a submission it shows
    no text of: Reddit's, Hacker News's, whose first comment is not the submitter's)."""
    first = posts[0]
    if sum(depth == 0 for depth in depths) < 2 or not any(depths):
        return True
    if any(_OPENING_TYPES.search(kind) for kind in _types(first)):
        return True
    return shape(first) != shape(posts[1]) or holds_the_rest(posts)


def submitter(body: HtmlElement, first: HtmlElement) -> str | None:
    """The author named above the thread's first post, outside the page's furniture (the
    submission's "submitted by"), if any."""
    furniture: dict[HtmlElement, bool] = {}
    for element in body.iter():
        if element is first:
            return None
        if isinstance(element.tag, str) and is_author(element) and not in_furniture(
            element, furniture
        ):
            return author_name(element)
    return None


def _stated_elements(body: HtmlElement, stated: list[StatedPost]) -> list[HtmlElement] | None:
    """The elements showing the posts the page states, when it shows its first post and
    another (a post it states and does not show is left out)."""
    found = find_stated(body, stated)
    shown = [element for element in found if element is not None]
    if found[0] is None or len(shown) < 2 or len(set(shown)) < len(shown):
        return None
    return shown


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
    alike (with the replies made like them inside them), each signed by one author,
    preceded by at most one post made like them (the question, the first post of an issue)
    and no other running text."""
    furniture: dict[HtmlElement, bool] = {}
    found = [  # (in page order)
        element for element in owners_matching(_NAMES(body), _AUTHOR_HINT, fold=True)
        if is_author(element) and not in_furniture(element, furniture)
    ]
    authors = set(found)
    above = {author: set(author.iterancestors()) for author in found}
    own, inner = own_authors(found, body)

    def keep(child: HtmlElement) -> bool:
        return (child in authors or child in own) and _has_text(child) and one_name(
            authors_in(own.get(child, []), above)) is not None

    groups: dict[Key, list[HtmlElement]] = {}
    told: dict[HtmlElement, bool] = {}  # (each reply measured once)
    for author in found:
        for element in (author, *author.iterancestors()):
            parent = element.getparent()
            if parent is None or element is body:
                break
            key = _key(parent, element)
            if key not in groups:
                siblings = [child for child in parent if _key(parent, child) == key and keep(child)]
                groups[key] = replies_of(siblings, inner.get(shape(element), []), keep, told) \
                    if siblings else siblings
            if len(groups[key]) >= MIN_POSTS:
                break
    groups = {key: group for key, group in groups.items() if len(group) >= MIN_POSTS}
    if not groups:
        return None
    posts = max(groups.values(), key=_top_words)
    opening = _opening_post(body, posts)
    return posts if opening is None else [opening, *posts]


def _top_words(posts: list[HtmlElement]) -> int:
    """The words of posts standing in none of the others (a reply's are its parent's)."""
    inside = set(posts)
    return sum(_words(post) for post in posts
               if not any(above in inside for above in post.iterancestors()))


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
    return id(parent), str(child.tag), first_class(child)


def _words(element: HtmlElement) -> int:
    return len(element.text_content().split())


def _has_text(element: HtmlElement) -> bool:
    return short_text(element, POST_WORDS) is None  # (more words than a name and a date)


def _opening_post(body: HtmlElement, posts: list[HtmlElement]) -> HtmlElement | None:
    """The post above ``posts`` whose text and author are made like theirs (same tag and
    first class): the question above its answers, an issue above its comments (not a story
    above its comments: its byline is not made like a comment's)."""
    nested = set(posts)  # (each post walked without the posts inside it: linear on a tree)
    made = {shape(found) for post in posts if (found := body_of(post, nested)) is not None}
    signed = {shape(author) for post in posts
              for author in authors_in(own_elements(post, nested))}
    if not made:
        return None
    first = posts[0]
    inside = set(first.iterancestors())
    for element in body.iter():
        if element is first:
            return None
        if element in inside or not isinstance(element.tag, str):
            continue
        if shape(element) in made and _words(element) >= PROSE_BLOCK:
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
            return holder if any(shape(author) in signed for author in authors) else None
    return None


__all__ = ["MIN_POSTS", "Thread", "marked_posts", "read_thread", "shaped_posts"]
