"""A load that failed, on the reading screen: what is shown instead and what is said.

In this order: the library's copy of the page (offline?); an audio or video answer (a link
whose address said nothing of it) handed to the system's player, a feed entry's own text
shown with the file a line atop it; a feed entry's own text in its failed page's place (over
the text that stood in while the page loaded, at the reader's place); else the sentence
that says what went wrong.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from reader.core.errors import IsMedia
from reader.core.sanitize import clean_shown
from reader.core.web_address import safe_web_address
from reader.ui.jobs.loading import Cancelled
from reader.ui.jobs.stand_in import FellBack
from reader.ui.screens.loading_steps import COULD_NOT_OPEN, error_sentence
from reader.ui.screens.travel import hand_to_browser

if TYPE_CHECKING:
    from textual.worker import Worker

    from reader.article.model import Article
    from reader.ui.screens.reading import ReadingScreen


class LoadFailure:
    """One failed load of ``screen``'s ``loading_source``."""

    def __init__(self, screen: ReadingScreen, worker: Worker[object]) -> None:
        self.screen = screen
        self.error = worker.error
        self.source = screen.loading_source
        media = isinstance(self.error, IsMedia)
        self.saved = None if media else screen.keeper.saved_copy(worker)
        instead = getattr(self.error, "article", None) if media or isinstance(
            self.error, FellBack) else None
        self.instead: Article | None = instead  # (an Article, set by the load)

    def show(self) -> None:
        """Put the saved copy or the entry's own text on screen, if there is one (before the
        load is forgotten: the text standing in is taken over where the reader is)."""
        screen = self.screen
        if self.saved is not None:
            screen.show_article(self.saved)
            screen.notify("Showing the copy saved in the library.", title="Saved copy")
        elif self.instead is not None and not screen.opening.take(self.instead, None):
            screen.show_article(self.instead)

    def tell(self) -> str | None:
        """Say what happened (once :meth:`show` ran); the sentence for the error view when
        nothing is shown, else None."""
        screen, error = self.screen, self.error
        if isinstance(error, Cancelled):
            return None
        url = safe_web_address(self.source) if isinstance(error, IsMedia) else None
        if isinstance(error, IsMedia) and url is not None:
            return self._play(url, error.mime)
        message = screen.feed_offer.failed(error, self.source) or (
            error_sentence(error, self.source or "the source"))
        if self.instead is not None and self.saved is None:
            screen.notify(f"{message} Showing the text its feed gave.",
                          title=COULD_NOT_OPEN, severity="warning", timeout=8)
            return None
        screen.notify(message, title=COULD_NOT_OPEN, severity="error", timeout=8)
        return message

    def _play(self, url: str, mime: str) -> str:
        """Hand ``url`` (audio or video, by its answer) to the system's player, as a known
        media link is; the sentence for the error view if nothing is shown."""
        from reader.article.enclosures import Enclosure, media_type

        article = self.screen.article
        listed = article is not None and any(link.href == url for link in article.links)
        name = Enclosure(url, media_type(mime)).name or "the file"
        hand_to_browser(self.screen, url, "links_copy" if listed else "",
                        " in the links list", played=name)
        return f"{clean_shown(name, 80)} is played by your player, not read here."


__all__ = ["LoadFailure"]
