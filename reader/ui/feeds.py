"""The app's side of feeds: show the feeds screen, open the entry chosen there.

An entry opens through the reading screen's ``open_source(entry link)``: the engine
fetches and cleans the full article (not the feed's summary), and the reading screen saves
what it shows in the library. An entry with no link, or whose page cannot be fetched, is read
from the text its feed gave (its fullest: content:encoded, Atom content, content_html),
under a one-line note saying so when its page failed; while a slow page loads, that text is
shown under a note saying the full article is loading (``reader.ui.jobs.stand_in``; esc stops
that load, the note then says so). Its enclosures (a podcast's audio) are lines atop the
article, linked to their addresses (``reader.article.attached``).
The entry is marked read, and remembers its article's key, once its article is shown, or
its own text standing in for its page (a load cancelled before anything shows leaves it
unread); once only: marked unread meanwhile, it stays so.
"""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from reader.core.errors import StoreError
from reader.store.library import ENTRY_SCHEME

FEED_TEXT_NOTE = "The page could not be loaded: this is the text the feed gave."
LOADING_NOTE = "Loading the full article… this is the text the feed gave."
CANCELLED_NOTE = ("The full article was not loaded: this is the text the feed gave. Open "
                  "the entry again ({feeds}) to load it.")

if TYPE_CHECKING:
    from reader.sources.load import RawDocument
    from reader.store import Entry
    from reader.ui.app import ReaderApp


def show_feeds(app: ReaderApp) -> None:
    """Push the feeds screen (once); its chosen entry opens in the reading screen. After an
    entry was read, the screen opens at its feed's entries, the next one highlighted: a
    feed is read entry after entry with F and enter (esc goes up to every feed)."""
    from reader.ui.screens.feeds import EntriesScreen, FeedsScreen

    if isinstance(app.screen, (FeedsScreen, EntriesScreen)):
        return
    app.library.leave_lists()  # (from the library or the bookmarks: in their place)

    app.push_screen(FeedsScreen(resume=app.last_entry), partial(entry_chosen, app))


def entry_chosen(app: ReaderApp, entry: Entry | None) -> None:
    """An entry chosen on a feed's entries (from ``F``, or just subscribed): open it, and
    remember it (``F`` then opens at its feed's entries, the next one highlighted)."""
    if entry is not None:
        app.last_entry = entry
        open_entry(app, entry)


def entry_page_link(entry: Entry) -> str | None:
    """The page ``entry`` opens: its link, unless that is one of its enclosures (a podcast
    whose <link> is the episode's audio file: its show notes are the entry's own text)."""
    link = entry.link
    if link and any(enclosure.href == link for enclosure in entry.enclosures):
        return None
    return link


def open_entry(app: ReaderApp, entry: Entry) -> None:
    """Open ``entry``'s link as the full article (an entry without one, or whose page cannot
    be fetched: the text the feed gave, read as a page of its own, a note atop it saying
    so); its enclosures are lines atop the article, linked. It is marked read once shown
    (:func:`entry_shown`)."""
    from reader.ui.commands import keyed
    from reader.ui.jobs.loading import Attached
    from reader.ui.jobs.stand_in import StandIn
    from reader.ui.screens.feeds import NOTHING_TO_OPEN, has_something

    reading = app.reading
    if reading is None:
        return
    if not has_something(entry):
        app.notify(NOTHING_TO_OPEN, title="Feeds", severity="warning")
        return
    page = entry_page_link(entry)
    source = page or f"{ENTRY_SCHEME}{entry.id}"  # the library's key: the address
    app.entry_opening = (entry.id, source)
    store = app.store
    content = ""
    if store is not None:
        try:
            content = store.feeds.content(entry.id)
        except StoreError as error:
            app.notify(str(error), title="Feeds", severity="error")
    brought = entry.enclosures
    if page:  # (the text its feed gave, if any: while its page loads, or in its place)
        stand_in = None
        if entry.summary or content or brought:
            stand_in = StandIn(entry_document(entry, page, content), LOADING_NOTE,
                               FEED_TEXT_NOTE, keyed(CANCELLED_NOTE))
        reading.open_source(page, Attached(None, brought, stand_in=stand_in,
                                           author=entry.author, published=entry.published))
    else:
        own = entry_document(entry, source, content)
        reading.open_source(source, Attached(own, brought) if brought else own)


def entry_shown(app: ReaderApp, source: str) -> None:
    """The article of ``source`` is on screen: if it is the feed entry opened last, that
    entry is read now, and saved under that address."""
    opening, store = app.entry_opening, app.store
    if opening is None or opening[1] != source:
        return
    app.entry_opening = None
    if store is not None:
        try:
            store.feeds.opened(*opening)
        except StoreError as error:
            app.notify(str(error), title="Feeds", severity="error")


def entry_document(entry: Entry, source: str, content: str = "") -> RawDocument:
    """An entry as the feed gave it, a page of its own: its title, author and date, and its
    fullest text (``content``, HTML: lists and paragraphs kept; else its summary)."""
    from reader.core.file_types import FEED_ENTRY_TYPE
    from reader.feeds.entry_page import entry_page
    from reader.sources.load import RawDocument

    page = entry_page(content or entry.summary, author=entry.author,
                      published=entry.published, link=entry.link, markup=bool(content))
    return RawDocument(page, source, FEED_ENTRY_TYPE, title=entry.title or None)
