"""A page that names itself an index of posts: a blog's archive, category, tag or search
page, told by its body's classes (WordPress's "archive", "blog", "search-results", which
most blogs of the web carry) and by entries each marked as a post (an ``<article>``, or
the microformat's "hentry" / "h-entry", WordPress's "type-post"); or by a list whose class
calls it a list of posts ("post-list", "postlist": Jekyll's minima, Nikola's tag and
archive pages, many themes) whose every entry is dated (a ``<time>``).

Such a page is a listing with fewer entries than an unmarked one needs: a category with
three posts lists them as surely as a front page with twenty.
"""

from __future__ import annotations

from collections.abc import Iterable
from itertools import islice

from lxml.html import HtmlElement

MIN_MARKED_ENTRIES = 2  # posts made alike on a page that calls itself an index
_INDEX_CLASSES = frozenset({"archive", "blog", "search-results"})
_POST_CLASSES = frozenset({"hentry", "h-entry", "type-post"})
_POST_LIST_CLASSES = frozenset({"post-list", "postlist", "posts-list", "post-feed", "archive-list"})
LIST_LEVELS = 2  # the entry's parent and the parent's parent may be the classed list


def names_itself_index(body: HtmlElement) -> bool:
    """Whether the page's ``<body>`` calls it an archive, a blog's index or search results
    (and not a single post: "single", "singular")."""
    classes = set(body.get("class", "").split())
    return bool(classes & _INDEX_CLASSES) and not classes & {"single", "singular"}


def marked_as_post(entry: HtmlElement) -> bool:
    """Whether an entry, or an element inside it holding its headline, is marked as a
    post."""
    return any(_is_post(element) for element in _with_inner(entry))


def _with_inner(entry: HtmlElement) -> Iterable[HtmlElement]:
    yield entry
    yield from entry.iterdescendants("article", "li", "div")


def _is_post(element: HtmlElement) -> bool:
    return element.tag == "article" or bool(set(element.get("class", "").split()) & _POST_CLASSES)


def dated_in_a_post_list(entry: HtmlElement) -> bool:
    """Whether an entry holds a ``<time>`` and stands in a list classed as a list of posts
    (its parent or the parent's parent: "ul.postlist > li", "div.post-list > div > article")."""
    if next(entry.iter("time"), None) is None:
        return False
    for ancestor in islice(entry.iterancestors(), LIST_LEVELS):
        if set(ancestor.get("class", "").lower().split()) & _POST_LIST_CLASSES:
            return True
    return False
