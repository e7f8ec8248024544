"""The app's side of feeds: show the feeds screen, open the entry chosen there.

An entry opens through the reading screen's ``open_source(entry link)``: the engine
fetches and cleans the full article (not the feed's summary), and the reading screen saves
what it shows in the library. An entry with no link is read from the text its feed gave.
The entry is marked read and remembers its article's key.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from reader.core.errors import StoreError

if TYPE_CHECKING:
    from reader.sources.load import RawDocument
    from reader.store import Entry
    from reader.ui.app import ReaderApp


def show_feeds(app: ReaderApp) -> None:
    """Push the feeds screen (once); its chosen entry opens in the reading screen."""
    from reader.ui.screens.feeds import EntriesScreen, FeedsScreen

    if isinstance(app.screen, (FeedsScreen, EntriesScreen)):
        return

    def chosen(entry: Entry | None) -> None:
        if entry is not None:
            open_entry(app, entry)

    app.push_screen(FeedsScreen(), chosen)


def open_entry(app: ReaderApp, entry: Entry) -> None:
    """Open ``entry``'s link as the full article (an entry without one, or whose page cannot
    be fetched: the text the feed gave, read as plain text); mark it read."""
    reading = app.reading
    if reading is None:
        return
    if not entry.link and not entry.summary:
        from reader.ui.screens.feeds import NOTHING_TO_OPEN

        app.notify(NOTHING_TO_OPEN, title="Feeds", severity="warning")
        return
    source = entry.link or f"{ENTRY_SCHEME}{entry.id}"  # the library's key: the address
    store = app.store
    if store is not None:
        try:
            store.feeds.opened(entry.id, source)
        except StoreError as error:
            app.notify(str(error), title="Feeds", severity="error")
    if entry.link:  # (its page out of reach: the text its feed gave, if any)
        fallback = entry_document(entry, entry.link) if entry.summary else None
        reading.open_source(entry.link, fallback=fallback)
    else:
        reading.open_source(source, entry_document(entry, source))


ENTRY_SCHEME = "feed-entry://"  # the source of an entry read from its feed (no link)


def entry_document(entry: Entry, source: str) -> RawDocument:
    """An entry without a link as a plain-text document: its title, byline, date and text."""
    from reader.sources.load import RawDocument

    head = [entry.title or "Untitled"]
    if entry.author:
        head.append(f"By {entry.author}")
    if entry.published:
        head.append(entry.published[:10])
    return RawDocument("\n\n".join([*head, entry.summary]), source, "text/plain")
