"""Keeping what is read: every article shown is saved (in the background) with its reading
position, restored by character offset on reopening; ``m`` bookmarks the selected quote or
the current paragraph; bookmarked passages are marked in the body.

The first screen never waits for the library: the store is opened (in a thread) after the
article is drawn, then the saved position is restored and the bookmarks marked. An article
is saved once, after its people are found (or when leaving it before that).

Composed on the reading screen as ``screen.keeper``; the screen calls it at each step.
"""

from __future__ import annotations

from collections.abc import Callable
from contextlib import suppress
from functools import partial
from typing import TYPE_CHECKING

from reader.core.errors import StoreError
from reader.core.quoting import unquoted
from reader.ui.jobs.loading import BIG_TEXT, Cancelled, analyse_and_keep, keep
from reader.ui.screens.side_panels import is_panel_list

if TYPE_CHECKING:
    from textual.worker import Worker

    from reader.article.model import Article
    from reader.store import Bookmark, Store
    from reader.ui.screens.reading import ReadingScreen
    from reader.ui.widgets.body import BodyView

Place = tuple[int, float]
"""A reading position: the character offset at the top of the view and the status line's
fraction (0..1). In the title block the offset is 0 and the fraction tells where."""

POSITION_SECONDS = 2.0


class ArticleKeeper:
    """The library's side of one reading screen."""

    def __init__(self, screen: ReadingScreen) -> None:
        self.screen = screen
        self.kept_key: str | None = None
        self._kept: Place = (0, 0.0)
        self.pending_bookmark: Bookmark | None = None
        self._jumped = False  # shown to go to a bookmark: its saved position is not restored
        self._body: BodyView | None = None
        self._restoring = False
        self._unsaved: Article | None = None  # shown, not yet given to the store
        self._shown = 0  # articles shown so far (to drop callbacks about an earlier one)
        self._saved_by_analysis: Article | None = None

    @property
    def store(self) -> Store | None:
        """The library database (opened now if it is not yet)."""
        return self.screen.reader.library.store

    @property
    def opened_store(self) -> Store | None:
        """The store if it is open already (never opens it)."""
        return self.screen.reader.library.opened_store

    def start(self) -> None:
        """The screen is mounted: save the position every few seconds."""
        self._body = self.screen.body  # still readable after the screen's children go
        self.screen.set_interval(POSITION_SECONDS, self._tick)

    def leave(self) -> None:
        """The screen is going (the app quits): save what is not saved yet."""
        unsaved, self._unsaved = self._unsaved, None
        if unsaved is not None and self.store is not None:  # quit before its people came
            self._save(self.store, unsaved, from_thread=False)
        self.save_position()

    # -- keeping the article and the position ----------------------------------------

    def before_show(self) -> None:
        """Another article is about to replace the one shown: keep the old one's place."""
        unsaved, self._unsaved = self._unsaved, None
        if unsaved is None:
            self.save_position()
        elif self.store is not None and self.kept_key is not None:  # left before its people
            self.screen.run_worker(
                partial(self._save, self.store, unsaved, key=self.kept_key,
                        place=self._moved_to()),
                thread=True, group="keep", exit_on_error=False, description="save the article",
            )

    def shown(self, article: Article) -> None:
        """``article`` is on screen: once drawn, find its saved position and bookmarks."""
        self.kept_key = None  # known after the first paint (the store is imported then)
        self._kept = (0, 0.0)
        self._unsaved = article
        self._jumped = self.pending_bookmark is not None
        self._restoring = True  # until the saved position is known
        self._shown += 1
        self.screen.body.when_drawn(partial(self._with_store, self._shown, article))
        if self.pending_bookmark is not None:
            self.screen.call_after_refresh(self._go_to_pending)

    def wait_for_whole(self) -> None:
        """A long text's opening is shown (``screen.opening``): nothing is kept until its
        whole comes, and no place is written under the article shown before."""
        self.kept_key = None
        self._unsaved = None
        self._shown += 1  # (that article's store callbacks are dropped)

    def opened_elsewhere(self) -> None:
        """The article shown opens at a place of its own (its address names a heading): the
        saved reading position is not restored over it."""
        self._jumped = True

    def _with_store(self, shown: int, article: Article) -> None:
        """After the first paint: the library key, then the store (opened in a thread if it
        is not open yet) for the saved position and the bookmarks."""
        if shown != self._shown:
            return  # another article is shown now
        from reader.store.library import article_key

        key = self.kept_key = article_key(article)
        self.screen.reader.library.open_later(partial(self._store_ready, key))

    def _store_ready(self, key: str, store: Store | None) -> None:
        """The store is open: restore the saved reading position and mark the bookmarks."""
        if key != self.kept_key or not self.screen.is_running:
            return  # another article is shown now, or the screen is being taken down (the
            # app quits: its body is gone; ``leave`` opened the store to save the article)
        place: Place = (0, 0.0)
        if store is not None:
            try:
                entry = store.get_entry(key)
            except StoreError:
                entry = None
            if entry is not None:
                place = (entry.position, entry.progress)
        self._kept = place
        if self._jumped:  # opened at a bookmark: the quote, not where reading stopped
            self._restoring = False
        elif any(place):  # once the body has its size (scrolling now would be clamped)
            self.screen.call_after_refresh(self._restore_position, key, place)
        else:
            self._restoring = False
        self.mark_bookmarks()

    def _restore_position(self, key: str, place: Place) -> None:
        if key != self.kept_key:
            return
        self._restoring = False
        if self._jumped or self.pending_bookmark is not None:
            return
        offset, progress = place
        body = self.screen.body
        if offset > 0:
            body.scroll_to_offset(offset, center=False)
        else:  # in the title block: as far down as it was
            body.scroll_to(y=round(progress * body.max_scroll_y), animate=False,
                           immediate=True)

    def analysis_job(self, article: Article) -> Callable[[], Article] | None:
        """A book is saved by the process that finds its people (one process, not two);
        None: the screen's usual analysis."""
        if len(article.text) < BIG_TEXT or self._unsaved is not article:
            return None
        return partial(self._analyse_and_keep, article, self.screen.reader.data_dir)

    def _analyse_and_keep(self, article: Article, data_dir: object) -> Article:
        found, error = analyse_and_keep(article, data_dir)  # type: ignore[arg-type]
        if error:
            with suppress(RuntimeError):  # (the app may be gone)
                self.screen.app.call_from_thread(
                    self.screen.notify, error, severity="error", timeout=8
                )
        self._saved_by_analysis = found  # (or failed to: trying again would fail again)
        return found

    def people_found(self, article: Article) -> None:
        """The people engine finished: mark the bookmarks again, save the article."""
        self.mark_bookmarks()  # set_article cleared the marks
        saved, self._saved_by_analysis = self._saved_by_analysis, None
        if self._unsaved is not None:
            self._unsaved = None
            if saved is not article:
                self._keep(article)

    def people_failed(self) -> None:
        """The people engine failed: save the article as it is."""
        unsaved, self._unsaved = self._unsaved, None
        if unsaved is not None:
            self._keep(unsaved)

    def _keep(self, article: Article) -> None:
        """Save the article in the background (a book takes a while to index)."""
        store = self.store
        if store is not None:
            self.screen.run_worker(
                partial(self._save, store, article), thread=True, group="keep",
                exit_on_error=False, description="save the article",
            )  # (a description: Textual would otherwise repr the whole article)

    def _save(
        self, store: Store, article: Article, *, key: str | None = None,
        place: Place | None = None, from_thread: bool = True,
    ) -> None:
        """Save ``article`` (and then its reading ``place``, if given)."""
        try:
            if from_thread and len(article.text) >= BIG_TEXT:  # a book: in another process
                keep(article, self.screen.reader.data_dir)  # type: ignore[arg-type]
            else:
                store.save_article(article)
            if place is not None and key is not None:
                store.set_position(key, *place)
        except StoreError as error:
            if from_thread:
                with suppress(RuntimeError):  # (the app may be gone)
                    self.screen.app.call_from_thread(
                        self.screen.notify, str(error), severity="error", timeout=8
                    )

    def _moved_to(self) -> Place | None:
        """The offset at the top of the view and the status line's fraction, if they moved
        since they were last saved."""
        body = self._body
        if self.kept_key is None or self.screen.article is None or body is None:
            return None
        if self._restoring:
            return None
        place = (body.top_offset(), round(body.progress(), 4))
        return None if place == self._kept else place

    def _tick(self) -> None:
        """Every few seconds: save a moved position in the background (a book being saved
        holds the database for a moment; the screen must not wait for it)."""
        place = self._moved_to()
        store = self.opened_store
        if place is None or store is None or self.kept_key is None:
            return
        self.screen.run_worker(
            partial(self._write_position, store, self.kept_key, place), thread=True,
            group="position", exit_on_error=False, description="save the position",
        )

    def _write_position(self, store: Store, key: str, place: Place) -> None:
        try:
            if store.set_position(key, *place):
                self._kept = place
        except StoreError:
            pass  # the next tick tries again; reading goes on

    def save_position(self) -> None:
        """Remember the offset at the top of the view now (when leaving the article)."""
        place = self._moved_to()
        if place is None or self.kept_key is None:
            return  # (nothing moved: the store need not even be open)
        store = self.store
        if store is not None:
            self._write_position(store, self.kept_key, place)

    def saved_copy(self, worker: Worker[object]) -> Article | None:
        """A source that cannot be loaded now (offline?): its copy in the library, if any."""
        source = self.screen.loading_source
        if isinstance(worker.error, Cancelled) or source is None:
            return None
        from reader.store.library import source_key

        key = source_key(source)
        store = self.store
        if key is None or store is None:
            return None
        try:
            return store.get_article(key)
        except StoreError:
            return None

    # -- bookmarks --------------------------------------------------------------------

    def mark_bookmarks(self) -> None:
        """Mark the bookmarked passages in the body (once the store is open)."""
        store = self.opened_store
        article = self.screen.article
        if store is None or article is None or not self.screen.is_running:
            return  # (not yet, or the screen is being taken down: its body is gone)
        try:
            placed = store.bookmarks_in(article)
        except StoreError:
            return
        spans = sorted(span for _, span in placed if span is not None)
        self.screen.body.set_highlights("bookmark", spans)

    def bookmark_target(self) -> tuple[int, int, str | None, str | None] | None:
        """What ``m`` keeps: (start, end, text or None for the passage itself, speaker)."""
        screen = self.screen
        article = screen.article
        if article is None:
            return None
        focused = screen.focused
        if is_panel_list(focused) and focused.highlighted is not None:
            chosen = screen.chosen_quote(focused)
            if chosen is not None:
                text, speaker = chosen
                start, end = screen.find_text(text) or (0, 0)
                return start, end, text, speaker
        block = screen.body.current_block()
        if block is None:
            return None
        return article.blocks[block].start, article.blocks[block].end, None, None

    def bookmark(self) -> None:
        """``m``: keep the selected quote (or the current paragraph), with a note."""
        from reader.ui.screens.note import NoteDialog

        screen = self.screen
        article = screen.article
        target = self.bookmark_target()
        store = self.store
        if article is None or target is None:
            screen.notify("Nothing to bookmark yet.")
            return
        if store is None:
            screen.notify(
                "Bookmarks cannot be saved: the library could not be opened.",
                title="Not saved", severity="error", timeout=8,
            )
            return
        start, end, text, speaker = target
        quote = text if text is not None else article.text[start:end]
        key = self.kept_key
        try:  # (kept already: its note is shown to be changed, not lost)
            kept_before = store.find_bookmark(article, start, end, text=text, key=key)
        except StoreError:
            kept_before = None

        def write(note: str) -> None:
            """In a thread: a locked or full database must not freeze the screen."""
            try:
                if kept_before is not None and kept_before.id is not None:
                    mark = store.update_note(kept_before.id, note)
                else:
                    mark = store.add_bookmark(
                        article, start, end, text=text, speaker=speaker, note=note, key=key
                    )
            except StoreError as error:
                screen.app.call_from_thread(
                    screen.notify, str(error), title="Not saved", severity="error", timeout=8
                )
                return
            screen.app.call_from_thread(self._bookmarked, mark, kept_before is not None)

        def kept(note: str | None) -> None:
            if note is not None:
                screen.run_worker(
                    partial(write, note), thread=True, group="bookmark",
                    exit_on_error=False, description="save a bookmark",
                )

        note, title = ("", "Bookmark") if kept_before is None else (
            kept_before.note, "Already bookmarked: edit its note")
        screen.app.push_screen(
            NoteDialog(quote, quoted=text is not None, note=note, title=title), kept
        )

    def _bookmarked(self, mark: Bookmark, before: bool = False) -> None:
        self.mark_bookmarks()
        text = unquoted(mark.text)
        preview = text if len(text) <= 50 else text[:49] + "…"
        if before:
            self.screen.notify(f"Note saved: {preview}", title="Already bookmarked")
        else:
            said = f" — {mark.speaker}" if mark.speaker else ""
            self.screen.notify(f"“{preview}”{said}", title="Bookmarked")  # (said once)

    def open_bookmark(self, mark: Bookmark) -> None:
        """Show the bookmark's article (from the library, else its source) at the quote."""
        screen = self.screen
        store = self.store
        entry = None
        if screen.article is not None and self.kept_key == mark.article_key:
            self.go_to_bookmark(mark)
            return
        if store is not None:
            try:
                entry = store.get_entry(mark.article_key)  # (its row, not its text)
            except StoreError:
                entry = None
        if entry is not None:  # (read back in the load worker: a book takes a while)
            self.pending_bookmark = mark
            screen.open_source(f"library:{entry.id}")
        elif mark.article_key.startswith("sha256:"):
            screen.notify("That article is no longer in the library.", severity="warning")
            screen.show_nothing_open()
        else:
            self.pending_bookmark = mark
            screen.open_source(mark.article_key)

    def _go_to_pending(self) -> None:
        pending, self.pending_bookmark = self.pending_bookmark, None
        if pending is not None:
            self.go_to_bookmark(pending)

    def go_to_bookmark(self, mark: Bookmark) -> None:
        """Scroll to a bookmark's passage and flash it."""
        screen = self.screen
        if screen.article is None:
            return
        from reader.store import relocate

        span = relocate(mark, screen.article)
        if span is None:
            screen.notify("The bookmarked passage is no longer in this article.")
            return
        screen.body.scroll_to_offset(span[0])
        screen.body.flash(*span)
