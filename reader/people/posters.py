"""A thread's posters: the people whose posts it shows, each with the count of their posts.

A thread's post opens with a heading carrying its author as its ``credit`` (see
``reader.clean.html.posts``); a poster whose name the text never shows as a name (a
handle: "crumbwise") is one all the same, mentioned once a post.
"""

from __future__ import annotations

from collections import Counter

from reader.article.model import Article
from reader.people.names import fold
from reader.people.registry import FoundPerson, Registry

MIN_POSTS = 2  # posts a thread shows at least
MOST_POSTERS = 200  # posters listed at most (a thread of thousands names a crowd)


def poster_counts(article: Article) -> Counter[str]:
    """Each poster's name and the count of their posts."""
    return Counter(
        block.credit for block in article.blocks if block.type == "heading" and block.credit
    )


def add_posters(article: Article, registry: Registry) -> None:
    """The thread's posters into ``registry``, their role their posts' count ("3 posts";
    its starter, the byline's author: "author, 3 posts")."""
    counts = poster_counts(article)
    if counts.total() < MIN_POSTS:
        return  # (one message's sender: its author, no thread's poster)
    starters = {fold(name) for name in article.authors}
    for name, count in counts.most_common(MOST_POSTERS):
        index = registry.find_or_add(name, trusted=True)
        if index is None:  # a handle ("crumbwise", "jm_beck"): a poster by its posts
            words = tuple(fold(name).split())
            if not words:
                continue
            index = registry.match(words)
            if index is None:
                index = registry.add(FoundPerson(name, words, 10**12 + len(registry.people)))
        person = registry.people[index]
        posts = f"{count} post" if count == 1 else f"{count} posts"
        person.extra_role = f"author, {posts}" if fold(name) in starters else posts
        person.extra_mentions = max(person.extra_mentions, count)


__all__ = ["add_posters", "poster_counts"]
