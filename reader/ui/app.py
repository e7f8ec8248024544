"""The reader app: config and themes, the library, the reading screen, app-wide actions."""

from __future__ import annotations

import gc
from time import monotonic
from typing import TYPE_CHECKING, Any, ClassVar

from textual import events
from textual.app import App

from reader.core.paths import data_dir as resolve_data_dir
from reader.core.sanitize import clean_text
from reader.ui import commands
from reader.ui.commands import CommandsProvider
from reader.ui.config import Config, load_config
from reader.ui.jobs.early import take_pause
from reader.ui.key_clashes import key_problems
from reader.ui.library import Library
from reader.ui.palette import reader_variables
from reader.ui.refusals import say_why_not
from reader.ui.screens.reading import ReadingScreen
from reader.ui.screens.travel import HistoryProvider
from reader.ui.settings import Settings
from reader.ui.stylesheets import stylesheet
from reader.ui.widgets.typeahead import pass_on

if TYPE_CHECKING:
    from reader.sources.load import RawDocument
    from reader.store import Entry, Store
    from reader.ui.jobs.early import EarlyLoad

THEMES = {"dark": "flexoki", "light": "solarized-light"}
GC_PAUSE_LATEST = 2.0  # seconds: the collector is back on by then, drawn or not
IDLE_SECONDS = 1.0  # no key or scroll for this long: a full collection cannot be felt
GC_FULL_EVERY = 400  # automatic full collections only after this many middle ones (was 10)
CONFIG_PROBLEMS_SHOWN = 2  # config problems in its notice at most (the rest: reader config)
_frozen = False


def hold_gc() -> bool:
    """Start-up makes many long-lived objects (modules, Textual's DOM and styles, the
    article) that the cyclic collector would scan again and again (~20-30 ms of the first
    screen). Freeze what exists (once per process: imports) and pause the collector;
    :func:`release_gc` turns it back on. True if it was on (or paused for the imports by
    ``reader.ui.jobs.early.start``)."""
    global _frozen
    if not _frozen:
        _frozen = True
        gc.freeze()
    paused = take_pause()
    was_on = gc.isenabled() or paused
    gc.disable()
    return was_on


class ReaderApp(App[int]):
    """Read one article; ``o`` opens another. ``library`` keeps what is read."""

    TITLE = "Reader"
    CSS_PATH: ClassVar = [stylesheet("reader"), stylesheet("blocks")]  # (and LATER, later)
    COMMANDS: ClassVar = {CommandsProvider, HistoryProvider}
    BINDINGS: ClassVar = commands.bindings(commands.APP_WIDE)
    ENABLE_COMMAND_PALETTE = True

    def __init__(
        self,
        source: str | None,
        *,
        data_dir: str | None = None,
        document: RawDocument | None = None,
        early: EarlyLoad | None = None,
        config: Config | None = None,
    ) -> None:
        self._early = early  # the source, already loading in a child (reader.ui.jobs.early)
        self._gc_held = hold_gc()  # until the first screen is out (release_gc)
        self.data_dir = resolve_data_dir(data_dir)
        self.config = config if config is not None else load_config(
            known_ids=commands.BY_ID, check_keys=key_problems)
        self.settings = Settings.load(self.data_dir, defaults=self.config)
        self.library = Library(self)
        self.last_opened = ""  # what the open dialog (o) was given last: offered again
        theme = THEMES.get(self.settings.theme, THEMES["dark"])
        # Known before Textual builds its stylesheet: give it the theme now, so the CSS is
        # parsed once with the right colours (``self.theme = ...`` after ``__init__`` parses
        # it again and restyles every widget: ~20 ms of the start).
        self._reactive_theme = theme
        super().__init__()
        if self.theme != theme:  # (a Textual that keeps reactives elsewhere)
            self.theme = theme
        self.source = source
        self.document = document
        self.last_entry: Entry | None = None  # the feed entry read last (F resumes there)
        self.entry_opening: tuple[int, str] | None = None  # (entry id, address): unread yet
        self.set_keymap(commands.set_keymap(self.config.keys))

    def watch_title(self, title: str) -> None:
        """The terminal window's title follows the article's (OSC 2; not in tests)."""
        driver = getattr(self, "_driver", None)  # (none yet while the app is made)
        if driver is None or self.is_headless:
            return
        clean = "".join(char for char in title if char.isprintable())[:200]
        driver.write(f"\x1b]2;{clean}\a")

    def get_css_variables(self) -> dict[str, str]:
        """The theme's variables and the reader's own, worked out from them (palette.py)."""
        variables = super().get_css_variables()
        variables.update(reader_variables(variables))
        return variables

    @property
    def store(self) -> Store | None:
        """The library database (opened on first use; None if it cannot be opened)."""
        return self.library.store

    def get_default_screen(self) -> ReadingScreen:
        """The reading screen is the first screen (no blank default screen drawn first)."""
        return ReadingScreen(self.source, self.document)

    def on_mount(self) -> None:
        self._tell_config_problems()
        self.set_timer(GC_PAUSE_LATEST, self.release_gc)
        # Every drawn line leaves cycles (Textual's strips cache themselves): left to the
        # automatic full collections they are freed in 20-50 ms batches, often mid-scroll.
        # Full collections run when the reader is idle instead (automatic ones stay, rarer).
        self._gc_threshold = gc.get_threshold()
        young, middle, full = self._gc_threshold
        gc.set_threshold(young, middle, max(full, GC_FULL_EVERY))
        self._last_input = monotonic()
        self.set_interval(IDLE_SECONDS, self._collect_when_idle)
        if self.source is None and self.document is None:
            self.release_gc()
            self.action_library()  # `reader` with no argument opens the library

    def _tell_config_problems(self) -> None:
        """The config file's problems in one notice (three toasts covered the screen at
        80 x 24): the first few, and how to see them all."""
        problems = self.config.problems
        if not problems:
            return
        shown = list(problems[:CONFIG_PROBLEMS_SHOWN])
        if len(problems) > len(shown):
            shown.append(f"… and {len(problems) - len(shown)} more: 'reader config' "
                         "lists them all.")
        title = "Config" if len(problems) == 1 else f"Config: {len(problems)} problems"
        self.notify("\n".join(shown), title=title, severity="warning", timeout=10)

    def release_gc(self) -> None:
        """The first screen is out: turn the cyclic garbage collector back on."""
        if self._gc_held:
            self._gc_held = False
            gc.enable()

    def article_drawn(self, source: str, *, long: bool = False) -> None:
        """The article of ``source`` is on screen. A ``long`` one (a book: 100,000 objects
        and more) is frozen out of the collector's reach first: each full collection would
        scan it again, holding the GIL 30-70 ms while the screen waits. (Its objects hold no
        cycles; they are freed as usual when the article is closed.) A feed entry being
        opened is read now."""
        if long:
            gc.freeze()
        self.release_gc()
        if self.entry_opening is not None:
            from reader.ui.feeds import entry_shown

            entry_shown(self, source)

    def notify(self, message: str, *, markup: bool = False, **options: Any) -> None:
        """Notifications quote text from the web and the library: never parse them as
        markup, and no control or escape sequence in them reaches the terminal."""
        if isinstance(options.get("title"), str):
            options["title"] = clean_text(options["title"])
        super().notify(clean_text(message), markup=False, **options)

    def withdraw_notices(self, title: str) -> None:
        """Take down the notifications under ``title`` still showing (a failure to open the
        last source, once another is being opened)."""
        stale = [notice for notice in self._notifications if notice.title == title]
        for notice in stale:
            self._unnotify(notice, refresh=False)
        if stale:
            self._refresh_notifications()

    async def on_event(self, event: events.Event) -> None:
        if isinstance(event, (events.Key, events.MouseEvent)):
            self._last_input = monotonic()
        await super().on_event(event)

    def on_key(self, event: events.Key) -> None:
        if not pass_on(self, event):  # (a key typed ahead of the search field's opening)
            say_why_not(self, event)  # (a key whose command cannot run now says why)

    def _collect_when_idle(self) -> None:
        """A full collection while nobody is reading actively (and there is work for it)."""
        if gc.isenabled() and gc.get_count()[2] and monotonic() - self._last_input >= 1:
            gc.collect()

    def on_unmount(self) -> None:
        threshold = getattr(self, "_gc_threshold", None)
        if threshold is not None:
            gc.set_threshold(*threshold)
        self.release_gc()
        unused = self.take_early_load(None)
        if unused is not None:
            unused.cancel()
            unused.close()
        self.library.close()

    def take_early_load(self, source: str | None) -> EarlyLoad | None:
        """The early load of ``source``, if there is one (once: then it is the caller's)."""
        found, self._early = self._early, None
        if found is not None and found.source != source:
            found.cancel()
            found.close()
            return None
        return found

    @property
    def reading(self) -> ReadingScreen | None:
        """The reading screen, if it is on the stack."""
        for screen in self.screen_stack:
            if isinstance(screen, ReadingScreen):
                return screen
        return None

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """``L``, ``B`` and ``F`` are not offered on the list screen they show (the hint
        line leaves them out)."""
        stack = self.screen_stack  # (empty as the app starts and ends)
        return not stack or commands.offered_on(stack[-1], action)

    def action_open(self) -> None:
        """Ask for a URL or a path and open it (over a list screen: in its place)."""
        from reader.ui.screens.open import OpenScreen

        self.push_screen(OpenScreen(self.last_opened), self.open_typed)

    def open_typed(self, value: str | None) -> None:
        """Open what the open dialog was given in the reading screen, the list screens
        over it closed (nothing: nothing happens)."""
        reading = self.reading
        if value and reading is not None:
            self.last_opened = value
            self.library.leave_lists()
            reading.open_source(value)

    def action_library(self) -> None:
        """``L``: the saved articles."""
        self.library.show_library()

    def action_bookmarks(self) -> None:
        """``B``: the kept quotes."""
        self.library.show_bookmarks()

    def action_feeds(self) -> None:
        """``F``: the feeds; the entry chosen opens as the full article."""
        from reader.ui.feeds import show_feeds

        show_feeds(self)

    def action_toggle_theme(self) -> None:
        """Light or dark; remembered."""
        name = "light" if self.settings.theme == "dark" else "dark"
        self.settings.theme = name
        self.theme = THEMES[name]
        self.settings.save()

    def action_help(self) -> None:
        """Show every key."""
        from reader.ui.screens.help import HelpScreen

        if not any(type(screen).__name__ == "HelpScreen" for screen in self.screen_stack):
            self.push_screen(HelpScreen())


def run_app(
    source: str | None, data_dir: str | None = None, document: RawDocument | None = None,
    early: EarlyLoad | None = None,
) -> int:
    """Run the app until the user quits; the exit status. ``early``: ``source`` already
    loading in a child process (``reader.ui.jobs.early.start``, called before Textual is
    imported)."""
    app = ReaderApp(source, data_dir=data_dir, document=document, early=early)
    app.run()
    return app.return_code or 0
