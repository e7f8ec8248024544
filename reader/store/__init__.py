"""The library and bookmarks: one SQLite database in the user's data folder."""

from reader.store.bookmarks import Bookmark, relocate
from reader.store.core import Store
from reader.store.feeds import Entry, Feed, FeedStore, NewEntry
from reader.store.library import LibraryEntry, article_key
from reader.store.search import ArticleHit, BookmarkHit, SearchResults, Snippet
from reader.store.undo import RemovedArticle

__all__ = [
    "ArticleHit",
    "Bookmark",
    "BookmarkHit",
    "Entry",
    "Feed",
    "FeedStore",
    "LibraryEntry",
    "NewEntry",
    "RemovedArticle",
    "SearchResults",
    "Snippet",
    "Store",
    "article_key",
    "relocate",
]
