"""The article's links on a reading screen: drawn as links in the body (real terminal
hyperlinks only for clean http(s) addresses), listed by ``f`` (numbered, in reading order),
and followed in the reader itself, opened in the system browser, or copied.

Footnote references (``[1]``) are drawn and listed with the links; following one puts its
note in view, and backspace (``go('back')``) returns to where the reference was read. A link
to a part of the article itself (its address with a ``#fragment`` naming a heading) goes to
that heading the same way, and an article opened from an address with a fragment opens there.

Composed on the reading screen as ``screen.links``; ``go('links')`` runs :meth:`Links.show`.
"""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from reader.article.anchors import fragment_of, heading_for, same_page
from reader.article.footnotes import Footnote, footnotes
from reader.core.sanitize import clean_shown
from reader.ui import commands
from reader.ui.screens.travel import hand_to_browser, safe_web_address

if TYPE_CHECKING:
    from reader.article.block import Block
    from reader.article.model import Article, Link
    from reader.ui.screens.reading import ReadingScreen
    from reader.ui.widgets.link_list import Listed


def link_targets(
    article: Article | None, notes: tuple[Footnote, ...] = ()
) -> list[tuple[int, int, str | None]]:
    """Each link's span in the text and its address if it is a clean http(s) one (what the
    terminal may be given as a hyperlink), else None; footnote references too (None)."""
    if article is None:
        return []
    found: list[tuple[int, int, str | None]] = [
        (link.start, link.end, safe_web_address(link.href)) for link in article.links
        if link.end > link.start
    ]
    return found + [(note.start, note.end, None) for note in notes]


MAX_REMEMBERED = 60  # articles whose link chosen last is remembered


def _key(article: Article) -> tuple[int, str]:
    return len(article.text), article.source or article.url or article.title


class Links:
    """The links of the article on one reading screen."""

    def __init__(self, screen: ReadingScreen) -> None:
        self.screen = screen
        self.notes: tuple[Footnote, ...] = ()
        # (top offset, the reference's span or None) left for a note, a heading or a panel's
        # passage: backspace returns
        self.came_from: list[tuple[int, tuple[int, int] | None]] = []
        # where each article's link chosen last starts (by its text's length and source):
        # ``f`` opens there again, after coming back from it
        self._last: dict[tuple[int, str], int] = {}

    def shown(self, article: Article) -> None:
        """A new article is on screen: find its footnotes, draw its links; opened from an
        address whose fragment names a heading, go there once drawn (not to where reading
        stopped)."""
        self.notes = footnotes(article)
        self.came_from.clear()
        self.screen.body.set_links(link_targets(article, self.notes))
        heading = heading_for(article, fragment_of(article.source))
        if heading is not None:
            self.screen.keeper.opened_elsewhere()
            self.screen.body.when_drawn(partial(self._open_at, heading))

    def _open_at(self, heading: Block) -> None:
        self.screen.body.scroll_to_offset(heading.start, center=False)
        self.screen.body.flash(heading.start, heading.end)

    def can(self) -> bool:
        """The article shown has links (or footnotes)."""
        screen = self.screen
        return screen.has_article and screen.article is not None and bool(
            screen.article.links or self.notes)

    def show(self) -> None:
        """Open the list of links."""
        article = self.screen.article
        if not self.can() or article is None:
            self.screen.notify("This article has no links.")
            return
        from reader.ui.screens.link_screen import LinksScreen, listed  # (when first asked)

        items = listed(article, self.notes)
        last = self._last.get(_key(article))
        start = next((i for i, item in enumerate(items) if item.start == last), 0)
        self.screen.app.push_screen(LinksScreen(items, article.text, start=start),
                                    partial(self.chosen, _key(article)))

    def chosen(self, key: tuple[int, str], result: tuple[str, Listed] | None) -> None:
        """What the list was closed with: follow, open in the browser, or copy a link."""
        if result is None:
            return
        what, link = result
        self._last[key] = link.start
        if len(self._last) > MAX_REMEMBERED:  # (the oldest first)
            del self._last[next(iter(self._last))]
        if isinstance(link, Footnote):
            if what == "follow":
                self.to_note(link)
            else:
                follow = commands.key("links_follow")  # (the user's, if remapped)
                self.screen.notify(f"A footnote has no address: {follow} goes to its note.")
        elif what == "follow":
            self.follow(link)
        elif what == "browser":
            self.open_in_browser(link)
        elif what == "copy":
            self.copy(link)

    def to_note(self, note: Footnote) -> None:
        """Put a footnote's note in view; backspace comes back to the reference."""
        text = self.screen.article.text if self.screen.article is not None else ""
        line_end = text.find("\n", note.note)
        self._jump((note.start, note.end), note.note,
                   min(note.note + 200, line_end if line_end >= 0 else len(text)))

    def remember(self, origin: tuple[int, int] | None = None) -> None:
        """Before a jump within the text: backspace comes back to the place in view (and
        flashes ``origin``, the span jumped from, if any)."""
        self.came_from.append((self.screen.body.top_offset(), origin))
        del self.came_from[:-100]
        self.screen.refresh_bindings()  # (back is offered)

    def _jump(self, origin: tuple[int, int], start: int, end: int) -> None:
        """Show ``start:end`` of the text; backspace comes back to ``origin`` (a span)."""
        body = self.screen.body
        self.remember(origin)
        body.scroll_to_offset(start)
        body.flash(start, end)

    def back_from_note(self) -> bool:
        """Return to the place a footnote, a heading or a panel's passage was jumped to
        from; False if none."""
        if not self.came_from:
            return False
        offset, origin = self.came_from.pop()
        body = self.screen.body
        if offset <= 0:
            body.scroll_to(y=0, animate=False, immediate=True)
        else:
            body.scroll_to_offset(offset, center=False)
        if origin is not None:
            body.flash(*origin)
        self.screen.refresh_bindings()
        return True

    def follow(self, link: Link) -> None:
        """Open an http(s) link in the reader (the history remembers this article); a link to
        a heading of this article goes there instead, and one to an audio or video file (by
        its address, or the type its feed gave) to the system's player."""
        article = self.screen.article
        fragment = fragment_of(link.href)
        if article is not None and fragment and same_page(link.href, article):
            heading = heading_for(article, fragment)
            if heading is None:
                self.screen.notify(f"No heading of this article is #{clean_shown(fragment, 60)}.",
                                   title="Not found")
            else:
                self._jump((link.start, link.end), heading.start, heading.end)
            return
        url = safe_web_address(link.href)
        if url is None:
            kind = "An e-mail address" if link.href.lower().startswith("mailto:") else (
                "This link")
            self.screen.notify(
                f"{kind} is not opened in the reader: {clean_shown(link.href, 80)} "
                "(y in the links list copies it).", title="Not followed")
            return
        from reader.article.enclosures import played  # (not on the first frame's path)

        media = played(url, article.enclosures if article is not None else ())
        if media is not None:  # (an episode's audio, a video: the system's player, not a page;
            # a video's page: the browser)
            hand_to_browser(self.screen, url, "links_copy", " in the links list",
                            played="" if media.is_page else media.name or "the file")
            return
        self.screen.open_source(url)

    def open_in_browser(self, link: Link) -> None:
        """Hand a clean http(s) link to the system browser."""
        url = safe_web_address(link.href)
        if url is None:
            self.screen.notify("Only http and https links open in the browser.")
            return
        hand_to_browser(self.screen, url, "links_copy", " in the links list")

    def copy(self, link: Link) -> None:
        """Copy the link's address (a mailto: too), control characters out."""
        address = clean_shown(link.href, 2000)
        if not address or address != link.href:
            self.screen.notify("This link's address is not safe to copy.")
            return
        self.screen.app.copy_to_clipboard(address)
        self.screen.notify(clean_shown(address, 80), title="Copied")
