"""``reader feeds add|list|refresh|remove|import|export``: argument parsing only.

Everything printed goes through :func:`say` (titles and errors come from the web).
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING

from reader.cli.store_commands import _common, _open, _tell, say
from reader.core.errors import ReaderError
from reader.core.sanitize import clean_shown

if TYPE_CHECKING:
    import argparse

    from reader.feeds import Outcome
    from reader.store import Feed, Store

PROGRESS_FROM = 5  # feeds: a progress bar from this many, when stdout is a terminal
SKIPPED_NAMED = 10  # outlines an import left out: these first named, each on a line


def _parser() -> argparse.ArgumentParser:
    from reader.cli.args import CleanParser

    parser = CleanParser(
        prog="reader feeds", description="Subscribe to feeds and refresh them.",
        parents=[_common()],
    )
    sub = parser.add_subparsers(dest="action")
    add = sub.add_parser("add", parents=[_common()], help="subscribe to a feed or a page's feed")
    add.add_argument("url", help="a feed's address, or a page that links to its feed")
    sub.add_parser("list", parents=[_common()], help="feeds, unread counts, last errors")
    refresh = sub.add_parser("refresh", parents=[_common()], help="fetch new entries")
    refresh.add_argument("feed", nargs="?", help="one feed (number, address or title)")
    remove = sub.add_parser("remove", parents=[_common()], help="unsubscribe")
    remove.add_argument("feed", help="the feed's number, address or title")
    imp = sub.add_parser("import", parents=[_common()], help="subscribe to an OPML file's feeds")
    imp.add_argument("file", help="an OPML file")
    sub.add_parser("export", parents=[_common()], help="write every feed as OPML")
    return parser


def _find(store: Store, ref: str) -> Feed:
    """The feed ``ref`` names: its number, address or title, else the one feed whose title
    holds ``ref`` ("news" for "Harbour News Daily"; case aside)."""
    feed = store.feeds.find(ref)
    if feed is not None:
        return feed
    folded = " ".join(ref.split()).casefold()
    holding = [f for f in store.feeds.list_feeds() if folded and folded in f.title.casefold()]
    if len(holding) == 1:
        return holding[0]
    if holding:
        names = ", ".join(clean_shown(f.name, 60) for f in holding[:5])
        more = f" and {len(holding) - 5} more" if len(holding) > 5 else ""
        raise ReaderError(f"{clean_shown(ref)!r} names {len(holding)} feeds ({names}{more}); "
                          "give more of its title, or its number from 'reader feeds list'.")
    raise ReaderError(f"No feed {clean_shown(ref)!r}; 'reader feeds list' shows them.")


def run_feeds(argv: Sequence[str]) -> int:
    """``reader feeds [ACTION]`` (``list`` by default)."""
    args = _parser().parse_args(argv)
    with _open(args) as store:
        status = ACTIONS.get(args.action or "list", _list)(store, args)
        _tell(store)
    return status


def _add(store: Store, args: argparse.Namespace) -> int:
    from reader.feeds import subscribe

    feed, added, new = subscribe(store, args.url)
    verb = "Subscribed to" if added else "Already subscribed to"
    say(f"{verb} {clean_shown(feed.name, 100)} ({new} new entr{'y' if new == 1 else 'ies'}).")
    say(f"       {clean_shown(feed.url, 300)}")
    return 0


def _list(store: Store, args: argparse.Namespace) -> int:
    feeds = store.feeds.list_feeds()
    if not feeds:
        say("No feeds yet: 'reader feeds add URL' subscribes to one.")
    for feed in feeds:
        count = f"{feed.unread:>5} unread" if feed.fetched else f"{'not fetched':>12}"
        say(f"{feed.id:>5}  {count}  {clean_shown(feed.name, 80)}")
        say(f"       {clean_shown(feed.url, 300)}")
        if feed.last_error:
            say(f"       Last error: {clean_shown(feed.last_error, 300)}")
    return 0


def _refresh(store: Store, args: argparse.Namespace) -> int:
    from reader.feeds import refresh

    feeds = [_find(store, args.feed)] if args.feed else store.feeds.list_feeds()
    if not feeds:
        say("No feeds to refresh.")
        return 0
    if len(feeds) >= PROGRESS_FROM and sys.stdout.isatty():
        outcomes = _with_bar(store, feeds)
    else:
        outcomes = refresh(store, feeds)
    new = sum(outcome.new for outcome in outcomes)
    failed = [outcome for outcome in outcomes if outcome.error]
    for outcome in failed:  # (by its number too, as 'reader feeds list' shows it: two
        # feeds may share a title)
        feed = outcome.feed
        say(f"{clean_shown(feed.name, 80)} (feed {feed.id}): {clean_shown(outcome.error, 300)}",
            error=True)
    unchanged = sum(outcome.unchanged for outcome in outcomes)
    say(f"Refreshed {len(outcomes)} feed{'s' * (len(outcomes) != 1)}: {new} new "
        f"entr{'y' if new == 1 else 'ies'}, {unchanged} unchanged, {len(failed)} failed.")
    return 1 if failed and len(failed) == len(outcomes) else 0


def _with_bar(store: Store, feeds: list[Feed]) -> list[Outcome]:
    """Refresh with a Rich progress bar (the terminal only)."""
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

    from reader.feeds import refresh

    columns = (TextColumn("Refreshing"), BarColumn(), MofNCompleteColumn())
    with Progress(*columns, transient=True) as bar:
        task = bar.add_task("feeds", total=len(feeds))
        return refresh(store, feeds, progress=lambda done, total, _: bar.update(
            task, completed=done))


def _remove(store: Store, args: argparse.Namespace) -> int:
    feed = _find(store, args.feed)
    store.feeds.remove(feed.id)
    say(f"Unsubscribed from {clean_shown(feed.name, 100)}.")
    return 0


def _import(store: Store, args: argparse.Namespace) -> int:
    from reader.feeds import scan_opml

    try:
        with open(args.file, "rb") as handle:
            data = handle.read(20 * 1024 * 1024 + 1)
    except OSError as error:
        reason = (error.strerror or "it could not be read").lower()
        raise ReaderError(f"Could not read {clean_shown(args.file)}: {reason}.") from error
    found = scan_opml(data)
    added = store.feeds.add_many(found.feeds)
    skipped = found.skipped_text()
    say(f"Imported {added} feed{'s' * (added != 1)}; {len(found.feeds) - added} already "
        f"subscribed{'; ' + skipped if skipped else ''}. "
        "'reader feeds refresh' fetches their entries.")
    for name, reason in found.skipped[:SKIPPED_NAMED]:
        say(f"       Skipped {clean_shown(name, 160)} ({reason}).")
    if len(found.skipped) > SKIPPED_NAMED:
        say(f"       … and {len(found.skipped) - SKIPPED_NAMED} more skipped.")
    return 0


def _export(store: Store, args: argparse.Namespace) -> int:
    from reader.feeds import write_opml

    sys.stdout.write(write_opml(store.feeds.list_feeds()))
    return 0


ACTIONS = {
    "add": _add, "list": _list, "refresh": _refresh, "remove": _remove,
    "import": _import, "export": _export,
}
