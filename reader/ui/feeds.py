"""The app's side of feeds: show the feeds screen, open the entry chosen there.

An entry opens through the reading screen's ``open_source(entry link)``: the engine
fetches and cleans the full article (not the feed's summary), and the reading screen saves
what it shows in the library. The entry is marked read and remembers its article's key.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from reader.core.errors import StoreError

if TYPE_CHECKING:
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
    """Open ``entry``'s link as the full article; mark it read."""
    reading = app.reading
    if reading is None:
        return
    if not entry.link:
        app.notify("This entry has no link to open.", title="Feeds", severity="warning")
        return
    store = app.store
    if store is not None:
        try:
            store.feeds.opened(entry.id, entry.link)  # the library's key: the address
        except StoreError as error:
            app.notify(str(error), title="Feeds", severity="error")
    reading.open_source(entry.link)
