"""Where a link's ``#fragment`` points in an article: the heading it names.

Pages give their headings ids made from the heading's words ("Getting Started" is
``#getting-started`` on GitHub, MkDocs and Hugo, ``#Getting_Started`` on Wikipedia,
``#h-getting-started`` in WordPress, ``#1-getting-started`` when numbered). The cleaners keep
the headings but not their ids, so a fragment is matched to the heading whose words it spells:
the same words first, then a heading whose words end the fragment's (a prefix such as "h-"
or a number before them), then one whose words begin with the fragment's (an id cut short).
"""

from __future__ import annotations

from typing import TYPE_CHECKING
from urllib.parse import unquote, urldefrag

from reader.core.lazy import lazy_re

if TYPE_CHECKING:
    from reader.article.block import Block
    from reader.article.model import Article

_NOT_WORD = lazy_re(r"[\W_]+")
MIN_WORDS_CUT = 2  # words a fragment must spell to match a heading it cuts short


def slug_words(text: str) -> tuple[str, ...]:
    """The words of a heading or an id, lower case, without punctuation or separators."""
    return tuple(word for word in _NOT_WORD.split(text.casefold()) if word)


def fragment_of(address: str | None) -> str:
    """The ``#fragment`` of a web address or of a fragment alone, decoded ("" if none: a
    file's name may hold a "#" that names nothing)."""
    if not address or not address.startswith(("http://", "https://", "#")):
        return ""
    return unquote(urldefrag(address)[1])


def same_page(address: str, article: Article) -> bool:
    """Whether ``address`` (without its fragment) is the article's own page: the same address,
    or a fragment alone (a link inside a document read without one)."""
    if address.startswith("#"):
        return True
    page = urldefrag(address)[0].rstrip("/")
    return bool(page) and any(
        urldefrag(own)[0].rstrip("/") == page for own in (article.url, article.source) if own
    )


def heading_for(article: Article, fragment: str) -> Block | None:
    """The heading of ``article`` that ``fragment`` names, or None."""
    wanted = slug_words(fragment)
    if not wanted:
        return None
    headings = [(block, slug_words(block.text)) for block in article.blocks
                if block.type == "heading"]
    for test in (
        lambda words: words == wanted,
        lambda words: len(words) < len(wanted) and wanted[-len(words):] == words,
        lambda words: len(wanted) >= MIN_WORDS_CUT and words[: len(wanted)] == wanted,
    ):
        found = next((block for block, words in headings if words and test(words)), None)
        if found is not None:
            return found
    return None


__all__ = ["fragment_of", "heading_for", "same_page", "slug_words"]
