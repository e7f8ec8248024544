"""Feeds: subscribe, parse (feedparser, JSON Feed), refresh with conditional GET, OPML.

Sits above the store (which owns the feeds and entries tables) and below the CLI and UI.
"""

from reader.feeds.opml import read_opml, write_opml
from reader.feeds.parse import FeedError, ParsedFeed, check_xml, parse_feed
from reader.feeds.refresh import Outcome, refresh
from reader.feeds.subscribe import subscribe

__all__ = [
    "FeedError",
    "Outcome",
    "ParsedFeed",
    "check_xml",
    "parse_feed",
    "read_opml",
    "refresh",
    "subscribe",
    "write_opml",
]
