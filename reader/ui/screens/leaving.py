"""Leaving a screen once, however fast the keys come."""

from __future__ import annotations

from typing import TypeVar

from textual.app import ScreenStackError
from textual.screen import Screen

T = TypeVar("T")


def dismiss_once(screen: Screen[T], result: T | None = None) -> None:
    """Dismiss ``screen`` with ``result`` if it is still the screen on top. A key pressed
    twice before it has gone ("enter enter", "y y") would otherwise dismiss it again, which
    pops the screen under it, or fails when there is none."""
    try:
        on_top = screen.app.screen is screen
    except ScreenStackError:
        return
    if on_top:
        screen.dismiss(result)


__all__ = ["dismiss_once"]
