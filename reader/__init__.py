"""A terminal reader for articles: clean text, pull quotes, people, search and bookmarks."""

__version__ = "0.1.0"
