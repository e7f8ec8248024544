"""Feeds: subscribe, parse (feedparser, JSON Feed), refresh with conditional GET, OPML.

Sits above the store (which owns the feeds and entries tables) and below the CLI and UI.
"""

from reader.feeds.opml import OpmlFeeds, read_opml, scan_opml, write_opml
from reader.feeds.parse import FeedError, ParsedFeed, check_xml, parse_feed
from reader.feeds.refresh import Outcome, refresh
from reader.feeds.subscribe import subscribe

__all__ = [
    "FeedError",
    "OpmlFeeds",
    "Outcome",
    "ParsedFeed",
    "check_xml",
    "parse_feed",
    "read_opml",
    "refresh",
    "scan_opml",
    "subscribe",
    "write_opml",
]
