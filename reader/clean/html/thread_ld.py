"""A discussion as the page states it in its JSON-LD (``QAPage``, ``Question`` with its
``acceptedAnswer`` / ``suggestedAnswer`` / ``comment``, ``DiscussionForumPosting`` with its
``comment``): each post's text, author, date, depth and whether it is the accepted answer.

What the page states is matched to its elements by text: a post the page shows is the
innermost element holding its text's first and last words.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from lxml.html import HtmlElement

from reader.clean.html.prose import folded_words
from reader.clean.meta.jsonld import ld_objects, ld_types
from reader.clean.meta.text import as_text
from reader.core.lazy import lazy_re

PROBE_WORDS = 6  # words of a post's text looked for at its start and at its end
MOST_POSTS = 500  # posts read from a page's statement, at most
MOST_CHECKS = 1_000_000  # (post, element) pairs tried when matching: a page of 40,000
# elements stating 500 posts took 30 s; past this, the posts left are taken as not shown
_STATES_THREAD = lazy_re(r"Question|DiscussionForumPosting", re.IGNORECASE)
_THREAD_TYPES = frozenset({"question", "discussionforumposting"})
_ANSWERS = (("acceptedAnswer", True), ("suggestedAnswer", False))
_HOLDERS = frozenset({"div", "p", "td", "li", "section", "article", "blockquote", "span"})


@dataclass(frozen=True)
class StatedPost:
    """One post as the JSON-LD states it (``words``: its text's words, folded)."""

    words: tuple[str, ...]
    author: str | None
    date: str | None
    depth: int = 0
    accepted: bool = False

    def probes(self) -> tuple[str, str]:
        """The post's first and last words, as looked for in an element's folded words."""
        return " ".join(self.words[:PROBE_WORDS]), " ".join(self.words[-PROBE_WORDS:])

    def found_in(self, words: str) -> bool:
        """Whether folded ``words`` (an element's) hold this post's first and last words."""
        head, tail = self.probes()
        return head in words and tail in words


def stated_posts(tree: HtmlElement) -> list[StatedPost]:
    """The posts of the first thread the page's JSON-LD states (its opening post first,
    then its answers or comments, each followed by the comments on it), or none."""
    if not any(_STATES_THREAD.search(script.text or "") for script in tree.iter("script")
               if "ld+json" in (script.get("type") or "").lower()):
        return []  # (most pages: their scripts are not parsed a second time)
    for found in ld_objects(tree):
        if ld_types(found) & _THREAD_TYPES:
            return [post for post in _posts(found, 0, False) if post.words][:MOST_POSTS]
    return []


def _posts(found: dict[str, Any], depth: int, accepted: bool) -> Iterator[StatedPost]:
    """``found`` and the posts under it: answers at its depth (a question's answers are the
    thread), comments a level further (a forum post's comments are its thread's)."""
    text = as_text(found.get("text")) or as_text(found.get("articleBody"))
    opening = bool(ld_types(found) & _THREAD_TYPES)
    yield StatedPost(
        tuple(folded_words(text).split()), _name(found.get("author")),
        (as_text(found.get("dateCreated")) or as_text(found.get("datePublished"))).split("T")[0]
        or None,
        depth, accepted,
    )
    for key, is_accepted in _ANSWERS:
        for answer in _listed(found.get(key)):
            yield from _posts(answer, depth, is_accepted)
    forum = "discussionforumposting" in ld_types(found) and opening
    for comment in _listed(found.get("comment")):
        yield from _posts(comment, depth if forum else depth + 1, False)


def _listed(value: Any) -> list[dict[str, Any]]:
    items = value if isinstance(value, list) else [value]
    return [item for item in items if isinstance(item, dict)]


def _name(value: Any) -> str | None:
    for item in _listed(value) or [value]:
        name = as_text(item.get("name")) if isinstance(item, dict) else as_text(item)
        if name:
            return " ".join(name.split())
    return None


def find_stated(body: HtmlElement, posts: list[StatedPost]) -> list[HtmlElement | None]:
    """Each stated post's element: the innermost holding its first and last words (None
    where the page shows none, or past :data:`MOST_CHECKS`)."""
    folded = {
        element: folded_words(element.text_content())
        for element in body.iter(*_HOLDERS)
    }
    found: list[HtmlElement | None] = []
    budget = MOST_CHECKS // max(1, len(folded))  # posts that may be looked for
    for post in posts:
        if len(found) >= budget:
            found.append(None)
            continue
        head, tail = post.probes()
        holders = [element for element, words in folded.items()
                   if head in words and tail in words]
        outer = {above for element in holders for above in element.iterancestors()}
        inner = [element for element in holders if element not in outer]
        found.append(inner[0] if inner else None)
    return found


def stated_for(post: HtmlElement, posts: list[StatedPost]) -> StatedPost | None:
    """The stated post whose text ``post`` holds (the first: a reply quoting it comes
    later), or None."""
    words = folded_words(post.text_content())
    return next((stated for stated in posts if stated.found_in(words)), None)


__all__ = ["StatedPost", "find_stated", "stated_for", "stated_posts"]
