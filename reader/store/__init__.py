"""The library and bookmarks: one SQLite database in the user's data folder."""

from reader.store.bookmarks import Bookmark, relocate
from reader.store.core import Store
from reader.store.library import LibraryEntry, article_key
from reader.store.search import ArticleHit, BookmarkHit, SearchResults, Snippet

__all__ = [
    "ArticleHit",
    "Bookmark",
    "BookmarkHit",
    "LibraryEntry",
    "SearchResults",
    "Snippet",
    "Store",
    "article_key",
    "relocate",
]
