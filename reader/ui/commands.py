"""Every user action, declared once, with a stable id.

The one list :data:`COMMANDS` feeds the key bindings (:func:`bindings`, each with the
command's id, so the user's ``[keys]`` in ``config.toml`` remaps it through Textual's
keymap), the footer (the ``footer`` flag), the command palette (:class:`CommandsProvider`)
and the ``?`` help screen, so they can never disagree. :func:`available` is what the reading
screen's ``check_action`` asks: the footer and the palette offer only what can run now.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import partial
from typing import Protocol

from textual.actions import parse as parse_action
from textual.binding import Binding
from textual.command import DiscoveryHit, Hit, Hits, Provider

from reader.core.lazy import lazy_re

SEPARATOR = " · "  # between the hints of a hint line (reader.ui.widgets.hints wraps there)
GROUPS: tuple[str, ...] = (
    "Reading", "Panels", "Links list", "Search", "Search bar", "Library", "Feeds", "App"
)


@dataclass(frozen=True)
class Command:
    """One user action: its id, keys, what it says, and the Textual action it runs."""

    id: str
    name: str
    keys: tuple[str, ...]
    description: str
    action: str
    group: str = "Reading"
    footer: bool = False
    show: bool = True  # listed in help and palette
    priority: bool = False
    key_display: str | None = None
    screen: str = "reading"  # whose keys run it: "reading", "lists" (every list screen:
    # library, bookmarks, feeds), "bookmarks" or "feeds"
    rank: int = 3  # in a crowded footer, the highest rank is dropped first
    remappable: bool = True  # False: the key is a focused widget's own (a list's enter)
    hint: str = ""  # what a list screen's hint line says it does ("" : not named there)

    @property
    def keys_label(self) -> str:
        """The keys as the help screen shows them (the user's, if remapped): ``j ↓``."""
        remapped = _keymap.get(self.id)
        if remapped:
            return " ".join(_KEY_LABELS.get(key, key) for key in remapped)
        return self.key_display or " ".join(_KEY_LABELS.get(key, key) for key in self.keys)

    @property
    def first_key(self) -> str:
        """The key the footer shows."""
        return self.keys_label.split()[0]


_KEY_LABELS = {
    "pagedown": "PgDn",
    "pageup": "PgUp",
    "home": "Home",
    "end": "End",
    "down": "↓",
    "up": "↑",
    "escape": "esc",
    "question_mark": "?",
    "slash": "/",
    "backspace": "backspace",
    "left_square_bracket": "[",
    "right_square_bracket": "]",
}

C = Command
COMMANDS: tuple[Command, ...] = (
    C("line_down", "Line down", ("j", "down"), "Scroll down one line", "scroll_lines(1)"),
    C("line_up", "Line up", ("k", "up"), "Scroll up one line", "scroll_lines(-1)"),
    C("page_down", "Page down", ("space", "pagedown"), "Scroll down one page", "scroll_pages(1)",
      key_display="space PgDn"),
    C("page_up", "Page up", ("b", "pageup"), "Scroll up one page", "scroll_pages(-1)"),
    C("half_page_down", "Half page down", ("ctrl+d",), "Scroll down half a page",
      "scroll_pages(0.5)"),
    C("half_page_up", "Half page up", ("ctrl+u",), "Scroll up half a page",
      "scroll_pages(-0.5)"),
    C("top", "Top", ("g", "home"), "Go to the top of the article", "top"),
    C("bottom", "Bottom", ("G", "end"), "Go to the end of the article", "bottom"),
    C("next_paragraph", "Next paragraph", ("}",), "Go to the next paragraph",
      "next_paragraph"),
    C("previous_paragraph", "Previous paragraph", ("{",),
      "Go to the previous paragraph", "previous_paragraph"),
    C("copy", "Copy", ("y",), "Copy the selected quote, or the current paragraph", "copy"),
    C("back", "Back", ("backspace", "left_square_bracket"),
      "Back to before a jump, else the previous article", "go('back')"),
    C("forward", "Forward", ("right_square_bracket",),
      "Forward again to the article you came back from", "go('forward')"),
    C("clear", "Clear", ("escape",),
      "Cancel loading, close panels over the text, clear the search and marks", "clear"),
    C("focus_next", "Next panel", ("tab",), "Move focus to the next panel", "app.focus_next",
      group="Panels"),
    C("focus_previous", "Previous panel", ("shift+tab",), "Move focus to the previous panel",
      "app.focus_previous", group="Panels"),
    C("go_to", "Go to", ("enter",), "Go to the selected quote or person in the text", "go_to",
      group="Panels", rank=1, remappable=False),
    C("links", "Links", ("f",),
      "List the article's links, numbered; follow one (a number and enter) in the reader",
      "go('links')", group="Panels"),
    C("outline", "Outline", ("T",), "Show or hide the outline: the article's headings",
      "go('outline')", group="Panels"),
    C("toggle_panels", "Panels", ("p",), "Show or hide the side panels", "toggle_panels",
      group="Panels", footer=True),
    C("toggle_pictures", "Pictures", ("P",), "Show or hide the pictures below [image] rows",
      "toggle_pictures", group="Panels"),
    C("search", "Search", ("slash",), "Search the text (or filter the focused panel)", "search",
      group="Search", footer=True, rank=2),
    C("next_match", "Next match", ("n",), "Go to the next match", "next_match",
      group="Search", footer=True, rank=0),
    C("previous_match", "Previous match", ("N",), "Go to the previous match",
      "previous_match", group="Search", footer=True, rank=0),
    C("bookmark", "Bookmark", ("m",), "Bookmark the selected quote, or the current paragraph",
      "bookmark", group="Library", footer=True),
    C("bookmarks", "Bookmarks", ("B",), "Show your bookmarks", "app.bookmarks",
      group="Library", hint="bookmarks"),
    C("library", "Library", ("L",), "Show saved and recent articles", "app.library",
      group="Library", footer=True, rank=4, hint="library"),
    C("feeds", "Feeds", ("F",), "Show your feeds and their unread entries", "app.feeds",
      group="Library", hint="feeds"),
    C("subscribe", "Subscribe", ("s",),
      "Subscribe to the feed just opened (a feed is no article) and show its entries",
      "subscribe", group="Library", footer=True),
    C("list_search", "Search", ("slash",),
      "On the library, bookmarks and feeds screens: search the list", "focus_search",
      group="Library", screen="lists", hint="search"),
    C("list_delete", "Delete", ("d", "delete"),
      "On the library, bookmarks and feeds screens: delete the highlighted item (a feed: "
      "unsubscribe)", "delete", group="Library", screen="lists", hint="delete"),
    C("list_undo", "Undo", ("u",),
      "On the library, bookmarks and feeds screens: undo the last delete or marking read",
      "undo", group="Library", screen="lists", hint="undo"),
    C("list_close", "Close", ("escape",),
      "On the library, bookmarks and feeds screens: clear the search, else close the screen",
      "close", group="Library", screen="lists", hint="close"),
    C("bookmark_edit_note", "Edit note", ("e",),
      "On the bookmarks screen: edit the highlighted bookmark's note", "edit_note",
      group="Library", screen="bookmarks", hint="edit note"),
    C("refresh_feeds", "Refresh feeds", ("R",),
      "On the feeds screen: fetch new entries (in the background)", "refresh_feeds",
      group="Feeds", screen="feeds", hint="refresh"),
    C("toggle_read", "Read or unread", ("r",),
      "On the feeds screen: mark the entry read or unread (a feed: all its entries read)",
      "toggle_read", group="Feeds", screen="feeds", hint="read/unread"),
    C("open", "Open", ("o",), "Open a URL or a file (from the list screens too)", "app.open",
      group="App", footer=True, rank=4, hint="open"),
    C("open_in_browser", "Open in browser", ("O",),
      "Open the article's web address in the system browser", "go('browser')", group="App"),
    C("copy_address", "Copy address", ("Y",), "Copy the article's web address",
      "go('copy_address')", group="App"),
    C("toggle_theme", "Theme", ("t",), "Switch between light and dark", "app.toggle_theme",
      group="App"),
    C("help", "Help", ("question_mark",), "Show every key", "app.help", group="App",
      footer=True, rank=1, hint="help"),
    C("command_palette", "Command palette", ("ctrl+p",), "Search every command by name",
      "app.command_palette", group="App"),
    C("quit", "Quit", ("q",), "Quit the reader", "app.quit", group="App", footer=True,
      rank=1),
    # priority: also while typing in a field, and on every screen (bound on the app)
    C("quit_now", "Quit now", ("ctrl+c",), "Quit at once, from any screen, even while typing",
      "app.quit", group="App", priority=True),
)
SEARCH_BAR: tuple[Command, ...] = (
    C("search_go", "Go", ("enter",), "Search now, close the bar and keep the highlights",
      "submit", group="Search bar", footer=True, rank=1, remappable=False),
    C("search_clear", "Clear", ("escape",), "Clear the search and close the bar", "cancel",
      group="Search bar", footer=True, rank=1),
    C("search_regex", "Regex", ("ctrl+r",), "Switch regular expressions on or off",
      "toggle_regex", group="Search bar", footer=True),
    # priority: a terminal sends alt+w as esc w, a printable "w" the input would type
    C("search_word", "Whole word", ("alt+w",), "Match whole words only, or not",
      "toggle_word", group="Search bar", footer=True, priority=True),
    C("search_older", "History", ("up",), "Recall an earlier search",
      "history_older", group="Search bar", footer=True, key_display="↑↓"),
    C("search_newer", "Later search", ("down",), "Recall a later search",
      "history_newer", group="Search bar"),
)
"""The keys of the search bar while it has focus (bound on the bar, not the screen)."""
LINKS_LIST: tuple[Command, ...] = (
    C("links_follow", "Follow", ("enter",),
      "In the links list: follow the highlighted link, or the one whose number you typed",
      "select", group="Links list"),
    C("links_open", "Open", ("o",),
      "In the links list: the open dialog (o, as elsewhere) with the link's address in it, "
      "to change before it opens", "open_address", group="Links list"),
    C("links_browser", "Browser", ("O",),
      "In the links list: open the link in the system browser (O, as for the article)",
      "open_in_browser", group="Links list"),
    C("links_copy", "Copy link", ("y", "Y"), "In the links list: copy the link's address",
      "copy_link", group="Links list"),
    C("links_erase", "Erase digit", ("backspace",),
      "In the links list: erase the last digit typed", "erase_digit", group="Links list"),
    C("links_close", "Close", ("escape",), "In the links list: close it", "close",
      group="Links list"),
)
"""The keys of the links list (bound on the list)."""
LIST_KEYS: tuple[Command, ...] = (
    C("item_down", "Next item", ("j",), "In a focused panel or list: the next item",
      "cursor_down", group="Panels", key_display="j ↓"),
    C("item_up", "Previous item", ("k",), "In a focused panel or list: the previous item",
      "cursor_up", group="Panels", key_display="k ↑"),
    C("item_first", "First item", ("g",), "In a focused panel or list: the first item",
      "first", group="Panels", key_display="g Home"),
    C("item_last", "Last item", ("G",), "In a focused panel or list: the last item",
      "last", group="Panels", key_display="G End"),
)
"""j and k as the arrows, g and G as Home and End, on a focused panel's list, the library's,
bookmarks' and feeds' lists and the links list (bound on them)."""
del C

BY_ID: dict[str, Command] = {
    command.id: command for command in COMMANDS + SEARCH_BAR + LINKS_LIST + LIST_KEYS
}
LISTS: tuple[Command, ...] = (
    BY_ID["open"], BY_ID["library"], BY_ID["bookmarks"], BY_ID["feeds"], BY_ID["toggle_theme"]
)
"""Bound on every list screen too: ``o`` opens a URL or a file in their place, ``L``, ``B``
and ``F`` move between them directly (the app's ``check_action`` hides the one shown),
``t`` switches the theme there as well."""
LIST_HINTS: tuple[str, ...] = (
    "list_search", "bookmark_edit_note", "toggle_read", "refresh_feeds", "list_delete",
    "list_undo", "list_close", "open", "library", "bookmarks", "feeds", "help",
)
"""The order a list screen's hint line names its keys in (those it has: see
``reader.ui.screens.list_hints``)."""
APP_WIDE: tuple[Command, ...] = (BY_ID["help"], BY_ID["quit"], BY_ID["quit_now"])
"""Bound on the app itself: they work on every screen (library, bookmarks, feeds, help,
dialogs; a field being typed in takes its typing keys first)."""

_keymap: dict[str, tuple[str, ...]] = {}  # the user's remapped keys, by command id


def set_keymap(keymap: Mapping[str, Iterable[str]]) -> dict[str, str]:
    """Remember the user's keys (for the footer and help) and return them in Textual's
    keymap form (``{"quit": "x,ctrl+q"}``) for ``App.set_keymap``."""
    _keymap.clear()
    _keymap.update({key: tuple(keys) for key, keys in keymap.items() if key in BY_ID})
    return {key: ",".join(keys) for key, keys in _keymap.items()}


def for_screen(*screens: str) -> tuple[Command, ...]:
    """The commands run by the keys of ``screens`` ("reading", "lists", "bookmarks",
    "feeds")."""
    return tuple(command for command in COMMANDS if command.screen in screens)


def hint(*parts: tuple[str, str]) -> str:
    """A line of key hints, ``"enter open · / search · d delete"``: each part a command id
    (shown by its first key, the user's if remapped; a key no command declares, such as a
    list's own enter, as itself) and what it does."""
    return SEPARATOR.join(
        f"{BY_ID[name].first_key if name in BY_ID else name} {what}" for name, what in parts
    )


def key(name: str) -> str:
    """The key a text names for command ``name``: its first, the user's if remapped."""
    return BY_ID[name].first_key


_NAMED = lazy_re(r"\{(\w+)\}")


def keyed(text: str) -> str:
    """``text`` with each ``{command id}`` in it as that command's key (the user's, if
    remapped): ``keyed("press {bookmark} to keep it")`` is ``"press m to keep it"``."""
    return _NAMED.sub(lambda found: key(found.group(1)), text)


def bindings(
    commands: Iterable[Command] | None = None, *, keep_enter: bool = False
) -> list[Binding]:
    """Textual bindings for the commands (the first key is the one the footer shows);
    by default the reading screen's. An enter key is left to the focused list, unless
    ``keep_enter`` (bound on that list itself: a remap then moves its enter)."""
    result: list[Binding] = []
    for command in for_screen("reading") if commands is None else commands:
        keys = [key for key in command.keys if keep_enter or key != "enter"]
        if not keys:
            continue
        result.append(
            Binding(
                ",".join(keys),
                command.action,
                command.name,
                show=command.footer,
                priority=command.priority,
                tooltip=command.description,
                id=command.id,
            )
        )
    return result


def by_group(commands: Iterable[Command] | None = None) -> dict[str, list[Command]]:
    """Shown commands in help order: groups in :data:`GROUPS` order, then any others."""
    groups: dict[str, list[Command]] = {group: [] for group in GROUPS}
    every = COMMANDS + SEARCH_BAR + LINKS_LIST + LIST_KEYS
    for command in every if commands is None else commands:
        if command.show:
            groups.setdefault(command.group, []).append(command)
    return {group: items for group, items in groups.items() if items}


NEEDS_ARTICLE = frozenset({
    "copy", "bookmark", "search", "toggle_panels", "next_paragraph", "previous_paragraph",
    "scroll_lines", "scroll_pages", "top", "bottom", "next_match", "previous_match", "go_to",
})
"""Disabled while nothing is open: pressed, they say so (``reading_texts.refused``)."""
NEEDS_MATCHES = frozenset({"next_match", "previous_match"})
WHILE_LOADING = frozenset({"clear", "back", "forward"})
"""What the reading screen's keys may do while another article loads (the one shown before
is hidden): esc cancels, back and forward leave the load (and the app's keys: open, help,
library, quit...); reading the hidden article is not offered."""
NEEDS_WHOLE = frozenset({"bottom", "search", "bookmark", "outline", "links"})
"""What waits while a long text's opening shows, its whole still being cleaned: offered, and
run when the whole comes (``reader.ui.screens.opening.needs_whole``)."""


def offered_on(screen: object, action: str) -> bool:
    """Whether the app's ``action`` is offered on ``screen``: not a list screen's own (``L``
    on the library: its ``SHOWN_BY``)."""
    return action not in getattr(screen, "SHOWN_BY", ())


class Travelling(Protocol):
    """What :func:`available` asks of the reading screen's ``travel``."""

    def can(self, what: str) -> bool:
        """Whether ``go(what)`` can run now."""
        ...


class Offering(Protocol):
    """What :func:`available` asks of the reading screen's ``feed_offer``."""

    def can(self) -> bool:
        """A feed opened as an article is on offer to subscribe to."""
        ...


class ReadingState(Protocol):
    """What :func:`available` asks of the reading screen."""

    @property
    def feed_offer(self) -> Offering:
        """The feed on offer (reader.ui.screens.feed_offer)."""
        ...

    @property
    def travel(self) -> Travelling:
        """History, the article's address, the outline (reader.ui.screens.travel)."""
        ...

    @property
    def has_article(self) -> bool:
        """An article is shown."""
        ...

    @property
    def is_loading(self) -> bool:
        """Another source is being read (the article shown before is hidden)."""
        ...

    def has_matches(self) -> bool:
        """A search or a person's mentions can be stepped through."""
        ...


def available(
    screen: ReadingState, action: str, parameters: tuple[object, ...] = ()
) -> bool | None:
    """Whether the reading ``screen`` can run ``action`` now: True, or None (shown, but
    disabled: nothing to act on yet). ``action`` may be a whole action string
    (``go('back')``)."""
    if "(" in action:
        _, action, parameters = parse_action(action)
    what = str(parameters[0]) if action == "go" and parameters else action
    if screen.is_loading and what not in WHILE_LOADING:
        return False  # (hidden, not only disabled: there is nothing to act on)
    if what in ("back", "forward"):  # (nothing that way: pressing says so, not nothing)
        return True
    if action == "go":
        return True if parameters and screen.travel.can(str(parameters[0])) else None
    if action == "subscribe":  # (offered only when a feed was opened as an article)
        return screen.feed_offer.can()
    if action in NEEDS_ARTICLE and not screen.has_article:
        return None
    if action in NEEDS_MATCHES and not screen.has_matches():
        return None
    return True


class CommandsProvider(Provider):
    """The command palette's view of :data:`COMMANDS`: those that can run now."""

    def _commands(self) -> list[Command]:
        screen = self.screen
        kinds = getattr(screen, "COMMAND_SCREENS", ("reading",))
        found = []
        for command in COMMANDS:
            if not command.show or command.id == "command_palette":
                continue
            if not command.action.startswith("app.") and command.screen not in kinds:
                continue
            if command.action.startswith("app.") and not offered_on(screen, command.action[4:]):
                continue  # (L on the library)
            if not command.action.startswith("app.") and screen.check_action(
                command.action, ()
            ) is not True:
                continue
            found.append(command)
        return found

    async def _run(self, action: str) -> None:
        await self.app.run_action(action, self.screen)

    async def discover(self) -> Hits:
        for command in self._commands():
            yield DiscoveryHit(
                f"{command.name}  ({command.keys_label})",
                partial(self._run, command.action),
                help=command.description,
            )

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for command in self._commands():
            score = max(matcher.match(command.name), matcher.match(command.description) * 0.5)
            if score > 0:
                yield Hit(
                    score,
                    matcher.highlight(f"{command.name}  ({command.keys_label})"),
                    partial(self._run, command.action),
                    help=command.description,
                )
