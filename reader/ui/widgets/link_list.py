"""The list of an article's links, numbered in reading order, each with its address.

Typing digits picks a link by its number (enter follows it); the list posts
:class:`LinkList.Chosen` (follow, browser, copy) and :class:`LinkList.Closed`, and the
screen that holds it routes them. A page of thousands of links lists the first
:data:`MAX_LISTED`; a number past them still reaches its link.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar

from rich.text import Text
from textual import events
from textual.binding import BindingType
from textual.message import Message
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from reader.article.footnotes import Footnote
from reader.article.model import Link
from reader.core.sanitize import clean_shown
from reader.ui import commands
from reader.ui.widgets.panels import Barred, ItemOption

MAX_LISTED = 500  # options built at once; the rest are reached by their number
MAX_DIGITS = 7


Listed = Link | Footnote


def link_label(number: int, item: Listed, note: str = "") -> Text:
    """``12  The link's text`` over its address (a footnote: its note's opening words):
    plain text, never markup."""
    label = Text(no_wrap=False)
    label.append(f"{number:>4}  ", style="bold")
    label.append(clean_shown(item.text or "(no text)", 120))
    label.append("\n      ")
    if isinstance(item, Footnote):
        label.append(f"footnote: {clean_shown(note, 100)}", style="dim")
    else:
        label.append(clean_shown(item.href, 200), style="dim")
    return label


def _note(item: Listed, text: str) -> str:
    """A footnote's note, its first line (the article's ``text``); "" for a link."""
    if not isinstance(item, Footnote):
        return ""
    return text[item.note:item.note + 200].split("\n", 1)[0]


class LinkList(OptionList):
    """The article's links and footnotes; each option carries its :class:`Link` or
    :class:`Footnote`."""

    BINDINGS: ClassVar[list[BindingType]] = commands.bindings(
        commands.LINKS_LIST + commands.LIST_KEYS, keep_enter=True  # (links_follow remaps)
    )

    class Chosen(Message):
        """A link (or footnote) was chosen: ``what`` is "follow", "open" (the open dialog,
        its address in it), "browser" or "copy"."""

        def __init__(self, link: Listed, what: str) -> None:
            super().__init__()
            self.link = link
            self.what = what

    class Typed(Message):
        """The number typed so far changed ("" when erased)."""

        def __init__(self, typed: str) -> None:
            super().__init__()
            self.typed = typed

    class Closed(Message):
        """The list was closed without a choice."""

    def __init__(
        self, links: Sequence[Listed], *, text: str = "", id: str | None = None
    ) -> None:
        options: list[Option] = [
            ItemOption(Barred(link_label(number, link, _note(link, text)), None), link)
            for number, link in enumerate(links[:MAX_LISTED], 1)
        ]
        if len(links) > MAX_LISTED:
            more = Text(f"… and {len(links) - MAX_LISTED:,} more: type a number and "
                        + commands.key("links_follow"))
            options.append(Option(more, disabled=True))
        super().__init__(*options, id=id)
        self.links = tuple(links)
        self.typed = ""

    def chosen(self) -> Listed | None:
        """The link of the number typed, else the highlighted one."""
        if self.typed:
            number = int(self.typed)
            return self.links[number - 1] if 1 <= number <= len(self.links) else None
        option = self.highlighted_option
        return option.item if isinstance(option, ItemOption) else None

    def _set_typed(self, typed: str) -> None:
        self.typed = typed
        if typed and 1 <= int(typed) <= min(len(self.links), MAX_LISTED):
            self.highlighted = int(typed) - 1
        self.post_message(self.Typed(typed))

    def on_key(self, event: events.Key) -> None:
        """Digits build the number of a link."""
        if event.character is not None and event.character.isdigit():
            event.stop()
            event.prevent_default()
            if len(self.typed) < MAX_DIGITS and (self.typed or event.character != "0"):
                self._set_typed(self.typed + event.character)

    def _post(self, what: str) -> None:
        link = self.chosen()
        if link is None:
            self.app.bell()
            self.notify(f"No link number {self.typed}." if self.typed else "No link chosen.")
            self._set_typed("")
            return
        self.post_message(self.Chosen(link, what))

    def action_select(self) -> None:
        """Enter: follow the link numbered or highlighted."""
        self._post("follow")

    def action_open_address(self) -> None:
        """The open dialog, with the chosen link's address in it."""
        self._post("open")

    def action_open_in_browser(self) -> None:
        """Open the chosen link in the system browser."""
        self._post("browser")

    def action_copy_link(self) -> None:
        """Copy the chosen link's address."""
        self._post("copy")

    def action_erase_digit(self) -> None:
        """Erase the last digit typed."""
        self._set_typed(self.typed[:-1])

    def action_close(self) -> None:
        """Close the list."""
        self.post_message(self.Closed())
