"""A key whose command cannot run now says why, in one sentence, instead of nothing.

``check_action`` disables a command while there is nothing for it (no article open, no
search to step through): the footer and the palette leave it out, and Textual runs nothing
when its key is pressed. The app hands such a key here: the screen that declared the
command (its ``refusal``) says why.
"""

from __future__ import annotations

from textual import events
from textual.app import App, ScreenStackError

from reader.ui import commands

__all__ = ["say_why_not"]


def say_why_not(app: App[object], event: events.Key) -> bool:
    """Tell why ``event``'s key does nothing now, if its command is disabled (True): its
    screen's ``refusal(action)`` says why in one sentence (None: say nothing)."""
    try:
        active = app.screen.active_bindings.get(event.key)
    except ScreenStackError:  # (no screen yet, or going)
        return False
    if active is None or active.enabled:
        return False
    refusal = getattr(active.node, "refusal", None)
    message = refusal(active.binding.action) if callable(refusal) else None
    if not message:
        return False
    command = commands.BY_ID.get(active.binding.id or "")
    title = command.name if command is not None else ""
    withdraw = getattr(app, "withdraw_notices", None)
    if title and callable(withdraw):
        withdraw(title)  # (pressed again: one notice, not a stack)
    app.notify(message, title=title, severity="warning")
    return True
