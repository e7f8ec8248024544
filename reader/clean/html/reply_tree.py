"""A thread's replies: posts nested in the posts they answer (a comment holding its
replies, as Reddit's, or a nested ``<ul>`` of comments), or set at a depth the page states
(``aria-level``, ``data-depth``, an ``indent``: rows of a table indented, as Hacker News's).

A post's own author is the one standing in none of the posts made like it inside it: a
comment holding replies is signed by its author, not by everyone replying to it.
"""

from __future__ import annotations

from collections.abc import Callable
from itertools import islice

from lxml.html import HtmlElement

from reader.clean.html.posts import Shape, class_depth, props, shape
from reader.clean.html.prose import linked_words

MOST_DEPTH = 12  # a depth a page states, at most (more is a layout's number, not a reply's)
_DEPTH_ATTRIBUTES = ("aria-level", "data-depth", "data-level", "indent")
_COMMENT = "comment"  # (schema.org's type: a comment on a question or an answer is a reply)


def own_authors(
    found: list[HtmlElement], body: HtmlElement
) -> tuple[dict[HtmlElement, list[HtmlElement]], dict[Shape, list[HtmlElement]]]:
    """Each element's own author elements (those in no element inside it made like it),
    and by shape the elements standing inside one made like them (replies, in page
    order of their authors). Classless elements made alike are no replies (boxes in
    boxes), but for list items (a nested list of comments)."""
    own: dict[HtmlElement, list[HtmlElement]] = {}
    inner: dict[Shape, dict[HtmlElement, None]] = {}
    for author in found:
        seen: dict[Shape, HtmlElement] = {}
        for element in author.iterancestors():
            if element is body:
                break
            made = shape(element)
            if made in seen and (made[1] or made[0] == "li"):  # (classless boxes nest)
                inner.setdefault(made, {})[seen[made]] = None
                continue
            seen[made] = element
            own.setdefault(element, []).append(author)
    return own, {made: list(elements) for made, elements in inner.items()}


def replies_of(
    posts: list[HtmlElement], replies: list[HtmlElement], keep: Callable[[HtmlElement], bool],
    told: dict[HtmlElement, bool] | None = None,
) -> list[HtmlElement]:
    """``posts`` (siblings, in page order) with the ``replies`` standing inside them that
    ``keep`` keeps, in page order; none whose words are mostly its links' (an entry of a
    list of stories, as a story's "related" teasers, each with its author). ``told`` keeps
    each reply's answer between calls: a reply holds its replies' words, so on a deep tree
    measuring each one for every group of posts was quadratic (2,000 nested comments: 7 s).
    Each post's own subtree is walked, not the page's order (rebuilt for each group, it
    was most of the time on a deep tree)."""
    candidates = set(replies).difference(posts)
    if not candidates:
        return posts
    told = {} if told is None else told
    found: list[HtmlElement] = []
    for post in posts:
        found.append(post)
        found.extend(reply for reply in post.iterdescendants()
                     if reply in candidates and _reply(reply, keep, told))
    return found


def _reply(reply: HtmlElement, keep: Callable[[HtmlElement], bool],
           told: dict[HtmlElement, bool]) -> bool:
    """Whether ``keep`` keeps ``reply`` and its words are not mostly its links' (asked once)."""
    if reply not in told:
        told[reply] = keep(reply) and (
            2 * linked_words(reply) <= len(reply.text_content().split()))
    return told[reply]


def post_depths(posts: list[HtmlElement]) -> dict[HtmlElement, int]:
    """Each post's depth: the posts it stands in (the thread's first post not counted when
    it holds all the others, but by a comment: answers to a question are the thread, not
    replies), else the depth it states, counted from the least the thread's posts state."""
    inside = set(posts)
    first = posts[0]
    holds_all = holds_the_rest(posts)
    nested = {
        post: sum(1 for above in post.iterancestors() if above in inside
                  and (above is not first or not holds_all or _is_comment(post)))
        for post in posts
    }
    named = _class_depths(posts)
    if named is not None:
        return {post: nested[post] or named[post] for post in posts}
    stated = {post: _stated_depth(post) for post in posts}
    least = min((depth for depth in stated.values() if depth is not None), default=0)
    return {post: nested[post] or (stated[post] or least) - least for post in posts}


def holds_the_rest(posts: list[HtmlElement]) -> bool:
    """Whether the first of ``posts`` holds all the others (a question holding its answers)."""
    return all(posts[0] in post.iterancestors() for post in posts[1:])


def _is_comment(post: HtmlElement) -> bool:
    kinds = post.get("itemtype", "").lower().split()
    return any(kind.rsplit("/", 1)[-1] == _COMMENT for kind in kinds) or "comment" in props(post)


def _stated_depth(post: HtmlElement) -> int | None:
    """The depth a post (or one of its first elements: a row's indenting cell) states."""
    for element in islice(post.iter(), 8):
        for name in _DEPTH_ATTRIBUTES:
            value = element.get(name, "").strip()
            if value.isdigit() and int(value) <= MOST_DEPTH:
                return int(value)
    return None


def _class_depths(posts: list[HtmlElement]) -> dict[HtmlElement, int] | None:
    """Each post's depth its class names ("reply-level-2"; a post naming none is at the
    top, as HyperKitty leaves its replies to the first message), when some name one."""
    found = {post: next(filter(None, map(class_depth, post.get("class", "").split())), 0)
             for post in posts}
    return found if any(found.values()) and max(found.values()) <= MOST_DEPTH else None


__all__ = ["holds_the_rest", "own_authors", "post_depths", "replies_of", "shape"]
