"""What the reading screen tells about opening and loading, naming the user's keys (a
``[keys]`` remap of ``open``, ``library`` or ``clear`` is told, not the default key).

Apart from :mod:`reader.ui.screens.reading` so that module keeps within its size."""

from __future__ import annotations

from typing import Protocol

from textual.actions import parse as parse_action

from reader.ui.commands import NEEDS_MATCHES, key, keyed


def nothing_open() -> str:
    """The body's text when nothing is open at all."""
    return keyed("Nothing is open. Press {library} for the library, or {open} to open a URL "
                 "or a file.")


def nothing_open_after_cancel() -> str:
    """The body's text when the load cancelled was the first one."""
    return keyed("Nothing is open. Press {open} to open a URL or a file.")


def open_else() -> str:
    """The sentence after a failure or a cancel: how to open something else."""
    return keyed("Press {open} to open something else.")


def loading(source: str | None = None) -> str:
    """The loading indicator's text (``source``'s, once one is loading)."""
    if source is None:
        return f"Loading…  ({key('clear')} cancels)"
    return f"Loading {source}…\n\n{key('clear')} cancels"


class Shown(Protocol):
    """What :func:`refused` asks of the reading screen."""

    @property
    def has_article(self) -> bool:
        """An article is shown."""
        ...


def refused(screen: Shown, action: str) -> str | None:
    """Why the reading screen's ``action`` cannot run now, said when its key is pressed
    (see ``reader.ui.refusals``); None: nothing to say."""
    name, parameters = parse_action(action)[1:]
    if not screen.has_article:
        return keyed("Nothing is open: press {open} to open a URL or a file, or {library} "
                     "for the library.")
    if name == "go" and parameters == ("links",):
        return "This article has no links."
    if name in NEEDS_MATCHES:
        return keyed("Nothing to step through: press {search} to search the text.")
    return None
