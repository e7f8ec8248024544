"""The feeds screen (``F``): feeds with unread counts; enter shows a feed's entries.

:class:`EntriesScreen` lists one feed's entries, newest first; enter closes both screens
with the entry, which :mod:`reader.ui.feeds` opens as the full article. ``R`` refreshes in
the background (the status line shows how far it got); ``r`` marks read or unread.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import partial
from typing import TYPE_CHECKING, ClassVar

from rich.text import Text
from textual import work

from reader.article.enclosures import LABELS, listened, spoken_duration
from reader.core.errors import ReaderError, StoreError
from reader.core.lazy import lazy_re
from reader.core.sanitize import clean_line, clean_shown
from reader.feeds.titles import opening
from reader.store import Entry, Feed
from reader.ui import commands
from reader.ui.screens.leaving import dismiss_once
from reader.ui.screens.library import NOTICE_CHARS, PAGE, STYLES, ListScreen

if TYPE_CHECKING:
    from textual.app import App

    from reader.feeds import Outcome
    from reader.store import Store


class FeedScreenBase(ListScreen[Entry | None]):
    """What both feed screens share: the feeds' keys, and refreshing in the background."""

    CSS_PATH: ClassVar = [STYLES]  # the library's: its rules for these screens too
    COMMAND_SCREENS: ClassVar[tuple[str, ...]] = ("lists", "feeds")  # (for the palette)
    SHOWN_BY: ClassVar[tuple[str, ...]] = ("feeds",)
    BINDINGS: ClassVar = commands.bindings(commands.for_screen("feeds"))  # (and the lists')
    refreshing = False

    def feeds_to_refresh(self, store: Store) -> list[Feed] | None:
        """The feeds ``R`` refreshes (None: all)."""
        return None

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """``R`` waits for the refresh running; ``r`` needs something highlighted."""
        if action == "refresh_feeds":
            return None if self.refreshing or not self.can_refresh() else True
        return super().check_action(action, parameters)

    def can_refresh(self) -> bool:
        """There is a feed to refresh."""
        return True

    def refusal(self, action: str) -> str | None:
        """Why ``action`` cannot run now: a refresh runs already, or the list is empty."""
        if action == "refresh_feeds" and self.refreshing:
            return "The feeds are being refreshed already."
        return super().refusal(action)

    def action_refresh_feeds(self) -> None:
        """Fetch new entries in the background; the status line shows the progress."""
        store = self.store
        if store is None or self.refreshing:
            return
        self.refreshing = True
        self.refresh_bindings()
        self.query_one("#list-status").add_class("-refreshing")
        self.set_status("Refreshing…")
        self._refresh(store, self.app)

    @work(thread=True, exit_on_error=False, group="refresh-feeds")
    def _refresh(self, store: Store, app: App[object]) -> None:
        """(``app``: the screen's, taken while it is up: closed, it no longer knows it.)"""
        from reader.feeds import refresh

        def progress(done: int, total: int, outcome: Outcome) -> None:
            app.call_from_thread(self._progress, f"Refreshing feeds: {done}/{total}…")

        try:
            outcomes = refresh(store, self.feeds_to_refresh(store), progress=progress)
        except ReaderError as error:
            app.call_from_thread(self._refreshed, str(error))
            return
        new = sum(outcome.new for outcome in outcomes)
        failed = sum(1 for outcome in outcomes if outcome.error)
        feeds = f"{len(outcomes)} feed{'s' * (len(outcomes) != 1)}"
        summary = f"Refreshed {feeds}: {new} new entr{'y' if new == 1 else 'ies'}"
        app.call_from_thread(
            self._refreshed, summary + (f", {failed} failed." if failed else ".")
        )

    def _progress(self, said: str) -> None:
        """How far the refresh got, on the status line while the screen is up (closed, it
        goes on: what it says then must not stop it)."""
        if self.is_running:
            self.set_status(said)

    def _refreshed(self, summary: str) -> None:
        if not self.is_running:  # (closed meanwhile: the summary is still told)
            self.app.notify(summary, title="Feeds")
            return
        self.refreshing = False
        self.refresh_bindings()
        self.query_one("#list-status").remove_class("-refreshing")
        self.reload(keep=self.item_list.highlighted)
        self.set_status(summary)
        self.notify(summary, title="Feeds")


class FeedsScreen(FeedScreenBase):
    """Every feed with its unread count and last error; dismisses with the entry chosen."""

    TITLE_TEXT = "Feeds"
    PLACEHOLDER = "Filter feeds (title or address)"
    EMPTY = "No feeds yet: press {open}, give a feed's address, then {subscribe} to subscribe."
    ENTER = "entries"
    HINT_WORDS: ClassVar[dict[str, str]] = {
        "list_search": "filter", "toggle_read": "all read", "list_delete": "unsubscribe",
    }

    def can_refresh(self) -> bool:
        """There is a feed to refresh (shown, or hidden by the filter)."""
        return bool(self.items or self.query_text)

    def __init__(self, resume: Entry | None = None) -> None:
        super().__init__()
        self.feeds: list[Feed] = []  # every feed of the last fetch; drawn a page at a time
        self.resume = resume  # the entry read last: its feed's entries open at once

    def on_mount(self) -> None:  # (before ListScreen.on_mount: Textual calls both, this first)
        if self.resume is not None:
            self.call_later(self._resume)  # (once the feeds are listed)

    def _resume(self) -> None:
        resume, self.resume = self.resume, None
        if resume is None:
            return
        at = next((i for i, feed in enumerate(self.feeds) if feed.id == resume.feed_id), None)
        if at is not None:
            if at >= len(self.items):  # (further down than the first page drawn)
                more = self.feeds[len(self.items) : at + 1]
                self.items += more
                self.item_list.add_options([self.shown(feed, "") for feed in more])
            self.item_list.highlighted = at
            self.open_entries(self.feeds[at], after=resume.id)

    def fetch(self, store: Store, query: str) -> Sequence[object]:
        self.feeds = store.feeds.list_feeds(query or None)
        return self.feeds[:PAGE]

    def fetch_more(self, store: Store, query: str, offset: int) -> Sequence[object]:
        return self.feeds[offset : offset + PAGE]

    def count_text(self, count: int, query: str) -> str:
        total = len(self.feeds)
        unread = sum(feed.unread for feed in self.feeds)
        noun = "feed" if total == 1 else "feeds"
        return f"{total} found" if query else f"{total} {noun}, {unread} unread"

    def draw(self, item: object, query: str) -> Text:
        assert isinstance(item, Feed)
        style = self.item_list.style_of
        # (the store's strings are shown cleaned: the store is hostile too)
        text = Text(clean_line(item.name), style=style("title"), no_wrap=True,
                    overflow="ellipsis")
        text.append("\n")  # (the count first on its row: a long name is cut, never it)
        text.append(f"{item.unread} unread" if item.unread else _no_unread(item),
                    style=style("accent" if item.unread else "muted"))
        text.append(f" · {clean_line(item.url)}", style=style("muted"))
        if item.last_error:
            text.append("\n")
            text.append(clean_line(item.last_error), style=style("note"))
        return text

    def choose(self, item: object) -> None:
        """Enter on a feed: its entries; the entry chosen there closes this screen too."""
        assert isinstance(item, Feed)
        self.open_entries(item)

    def open_entries(self, feed: Feed, after: int | None = None) -> None:
        """``feed``'s entries over this screen (the one after entry ``after`` highlighted)."""

        def chosen(entry: Entry | None) -> None:
            if entry is not None:
                dismiss_once(self, entry)
            else:
                self.reload(keep=self.item_list.highlighted)

        self.app.push_screen(EntriesScreen(feed, after=after), chosen)

    def result_for(self, item: object) -> Entry | None:
        return None

    def action_toggle_read(self) -> None:
        """Mark every entry of the highlighted feed read."""
        feed, store = self.current, self.store
        if not isinstance(feed, Feed) or store is None:
            return
        try:
            ids = [entry.id for entry in store.feeds.entries(feed.id, limit=100_000)
                   if not entry.read]
            if not ids:  # (nothing to mark, nothing to undo)
                name = clean_shown(feed.name, NOTICE_CHARS)
                self.notify(f"Every entry of “{name}” is read already." if feed.total else
                            f"“{name}” has no entries yet.")
                return
            store.feeds.mark(ids, True)
        except StoreError as error:
            self.notify(str(error), severity="error")
            return
        self.remember_undo(lambda: store.feeds.mark(ids, False))
        self.reload(keep=self.item_list.highlighted)

    def action_delete(self) -> None:
        """Unsubscribe from the highlighted feed; ``u`` subscribes again."""
        feed, store = self.current, self.store
        if not isinstance(feed, Feed) or store is None:
            return
        try:
            removed = store.feeds.remove(feed.id)
        except StoreError as error:
            self.notify(str(error), severity="error")
            return
        if removed is not None:  # (as it was: its id, its entries read and unread)
            self.remember_undo(partial(store.feeds.restore, removed))
        self.reload(keep=self.item_list.highlighted)
        name = clean_shown(feed.name, NOTICE_CHARS)
        self.notify(f"Unsubscribed from “{name}”. Press {self.undo_key} to undo.")


def _no_unread(feed: Feed) -> str:
    """What a feed with no unread entry says beside its title: never fetched (just imported,
    say), fetched with nothing in it, or all read."""
    if not feed.fetched:
        return commands.keyed("not fetched yet: {refresh_feeds} fetches it")
    return "all read" if feed.total else "no entries"


NOTHING_TO_OPEN = "This entry has no link and no text to open."


def has_something(entry: Entry) -> bool:
    """Whether ``entry`` has anything to open: a link, a text or an enclosure."""
    return bool(entry.link or entry.summary or entry.enclosures)


ISO_DAY = lazy_re(r"\d{4}-\d{2}-\d{2}")
SHOWN_SUMMARY = 1000  # characters of an entry's summary read to draw its lines


def _listened(entry: Entry) -> str:
    """What an entry with audio or video says in its list: "Audio, 45 min", "Video"."""
    found = listened(entry.enclosures)
    if found is None:
        return ""
    label = LABELS[found.kind]
    return f"{label}, {spoken_duration(found.duration)}" if found.duration else label


class EntriesScreen(FeedScreenBase):
    """One feed's entries, newest first; dismisses with the entry chosen."""

    PLACEHOLDER = "Filter entries (title)"
    EMPTY = "No entries yet: press {refresh_feeds} to refresh the feed."
    ENTER = "read the article"
    HINT_WORDS: ClassVar[dict[str, str]] = {"list_search": "filter", "list_close": "back"}

    def __init__(self, feed: Feed, after: int | None = None) -> None:
        super().__init__()
        self.feed = feed
        self.after = after  # the entry opened last: the one after it is highlighted
        self.TITLE_TEXT = clean_line(feed.name)

    def on_mount(self) -> None:  # (before ListScreen.on_mount: Textual calls both, this first)
        if self.after is not None:
            self.call_later(self._highlight_next)  # (once the entries are listed)

    def _highlight_next(self) -> None:
        after, self.after = self.after, None
        at = next((i for i, entry in enumerate(self.items)
                   if isinstance(entry, Entry) and entry.id == after), None)
        if at is not None:  # (itself if it is unread still: its load was cancelled)
            entry = self.items[at]
            step = 1 if not isinstance(entry, Entry) or entry.read else 0
            self.item_list.highlighted = min(at + step, len(self.items) - 1)

    def feeds_to_refresh(self, store: Store) -> list[Feed] | None:
        return [store.feeds.find(self.feed.id) or self.feed]

    def fetch(self, store: Store, query: str) -> Sequence[object]:
        return store.feeds.entries(self.feed.id, limit=PAGE, query=query or None)

    def fetch_more(self, store: Store, query: str, offset: int) -> Sequence[object]:
        return store.feeds.entries(self.feed.id, limit=PAGE, offset=offset,
                                   query=query or None)

    def count_text(self, count: int, query: str) -> str:
        return f"{count} found" if query else f"{count} entr{'y' if count == 1 else 'ies'} shown"

    def draw(self, item: object, query: str) -> Text:
        assert isinstance(item, Entry)
        style = self.item_list.style_of
        summary = clean_line(item.summary[:SHOWN_SUMMARY])  # (the store is hostile too)
        named = clean_line(item.title) or opening(summary)  # (a note's opening, not its address)
        title = named or clean_line(item.link or "") or "(untitled)"
        text = Text("  " if item.read else "● ", style=style("accent"))
        text.append(title, style=style("muted" if item.read else "title"))
        text.no_wrap, text.overflow = True, "ellipsis"
        day = (item.published or "")[:10]  # (a stored date is ISO; anything else is none)
        details = [day if ISO_DAY.fullmatch(day) else "", clean_line(item.author or ""),
                   _listened(item)]
        text.append("\n  ")
        text.append(" · ".join(part for part in details if part) or "undated",
                    style=style("muted"))
        if summary and (item.title or named != summary):
            text.append("\n  ")
            text.append(summary[:200], style=style("quote"))
        return text

    def choose(self, item: object) -> None:
        """Enter on an entry: open it, unless there is nothing to open (no link, no text):
        then say so and stay in the list."""
        assert isinstance(item, Entry)
        if not has_something(item):
            self.notify(NOTHING_TO_OPEN, title="Feeds", severity="warning")
            return
        super().choose(item)

    def result_for(self, item: object) -> Entry | None:
        assert isinstance(item, Entry)
        return item

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action in ("delete", "undo"):
            return False  # entries go with their feed
        return super().check_action(action, parameters)

    def action_toggle_read(self) -> None:
        """Mark the highlighted entry read or unread."""
        entry, store = self.current, self.store
        if not isinstance(entry, Entry) or store is None:
            return
        try:
            store.feeds.mark([entry.id], not entry.read)
        except StoreError as error:
            self.notify(str(error), severity="error")
            return
        index = self.item_list.highlighted or 0
        fresh = store.feeds.entry(entry.id) or entry
        self.items[index] = fresh
        self.item_list.replace_option_prompt_at_index(index, self.shown(fresh, self.query_text))
