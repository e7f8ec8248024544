"""The library screen (``L``): saved articles, most recently read first; search, open, delete.

Also :class:`KeptList`, the list both the library and the bookmarks screens show.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from contextlib import suppress
from functools import partial
from typing import TYPE_CHECKING, ClassVar, Generic, TypeVar, cast

from rich.style import Style
from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import BindingType
from textual.events import Key
from textual.screen import Screen
from textual.widgets import Input, Label, OptionList

from reader.core.errors import StoreError
from reader.core.lazy import lazy_re
from reader.core.sanitize import clean_line, clean_shown
from reader.store import LibraryEntry
from reader.ui import commands
from reader.ui.screens.leaving import dismiss_once
from reader.ui.screens.list_hints import list_hint
from reader.ui.stylesheets import stylesheet
from reader.ui.widgets.hints import Hints
from reader.ui.widgets.rows import Rows, rows_if_unwrapped

if TYPE_CHECKING:
    from textual.app import App

    from reader.store import RemovedArticle, Store
    from reader.ui.app import ReaderApp

STYLES = stylesheet("library")
_WORD = lazy_re(r"\w+")  # a search's words, as its list highlights them
PAGE = 50  # rows fetched at a time; more are added as the highlight nears the end
NOTICE_CHARS = 60  # a title's or a feed's name's characters in a notice (then "…")
T = TypeVar("T")


class KeptList(OptionList):
    """An option list of saved things, each drawn by a function of the list's styles; j and
    k move in it as the arrows do, g and G as Home and End (the user's keys for them too)."""

    BINDINGS: ClassVar[list[BindingType]] = commands.bindings(commands.LIST_KEYS)

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "kept--title", "kept--quote", "kept--muted", "kept--accent", "kept--note", "kept--hit",
    }

    def style_of(self, name: str) -> Style:
        """A component style (``title``, ``quote``, ``muted``, ``accent``, ``note``, ``hit``)."""
        return self.get_component_rich_style(f"kept--{name}", partial=True)


class ListScreen(Screen[T], Generic[T]):
    """A searchable list with undo; subclasses fetch and draw the items."""

    CSS_PATH: ClassVar = [STYLES]
    TITLE_TEXT = ""
    PLACEHOLDER = "Search"
    EMPTY = "Nothing here yet."  # (a ``{command id}`` in it is told as the user's key)
    COMMAND_SCREENS: ClassVar[tuple[str, ...]] = ("lists",)  # whose commands run here
    BINDINGS: ClassVar = commands.bindings(commands.for_screen("lists") + commands.LISTS)
    SHOWN_BY: ClassVar[tuple[str, ...]] = ()  # the commands that show this screen: not
    # offered on it (the app's check_action)
    ENTER = "open"  # what enter on the list does, as the hint line says it
    HINT_WORDS: ClassVar[dict[str, str]] = {}  # a command's word in the hint line, if not
    # its own (see reader.ui.screens.list_hints)

    def __init__(self) -> None:
        super().__init__()
        self.items: list[object] = []

    def compose(self) -> ComposeResult:
        yield Label(self.TITLE_TEXT, classes="list-title", markup=False)
        yield Input(placeholder=self.PLACEHOLDER, id="list-search", classes="list-search")
        yield KeptList(id="list-items", classes="list-items")
        yield Label("", id="list-status", classes="list-status", markup=False)
        yield Hints("", classes="list-hint")  # (a Footer costs more than the list; the
        # keys it names are known once mounted)

    @property
    def reader(self) -> ReaderApp:
        """The app, typed: the one way the screen reaches it."""
        return cast("ReaderApp", self.app)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """What acts on the highlighted item waits for one (the hint line leaves it out)."""
        if action in ("delete", "edit_note", "toggle_read"):
            return True if self.current is not None else None
        return True

    @property
    def hint(self) -> str:
        """The hint line: the keys the screen has now (the user's)."""
        return list_hint(self, self.ENTER, self.HINT_WORDS)

    def _bindings_changed(self, _screen: object = None) -> None:
        """What can run changed (a refresh began, the list emptied): the hint follows,
        while the screen is on top (under the help, the app's keys are the help's)."""
        if self.is_running and self.app.screen is self:
            self.query_one(".list-hint", Hints).set_hint(self.hint)

    @property
    def undo_key(self) -> str:
        """The key that undoes, as the notices name it (the user's, if remapped)."""
        return commands.BY_ID["list_undo"].first_key

    @property
    def store(self) -> Store | None:
        """The library database (None if it cannot be opened)."""
        return self.reader.store

    @property
    def query_text(self) -> str:
        return self.query_one("#list-search", Input).value.strip()

    @property
    def item_list(self) -> KeptList:
        return self.query_one("#list-items", KeptList)

    def on_mount(self) -> None:  # subclasses: Textual calls their on_mount as well
        self.reload()
        self.item_list.focus()
        self.bindings_updated_signal.subscribe(self, self._bindings_changed)
        self._bindings_changed()

    # -- items ------------------------------------------------------------------------

    def fetch(self, store: Store, query: str) -> Sequence[object]:
        raise NotImplementedError

    def draw(self, item: object, query: str) -> Text:
        raise NotImplementedError

    def reload(self, keep: int | None = None) -> None:
        """Fetch the items again (for the search text) and redraw the list."""
        store = self.store
        query = self.query_text
        items: Sequence[object] = ()
        if store is None:
            self.set_status("The library could not be opened.")
        else:
            try:
                items = self.fetch(store, query)
            except StoreError as error:
                self.set_status(str(error))
        self.items = list(items)
        listing = self.item_list
        listing.clear_options()
        listing.add_options([self.shown(item, query) for item in self.items])
        if self.items:
            listing.highlighted = min(keep or 0, len(self.items) - 1)
        self.set_status(self.count_text(len(self.items), query) if self.items else (
            self.empty_text()))
        self.refresh_bindings()  # (what acts on the highlighted item may be offered now)

    def empty_text(self) -> str:
        """What the status line says when the list shows nothing."""
        query = self.query_text
        return f"Nothing matches “{query}”." if query else commands.keyed(self.EMPTY)

    def refusal(self, action: str) -> str | None:
        """Why ``action`` (disabled) cannot run now, said when its key is pressed: the list
        shows nothing (see ``reader.ui.refusals``)."""
        return None if self.items else self.empty_text()

    def count_text(self, count: int, query: str) -> str:
        return f"{count} found" if query else f"{count}"

    def shown(self, item: object, query: str) -> Text | Rows:
        """The item as the list draws it: :meth:`draw`'s text, the search's words in it
        highlighted, a row per line when it is meant to keep to its rows."""
        text = self.draw(item, query)
        words = _WORD.findall(query)
        if words:  # (as text: a title's markup or pattern characters are only letters)
            text.highlight_words(words, style=self.item_list.style_of("hit"),
                                 case_sensitive=False)
        return rows_if_unwrapped(text)

    def fetch_more(self, store: Store, query: str, offset: int) -> Sequence[object]:
        """The next rows after ``offset`` (none unless a subclass pages)."""
        return ()

    @on(OptionList.OptionHighlighted, "#list-items")
    def _near_the_end(self, event: OptionList.OptionHighlighted) -> None:
        store = self.store
        if store is None or event.option_index < len(self.items) - 5:
            return
        try:
            more = list(self.fetch_more(store, self.query_text, len(self.items)))
        except StoreError:
            return
        if more:
            query = self.query_text
            self.items += more
            self.item_list.add_options([self.shown(item, query) for item in more])
            self.set_status(self.count_text(len(self.items), query))

    def set_status(self, text: str) -> None:
        self.query_one("#list-status", Label).update(text)

    @property
    def current(self) -> object | None:
        index = self.item_list.highlighted
        return self.items[index] if index is not None and 0 <= index < len(self.items) else None

    # -- events and actions -------------------------------------------------------------

    @on(Input.Changed, "#list-search")
    def _search_changed(self) -> None:
        self.reload()

    @on(Input.Submitted, "#list-search")
    def _search_submitted(self) -> None:
        self.item_list.focus()

    def on_key(self, event: Key) -> None:
        if event.key == "down" and self.focused is self.query_one("#list-search"):
            self.item_list.focus()
            event.stop()

    @on(OptionList.OptionSelected, "#list-items")
    def _selected(self, event: OptionList.OptionSelected) -> None:
        if 0 <= event.option_index < len(self.items):
            self.choose(self.items[event.option_index])

    def choose(self, item: object) -> None:
        """Enter on ``item``: close with its result (a subclass may go deeper instead)."""
        dismiss_once(self, self.result_for(item))

    def result_for(self, item: object) -> T:
        raise NotImplementedError

    def action_focus_search(self) -> None:
        """Focus the search field now, not after the keys queued (those typed at once after
        "/" are its words: the app hands them on, never runs them as the list's keys)."""
        self.set_focus(self.query_one("#list-search", Input))

    def action_close(self) -> None:
        search = self.query_one("#list-search", Input)
        if search.has_focus and search.value:
            search.value = ""
            return
        dismiss_once(self, None)

    @property
    def _undo(self) -> list[Callable[[], object]]:
        """This kind of list's deletes to undo: the app's (closing the screen keeps them)."""
        return self.reader.library.undo.setdefault(type(self).__name__, [])

    def remember_undo(self, undo: Callable[[], object]) -> None:
        self._undo.append(undo)

    def action_undo(self) -> None:
        """Put back the last deleted (off the UI thread: a book's row is megabytes)."""
        if not self._undo:
            self.notify("Nothing to undo.")
            return
        undo = self._undo.pop()

        def restored(_: object) -> None:
            self.reload_if_shown()
            self.reader.notify("Restored.")

        self.reader.library.writes.run(undo, restored, self.write_failed)

    def reload_if_shown(self) -> None:
        """Fetch the items again, if the screen is still up (a write done meanwhile)."""
        if self.is_attached and self.app.screen is self:
            self.reload(keep=self.item_list.highlighted)

    def write_failed(self, error: StoreError) -> None:
        """A write off the UI thread failed: say why; the list shows what is stored."""
        self.reader.notify(str(error), severity="error")
        self.reload_if_shown()

    def take_row(self) -> None:
        """Take the highlighted item off the list now (its delete is written meanwhile)."""
        index = self.item_list.highlighted
        if index is not None and 0 <= index < len(self.items):
            del self.items[index]
            self.item_list.remove_option_at_index(index)


class LibraryScreen(ListScreen[int | None]):
    """Saved articles; dismisses with the chosen article's id."""

    TITLE_TEXT = "Library"
    SHOWN_BY: ClassVar[tuple[str, ...]] = ("library",)
    PLACEHOLDER = "Search saved articles (title, author, text)"
    EMPTY = "The library is empty: every article you open is kept here."

    def on_mount(self) -> None:  # (Textual calls ListScreen.on_mount too, after this one)
        store = self.store
        if store is not None and store.first_run:
            self._seed(store, self.app)

    @work(thread=True, exit_on_error=False, group="seed")
    def _seed(self, store: Store, app: App[object]) -> None:
        """First run: put the bundled sample in the library (in the background; ``app``
        taken while the screen is up: closed, it no longer knows it)."""
        from reader.engine.pipeline import load_sample

        try:
            added = store.seed_sample(load_sample)
        except StoreError:
            return
        if added:
            with suppress(RuntimeError):  # (the app has gone)
                app.call_from_thread(self._seeded)

    def _seeded(self) -> None:
        """The sample is in the library: list it, if the screen is still up."""
        if self.is_running:
            self.reload(keep=self.item_list.highlighted)

    def fetch(self, store: Store, query: str) -> Sequence[object]:
        return store.list_articles(query or None, limit=PAGE)

    def fetch_more(self, store: Store, query: str, offset: int) -> Sequence[object]:
        if query:
            return ()
        return store.list_articles(limit=PAGE, offset=offset)

    def count_text(self, count: int, query: str) -> str:
        total = self.store.count_articles() if self.store is not None and not query else count
        noun = "article" if total == 1 else "articles"
        more = f" (the {count} most recent shown; search finds the rest)" if total > count else ""
        return f"{count} found" if query else f"{total} {noun}{more}"

    def draw(self, item: object, query: str) -> Text:
        assert isinstance(item, LibraryEntry)
        style = self.item_list.style_of
        # (cleaned again here: a database from elsewhere may hold anything)
        text = Text(clean_line(item.title or item.location), style=style("title"),
                    no_wrap=True, overflow="ellipsis")
        details = [clean_line(", ".join(item.authors)), clean_line(item.site or ""),
                   clean_line(item.last_read[:10])]
        text.append("\n")
        text.append(" · ".join(part for part in details if part), style=style("muted"))
        if item.position or item.progress:
            text.append(f"  {round(item.progress * 100)}% read", style=style("accent"))
        text.append("\n")
        text.append(clean_line(item.location), style=style("muted"))
        return text

    def result_for(self, item: object) -> int | None:
        assert isinstance(item, LibraryEntry)
        return item.id

    def action_delete(self) -> None:
        """Remove the highlighted article (its bookmarks stay); ``u`` puts it back."""
        entry = self.current
        store = self.store
        if not isinstance(entry, LibraryEntry) or store is None:
            return
        title = clean_shown(entry.title or entry.location, NOTICE_CHARS)
        told = f"Removed “{title}” from the library. Press {self.undo_key} to undo."

        def deleted(removed: RemovedArticle | None) -> None:
            if removed is not None:  # (its id, place and bookmarks as they were)
                self.remember_undo(partial(store.restore_article, removed))
            self.reload_if_shown()
            self.reader.notify(told)

        # (off the UI thread: a book's text leaves the search index, ~0.2 s; its stored row
        # is kept as it is, not read back)
        self.take_row()
        self.reader.library.writes.run(partial(store.delete_article, entry.id), deleted,
                                       self.write_failed)
