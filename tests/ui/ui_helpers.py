"""Helpers for the UI tests: waiting for loads, reading the screen."""

from __future__ import annotations

from contextlib import suppress
from pathlib import Path
from typing import TypeVar

from textual.pilot import Pilot
from textual.worker import WorkerCancelled, WorkerFailed

from reader.ui.app import ReaderApp
from reader.ui.screens.reading import ReadingScreen

S = TypeVar("S")
SAMPLE = Path(__file__).resolve().parents[1] / "fixtures" / "obama-mexico-security.txt"


async def settle(pilot: Pilot) -> None:
    """Wait until loading (and people finding) are done and the screen is drawn."""
    app = pilot.app
    for _ in range(3):
        with suppress(WorkerFailed, WorkerCancelled):  # the app shows errors itself
            await app.workers.wait_for_complete()
        await pilot.pause()
    await pilot.wait_for_scheduled_animations()
    await pilot.pause()


async def screen_after(pilot: Pilot, key: str, kind: type[S]) -> S:
    """Press ``key``, let the screen it opens come up, and return it (a ``kind``)."""
    await pilot.press(key)
    await pilot.pause()
    screen = pilot.app.screen
    assert isinstance(screen, kind), screen
    return screen


def reading(app: ReaderApp) -> ReadingScreen:
    """The reading screen."""
    screen = app.reading
    assert screen is not None
    return screen


def screen_text(app: ReaderApp) -> str:
    """Everything on screen, as plain text lines."""
    strips = app.screen._compositor.render_strips()
    return "\n".join(strip.text for strip in strips)


def body_lines(app: ReaderApp) -> list[str]:
    """Every row of the article's body as plain text (those scrolled out of view too)."""
    body = app.reading.body
    layout = body.layout_rows
    width = body.scrollable_content_region.width
    return [body._render_row(layout, row, width).text for row in range(len(layout))]


def burst(app, *keys: str) -> None:
    """Post ``keys`` to ``app`` at once, as a terminal sends a burst: none waits for the
    one before to be handled (Pilot's ``press`` does)."""
    from textual import events

    for key in keys:
        character = "\r" if key == "enter" else key if len(key) == 1 else None
        app.post_message(events.Key(key, character))
