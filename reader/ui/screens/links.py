"""The article's links on a reading screen: drawn as links in the body (real terminal
hyperlinks only for clean http(s) addresses), listed by ``f`` (numbered, in reading order),
and followed in the reader itself, opened in the system browser, or copied.

Composed on the reading screen as ``screen.links``; ``go('links')`` runs :meth:`Links.show`.
"""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING, ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Label

from reader.core.sanitize import clean_shown
from reader.ui.screens.travel import open_in_browser, safe_web_address
from reader.ui.stylesheets import stylesheet
from reader.ui.widgets.link_list import MAX_LISTED, LinkList

if TYPE_CHECKING:
    from reader.article.model import Article, Link
    from reader.ui.screens.reading import ReadingScreen

HINT = "a number and enter, or enter: follow · o browser · y copy · esc close"


def link_targets(article: Article | None) -> list[tuple[int, int, str | None]]:
    """Each link's span in the text and its address if it is a clean http(s) one (what the
    terminal may be given as a hyperlink), else None."""
    if article is None:
        return []
    return [(link.start, link.end, safe_web_address(link.href)) for link in article.links
            if link.end > link.start]


class LinksScreen(ModalScreen["tuple[str, Link] | None"]):
    """The list of links over the reading screen; dismissed with (what, link) or None."""

    CSS_PATH: ClassVar = [stylesheet("dialogs")]
    BINDINGS: ClassVar = [Binding("escape", "close", "Close", show=False)]

    def __init__(self, links: tuple[Link, ...]) -> None:
        super().__init__()
        self.links = links

    def compose(self) -> ComposeResult:
        count = len(self.links)
        title = f"Links ({count:,})" if count <= MAX_LISTED else (
            f"Links ({count:,}; the first {MAX_LISTED:,} listed)")
        with Vertical(id="links-dialog"):
            yield Label(title, id="links-title", markup=False)
            yield LinkList(self.links, id="links-list")
            yield Label(HINT, id="links-hint", markup=False)

    def on_mount(self) -> None:
        listed = self.query_one(LinkList)
        listed.focus()
        listed.highlighted = 0

    @on(LinkList.Typed)
    def _typed(self, message: LinkList.Typed) -> None:
        hint = f"Link {message.typed} · enter follows it" if message.typed else HINT
        self.query_one("#links-hint", Label).update(hint)

    @on(LinkList.Chosen)
    def _chosen(self, message: LinkList.Chosen) -> None:
        self.dismiss((message.what, message.link))

    @on(LinkList.Closed)
    def _closed(self) -> None:
        self.dismiss(None)

    def action_close(self) -> None:
        """Close with nothing chosen."""
        self.dismiss(None)


class Links:
    """The links of the article on one reading screen."""

    def __init__(self, screen: ReadingScreen) -> None:
        self.screen = screen

    def shown(self, article: Article) -> None:
        """A new article is on screen: draw its links."""
        self.screen.body.set_links(link_targets(article))

    def can(self) -> bool:
        """The article shown has links."""
        screen = self.screen
        return screen.has_article and screen.article is not None and bool(screen.article.links)

    def show(self) -> None:
        """Open the list of links."""
        article = self.screen.article
        if not self.can() or article is None:
            self.screen.notify("This article has no links.")
            return
        self.screen.app.push_screen(LinksScreen(article.links), self.chosen)

    def chosen(self, result: tuple[str, Link] | None) -> None:
        """What the list was closed with: follow, open in the browser, or copy a link."""
        if result is None:
            return
        what, link = result
        if what == "follow":
            self.follow(link)
        elif what == "browser":
            self.open_in_browser(link)
        elif what == "copy":
            self.copy(link)

    def follow(self, link: Link) -> None:
        """Open an http(s) link in the reader (the history remembers this article)."""
        url = safe_web_address(link.href)
        if url is None:
            kind = "An e-mail address" if link.href.lower().startswith("mailto:") else (
                "This link")
            self.screen.notify(
                f"{kind} is not opened in the reader: {clean_shown(link.href, 80)} "
                "(y in the links list copies it).", title="Not followed")
            return
        self.screen.open_source(url)

    def open_in_browser(self, link: Link) -> None:
        """Hand a clean http(s) link to the system browser."""
        url = safe_web_address(link.href)
        if url is None:
            self.screen.notify("Only http and https links open in the browser.")
            return
        self.screen.run_worker(
            partial(open_in_browser, url), thread=True, group="browser",
            exit_on_error=False, description="open the browser",
        )
        self.screen.notify(f"Opening {clean_shown(url, 80)} in the browser.", title="Browser")

    def copy(self, link: Link) -> None:
        """Copy the link's address (a mailto: too), control characters out."""
        address = clean_shown(link.href, 2000)
        if not address or address != link.href:
            self.screen.notify("This link's address is not safe to copy.")
            return
        self.screen.app.copy_to_clipboard(address)
        self.screen.notify(f"Copied: {clean_shown(address, 80)}", title="Copied")
