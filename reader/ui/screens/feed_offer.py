"""A feed opened as if it were an article: the reading screen offers to subscribe to it
(``s``), and then shows its entries, each of which opens as the full article.

Composed on the reading screen as ``screen.feed_offer``; the subscribing (fetching the feed
again, storing its entries) runs in a thread, the screen staying live."""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from reader.core.errors import IsAFeed, ReaderError
from reader.core.sanitize import clean_line, clean_shown
from reader.ui.commands import keyed
from reader.ui.screens.reading_texts import open_else

if TYPE_CHECKING:
    from reader.store import Feed
    from reader.ui.screens.reading import ReadingScreen

OFFER = ("This is a news feed, not an article: press {subscribe} to subscribe to it and see "
         "its entries.")  # ({subscribe}: the user's key for it)
SUBSCRIBING = "Subscribing to"  # the title of the notice taken down once it is done


class FeedOffer:
    """The feed the reading screen failed to open as an article, offered to subscribe to."""

    def __init__(self, screen: ReadingScreen) -> None:
        self.screen = screen
        self.address: str | None = None

    def failed(self, error: BaseException | None, source: str | None) -> str | None:
        """A load failed: the offer's sentence when ``source`` is a feed's web address (it
        is then offered), else None."""
        web = source is not None and source.startswith(("http://", "https://"))
        self.address = source if isinstance(error, IsAFeed) and web else None
        return keyed(OFFER) if self.address else None

    def can(self) -> bool:
        """A feed is on offer (``s`` subscribes to it): the last source opened was one."""
        screen = self.screen
        return (
            self.address is not None
            and screen.loading_source == self.address
            and not screen.is_loading
            and screen.reader.store is not None
        )

    def subscribe(self) -> None:
        """Subscribe to the feed on offer in a thread; its entries show when it is done."""
        address = self.address
        if address is None or not self.can():
            return
        self.screen.notify(f"{clean_line(address)}…", title=SUBSCRIBING)
        self.screen.run_worker(
            lambda: self._subscribe(address), name="subscribe", group="subscribe",
            description="subscribe to a feed", thread=True, exclusive=True,
            exit_on_error=False,
        )

    def _subscribe(self, address: str) -> None:
        from reader.feeds.subscribe import subscribe

        store = self.screen.reader.store
        if store is None:
            return
        try:
            feed, added, new = subscribe(store, address)
        except Exception as error:  # (a sentence on the screen, never a traceback)
            message = clean_line(str(error)) if isinstance(error, ReaderError) else ""
            message = message or f"{clean_line(address)} could not be read as a feed."
            self.screen.app.call_from_thread(self.screen.reader.withdraw_notices, SUBSCRIBING)
            self.screen.app.call_from_thread(
                self.screen.notify, message, title="Could not subscribe", severity="error"
            )
            return
        self.screen.app.call_from_thread(self._subscribed, feed, added, new)

    def withdraw_offer(self, done: str) -> None:
        """Subscribed: take down the offer's notice ("press s to subscribe"), and where the
        offer stands in place of the body, say ``done`` there instead."""
        from reader.ui.screens.error import ErrorView
        from reader.ui.screens.loading_steps import COULD_NOT_OPEN

        screen = self.screen
        screen.reader.withdraw_notices(COULD_NOT_OPEN)  # (the offer's notice)
        screen.reader.withdraw_notices(SUBSCRIBING)
        if screen.mode == "failed":
            screen.query_one(ErrorView).show_message(done)

    def _subscribed(self, feed: Feed, added: bool, new: int) -> None:
        from reader.ui.feeds import entry_chosen
        from reader.ui.screens.feeds import EntriesScreen
        from reader.ui.screens.library import NOTICE_CHARS

        name = clean_shown(feed.name, NOTICE_CHARS)
        done = "Subscribed to" if added else "Already subscribed to"
        where = keyed("{feeds} shows your feeds.")
        self.withdraw_offer(f"{done} “{name}”: {where} {open_else()}")
        self.screen.notify(f"{done} “{name}”: {new} new entr{'y' if new == 1 else 'ies'}.",
                           title="Feeds")
        self.address = None
        self.screen.refresh_bindings()

        self.screen.app.push_screen(EntriesScreen(feed),
                                    partial(entry_chosen, self.screen.reader))


__all__ = ["OFFER", "FeedOffer"]
