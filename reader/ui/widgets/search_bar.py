"""The search bar docked at the bottom of the reading screen.

Typing searches the article text (debounced), every match is highlighted in the body's
"search" layer and the nearest one at or below the reading position becomes current.
``enter`` closes the bar and keeps the highlights, ``n``/``N`` step with wrap-around,
``esc`` clears. ``ctrl+r`` toggles regex, ``alt+w`` whole words, ``up``/``down`` recall
earlier searches: the keys are declared in :data:`reader.ui.commands.SEARCH_BAR`.
When a side panel had focus, the bar filters that panel instead: any
widget with a ``filter(query: str) -> int`` method (returning how many items remain).
Each change of the count or message is posted as :class:`SearchBar.Changed`; the screen
routes it (the status line).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any, ClassVar, Protocol, runtime_checkable

from rich.cells import cell_len
from rich.text import Text
from textual import events, on
from textual.app import ComposeResult
from textual.binding import BindingType
from textual.containers import Horizontal
from textual.css.query import NoMatches
from textual.message import Message
from textual.timer import Timer
from textual.widget import Widget
from textual.widgets import Input, Static

from reader.article.search import (
    MAX_MATCHES,
    REGEX_BUDGET,
    Query,
    SearchError,
    Span,
    TextSearcher,
    nearest_match,
    step,
)
from reader.ui import commands

if TYPE_CHECKING:  # the store is imported when the bar is made, not before the first frame
    from reader.store.search_history import HistoryCursor, SearchHistory

SMALL_TEXT = 200_000
"""Below this many characters a search is instant, so it runs almost without delay."""

DEBOUNCE_SMALL = 0.02
DEBOUNCE_LARGE = 0.08

QUERY_ROOM = 24
"""Cells the query keeps at the least (what is typed matters most): the message gives way."""
FIXED_CELLS = 13 + 2  # the prompt and the three toggles, and the message's padding


@runtime_checkable
class Filterable(Protocol):
    """A side panel that can narrow its items to those matching a query."""

    def filter(self, query: str) -> int:
        """Show only the items matching ``query`` ("" shows all); return how many show."""
        ...


class SearchBar(Horizontal):
    """A hidden bar with one input; the reading screen calls open/next/previous/clear.

    Not docked: it takes one row in the normal flow when open, so place it after the
    screen's ``1fr`` main area and before a docked Footer.
    """

    DEFAULT_CSS = """
    SearchBar {
        height: 1; display: none; background: $panel;
    }
    SearchBar.-open { display: block; }
    SearchBar #search-prompt { width: 2; color: $accent; text-style: bold; padding-left: 1; }
    SearchBar Input {
        border: none; height: 1; padding: 0 1; width: 1fr; background: $panel;
    }
    SearchBar Input:focus { border: none; background: $panel; }
    SearchBar .search-toggle { width: auto; padding: 0 1; color: $text-muted; }
    SearchBar .search-toggle.-on { color: $accent; text-style: bold; }
    SearchBar #search-status { width: auto; padding: 0 1; color: $text-muted; }
    SearchBar #search-status.-error { color: $error; text-style: bold; }
    SearchBar #search-status.-none { color: $warning; }
    """

    class Changed(Message):
        """The search's state changed: ``status`` is the count ("3/12"), "no matches", a
        regex error or "" (cleared); ``matches`` the number of matches."""

        def __init__(self, status: str, matches: int, *, error: bool = False) -> None:
            super().__init__()
            self.status = status
            self.matches = matches
            self.error = error

    BINDINGS: ClassVar[list[BindingType]] = commands.bindings(commands.SEARCH_BAR)

    def __init__(
        self,
        *,
        history: SearchHistory | None = None,
        name: str | None = None,
        id: str | None = None,
        classes: str | None = None,
    ) -> None:
        super().__init__(name=name, id=id, classes=classes)
        self._history = history
        self.regex = False
        self.whole_word = False
        self.spans: list[Span] = []
        self.current: int | None = None
        self.error: str | None = None
        self._searcher: TextSearcher | None = None
        self._head_searcher: TextSearcher | None = None
        self._origin = 0
        self._timer: Timer | None = None
        self._panel: Widget | None = None
        self._panel_focus: Widget | None = None
        self._cursor: HistoryCursor | None = None
        self._searched: Query | None = None
        self._searched_text: str | None = None
        self._status = ""  # the count or message in full (the bar shows what fits)

    def compose(self) -> ComposeResult:
        yield Static("/", id="search-prompt")
        yield Input(placeholder="Search", id="search-input", select_on_focus=False)
        yield Static("Aa", id="toggle-case", classes="search-toggle")
        yield Static(".*", id="toggle-regex", classes="search-toggle")
        yield Static("W", id="toggle-word", classes="search-toggle")
        yield Static("", id="search-status")

    @property
    def history(self) -> SearchHistory:
        """Earlier searches (the screen hands in the data folder's; else the default one)."""
        if self._history is None:
            from reader.store.search_history import SearchHistory

            self._history = SearchHistory.in_data_dir()
        return self._history

    # -- what we search ------------------------------------------------------------------

    @property
    def input(self) -> Input:
        """The query field."""
        return self.query_one("#search-input", Input)

    @property
    def is_open(self) -> bool:
        """Whether the bar is shown."""
        return self.has_class("-open")

    @property
    def has_query(self) -> bool:
        """A search of the body was made (``n``/``N`` have something to step through)."""
        return self._searched is not None and bool(self._searched.text)

    @property
    def filtering_panel(self) -> Widget | None:
        """The side panel being filtered, when the bar was opened from one."""
        return self._panel

    def body(self) -> Any | None:
        """The screen's BodyView (looked up by type name, so no import cycle)."""
        try:
            return self.screen.query("BodyView").first()
        except NoMatches:
            return None

    def _searcher_for(self, text: str) -> TextSearcher:
        if self._searcher is None or self._searcher.text is not text:
            self._searcher = TextSearcher(text)
        return self._searcher

    def _find(self, body: Any, text: str, query: Query) -> list[Span]:
        """Matches in the title block (negative offsets: see ``Layout.head_span``), then in
        the article text; both under the search's time budget."""
        head = body.head_text()
        if self._head_searcher is None or self._head_searcher.text != head:
            self._head_searcher = TextSearcher(head)
        size = len(head)
        head_spans = self._head_searcher.find(query, budget=REGEX_BUDGET) if head else []
        found = [(a - size, b - size) for a, b in head_spans]
        return found + self._searcher_for(text).find(
            query, limit=MAX_MATCHES - len(found), budget=REGEX_BUDGET  # every mode: see search.py
        )

    def _panel_for(self, widget: Widget | None) -> Widget | None:
        """The nearest ancestor-or-self of ``widget`` that can filter (never the body)."""
        node: Any = widget
        while isinstance(node, Widget) and node is not self.screen:
            if type(node).__name__ == "BodyView" or node is self:
                return None
            if isinstance(node, Filterable) and callable(getattr(node, "filter", None)):
                return node
            node = node.parent
        return None

    # -- the four methods the reading screen calls ------------------------------------------

    def open(self) -> None:
        """Show the bar and focus it: a search of the body, or a filter of the focused panel."""
        panel = self._panel_for(self.app.focused)
        self._panel = panel
        self._panel_focus = self.app.focused if panel is not None else None
        if panel is not None:
            self.input.placeholder = f"Filter {_panel_label(panel)}"
            self._show_status("")
        else:
            self.input.placeholder = "Search"
            body = self.body()
            self._origin = body.search_origin() if body is not None else 0
        self._cursor = self.history.cursor(self.input.value)
        self.add_class("-open")
        self._refresh_toggles()
        # now, not after the keys already waiting ("/tide" typed in one burst, pasted or
        # sent by a macro): those are the search's, not the page's (t would change theme);
        # and again after what is queued (an article just shown focuses its text)
        self.screen.set_focus(self.input)
        self.input.focus()
        if self.input.value:
            self.input.action_select_all()
            self._schedule(immediate=True)

    def next_match(self) -> None:
        """Make the next match current (wrapping to the first, with a notice)."""
        self._step(forward=True)

    def previous_match(self) -> None:
        """Make the previous match current (wrapping to the last, with a notice)."""
        self._step(forward=False)

    def clear(self) -> None:
        """Forget the query, remove the highlights (or the panel filter) and hide the bar."""
        self._cancel_timer()
        had_focus = self.has_focus_within
        panel = self._panel
        self._panel = None
        searched = self._searched is not None or self.spans or self.error
        self.spans, self.current, self.error, self._searched = [], None, None, None
        with self.input.prevent(Input.Changed):
            self.input.value = ""
        self.remove_class("-open")
        if panel is not None:
            panel.filter("")
            if had_focus:
                self._focus_panel(panel)
            self._show_status("")
            return
        body = self.body()
        if body is not None:
            if searched:
                body.set_highlights("search", [], None)
            if had_focus:
                body.focus()
        if searched or had_focus:
            self._show_status("")

    # -- keys inside the bar -------------------------------------------------------------------

    def action_cancel(self) -> None:
        """``esc`` in the bar: clear."""
        self.clear()

    def action_toggle_regex(self) -> None:
        """Switch regex matching on or off."""
        self.regex = not self.regex
        self._refresh_toggles()
        self._schedule(immediate=True)

    def action_toggle_word(self) -> None:
        """Switch whole-word matching on or off."""
        self.whole_word = not self.whole_word
        self._refresh_toggles()
        self._schedule(immediate=True)

    def action_history_older(self) -> None:
        """Recall the previous search."""
        if self._cursor is not None:
            self._recall(self._cursor.older())

    def action_history_newer(self) -> None:
        """Recall the next search (or what was typed before recalling)."""
        if self._cursor is not None:
            self._recall(self._cursor.newer())

    def _recall(self, value: str | None) -> None:
        if value is None:
            return
        self.input.value = value
        self.input.cursor_position = len(value)

    @on(events.Click, "#toggle-regex")
    def _click_regex(self) -> None:
        self.action_toggle_regex()

    @on(events.Click, "#toggle-word")
    def _click_word(self) -> None:
        self.action_toggle_word()

    @on(Input.Changed, "#search-input")
    def _changed(self, event: Input.Changed) -> None:
        event.stop()
        if self.is_open:
            self._schedule()

    @on(Input.Submitted, "#search-input")
    def _submitted(self, event: Input.Submitted) -> None:
        """``enter``: search now, remember the query, close the bar and keep the highlights."""
        event.stop()
        self._cancel_timer()
        if self._panel is None:
            self._search_body()
        else:
            self._filter_panel()
        query = self.input.value
        if query.strip() and self.error is None:
            self.history.add(query)
        self.remove_class("-open")
        if self._panel is not None:
            self._focus_panel(self._panel)
        elif not query:
            self.clear()
        else:
            body = self.body()
            if body is not None:
                body.focus()

    def _focus_panel(self, panel: Widget) -> None:
        """Give focus back to the list in ``panel`` that had it before the bar opened."""
        widget = self._panel_focus
        if widget is not None and widget.is_attached and widget.focusable:
            widget.focus()
        else:
            panel.focus()

    # -- searching ---------------------------------------------------------------------------

    def _schedule(self, *, immediate: bool = False) -> None:
        """Search after a short pause in typing (longer for a long text)."""
        self._cancel_timer()
        delay = DEBOUNCE_SMALL
        body = self.body() if self._panel is None else None
        if body is not None and body.article is not None and len(body.article.text) > SMALL_TEXT:
            delay = DEBOUNCE_LARGE
        run = self._search_body if self._panel is None else self._filter_panel
        if immediate:
            run()
        else:
            self._timer = self.set_timer(delay, run)

    def _cancel_timer(self) -> None:
        if self._timer is not None:
            self._timer.stop()
            self._timer = None

    def _filter_panel(self) -> None:
        self._timer = None
        panel = self._panel
        if panel is None:
            return
        query = self.input.value
        shown = panel.filter(query)
        self._show_status("" if not query.strip() else _shown(shown))

    def _search_body(self) -> None:
        """Run the query on the article text and show every match."""
        self._timer = None
        body = self.body()
        if body is None or body.article is None:
            return
        query = Query(self.input.value, regex=self.regex, whole_word=self.whole_word)
        self._refresh_toggles()
        text = body.article.text
        if (query == self._searched and text is self._searched_text and self.error is None
                and self._head_searcher is not None
                and self._head_searcher.text == body.head_text()):
            return
        self._searched, self._searched_text = query, text
        self.error = None
        try:
            spans = self._find(body, text, query)
        except SearchError as error:
            self.spans, self.current, self.error = [], None, error.message
            body.set_highlights("search", [], None)
            self._show_status(error.message, kind="error")
            return
        self.spans = spans
        self.current = nearest_match(spans, self._origin)
        body.set_highlights("search", spans, self.current)
        self._reveal(body)
        self._show_count(query)

    def _step(self, *, forward: bool) -> None:
        body = self.body()
        if body is None:
            return
        if self._searched is None or not self._searched.text:
            said = commands.keyed("Nothing searched yet: press {search} to search.")
            self.app.notify(said, timeout=2)
            return
        if not self.spans:
            self.app.notify(self.error or "No matches.", timeout=2)
            return
        self.current, wrapped = step(self.current, len(self.spans), forward)
        body.set_highlights("search", self.spans, self.current)
        self._reveal(body)
        self._show_count(self._searched)
        if wrapped:
            where = "top" if forward else "bottom"
            self.app.notify(f"Search wrapped to the {where}.", timeout=1.5)

    def _reveal(self, body: Any) -> None:
        """Scroll so the current match shows with context (a third down), if it is not in view."""
        if self.current is None:
            return
        start, end = self.spans[self.current]
        first, last = body.visible_range()
        height = getattr(body.scrollable_content_region, "height", 0)
        margin = max(1, height // 5)
        row = body.line_for_offset(start)
        top = round(body.scroll_y)
        if first <= start and end <= last and top + margin <= row < top + height - margin:
            return
        body.scroll_to_offset(start, center=True)

    # -- showing state -----------------------------------------------------------------------

    def _show_count(self, query: Query) -> None:
        if not query.text:
            self._show_status("")
        elif not self.spans:
            self._show_status("no matches", kind="none")
        else:
            total = f"{len(self.spans)}+" if len(self.spans) >= MAX_MATCHES else len(self.spans)
            position = (self.current or 0) + 1
            self._show_status(f"{position}/{total}")

    def _show_status(self, text: str, *, kind: str = "") -> None:
        """The count or message, in the bar and on the screen's status line."""
        try:
            status = self.query_one("#search-status", Static)
        except NoMatches:
            return
        self._status = text
        self._fit_status(status)
        status.set_class(kind == "error", "-error")
        status.set_class(kind == "none", "-none")
        status_line = "regex error" if kind == "error" else text
        self.post_message(self.Changed(status_line, len(self.spans), error=kind == "error"))

    def on_resize(self) -> None:
        self._fit_status()

    def _fit_status(self, status: Static | None = None) -> None:
        """Show as much of the message as leaves the query :data:`QUERY_ROOM` cells (its
        first clause, "Invalid regex", when narrow); the whole of it as its tooltip."""
        if status is None:
            try:
                status = self.query_one("#search-status", Static)
            except NoMatches:
                return
        width = self.size.width or self.app.size.width
        status.update(Text(fitted(self._status, width - FIXED_CELLS - QUERY_ROOM)))
        status.tooltip = Text(self._status) if self._status else None  # (never markup)

    def _refresh_toggles(self) -> None:
        try:
            case = self.query_one("#toggle-case", Static)
        except NoMatches:
            return
        exact = Query(self.input.value, regex=self.regex).case_sensitive
        case.set_class(exact, "-on")
        case.tooltip = "Exact case (the query has a capital)" if exact else "Ignoring case"
        self.query_one("#toggle-regex", Static).set_class(self.regex, "-on")
        self.query_one("#toggle-regex", Static).tooltip = "Regex (ctrl+r)"
        self.query_one("#toggle-word", Static).set_class(self.whole_word, "-on")
        self.query_one("#toggle-word", Static).tooltip = "Whole words (alt+w)"


def _panel_label(panel: Widget) -> str:
    """A short name for the panel being filtered ("people", "pull quotes")."""
    label = getattr(panel, "filter_label", None)
    if isinstance(label, str) and label:
        return label
    return (panel.id or type(panel).__name__).replace("-", " ").replace("_", " ").lower()


def fitted(text: str, room: int) -> str:
    """``text`` if it fits ``room`` cells, else its first clause (before ":" or ";"), else
    that clause cut at a word with "…"; "" when there is no room."""
    if cell_len(text) <= room:
        return text
    clause = re.split(r"[:;]", text, maxsplit=1)[0].rstrip(" .")
    if cell_len(clause) <= room:
        return clause
    words = clause.split()
    while words and cell_len(" ".join(words)) + 1 > room:
        words.pop()
    return " ".join(words) + "…" if words else ""


def _shown(count: int) -> str:
    return "none shown" if count == 0 else f"{count} shown"
