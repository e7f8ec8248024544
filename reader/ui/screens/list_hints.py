"""The hint line of a list screen (library, bookmarks, feeds, a feed's entries): the keys
the screen has now, read from its bindings (each a command declared once in
:mod:`reader.ui.commands`) as its ``check_action`` and the app's leave them, so the line
never names a key that does nothing there, nor leaves one out."""

from __future__ import annotations

from collections.abc import Mapping

from textual.screen import Screen

from reader.ui import commands


def bound_commands(screen: Screen[object]) -> set[str]:
    """The ids of the commands whose keys run on ``screen`` now (enabled)."""
    return {
        active.binding.id for active in screen.active_bindings.values()
        if active.enabled and active.binding.id is not None
    }


def list_hint(screen: Screen[object], enter: str, words: Mapping[str, str]) -> str:
    """``"enter open · / search · d delete …"``: what ``enter`` does on the screen's list,
    then each command it has (in :data:`~reader.ui.commands.LIST_HINTS` order, by the
    user's keys), said as ``words`` has it for this screen, else as the command's ``hint``."""
    bound = bound_commands(screen)
    listed = getattr(screen, "items", True)  # (an empty list: enter does nothing)
    parts = ([("enter", enter)] if listed else []) + [
        (name, words.get(name) or commands.BY_ID[name].hint)
        for name in commands.LIST_HINTS if name in bound
    ]
    return commands.hint(*parts)


__all__ = ["bound_commands", "list_hint"]
