"""The app's library: the store (opened on first use, off the UI thread at start), what it
has to tell, and the library (``L``) and bookmarks (``B``) screens.

Composed on the app as ``app.library``; screens reach it through their typed ``reader``
property. The reading screen's keeping of articles, positions and bookmarks is
:mod:`reader.ui.screens.keeper`.
"""

from __future__ import annotations

from collections.abc import Callable
from contextlib import suppress
from threading import Lock
from typing import TYPE_CHECKING

from reader.core.errors import StoreError
from reader.ui.jobs.store_writes import Writes

if TYPE_CHECKING:  # the store (SQLite) is imported once it is needed: after the first paint
    from reader.store import Bookmark, Store
    from reader.ui.app import ReaderApp

NOTICE_SECONDS = 3.0


class Library:
    """The library database and its screens, for one app."""

    def __init__(self, app: ReaderApp) -> None:
        self.app = app
        self._store: Store | None = None
        self._failed = False
        self._error: StoreError | None = None
        self._told = False  # the UI has been told about the opened store (notices, checks)
        self._waiting: list[Callable[[Store | None], None]] | None = None
        self._lock = Lock()  # one opening at a time (a thread at start, or a key needing it)
        self.writes = Writes(app)  # deletes and undos: off the UI thread, in order
        self.undo: dict[str, list[Callable[[], object]]] = {}
        """Each list screen's deletes to undo, by its kind: kept while the app runs, so a
        screen closed and opened again undoes what was deleted before (``u``)."""

    @property
    def store(self) -> Store | None:
        """The library database, opened on first use (None if it cannot be opened)."""
        if self._store is None and not self._failed:
            self._open()  # (waits for the thread if it is opening it right now)
        if not self._told:
            self._opened()
        return self._store

    @property
    def opened_store(self) -> Store | None:
        """The store if it is open already (never opens it)."""
        return self._store

    def _open(self) -> None:
        """Open the store once, from any thread; the UI hears of it in ``_opened``."""
        from reader.store import Store

        with self._lock:
            if self._store is not None or self._failed:
                return
            try:
                self._store = Store.open(self.app.data_dir)
            except StoreError as error:
                self._failed, self._error = True, error

    def open_later(self, then: Callable[[Store | None], None]) -> None:
        """Call ``then(store)`` once the store is open: now if it is, else after opening it in
        a thread (at start the first screen does not wait for SQLite)."""
        if self._told:
            then(self._store)
            return
        if self._waiting:
            self._waiting.append(then)
            return
        self._waiting = [then]
        self.app.run_worker(
            self._open_in_thread, thread=True, group="store", exit_on_error=False,
            description="open the library",
        )

    def _open_in_thread(self) -> None:
        self._open()
        with suppress(RuntimeError):  # (the app has gone: close closes it)
            self.app.call_from_thread(self._opened)

    def _opened(self) -> None:
        """On the UI thread, once: tell what the opening found; run who waited for it."""
        app = self.app
        if not self._told and (self._store is not None or self._failed):
            self._told = True
            if self._store is None:
                app.notify(str(self._error), title="Library", severity="error", timeout=8)
            else:
                self.tell_notices()
                app.set_interval(NOTICE_SECONDS, self.tell_notices)  # damage met later
                app.run_worker(self._verify, thread=True, group="verify",
                               exit_on_error=False, description="check the library")
        waiting, self._waiting = self._waiting or [], None
        for then in waiting:
            then(self._store)

    def _verify(self) -> None:
        store = self._store
        if store is not None and not store.verify():
            self.app.call_from_thread(self.tell_notices)

    def tell_notices(self) -> None:
        """Show what the store has to say (a damaged file moved aside, slow search)."""
        if self._store is not None:
            for notice in self._store.take_notices():
                self.app.notify(notice, title="Library", severity="warning", timeout=10)

    def close(self) -> None:
        """Close the database (the app is ending), its writes done."""
        self.writes.close()
        if self._store is not None:
            self._store.close()

    # -- the screens ------------------------------------------------------------------------

    def show_library(self) -> None:
        """``L``: the saved articles; the one chosen opens in the reading screen."""
        from reader.ui.screens.library import LibraryScreen

        if not isinstance(self.app.screen, LibraryScreen):
            self.leave_lists()
            self.app.push_screen(LibraryScreen(), self._open_entry)

    def show_bookmarks(self) -> None:
        """``B``: the kept quotes; the one chosen opens at its passage."""
        from reader.ui.screens.bookmarks import BookmarksScreen

        if not isinstance(self.app.screen, BookmarksScreen):
            self.leave_lists()
            self.app.push_screen(BookmarksScreen(), self._open_bookmark)

    def leave_lists(self) -> None:
        """Close the list screens on top (library, bookmarks, feeds, a feed's entries), with
        nothing chosen: ``L``, ``B`` and ``F`` move between them, one list at a time."""
        from reader.ui.screens.library import ListScreen

        left = False
        while isinstance(self.app.screen, ListScreen) and len(self.app.screen_stack) > 1:
            self.app.pop_screen()  # (their answers unheard: nothing was chosen)
            left = True
        reading = self.app.reading
        if left and reading is not None:
            reading.keeper.mark_bookmarks()  # (those deleted or put back there)

    def _open_entry(self, article_id: int | None) -> None:
        reading = self.app.reading
        if reading is None:
            return
        if article_id is None or self.store is None:
            reading.show_nothing_open()
            return
        reading.open_source(f"library:{article_id}")  # (read back in the load worker)

    def _open_bookmark(self, mark: Bookmark | None) -> None:
        reading = self.app.reading
        if reading is None:
            return
        reading.keeper.mark_bookmarks()  # (those deleted on the screen, or put back, too)
        if mark is None:
            reading.show_nothing_open()
            return
        reading.keeper.open_bookmark(mark)
