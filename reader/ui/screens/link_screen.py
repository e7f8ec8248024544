"""The list of links over the reading screen (``f``): numbered, in reading order; imported
when first opened (the first frame does not draw it). See :mod:`reader.ui.screens.links`."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar, cast

from textual import events, on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Label

from reader.article.footnotes import Footnote
from reader.core.web_address import safe_web_address
from reader.ui import commands
from reader.ui.screens.leaving import dismiss_once
from reader.ui.stylesheets import stylesheet
from reader.ui.widgets.hints import Hints, hint_rows
from reader.ui.widgets.link_list import MAX_LISTED, LinkList, Listed

if TYPE_CHECKING:
    from reader.article.model import Article
    from reader.ui.app import ReaderApp

HINT = ("a number and {links_follow}, or {links_follow}: follow · {links_open} open… · "
        "{links_browser} browser · {links_copy} copy · {links_close} close")
"""The hint line, its keys named by command id (:func:`hint` names the user's keys)."""
CHROME = 7  # rows of the dialog besides the list and the hint: border, padding, title, gaps

def listed(article: Article, notes: tuple[Footnote, ...]) -> list[Listed]:
    """Links and footnote references, in reading order."""
    items: list[Listed] = [*article.links, *notes]
    items.sort(key=lambda item: item.start)
    return items


def hint() -> str:
    """The links list's hint line, with the user's keys."""
    return commands.keyed(HINT)


class LinksScreen(ModalScreen["tuple[str, Listed] | None"]):
    """The list of links over the reading screen; dismissed with (what, link) or None."""

    CSS_PATH: ClassVar = [stylesheet("dialogs")]
    BINDINGS: ClassVar = [Binding("escape", "close", "Close", show=False)]

    def __init__(self, links: list[Listed], text: str = "", start: int = 0) -> None:
        super().__init__()
        self.links = links
        self.text = text  # the article's: footnotes show their notes
        self.start = start  # the link highlighted first (the one chosen last)

    def compose(self) -> ComposeResult:
        count = len(self.links)
        title = f"Links ({count:,})" if count <= MAX_LISTED else (
            f"Links ({count:,}; the first {MAX_LISTED:,} listed)")
        with Vertical(id="links-dialog"):
            yield Label(title, id="links-title", markup=False)
            yield LinkList(self.links, text=self.text, id="links-list")
            yield Hints(hint(), id="links-hint")

    def on_resize(self, event: events.Resize) -> None:
        # The dialog is at most 90% of the screen and 95% (at most 100) of its width
        # (styles/dialogs.tcss): the list gets what the rest leaves, so the hint shows.
        width, height = event.size
        rows = len(hint_rows(hint(), min(100, width * 95 // 100) - 6))
        self.query_one(LinkList).styles.max_height = max(3, height * 9 // 10 - CHROME - rows)

    def on_mount(self) -> None:
        listed = self.query_one(LinkList)
        listed.focus()
        listed.highlighted = min(self.start, len(self.links) - 1) if self.links else 0

    @on(LinkList.Typed)
    def _typed(self, message: LinkList.Typed) -> None:
        typed, count = message.typed, len(self.links)
        said = hint()
        if typed and not 1 <= int(typed) <= count:  # (said now, not after enter)
            said = (f"No link {typed}: there {'is' if count == 1 else 'are'} {count:,} · "
                    + commands.key("links_erase"))
        elif typed:
            said = f"Link {typed} · {commands.key('links_follow')} follows it"
        self.query_one("#links-hint", Hints).set_hint(said)

    @on(LinkList.Chosen)
    def _chosen(self, message: LinkList.Chosen) -> None:
        if message.what == "open":
            self._ask(message.link)
        else:
            dismiss_once(self, (message.what, message.link))

    def _ask(self, link: Listed) -> None:
        """``o``, as on the reading screen: the open dialog, the link's address in it (a
        footnote's, or a link's that is not a clean web address: what was opened last);
        what it opens replaces the list, esc comes back to it."""
        from reader.ui.screens.open import OpenScreen

        app = cast("ReaderApp", self.app)
        address = None if isinstance(link, Footnote) else safe_web_address(link.href)

        def opened(value: str | None) -> None:
            if value:
                dismiss_once(self, None)
                app.open_typed(value)

        app.push_screen(OpenScreen(address or app.last_opened), opened)

    @on(LinkList.Closed)
    def _closed(self) -> None:
        dismiss_once(self, None)

    def action_close(self) -> None:
        """Close with nothing chosen."""
        dismiss_once(self, None)
