"""Moving between articles on a reading screen: the history (``backspace`` back, ``]``
forward, each at the exact place it was left), the article's address (open it in the
system browser, copy it), articles opened from the library by id (``library:ID``), and the
note for a multi-page article joined into one.

Composed on the reading screen as ``screen.travel``; the screen's ``go`` action runs
:meth:`Travel.run`. The history lasts while the app runs; the command palette lists it
(:class:`HistoryProvider`).
"""

from __future__ import annotations

from contextlib import suppress
from dataclasses import dataclass
from functools import partial
from typing import TYPE_CHECKING

from textual.command import DiscoveryHit, Hit, Hits, Provider
from textual.content import Content

from reader.core.errors import LoadError
from reader.core.lazy import lazy_re
from reader.core.sanitize import clean_shown
from reader.core.web_address import safe_web_address
from reader.ui import commands

if TYPE_CHECKING:
    from collections.abc import Callable

    from reader.article.model import Article
    from reader.ui.screens.reading import ReadingScreen

MAX_HISTORY = 30  # articles kept each way (in memory: a book is megabytes); oldest go
LIBRARY_PREFIX = "library:"
_LIBRARY_ID = lazy_re(r"^library:(\d{1,18})$")


@dataclass(frozen=True)
class Place:
    """An article left, and the character offset that was at the top of the view."""

    article: Article
    offset: int

    @property
    def title(self) -> str:
        """The article's title, one clean line."""
        return clean_shown(self.article.title or self.article.site or "Untitled", 80)


def web_address(article: Article | None) -> str | None:
    """The article's http(s) address, if it has a safe one: no control characters, spaces
    or invisible characters, a host, at most 2,000 characters."""
    if article is None:
        return None
    for candidate in (article.url, article.source):
        if candidate and safe_web_address(candidate):
            return candidate
    return None


def open_in_browser(url: str) -> bool:
    """Hand ``url`` to the system browser (Python's ``webbrowser``: no shell); False if no
    browser took it."""
    import webbrowser

    try:
        return bool(webbrowser.open(url, new=2))
    except (webbrowser.Error, OSError):
        return False


def hand_to_browser(screen: ReadingScreen, url: str, copy: str, where: str = "",
                    played: str = "") -> None:
    """Open ``url`` in the system browser (in a worker: it may take a while), then say so,
    or that no browser took it and that the command ``copy`` (run ``where``; "": none)
    copies it. ``played``: the name of the audio or video file ``url`` is, which the system
    hands to its player ("Opening episode.mp3 in your player.")."""
    shown = clean_shown(played or url, 80)
    key = commands.BY_ID[copy].first_key if copy else ""  # (the user's, if remapped)
    program = "player" if played else "browser"
    copies = f"; {key}{where} copies the address" if copy else ""

    def told(opened: bool) -> None:
        if opened:
            screen.notify(f"Opening {shown} in {'your' if played else 'the'} {program}.",
                          title=program.capitalize())
        else:
            screen.notify(f"No {program} to open {shown}{copies}.",
                          title=f"No {program}", severity="warning", timeout=8)

    def job() -> None:
        opened = open_in_browser(url)
        with suppress(RuntimeError):  # (the app has gone)
            screen.app.call_from_thread(told, opened)

    screen.run_worker(job, thread=True, group="browser", exit_on_error=False,
                      description="open the browser")


class Travel:
    """The history of one reading screen, and what is done with an article's address."""

    def __init__(self, screen: ReadingScreen) -> None:
        self.screen = screen
        self.back: list[Place] = []
        self.forward: list[Place] = []
        self._moving = False  # a step through the history is showing its article
        self._joined = 0  # pages joined into the article loading, told once it is shown
        self._pages: dict[str, int] = {}  # a joined article's source -> its pages

    # -- the history ------------------------------------------------------------------

    def here(self) -> Place | None:
        """The article shown and the offset at the top of the view."""
        screen = self.screen
        if not screen.has_article or screen.article is None:
            return None
        return Place(screen.article, screen.body.top_offset())

    def before_show(self, article: Article) -> None:
        """``article`` is about to be shown (opened from the library, a bookmark, ``o``, a
        link): the one shown now goes on the history; the way forward is forgotten."""
        self._tell_pages(article)
        if self._moving:
            return
        place = self.here()
        if place is None or place.article is article or place.article.text == article.text:
            return
        if self.screen.opening.is_opening(place.article):
            return  # (a book left before its whole came: only its first pages are here)
        self.back.append(place)
        del self.back[:-MAX_HISTORY]
        self.forward.clear()

    def _tell_pages(self, article: Article) -> None:
        """The status line says how many pages were joined into ``article``, and nothing of
        the article it leaves (a page of its own after a joined one)."""
        pages, self._joined = self._joined, 0
        if pages and article.source:
            self._pages[article.source] = pages
            if len(self._pages) > 2 * MAX_HISTORY:  # (the oldest, long off the history)
                del self._pages[next(iter(self._pages))]
        pages = self._pages.get(article.source or "", 0)
        self.screen.set_status_right(f"{pages} pages joined" if pages > 1 else "")

    def can(self, what: str) -> bool:
        """Whether :meth:`run` can do ``what`` now."""
        if what == "back":  # (from a footnote's note to its reference, first)
            return bool(self.back or self.screen.links.came_from)
        if what == "forward":
            return bool(self.forward)
        if what in ("browser", "copy_address"):  # (no address: they say so, not nothing)
            return self.screen.has_article
        if what == "links":
            return self.screen.links.can()
        return what == "outline" and self.screen.has_article

    async def run(self, what: str) -> None:
        """One of the commands: back, forward, browser, copy_address, outline, links."""
        if what == "back":  # (while loading, not within the hidden article: away from it)
            if self.screen.is_loading or not self.screen.links.back_from_note():
                self.step(-1)
        elif what == "forward":
            self.step(1)
        elif what == "browser":
            self.open_in_browser()
        elif what == "copy_address":
            self.copy_address()
        elif what == "outline":
            await self.screen.outline.toggle()
        elif what == "links":
            self.screen.links.show()

    def step(self, steps: int) -> bool:
        """Go ``steps`` back (negative) or forward through the history; False if there is
        nothing that far."""
        older, newer = (self.back, self.forward) if steps < 0 else (self.forward, self.back)
        count = abs(steps)
        if not count or count > len(older):
            if not older:
                self.screen.notify("Nothing to go back to." if steps < 0 else
                                   "Nothing to go forward to.")
            return False
        here = self.here()
        if here is not None and not self.screen.opening.is_opening(here.article):
            newer.append(here)  # (a book left before its whole came: only its first pages)
        for _ in range(count - 1):  # the places stepped over
            newer.append(older.pop())
        place = older.pop()
        self.screen.cancel_loading()
        self.screen.stop_load()  # (a book's rest still coming, its opening shown)
        self._moving = True
        try:
            self.screen.show_article(place.article)
        finally:
            self._moving = False
        self._go_to(place.article, place.offset)
        self.screen.refresh_bindings()
        return True

    def _go_to(self, article: Article, offset: int) -> None:
        """Put ``offset`` at the top of the view: now (or once laid out), and again once the
        article is drawn and its saved place looked up."""
        screen = self.screen
        body = screen.body

        def scroll() -> None:
            if screen.article is not article:
                return
            if offset <= 0:
                body.scroll_to(y=0, animate=False, immediate=True)
            else:
                body.scroll_to_offset(offset, center=False)

        scroll()
        body.when_drawn(lambda: screen.call_after_refresh(scroll))
        screen.set_timer(0.3, scroll)  # after the library's saved place, if it came later

    # -- the article's address --------------------------------------------------------

    def open_in_browser(self) -> None:
        """Open the article's web address in the system browser."""
        url = web_address(self.screen.article)
        if url is None:
            self.screen.notify("This article has no web address to open.")
            return
        hand_to_browser(self.screen, url, "copy_address")

    def copy_address(self) -> None:
        """Copy the article's web address to the clipboard (OSC 52)."""
        url = web_address(self.screen.article)
        if url is None:
            self.screen.notify("This article has no web address to copy.")
            return
        self.screen.app.copy_to_clipboard(url)
        self.screen.notify(clean_shown(url, 80), title="Copied")

    # -- opening from the library, joined pages ---------------------------------------

    def stored(self, source: str) -> Callable[[], Article] | None:
        """For ``library:ID``: what reads that article back from the library (in the load
        worker: a book takes half a second; raises ``ReaderError`` if it is not there);
        None for any other source."""
        if not source.startswith(LIBRARY_PREFIX):
            return None
        found = _LIBRARY_ID.match(source.strip())
        store = self.screen.reader.library.store
        missing = f"No article {clean_shown(source[len(LIBRARY_PREFIX):], 40)} in the library."

        def read() -> Article:
            article = store.get_article(int(found.group(1))) if found and store else None
            if article is None:  # (StoreError: a ReaderError, with its own sentence)
                raise LoadError(missing)
            return article

        return read

    def joined_from_thread(self, pages: int) -> None:
        """From the loading worker: the article was joined from ``pages`` pages."""
        with suppress(RuntimeError):  # (the app has gone)
            self.screen.app.call_from_thread(self.joined, pages)

    def joined(self, pages: int) -> None:
        """Say in the status line (and a note) that ``pages`` pages were joined (the status
        line says it again whenever that article is shown: see :meth:`before_show`)."""
        self._joined = pages
        if not self.screen.is_running:
            return  # (the app quits: the status line is gone)
        self.screen.set_status_right(f"{pages} pages joined")
        self.screen.notify(f"{pages} pages joined into one article.", title="Pages")


class HistoryProvider(Provider):
    """The command palette's view of the history: "Back to: <title>", "Forward to: …"."""

    def _places(self) -> list[tuple[str, int]]:
        travel = getattr(self.screen, "travel", None)  # (the palette over another screen)
        if not isinstance(travel, Travel):
            return []
        found = [(f"Back to: {place.title}", -index)
                 for index, place in enumerate(reversed(travel.back), 1)]
        found += [(f"Forward to: {place.title}", index)
                  for index, place in enumerate(reversed(travel.forward), 1)]
        return found

    def _go(self, steps: int) -> None:
        travel = getattr(self.screen, "travel", None)
        if isinstance(travel, Travel):
            travel.step(steps)

    async def discover(self) -> Hits:
        for label, steps in self._places():
            yield DiscoveryHit(Content(label), partial(self._go, steps), help="History")

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for label, steps in self._places():
            score = matcher.match(label)
            if score > 0:
                # (a title is text from the web: never markup, so not highlighted)
                yield Hit(score, Content(label), partial(self._go, steps), help="History")
