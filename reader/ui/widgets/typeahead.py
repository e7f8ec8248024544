"""Keys typed ahead of a focus change go where the focus went.

The app hands each key to the widget focused when the key arrives. Keys typed in one burst
("/tide", a paste, a macro, a fast typist) are all handed to the article before the ``/``
that opens the search field has run: each comes back up to the app afterwards, when the
field has the focus, and would run the page's key (``t`` changes the theme) while the
search read "". A text field keeps every printable key it is given, so a printable key that
comes up to the app while a field has the focus was typed ahead: it is handed to the field.
"""

from __future__ import annotations

from textual import events
from textual.app import App
from textual.widgets import Input

__all__ = ["pass_on"]


def pass_on(app: App[object], event: events.Key) -> bool:
    """Hand ``event`` to the text field focused now if it was typed ahead of the focus
    change (True); else leave it to the app's keys (False)."""
    field = app.focused
    if not isinstance(field, Input) or not event.is_printable:
        return False
    event.stop()
    event.prevent_default()  # (no key binding runs it)
    field.post_message(events.Key(event.key, event.character))
    return True
