"""A feed entry's own text, standing in for its page while the page loads.

Opening an entry fetches its page. Should that take longer than :data:`SHOW_AFTER` seconds
(a slow or stalled server: the fetch may wait 30 s), the text its feed gave is handed on
meanwhile, a note atop it saying that the full article is loading; the reading screen shows
it as it shows a book's opening (``screen.opening``), and the page takes its place once it
comes. A page that comes sooner is shown alone (no flash of the summary before it).

A page that cannot be loaded leaves the feed's text under a note saying so (raised as
:class:`FellBack`, so that the library's saved copy of the page still goes first); a page
that is audio or video (``IsMedia``) leaves it with the file a line atop it. Esc while it
stands in stops the fetch: the text stays, its note saying the full article was not loaded
(``reader.ui.screens.opening``).
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from contextlib import suppress
from dataclasses import dataclass
from typing import TYPE_CHECKING

from reader.core.errors import IsMedia, LoadError

if TYPE_CHECKING:
    from reader.article.enclosures import Enclosure
    from reader.article.model import Article
    from reader.sources.load import RawDocument

SHOW_AFTER = 0.5  # seconds a page may take before its feed's text is shown in its place


@dataclass(frozen=True)
class StandIn:
    """An entry's own text (``document``), and the note atop it while its page is
    ``loading``, once its page has ``failed`` and once its fetch was ``cancelled``."""

    document: RawDocument
    loading: str
    failed: str
    cancelled: str


class FellBack(LoadError):
    """The page could not be loaded (``message`` says why); ``article`` is its feed's text
    to show in its place."""

    def __init__(self, message: str, article: Article) -> None:
        super().__init__(message)
        self.article = article


class _Own:
    """The entry's own text as an article: read once, by whichever thread asks first
    (None if it has no text)."""

    def __init__(self, read: Callable[[], Article], document: RawDocument, source: str) -> None:
        self._read = read
        self._document = document
        self._source = source
        self._lock = threading.Lock()
        self._done = False
        self._article: Article | None = None

    def article(self) -> Article | None:
        with self._lock:
            if not self._done:
                self._done = True
                with suppress(LoadError):  # (no article in it: none to stand in)
                    self._article = self._read()
            return self._article

    def or_lines(self) -> Article:
        """Its article, or one of no text (its title alone: the lines atop it come)."""
        found = self.article()
        if found is not None:
            return found
        from reader.article.model import build_article

        own = self._document
        return build_article(title=own.title or "Untitled", blocks=(), source=self._source,
                             url=own.url)


def load_standing(
    source: str, stand_in: StandIn, enclosures: Sequence[Enclosure],
    load_page: Callable[[], Article], read_own: Callable[[], Article],
    opened: Callable[[Article, float], object] | None,
) -> Article:
    """``load_page()``, the entry's enclosures atop it; ``opened(article, words)`` gets the
    entry's own text (``read_own()``) if the page has not come within :data:`SHOW_AFTER`.
    Raises :class:`FellBack` for a page that cannot be loaded, ``IsMedia`` (its
    ``article`` set) for one that is audio or video, ``LoadCancelled``/``Cancelled``."""
    from reader.article.attached import attach
    from reader.article.enclosures import Enclosure, media_type
    from reader.sources.limits import LoadCancelled

    own = _Own(read_own, stand_in.document, source)

    def show() -> None:
        article = own.article()
        if article is not None and opened is not None:
            with suppress(RuntimeError):  # (the app has gone)
                opened(attach(article, enclosures, stand_in.loading), len(article.text.split()))

    timer = threading.Timer(SHOW_AFTER, show)
    timer.daemon = True
    if opened is not None:  # (read now, beside the fetch: ready when it is to be shown)
        threading.Thread(target=own.article, name="reader-stand-in", daemon=True).start()
        timer.start()
    try:
        return attach(load_page(), enclosures)
    except IsMedia as media:
        played = Enclosure(source, media_type(media.mime))
        media.article = attach(own.or_lines(), (*enclosures, played))
        raise
    except LoadCancelled:
        raise
    except LoadError as error:
        raise FellBack(error.message, attach(own.or_lines(), enclosures, stand_in.failed)
                       ) from None
    finally:
        timer.cancel()


__all__ = ["SHOW_AFTER", "FellBack", "StandIn", "load_standing"]
