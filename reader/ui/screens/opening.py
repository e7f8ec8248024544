"""A long text's opening on screen while its whole is still being cleaned.

A book's first pages are cleaned alone first (``reader.engine.opening``): by the early
load's child for a file given on the command line or piped (``reader.ui.jobs.early``), by the
load worker otherwise (``o``; the whole is then cleaned in another process). The reading
screen shows them at once; the whole then takes their place where the reader is. Until it
comes, the keys that need the whole text (the end, search, bookmarks, the outline, the links)
wait for it (the last one pressed runs when it comes: :func:`needs_whole`), nothing is saved
in the library and no people are looked for.

A feed entry's own text, shown while its slow page loads (``reader.ui.jobs.stand_in``), is
shown the same way (the entry is read once it shows); its page takes its place at the words
the reader had reached, wherever they stand in it (else at the top). Esc stops that page's
fetch (:meth:`Opening.stop`): the entry's text stays, a whole now, its note saying so.

Composed on the reading screen as ``screen.opening``.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial, wraps
from typing import TYPE_CHECKING, Any, TypeVar, cast

from reader.ui.commands import COMMANDS, NEEDS_WHOLE

if TYPE_CHECKING:
    import threading

    from reader.article.model import Article
    from reader.ui.jobs.early import EarlyLoad
    from reader.ui.jobs.stand_in import StandIn
    from reader.ui.screens.reading import ReadingScreen
    from reader.ui.widgets.layout import Layout

_ANCHOR = 60  # characters at the top of the view looked for in the whole text
_NAMES = {command.id: command.name.lower() for command in COMMANDS}

A = TypeVar("A", bound=Callable[..., Any])


@dataclass(frozen=True)
class Coming:
    """What is said while the whole is to come: the ``rest`` to come (in "Still loading
    ..."), the status line's ``position``, the empty quotes and people panels' ``quotes``
    and ``people`` (no people are looked for in an opening)."""

    rest: str
    position: str
    quotes: str
    people: str


REST = Coming("the rest of the text", "loading the rest…", "Waiting for the rest of the text…",
              "People come with the whole text…")
FULL_ARTICLE = Coming("the full article", "loading the full article…",
                      "Quotes come with the full article…", "People come with the full article…")


class Opening:
    """The opening shown, if one is, and its swap for the whole."""

    def __init__(self, screen: ReadingScreen) -> None:
        self.screen = screen
        self.shown: Article | None = None  # while its whole is to come
        self._last: Article | None = None  # the last opening shown, whole come or not
        self._waiting: Callable[[], object] | None = None  # a key pressed for the whole
        # what is loading is a feed entry's page, its own text shown while it comes (its
        # "opening": ``reader.ui.jobs.stand_in``), not a long text's first pages
        self.stand_in: StandIn | None = None

    @property
    def standing(self) -> bool:
        """What is loading is a feed entry's page, its own text standing in meanwhile."""
        return self.stand_in is not None

    def begin(self, document: object | None) -> None:
        """A new load begins, of ``document`` (or a source fetched): no opening shows."""
        self.forget()
        self.stand_in = getattr(document, "stand_in", None)

    @property
    def words(self) -> Coming:
        """What is said while the whole of this load is to come (a feed entry's page: the
        full article; a book: the rest)."""
        return FULL_ARTICLE if self.standing else REST

    @property
    def still_coming(self) -> str:
        """The status line's word while an opening shows ("" once the whole has come)."""
        return self.words.position if self.pending else ""

    @property
    def pending(self) -> bool:
        """An opening is on screen, its whole still to come."""
        return self.shown is not None and self.screen.article is self.shown

    def forget(self) -> None:
        """The whole will not come (it failed, or another article is opened)."""
        self.shown = None
        self._waiting = None

    def wait(self, what: str, run: Callable[[], object]) -> bool:
        """While an opening shows, the command ``what`` (one that needs the whole text) is
        ``run`` once the whole has come, in place of any command waiting before: True. False
        when no opening shows (run it now)."""
        if not self.pending:
            return False
        self._waiting = run
        self.screen.notify(f"Still loading {self.words.rest}: {_NAMES.get(what, what)} "
                           "follows when it comes.", timeout=3)
        return True

    def is_opening(self, article: Article) -> bool:
        """``article`` is a long text's opening (never kept: not in the history, not in the
        library)."""
        return article is self._last

    def take(self, article: Article, early: EarlyLoad | None) -> bool:
        """Show ``article`` if it is a long text's opening (then wait for the whole) or the
        whole of the opening shown; False for any other article (the screen shows it)."""
        screen = self.screen
        if self.pending:
            self._show_whole(article)
            return True
        self.shown = None
        if early is None or not early.more:
            return False
        screen.show_article(article, opening=True)
        self.shown = self._last = article
        screen.load_rest()
        return True

    def show_first(
        self, cancelled: threading.Event, article: Article, layout: Layout | None
    ) -> None:
        """The load worker (no early load: ``o``, or a system that cannot fork) cleaned a long
        text's opening; its whole comes as the worker's result. Shown unless the load was
        cancelled or another began."""
        if cancelled.is_set() or not self.screen.is_loading or not self.screen.is_running:
            return  # (is_running: the app quits, the screen's widgets are going)
        self.screen.show_article(article, opening=True, layout=layout)
        self.shown = self._last = article
        if self.standing:  # (the reader reads the entry now)
            from reader.ui.feeds import entry_shown

            entry_shown(self.screen.reader, article.source or "")

    def stop(self) -> bool:
        """Esc while a feed entry's own text stands in for its page: the page's fetch stops,
        and the text stays, a whole (kept, its people found), its note saying the full
        article was not loaded. False when no such text shows."""
        screen, stand_in, shown = self.screen, self.stand_in, self.shown
        if stand_in is None or shown is None or not self.pending:
            return False
        from reader.article.attached import renote

        screen.stop_load()
        self._show_whole(renote(shown, stand_in.loading, stand_in.cancelled))
        screen.notify("Stopped loading the full article: the text the feed gave stays.",
                      title="Cancelled")
        return True

    def _show_whole(self, article: Article) -> None:
        """The whole replaces the opening, at the place the reader had reached."""
        screen = self.screen
        body = screen.body
        opening, self.shown = self.shown, None
        top = body.top_offset()
        in_head = top == 0 and body.scroll_y > 0  # (the title block: the same rows)
        header_y = body.scroll_y
        screen.present(article)
        if in_head:
            body.scroll_to(y=header_y, animate=False, immediate=True)
        elif top and opening is not None:
            place = same_place(opening.text, article.text, top, near=not self.standing)
            body.scroll_to_offset(place, center=False)
        screen.after_shown(article)
        if in_head or top:  # the reader moved: the place saved last time is not jumped to
            screen.keeper.opened_elsewhere()
        waiting, self._waiting = self._waiting, None
        if waiting is not None:
            screen.call_after_refresh(waiting)


def same_place(opening: str, whole: str, offset: int, near: bool = True) -> int:
    """Where the opening's ``offset`` stands in the whole text: the same offset when the
    whole has the same words there (as it does but for rare differences), else the nearest
    place with the words that follow it, else the offset itself. Not ``near`` (a page after
    its feed's text: another text, which may have the same words elsewhere): the words
    anywhere, else the top."""
    anchor = opening[offset : offset + _ANCHOR]
    if not anchor.strip() or whole.startswith(anchor, offset):
        return offset
    reach = 20 * _ANCHOR
    found = [
        place
        for place in (whole.find(anchor, offset, offset + reach),
                      whole.rfind(anchor, max(0, offset - reach), offset + len(anchor)))
        if place >= 0
    ]
    if found:
        return min(found, key=lambda place: abs(place - offset))
    return offset if near else max(0, whole.find(anchor))


def needs_whole(action: A) -> A:
    """Decorates a reading screen action that needs a long text's whole (``bottom``,
    ``search``, ``bookmark``, ``go('outline')``, ``go('links')``): pressed while only the
    opening shows, it runs once the whole has come (:meth:`Opening.wait`). An action stays
    as it was, called at once or awaited, when no opening shows."""

    def waits(screen: ReadingScreen, run: Callable[..., object], *args: object) -> bool:
        what = str(args[0]) if args else action.__name__.removeprefix("action_")
        return what in NEEDS_WHOLE and screen.opening.wait(what, partial(run, screen, *args))

    if inspect.iscoroutinefunction(action):

        @wraps(action)
        async def run_later(screen: ReadingScreen, *args: object) -> None:
            if not waits(screen, run_later, *args):
                await action(screen, *args)

        return cast("A", run_later)

    @wraps(action)
    def run(screen: ReadingScreen, *args: object) -> None:
        if not waits(screen, run, *args):
            action(screen, *args)

    return cast("A", run)
