"""The library and bookmarks, wired into the app and the reading screen.

:class:`LibraryAppMixin` gives the app its :class:`Store` (opened on first use) and the
``L``/``B`` actions. :class:`LibraryReadingScreen` is the reading screen plus what the
library needs: every article shown is saved (in the background) with its reading position,
restored by character offset on reopening; ``m`` bookmarks the selected quote or the current
paragraph; bookmarked passages are marked in the body.
"""

from __future__ import annotations

from collections.abc import Callable
from contextlib import suppress
from functools import partial
from threading import Lock
from typing import TYPE_CHECKING

from textual.worker import Worker, WorkerState

from reader.article.model import Article
from reader.core.errors import StoreError
from reader.ui.jobs.loading import BIG_TEXT, Cancelled, analyse_and_keep, keep
from reader.ui.screens.reading import ReadingScreen
from reader.ui.widgets.body import BodyView
from reader.ui.widgets.panels import PanelList

if TYPE_CHECKING:  # the store (SQLite) is imported once it is needed: after the first paint
    from textual.app import App

    from reader.store import Bookmark, Store

POSITION_SECONDS = 2.0
BOOK_TICKS = 8  # a long text's position is saved every 8th tick (and when leaving it)
NOTICE_SECONDS = 3.0
NOTHING_OPEN = "Nothing is open. Press L for the library, or o to open a URL or a file."


class LibraryAppMixin:
    """For the app: ``self.store``, ``action_library`` and ``action_bookmarks``."""

    _store: Store | None = None
    _store_failed = False
    _store_error: StoreError | None = None
    _store_told = False  # the UI has been told about the opened store (notices, checks)
    _store_waiting: list[Callable[[Store | None], None]] | None = None
    _store_lock = Lock()  # one opening at a time (a thread at start, or a key needing it)

    @property
    def store(self) -> Store | None:
        """The library database, opened on first use (None if it cannot be opened)."""
        if self._store is None and not self._store_failed:
            self._open_store()  # (waits for the thread if it is opening it right now)
        if not self._store_told:
            self._store_opened()
        return self._store

    def _open_store(self) -> None:
        """Open the store once, from any thread; the UI hears of it in ``_store_opened``."""
        from reader.store import Store

        with self._store_lock:
            if self._store is not None or self._store_failed:
                return
            try:
                self._store = Store.open(getattr(self, "data_dir", None))
            except StoreError as error:
                self._store_failed, self._store_error = True, error

    def open_store_later(self, then: Callable[[Store | None], None]) -> None:
        """Call ``then(store)`` once the store is open: now if it is, else after opening it in
        a thread (at start the first screen does not wait for SQLite)."""
        if self._store_told:
            then(self._store)
            return
        if self._store_waiting:
            self._store_waiting.append(then)
            return
        self._store_waiting = [then]
        app: App[object] = self  # type: ignore[assignment]
        app.run_worker(
            self._open_store_in_thread, thread=True, group="store", exit_on_error=False,
            description="open the library",
        )

    def _open_store_in_thread(self) -> None:
        self._open_store()
        app: App[object] = self  # type: ignore[assignment]
        with suppress(RuntimeError):  # (the app has gone: close_store closes it)
            app.call_from_thread(self._store_opened)

    def _store_opened(self) -> None:
        """On the UI thread, once: tell what the opening found; run who waited for it."""
        app: App[object] = self  # type: ignore[assignment]
        if not self._store_told and (self._store is not None or self._store_failed):
            self._store_told = True
            if self._store is None:
                app.notify(str(self._store_error), title="Library", severity="error", timeout=8)
            else:
                self.tell_store_notices()
                app.set_interval(NOTICE_SECONDS, self.tell_store_notices)  # damage met later
                app.run_worker(self._verify_store, thread=True, group="verify",
                               exit_on_error=False, description="check the library")
        waiting, self._store_waiting = self._store_waiting or [], None
        for then in waiting:
            then(self._store)

    def _verify_store(self) -> None:
        store = self._store
        if store is not None and not store.verify():
            app: App[object] = self  # type: ignore[assignment]
            app.call_from_thread(self.tell_store_notices)

    def tell_store_notices(self) -> None:
        """Show what the store has to say (a damaged file moved aside, slow search)."""
        app: App[object] = self  # type: ignore[assignment]
        if self._store is not None:
            for notice in self._store.take_notices():
                app.notify(notice, title="Library", severity="warning", timeout=10)

    def close_store(self) -> None:
        if self._store is not None:
            self._store.close()

    def _reading(self) -> LibraryReadingScreen | None:
        app: App[object] = self  # type: ignore[assignment]
        for screen in app.screen_stack:
            if isinstance(screen, LibraryReadingScreen):
                return screen
        return None

    def action_library(self) -> None:
        """``L``: the saved articles."""
        from reader.ui.screens.library import LibraryScreen

        app: App[object] = self  # type: ignore[assignment]
        if not isinstance(app.screen, LibraryScreen):
            app.push_screen(LibraryScreen(), self._open_entry)

    def action_bookmarks(self) -> None:
        """``B``: the kept quotes."""
        from reader.ui.screens.bookmarks import BookmarksScreen

        app: App[object] = self  # type: ignore[assignment]
        if not isinstance(app.screen, BookmarksScreen):
            app.push_screen(BookmarksScreen(), self._open_bookmark)

    def _open_entry(self, article_id: int | None) -> None:
        reading = self._reading()
        store = self.store
        if reading is None:
            return
        if article_id is None or store is None:
            reading.show_nothing_open()
            return
        try:
            article = store.get_article(article_id)
        except StoreError as error:
            reading.notify(str(error), severity="error")
            return
        if article is not None:
            reading.show_article(article)

    def _open_bookmark(self, mark: Bookmark | None) -> None:
        reading = self._reading()
        if reading is None:
            return
        if mark is None:
            reading.show_nothing_open()
            return
        reading.open_bookmark(mark)


class LibraryReadingScreen(ReadingScreen):
    """The reading screen, keeping articles, positions and bookmarks in the library.

    The first screen never waits for the library: the store is opened (in a thread) after
    the article is drawn, then the saved position is restored and the bookmarks marked. An
    article is saved once, after its people are found (or when leaving it before that).
    """

    def __init__(self, source: str | None = None, document: object | None = None) -> None:
        super().__init__(source, document)
        self.kept_key: str | None = None
        self._kept_offset = 0
        self._pending_bookmark: Bookmark | None = None
        self._body: BodyView | None = None
        self._restoring = False
        self._unsaved: Article | None = None  # shown, not yet given to the store
        self._shown = 0  # articles shown so far (to drop callbacks about an earlier one)
        self._saved_by_analysis: Article | None = None
        self._ticks = 0

    @property
    def store(self) -> Store | None:
        return getattr(self.app, "store", None)

    @property
    def opened_store(self) -> Store | None:
        """The store if it is open already (never opens it)."""
        return getattr(self.app, "_store", None)

    def on_mount(self) -> None:  # ReadingScreen.on_mount runs too (Textual calls both)
        self._body = self.body  # still readable after the screen's children are removed
        self.set_interval(POSITION_SECONDS, self._tick)

    def on_unmount(self) -> None:
        unsaved, self._unsaved = self._unsaved, None
        if unsaved is not None and self.store is not None:  # quit before its people came
            self._save(self.store, unsaved, from_thread=False)
        self.save_position()  # quitting: remember where the reader was

    def show_nothing_open(self) -> None:
        """After the library or bookmarks closed with nothing chosen and nothing open."""
        if self.article is None and not self.is_loading:
            self._show_failure(NOTHING_OPEN)

    # -- keeping the article and the position ----------------------------------------

    def show_article(self, article: Article) -> None:
        unsaved, self._unsaved = self._unsaved, None
        if unsaved is None:
            self.save_position()
        elif self.store is not None and self.kept_key is not None:  # left before its people
            self.run_worker(
                partial(self._save, self.store, unsaved, key=self.kept_key,
                        position=self._moved_to()),
                thread=True, group="keep", exit_on_error=False, description="save the article",
            )
        super().show_article(article)
        self.kept_key = None  # known after the first paint (the store is imported then)
        self._kept_offset = 0
        self._unsaved = article
        self._restoring = True  # until the saved position is known
        self._shown += 1
        self.body.when_drawn(partial(self._with_store, self._shown, article))
        if self._pending_bookmark is not None:
            self.call_after_refresh(self._go_to_pending)

    def _with_store(self, shown: int, article: Article) -> None:
        """After the first paint: the library key, then the store (opened in a thread if it
        is not open yet) for the saved position and the bookmarks."""
        if shown != self._shown:
            return  # another article is shown now
        from reader.store.library import article_key

        key = self.kept_key = article_key(article)
        opener = getattr(self.app, "open_store_later", None)
        if opener is not None:
            opener(partial(self._store_ready, key))
        else:
            self._store_ready(key, self.store)

    def _store_ready(self, key: str, store: Store | None) -> None:
        """The store is open: restore the saved reading position and mark the bookmarks."""
        if key != self.kept_key:
            return  # another article is shown now
        position = 0
        if store is not None:
            try:
                entry = store.get_entry(key)
            except StoreError:
                entry = None
            position = entry.position if entry is not None else 0
        self._kept_offset = position
        if position:  # once the body has its size (scrolling now would be clamped)
            self.call_after_refresh(self._restore_position, key, position)
        else:
            self._restoring = False
        self.mark_bookmarks()

    def _restore_position(self, key: str, position: int) -> None:
        if key != self.kept_key:
            return
        self._restoring = False
        if self._pending_bookmark is None:
            self.body.scroll_to_offset(position, center=False)

    def _analysis_job(self, article: Article) -> Callable[[], Article]:
        """A book is saved by the process that finds its people (one process, not two)."""
        if len(article.text) < BIG_TEXT or self._unsaved is not article:
            return super()._analysis_job(article)
        return partial(self._analyse_and_keep, article, getattr(self.app, "data_dir", None))

    def _analyse_and_keep(self, article: Article, data_dir: str | None) -> Article:
        found, error = analyse_and_keep(article, data_dir)
        if error:
            with suppress(RuntimeError):  # (the app may be gone)
                self.app.call_from_thread(self.notify, error, severity="error", timeout=8)
        self._saved_by_analysis = found  # (or failed to: trying again would fail again)
        return found

    def _show_people(self, article: Article) -> None:
        super()._show_people(article)
        self.mark_bookmarks()  # set_article cleared the marks
        saved, self._saved_by_analysis = self._saved_by_analysis, None
        if self._unsaved is not None:
            self._unsaved = None
            if saved is not article:
                self._keep(article)

    def _people_failed(self) -> None:
        super()._people_failed()
        unsaved, self._unsaved = self._unsaved, None
        if unsaved is not None:
            self._keep(unsaved)

    def _keep(self, article: Article) -> None:
        """Save the article in the background (a book takes a while to index)."""
        store = self.store
        if store is not None:
            self.run_worker(
                partial(self._save, store, article), thread=True, group="keep",
                exit_on_error=False, description="save the article",
            )  # (a description: Textual would otherwise repr the whole article)

    def _save(
        self, store: Store, article: Article, *, key: str | None = None,
        position: int | None = None, from_thread: bool = True,
    ) -> None:
        """Save ``article`` (and then its reading ``position``, if given)."""
        try:
            if from_thread and len(article.text) >= BIG_TEXT:  # a book: in another process
                keep(article, getattr(self.app, "data_dir", None))
            else:
                store.save_article(article)
            if position is not None and key is not None:
                store.set_position(key, position)
        except StoreError as error:
            if from_thread:
                with suppress(RuntimeError):  # (the app may be gone)
                    self.app.call_from_thread(self.notify, str(error), severity="error",
                                              timeout=8)

    def _moved_to(self) -> int | None:
        """The offset at the top of the view, if it moved since it was last saved."""
        body = self._body
        if self.kept_key is None or self.article is None or body is None or self._restoring:
            return None
        offset = body.top_offset()
        return None if offset == self._kept_offset else offset

    def _tick(self) -> None:
        """Every few seconds: save a moved position in the background (a book being saved
        holds the database for a moment; the screen must not wait for it)."""
        offset = self._moved_to()
        store = self.opened_store
        if offset is None or store is None or self.kept_key is None:
            return
        self._ticks += 1
        article = self.article
        if article is not None and len(article.text) >= BIG_TEXT and self._ticks % BOOK_TICKS:
            return  # a book's row is rewritten whole (~8 MB) for each position: less often
        self.run_worker(
            partial(self._write_position, store, self.kept_key, offset), thread=True,
            group="position", exit_on_error=False, description="save the position",
        )

    def _write_position(self, store: Store, key: str, offset: int) -> None:
        try:
            if store.set_position(key, offset):
                self._kept_offset = offset
        except StoreError:
            pass  # the next tick tries again; reading goes on

    def save_position(self) -> None:
        """Remember the offset at the top of the view now (when leaving the article)."""
        offset = self._moved_to()
        if offset is None or self.kept_key is None:
            return  # (nothing moved: the store need not even be open)
        store = self.store
        if store is not None:
            self._write_position(store, self.kept_key, offset)

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        """A source that cannot be loaded now (offline?): show its saved copy, if any.
        (ReadingScreen's handler runs after this one and reports the error.)"""
        worker = event.worker
        if worker is not self._load_worker or event.state != WorkerState.ERROR:
            return
        if isinstance(worker.error, Cancelled) or self.loading_source is None:
            return
        from reader.store.library import source_key

        key = source_key(self.loading_source)
        store = self.store
        if key is None or store is None:
            return
        try:
            article = store.get_article(key)
        except StoreError:
            return
        if article is not None:
            self.show_article(article)
            self.notify("Showing the copy saved in the library.", title="Saved copy")

    # -- bookmarks --------------------------------------------------------------------

    def mark_bookmarks(self) -> None:
        """Mark the bookmarked passages in the body (once the store is open)."""
        store = self.opened_store
        if store is None or self.article is None:
            return
        try:
            placed = store.bookmarks_in(self.article)
        except StoreError:
            return
        spans = sorted(span for _, span in placed if span is not None)
        self.body.set_highlights("bookmark", spans)

    def bookmark_target(self) -> tuple[int, int, str | None, str | None] | None:
        """What ``m`` keeps: (start, end, text or None for the passage itself, speaker)."""
        article = self.article
        if article is None:
            return None
        focused = self.focused
        if isinstance(focused, PanelList) and focused.highlighted is not None:
            index = focused.highlighted
            if focused.id == "quotes-list":
                index = self.quotes_panel.article_index(index)
                if 0 <= index < len(article.pull_quotes):
                    quote = article.pull_quotes[index]
                    start, end = self.quote_span(index) or (0, 0)
                    return start, end, quote.text, quote.speaker or quote.attribution
            panel = self.people_panel
            person = None
            quote_text = None
            if focused.id == "said-list" and index < len(panel.said):
                quote_text = panel.said[index]
                chosen = self._mention_person
                if chosen is not None and chosen < len(panel.people):
                    person = panel.people[chosen]
            elif focused.id == "people-list" and index < len(panel.people):
                person = panel.people[index]
                quote_text = person.quotes[0] if person.quotes else None
            if quote_text:
                start, end = self.find_text(quote_text) or (0, 0)
                return start, end, quote_text, person.name if person else None
        block = self.body.current_block()
        if block is None:
            return None
        return article.blocks[block].start, article.blocks[block].end, None, None

    def action_bookmark(self) -> None:
        """``m``: keep the selected quote (or the current paragraph), with a note."""
        from reader.ui.screens.note import NoteDialog

        article = self.article
        target = self.bookmark_target()
        store = self.store
        if article is None or target is None:
            self.notify("Nothing to bookmark yet.")
            return
        if store is None:
            self.notify(
                "Bookmarks cannot be saved: the library could not be opened.",
                title="Not saved", severity="error", timeout=8,
            )
            return
        start, end, text, speaker = target
        quote = text if text is not None else article.text[start:end]
        key = self.kept_key

        def write(note: str) -> None:
            """In a thread: a locked or full database must not freeze the screen."""
            try:
                mark = store.add_bookmark(
                    article, start, end, text=text, speaker=speaker, note=note, key=key
                )
            except StoreError as error:
                message = str(error)
                self.app.call_from_thread(
                    self.notify, message, title="Not saved", severity="error", timeout=8
                )
                return
            self.app.call_from_thread(self._bookmarked, mark)

        def keep(note: str | None) -> None:
            if note is not None:
                self.run_worker(
                    partial(write, note), thread=True, group="bookmark",
                    exit_on_error=False, description="save a bookmark",
                )

        self.app.push_screen(NoteDialog(quote), keep)

    def _bookmarked(self, mark: Bookmark) -> None:
        self.mark_bookmarks()
        preview = mark.text if len(mark.text) <= 50 else mark.text[:49] + "…"
        self.notify(f"Bookmarked: {preview}", title="Bookmarked")

    def open_bookmark(self, mark: Bookmark) -> None:
        """Show the bookmark's article (from the library, else its source) at the quote."""
        store = self.store
        article = None
        if self.article is not None and self.kept_key == mark.article_key:
            article = self.article
        elif store is not None:
            try:
                article = store.get_article(mark.article_key)
            except StoreError:
                article = None
        if article is self.article and article is not None:
            self.go_to_bookmark(mark)
        elif article is not None:
            self._pending_bookmark = mark
            self.show_article(article)
        elif mark.article_key.startswith("sha256:"):
            self.notify("That article is no longer in the library.", severity="warning")
            self.show_nothing_open()
        else:
            self._pending_bookmark = mark
            self.open_source(mark.article_key)

    def _go_to_pending(self) -> None:
        pending, self._pending_bookmark = self._pending_bookmark, None
        if pending is not None:
            self.go_to_bookmark(pending)

    def go_to_bookmark(self, mark: Bookmark) -> None:
        """Scroll to a bookmark's passage and flash it."""
        if self.article is None:
            return
        from reader.store import relocate

        span = relocate(mark, self.article)
        if span is None:
            self.notify("The bookmarked passage is no longer in this article.")
            return
        self.body.scroll_to_offset(span[0])
        self.body.flash(*span)
