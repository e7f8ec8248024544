"""The reading screen: status line, body, side panels, search bar and footer."""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING, cast

from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.events import DescendantFocus, Resize, ScreenResume
from textual.screen import Screen
from textual.widgets import Static
from textual.worker import Worker, WorkerState

from reader.article.model import Article, PullQuote
from reader.ui import commands
from reader.ui.jobs.loading import analyse
from reader.ui.screens import reading_texts
from reader.ui.screens.error import ErrorView
from reader.ui.screens.feed_offer import FeedOffer
from reader.ui.screens.keeper import ArticleKeeper
from reader.ui.screens.links import Links
from reader.ui.screens.loading_steps import (
    COULD_NOT_OPEN,
    ignore_outcome,
    load_and_lay_out,
)
from reader.ui.screens.mentions import Mentions
from reader.ui.screens.opening import Opening, needs_whole
from reader.ui.screens.outline import Outline
from reader.ui.screens.panel_place import PanelPlace
from reader.ui.screens.passages import chosen_quote, find_passage, quote_passage, quoted
from reader.ui.screens.side_panels import SidePanels, is_panel_list
from reader.ui.screens.travel import Travel
from reader.ui.stylesheets import LATER, add_later
from reader.ui.widgets import pictures
from reader.ui.widgets.body import BodyView
from reader.ui.widgets.keybar import KeyBar
from reader.ui.widgets.layout import BIG_TEXT, Layout
from reader.ui.widgets.status_line import StatusLine

if TYPE_CHECKING:
    from textual.message import Message
    from textual.widget import AwaitMount

    from reader.ui.app import ReaderApp
    from reader.ui.jobs.early import EarlyLoad
    from reader.ui.widgets.outline import OutlinePanel
    from reader.ui.widgets.panels import PanelList, PeoplePanel, QuotesPanel
    from reader.ui.widgets.search_bar import SearchBar

QUICK_LOAD = 0.15  # seconds the first paint waits for the article (see _wait_for_quick_load)


class ReadingScreen(Screen[None]):
    """One article: loading, the body, panels, and the keys for reading.

    The library's side (saving, positions, bookmarks) is ``self.keeper``; the people's
    mentions are ``self.mentions``. The panels and the search bar post what happened; the
    handlers below route it.
    """

    BINDINGS = commands.bindings()

    def __init__(self, source: str | None = None, document: object | None = None) -> None:
        super().__init__()
        self.source = source
        self.document = document
        self.article: Article | None = None
        self.loading_source: str | None = None
        self.mode = "ready"
        self._prebuilt: Layout | None = None
        self._cancel = threading.Event()
        self._early: EarlyLoad | None = None
        self._load_worker: Worker[Article] | None = None
        self._document: object | None = None  # what is loading, if read already (piped)
        self._analyse_worker: Worker[Article] | None = None
        self.keeper = ArticleKeeper(self)
        self.mentions = Mentions(self)
        self.travel = Travel(self)  # history, the article's address, library:ID
        self.outline = Outline(self)
        self.links = Links(self)  # drawn in the body, listed by f, followed
        self.feed_offer = FeedOffer(self)  # a feed opened as an article: s subscribes
        self.opening = Opening(self)  # a book's first pages, shown while the rest is cleaned
        self.panel_place = PanelPlace(self)  # beside the body, over it, or hidden
        # the panels and the search bar, mounted after the first paint (mount_extras)
        self.panels = SidePanels(self.panel_place.contents)
        self._extras = False
        self._mounting: list[AwaitMount] = []
        self._first_resume = True

    def post_message(self, message: Message) -> bool:
        """The first ``ScreenResume`` (made active as the app starts) does not restyle: the
        widgets were styled as they were mounted, and the pass held the first frame ~4 ms."""
        if self._first_resume and isinstance(message, ScreenResume):
            self._first_resume = False
            message.refresh_styles = False
        return super().post_message(message)

    # -- layout ------------------------------------------------------------------------

    @property
    def reader(self) -> ReaderApp:
        """The app, typed: the one way the screen reaches it."""
        return cast("ReaderApp", self.app)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """What can run now: the footer and the palette offer only these."""
        return commands.available(self, action, parameters)

    refusal = reading_texts.refused  # why its key does nothing now: said (reader.ui.refusals)

    @property
    def has_article(self) -> bool:
        """An article is shown (not only an error or the loading indicator)."""
        return self.article is not None and self.mode != "failed"

    def has_matches(self) -> bool:
        """``n``/``N`` have something to step through: a person's mentions or a search."""
        bar = self._search_bar()
        return self.mentions.person is not None or (bar is not None and bar.has_query)

    def compose(self) -> ComposeResult:
        yield StatusLine(id="status")
        with Horizontal(id="main"):
            with Vertical(id="body-column"):
                body = BodyView(id="body", measure=self.reader.settings.text_width)
                body.pictures = pictures.ROWS if self.reader.settings.pictures else 0
                yield body
                yield Static(reading_texts.loading(), id="loading", markup=False)
                yield ErrorView(id="error-view")
            yield self.panel_place.column()  # (placed for the width before the first layout)
        yield KeyBar(id="keybar")

    def mount_extras(self) -> None:
        """Mount the panels and the search bar (once): after the first screen is drawn, or
        as soon as a key needs them. The first paint does not wait for them."""
        if self._extras or not self.is_attached:
            return
        self._extras = True
        from reader.store.search_history import SearchHistory  # (after the first frame)
        from reader.ui.widgets.search_bar import SearchBar

        add_later(self.app, *LATER)

        self._mounting = [
            self.query_one("#panels").mount(self.panels.quotes, self.panels.people),
            self.mount(
                SearchBar(history=SearchHistory.in_data_dir(self.reader.data_dir),
                          id="search-bar"),
                before=self.query_one(KeyBar),
            ),
        ]

    async def wait_for_extras(self) -> None:
        """Mount the panels and the search bar if they are not yet, and wait until they are."""
        self.mount_extras()
        for mounting in self._mounting:
            await mounting

    @property
    def body(self) -> BodyView:
        """The body view."""
        return self.query_one("#body", BodyView)

    async def on_mount(self) -> None:
        self.watch(self.body, "scroll_y", self._update_position, init=False)
        self.watch(self.body, "virtual_size", self._update_position, init=False)
        self.keeper.start()
        self.body.focus()
        if self.source is not None or self.document is not None:
            self.open_source(self.source or "-", self.document)
            await self._wait_for_quick_load()

    def on_unmount(self) -> None:
        self._cancel.set()  # quitting: a load in progress is abandoned (its thread too)
        if self._early is not None:
            self._early.cancel()  # (a book's rest, still being cleaned)
        self.keeper.leave()  # and the article kept, with where the reader was

    def show_nothing_open(self) -> None:
        """After the library or bookmarks closed with nothing chosen and nothing open."""
        if self.article is None and not self.is_loading:
            self._show_failure(reading_texts.nothing_open())

    def on_descendant_focus(self, event: DescendantFocus) -> None:
        widget = event.widget
        in_bar = any(node.id == "search-bar" for node in widget.ancestors)
        panel = is_panel_list(widget)
        self.query_one(KeyBar).set_context("search" if in_bar else "panel" if panel else "body")
        # the focused panel's title takes the accent colour (a class on the panel restyles
        # only its own subtree; :focus-within does not restyle the title)
        for panel in self.query("Panel"):  # (by name: loaded after the first frame)
            panel.set_class(panel in event.widget.ancestors, "-focused")

    def on_screen_suspend(self) -> None:
        self.query_one(KeyBar).cover()  # (a dialog over it: the reading keys do not run)

    def on_screen_resume(self) -> None:
        self.query_one(KeyBar).uncover()

    def on_resize(self, event: Resize) -> None:
        self.panel_place.fit(event.size.width)

    @property
    def status(self) -> StatusLine:
        """The line over the body."""
        return self.query_one("#status", StatusLine)

    def set_status_right(self, text: str) -> None:
        """The right-hand slot of the status line (search counts)."""
        self.status.set_right(text)

    def _update_position(self, _value: object = None) -> None:
        self.status.show_position(self.article, self.body, coming=self.opening.still_coming)

    # -- loading -----------------------------------------------------------------------

    def open_source(self, source: str, document: object | None = None) -> None:
        """Load ``source`` (or a pre-read ``document``) in a worker; esc cancels (what is
        shown if it fails: ``load_failure``)."""
        self._document = document
        self.reader.withdraw_notices(COULD_NOT_OPEN)  # (the last source's failure)
        self.stop_load()  # (what was loading, a book's rest too, is not what comes next)
        stored = self.travel.stored(source) if document is None else None  # library:ID
        self.opening.begin(document)
        self.loading_source = source
        self.set_mode("loading")
        self.status.loading(f"Loading {source}…")
        self.query_one("#loading", Static).update(reading_texts.loading(source))
        self._early = self.reader.take_early_load(source)
        self._run_load(source, document, opened=partial(
            self.app.call_from_thread, self.opening.show_first, self._cancel), stored=stored)

    def _run_load(self, source: str, document: object | None,
                  opened: Callable[[Article, Layout | None], object] | None = None,
                  stored: Callable[[], Article] | None = None) -> None:
        body_size = partial(self.app.call_from_thread, self.body.text_size)
        job = partial(load_and_lay_out, source, document, self._cancel, body_size, self._early,
                      joined=self.travel.joined_from_thread, opened=opened, stored=stored)
        self._load_worker = self.run_worker(
            job, name="load", group="load", description=f"load {source}", thread=True,
            exclusive=True, exit_on_error=False,
        )  # (a description: Textual would otherwise repr the whole document)

    def load_rest(self) -> None:
        """Wait for the whole of the long text whose opening is shown (see ``opening``)."""
        self._run_load(self.loading_source or "-", self._document)  # (if its child failed)

    def set_mode(self, mode: str) -> None:
        """"loading", "failed" or "ready": which of loading indicator, error view and body shows.

        Set on the widgets themselves: a class on the screen would restyle every widget."""
        self.mode = mode
        self.refresh_bindings()
        if mode != "loading" and not self._extras:  # after this screen is drawn
            if mode == "ready" and self.article is not None:
                self.body.when_drawn(self.mount_extras)
            else:
                self.call_after_refresh(self.mount_extras)
        self.query_one("#body").display = mode != "failed" or self.article is not None
        self.query_one("#loading").display = mode == "loading"
        self.query_one("#error-view").display = mode == "failed"
        panels = self.query_one("#panels")  # while loading: the last article's, hidden
        panels.styles.display = "none" if mode == "failed" else None  # (None: no rule)
        panels.set_class(mode == "loading", "-stale")

    @property
    def is_loading(self) -> bool:
        """True while a source is being read."""
        return self.mode == "loading"

    def cancel_loading(self) -> bool:
        """Stop the load in progress (its result is ignored); False if none."""
        if not self.is_loading:
            return False
        self.stop_load()
        self.set_mode("ready" if self.article is not None else "failed")
        self._restore_title()
        self.notify(f"Loading cancelled. {reading_texts.open_else()}", title="Cancelled")
        if self.article is None:
            self._show_failure(reading_texts.nothing_open_after_cancel())
        return True

    def stop_load(self) -> None:
        """Abandon the load in progress, if any (its result, should it come, is ignored)."""
        self._cancel.set()
        self._cancel = threading.Event()
        if self._early is not None:
            self._early.cancel()  # (its worker then sees the cancel)
        if self._load_worker is not None:
            self._load_worker.cancel()
        self._load_worker = None

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        worker = event.worker
        if worker is self._load_worker:
            if event.state == WorkerState.SUCCESS and worker.result is not None:
                self._load_succeeded(worker)
            elif event.state == WorkerState.ERROR:
                from reader.ui.screens.load_failure import LoadFailure  # (not on the start)
                failure = LoadFailure(self, worker)
                failure.show()  # (a saved copy, a feed entry's own text)
                self._load_worker = None
                self.opening.forget()
                self.set_mode("ready" if self.article is not None else "failed")
                self._restore_title()
                message = failure.tell()
                if message is not None and self.article is None:
                    self._show_failure(f"{message} {reading_texts.open_else()}")
        elif worker is self._analyse_worker and event.state == WorkerState.SUCCESS:
            self._analyse_worker = None
            if worker.result is not None and self.article is not None:
                self._show_people(worker.result)
        elif worker is self._analyse_worker and event.state == WorkerState.ERROR:
            self._analyse_worker = None
            self._people_failed()

    def _load_succeeded(self, worker: Worker[tuple[Article, Layout | None]]) -> None:
        self._load_worker = None  # (its state message, if still to come, is ignored)
        article, self._prebuilt = worker.result  # type: ignore[misc]
        if not self.opening.take(article, self._early):
            self.show_article(article)

    async def _wait_for_quick_load(self) -> None:
        """At start, give the load up to ``QUICK_LOAD`` seconds before the first paint: a
        local article is then drawn at once, with no loading screen flashing before it
        (and no frames drawn while the worker runs). A slower load shows the indicator."""
        worker = self._load_worker
        if worker is None:
            return
        waiting = asyncio.ensure_future(worker.wait())
        waiting.add_done_callback(ignore_outcome)  # (errors come as a state message)
        await asyncio.wait({waiting}, timeout=QUICK_LOAD)
        if worker is self._load_worker and worker.state == WorkerState.SUCCESS:
            self._load_succeeded(worker)

    def _people_failed(self) -> None:
        """The people engine failed: the article stays as it is, without people."""
        self.panels.show(self.article, quotes=False)
        self.keeper.people_failed()

    def _show_failure(self, message: str) -> None:
        self.set_mode("failed")
        self.query_one(ErrorView).show_message(message)

    def _restore_title(self) -> None:
        """The article's title (then its site) in the status line and the window title."""
        title, site = self.status.show_title(self.article)
        self.app.title = title
        self.app.sub_title = site

    def show_article(self, article: Article, *, opening: bool = False,
                     layout: Layout | None = None) -> None:
        """Show a loaded article (laid out already: ``layout``), then find its people in the
        background; a long text's ``opening`` is only shown (``reader.ui.screens.opening``)."""
        if layout is not None:
            self._prebuilt = layout
        self.travel.before_show(article)  # the one shown now goes on the history
        self.opening.forget()
        self.keeper.before_show()
        self.clear_marks()  # (the last article's search and marks mean nothing here)
        self.present(article, opening=opening)
        if opening:
            self.keeper.wait_for_whole()
        else:
            self.after_shown(article)

    def present(self, article: Article, *, opening: bool = False) -> None:
        """Put ``article`` (a long text's ``opening``?) on screen (its panels to come)."""
        self.article = article
        self.set_mode("ready")
        layout, self._prebuilt = self._prebuilt, None
        self.body.set_article(article, layout=layout)
        self._restore_title()  # (before the panels: a code file's fold away, said there)
        self.panels.show(article, pending=True,
                         coming=self.opening.words if opening else None)
        self.call_after_refresh(self._update_position)
        self.body.focus()

    def after_shown(self, article: Article) -> None:
        """Once ``article`` is drawn: its people, its place in the library."""
        self.body.when_drawn(
            partial(self.reader.article_drawn, article.source,
                    long=len(article.text) > BIG_TEXT)
        )
        self.body.when_drawn(partial(self._start_analyse, article))  # the body first
        self.keeper.shown(article)
        self.outline.shown(article)
        self.links.shown(article)

    def _start_analyse(self, article: Article) -> None:
        if article is not self.article:
            return
        self._analyse_worker = self.run_worker(
            self._analysis_job(article), name="analyse", group="analyse",
            description="find the people", thread=True, exclusive=True, exit_on_error=False,
        )

    def _analysis_job(self, article: Article) -> Callable[[], Article]:
        """What the analysis worker runs (the keeper saves a book there too)."""
        return self.keeper.analysis_job(article) or partial(analyse, article)

    def _show_people(self, article: Article) -> None:
        """The people engine finished: keep the reading position, fill the panels."""
        body = self.body
        same_text = self.article is not None and self.article.text == article.text
        self.article = article
        if same_text:  # the same rows: keep the scroll position and the marks
            body.set_article(article, keep_position=True)
        self.panels.show(article)
        self.keeper.people_found(article)

    # -- panels ------------------------------------------------------------------------

    def on_quotes_panel_quote_chosen(self, message: QuotesPanel.QuoteChosen) -> None:
        self.go_to_quote(message.quote)
        self.close_overlay()

    def on_people_panel_person_chosen(self, message: PeoplePanel.PersonChosen) -> None:
        self.mentions.choose(message.person)
        self.close_overlay()

    def on_people_panel_said_chosen(self, message: PeoplePanel.SaidChosen) -> None:
        self.go_to_text(message.said.text)
        self.close_overlay()

    def close_overlay(self) -> bool:
        """Close the panels opened over the body (see ``panel_place``); False if not open."""
        return self.panel_place.close_overlay()

    def on_outline_panel_heading_chosen(self, message: OutlinePanel.HeadingChosen) -> None:
        self.outline.go_to(message.heading)

    def on_search_bar_changed(self, message: SearchBar.Changed) -> None:
        self.set_status_right(message.status)
        self.refresh_bindings()  # n and N: available or not

    def quote_span(self, quote: PullQuote) -> tuple[int, int] | None:
        """The passage of the body a pull quote repeats."""
        return quote_passage(self.article, quote) if self.article else None

    def find_text(self, text: str) -> tuple[int, int] | None:
        """Where ``text`` (or its opening words) stands in the article."""
        return find_passage(self.article, text) if self.article else None

    def go_to_quote(self, quote: PullQuote) -> None:
        """Scroll to a pull quote's passage and flash it."""
        self._flash(self.quote_span(quote), "This quote's passage was not found in the text.")

    def go_to_text(self, text: str) -> None:
        """Scroll to where ``text`` is quoted and flash it."""
        self._flash(self.find_text(text), "This quote was not found in the text.")

    def _flash(self, span: tuple[int, int] | None, missing: str) -> None:
        if span is None:
            self.notify(missing)
            return
        self.links.remember()  # (backspace comes back)
        self.body.scroll_to_offset(span[0])
        self.body.flash(*span)

    def chosen_quote(self, focused: PanelList) -> tuple[str, str | None] | None:
        """The quote highlighted in a panel list, and who said it."""
        return chosen_quote(focused.highlighted_item)

    # -- actions (named in reader.ui.commands) -----------------------------------------

    def action_scroll_lines(self, lines: int) -> None:
        self.body.scroll_relative(y=lines, animate=False, immediate=True)

    def action_scroll_pages(self, pages: float) -> None:
        """Scroll by ``pages`` (a whole one keeps its last row in view)."""
        body = self.body
        rows = abs(pages) * body.scrollable_content_region.height - (abs(pages) >= 1)
        step = max(1, int(rows))
        body.scroll_to(y=body.scroll_y + (step if pages > 0 else -step), animate=False,
                       immediate=True)

    def action_top(self) -> None:
        self.body.scroll_to(y=0, animate=False, immediate=True)

    @needs_whole
    def action_bottom(self) -> None:
        self.body.ensure_complete()  # (a long text may be laid out only in part so far)
        self.body.scroll_to(y=self.body.max_scroll_y, animate=False, immediate=True)

    def action_next_paragraph(self) -> None:
        self.body.next_paragraph()

    def action_previous_paragraph(self) -> None:
        self.body.previous_paragraph()

    def action_go_to(self) -> None:
        focused = self.focused
        if is_panel_list(focused) and focused.highlighted is not None:
            focused.action_select()

    async def action_toggle_panels(self) -> None:
        await self.panel_place.toggle()

    def action_toggle_pictures(self) -> None:
        """Show or hide the pictures (remembered)."""
        pictures.toggle(self.body, self.reader.settings)

    def selected_text(self) -> str | None:
        """The selected quote (in a focused panel), else the current paragraph."""
        focused = self.focused
        article = self.article
        if article is None:
            return None
        quote = quoted(focused.highlighted_item) if is_panel_list(focused) else None
        if quote is not None:
            return quote
        block = self.body.current_block()
        return None if block is None else article.blocks[block].text

    def action_copy(self) -> None:
        text = self.selected_text()
        if not text:
            self.notify("Nothing to copy yet.")
            return
        self.app.copy_to_clipboard(text)
        preview = text if len(text) <= 60 else text[:57] + "…"
        self.notify(preview, title="Copied")

    def _search_bar(self) -> SearchBar | None:
        found = self.query("#search-bar")  # (by id: its module loads after the first frame)
        return cast("SearchBar", found.first()) if found else None

    @needs_whole
    async def action_search(self) -> None:
        bar = self._search_bar()
        if bar is None or not bar.is_mounted:  # a key pressed before the first paint
            await self.wait_for_extras()
            bar = self._search_bar()
        if bar is not None:
            bar.open()

    @needs_whole
    async def action_go(self, what: str) -> None:
        """Back, forward, browser, copy_address, outline, links: see reader.ui.screens.travel."""
        await self.travel.run(what)

    def action_subscribe(self) -> None:
        """``s``: subscribe to the feed opened as an article (see ``feed_offer``)."""
        self.feed_offer.subscribe()

    @needs_whole
    def action_bookmark(self) -> None:
        self.keeper.bookmark()

    def action_next_match(self) -> None:
        if self.mentions.step(1):
            return
        bar = self._search_bar()
        if bar is not None:
            bar.next_match()

    def action_previous_match(self) -> None:
        if self.mentions.step(-1):
            return
        bar = self._search_bar()
        if bar is not None:
            bar.previous_match()

    def action_clear(self) -> None:
        """Esc: cancel a load, close the panels (or the outline) over the body, stop the
        load of a page its feed's text stands in for, or clear marks (and, from a panel,
        give the keys back to the body)."""
        if self.cancel_loading():
            return
        if self.close_overlay() or self.outline.close_over_text() or self.opening.stop():
            return
        if is_panel_list(self.focused):  # the keys go back to the text
            self.body.focus()
        self.clear_marks()

    def clear_marks(self) -> None:
        """Forget the chosen person's marks and the search (matches, count, highlights)."""
        self.mentions.clear()
        bar = self._search_bar()
        if bar is not None:
            bar.clear()
