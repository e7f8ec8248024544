"""The bookmarks screen (``B``): every kept quote with its article and speaker.

Search, open the article at the quote (enter), edit the note (``e``), delete (``d``) and
undo (``u``).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, ClassVar

from rich.text import Text

from reader.core.errors import StoreError
from reader.core.quoting import unquoted
from reader.core.sanitize import clean_line, clean_shown
from reader.store import Bookmark
from reader.ui import commands
from reader.ui.screens.library import PAGE, ListScreen
from reader.ui.screens.note import NoteDialog

if TYPE_CHECKING:
    from reader.store import Store

QUOTE_CHARS = 300  # (a note too: the user's, kept whole, shown so far)
NAME_CHARS = 80  # a speaker's or an article title's characters shown (a page's may be any)


class BookmarksScreen(ListScreen[Bookmark | None]):
    """Kept quotes, newest first; dismisses with the bookmark to open."""

    TITLE_TEXT = "Bookmarks"
    PLACEHOLDER = "Search quotes, notes, titles, speakers"
    EMPTY = "No bookmarks yet: press {bookmark} on a quote or a paragraph to keep it."
    COMMAND_SCREENS: ClassVar[tuple[str, ...]] = ("lists", "bookmarks")
    BINDINGS: ClassVar = commands.bindings(commands.for_screen("bookmarks"))  # (and the lists')
    SHOWN_BY: ClassVar[tuple[str, ...]] = ("bookmarks",)
    ENTER = "open at the quote"

    def fetch(self, store: Store, query: str) -> Sequence[object]:
        return store.list_bookmarks(query or None, limit=PAGE)

    def fetch_more(self, store: Store, query: str, offset: int) -> Sequence[object]:
        return () if query else store.list_bookmarks(limit=PAGE, offset=offset)

    def count_text(self, count: int, query: str) -> str:
        if query:
            return f"{count} found"
        total = self.store.count_bookmarks() if self.store is not None else count
        return f"{total} bookmark" if total == 1 else f"{total} bookmarks"

    def draw(self, item: object, query: str) -> Text:
        assert isinstance(item, Bookmark)
        style = self.item_list.style_of
        # (cleaned again here: a database from elsewhere may hold anything)
        quote = clean_shown(unquoted(clean_line(item.text)), QUOTE_CHARS)
        text = Text(f"“{quote}”", style=style("quote"))
        if item.speaker:
            text.append(f" — {clean_shown(item.speaker, NAME_CHARS)}", style=style("accent"))
        text.append("\n")
        text.append(clean_shown(item.title or item.article_key, NAME_CHARS), style=style("title"))
        text.append(f" · {clean_shown(item.created[:10])}", style=style("muted"))
        if item.note:
            text.append("\n")
            text.append(f"Note: {clean_shown(item.note, QUOTE_CHARS)}", style=style("note"))
        return text

    def result_for(self, item: object) -> Bookmark | None:
        assert isinstance(item, Bookmark)
        return item

    def action_delete(self) -> None:
        """Delete the highlighted bookmark; ``u`` restores it."""
        mark = self.current
        store = self.store
        if not isinstance(mark, Bookmark) or store is None or mark.id is None:
            return
        try:
            deleted = store.delete_bookmark(mark.id)
        except StoreError as error:
            self.notify(str(error), severity="error")
            return
        if deleted is not None:
            self.remember_undo(lambda: store.restore_bookmark(deleted))
        self.reload(keep=self.item_list.highlighted)
        self.notify(f"Bookmark deleted. Press {self.undo_key} to undo.")

    def action_edit_note(self) -> None:
        """Change the highlighted bookmark's note."""
        mark = self.current
        store = self.store
        if not isinstance(mark, Bookmark) or store is None or mark.id is None:
            return
        bookmark_id = mark.id

        def save(note: str | None) -> None:
            if note is None:
                return
            try:
                store.update_note(bookmark_id, note)
            except StoreError as error:
                self.notify(str(error), severity="error")
                return
            self.reload(keep=self.item_list.highlighted)
            self.notify("Note saved.")

        self.app.push_screen(NoteDialog(mark.text, note=mark.note, title="Edit the note",
                                         quoted=mark.speaker is not None), save)
