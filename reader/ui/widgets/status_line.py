"""The line over the body: the article's title and site, a slot for counts (a search's, a
person's mentions), a quiet note and the reading position. Every text in it is shown as it
is, never read as markup."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.cells import cell_len
from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.widgets import Label

from reader.ui.widgets.layout import left_words

if TYPE_CHECKING:
    from reader.article.model import Article
    from reader.ui.widgets.body import BodyView

POSITION_CELLS = 22  # the reading position's cells, about ("100% · 1 h 12 min left")


def status_title(article: Article | None) -> tuple[str, str]:
    """The title and site the status line shows for ``article`` (its site alone when it
    has no title; "Reader" for none), each on one line."""
    title = " ".join(article.title.split()) if article is not None else ""
    site = " ".join((article.site or "").split()) if article is not None else ""
    if not title:
        title, site = (site, "") if site else ("Reader", "")
    return title, site


class StatusLine(Horizontal):
    """Title and site at the left, counts, then the position at the right."""

    def compose(self) -> ComposeResult:
        yield Label("Reader", id="status-left", markup=False)
        yield Label("", id="status-right", markup=False)
        yield Label("", id="status-note")
        yield Label("", id="status-position")

    def say(self, text: str) -> None:
        """The left-hand slot says ``text``."""
        self._said = text
        self.query_one("#status-left", Label).update(text)

    def loading(self, text: str) -> None:
        """Say ``text`` while another source loads; the shown article's position is hidden
        (it is not the one loading) until a title is shown again (:meth:`show_title`)."""
        self.say(text)
        self.query_one("#status-position", Label).display = False
        self.note("")

    def show_title(self, article: Article | None) -> tuple[str, str]:
        """The article's title and site at the left (its site alone when it has no title,
        "Reader" for none), its position shown; returns them for the window's title."""
        title, site = status_title(article)
        self.say(f"{title} · {site}" if site else title)
        self.query_one("#status-position", Label).display = True
        self.note("")
        return title, site

    def note(self, text: str) -> None:
        """A quiet word on the shown article (its panels are empty) until the next title;
        left unsaid where it would cut the title short (said once the line has its width,
        if it has none yet: the first article's, at start)."""
        self._note = text
        self._show_note()

    def on_resize(self) -> None:
        self._show_note()

    def _show_note(self) -> None:
        text = getattr(self, "_note", "")
        room = self.size.width - cell_len(getattr(self, "_said", "")) - POSITION_CELLS
        if cell_len(text) + 2 > room:
            text = ""
        note = self.query_one("#status-note", Label)
        note.update(text)
        note.display = bool(text)

    def set_right(self, text: str) -> None:
        """The right-hand slot (search counts, a person's mentions)."""
        self.query_one("#status-right", Label).update(text)

    def show_position(self, article: Article | None, body: BodyView, *, coming: str = ""
                      ) -> None:
        """How far into ``article`` the ``body`` is, and the reading time (code: lines, a
        table: rows) left; while its whole text is still ``coming`` (a book's opening:
        "loading the rest…"), that."""
        label = self.query_one("#status-position", Label)
        if article is None or body.layout_rows is None or coming:
            label.update(coming)
            return
        percent = round(100 * body.progress())
        done = 1.0 if percent >= 100 else body.top_offset() / max(1, len(article.text))
        left = left_words(article, done)
        label.update(f"{percent}% · {left}" if left else f"{percent}% · end")
