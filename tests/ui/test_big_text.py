"""A long text: drawn line by line, the end reachable at once, people found in the background."""

from __future__ import annotations

import random
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from pathlib import Path

import pytest
from textual.pilot import Pilot
from ui_helpers import reading, settle

from reader.ui.app import ReaderApp
from reader.ui.jobs.loading import BIG_TEXT
from reader.ui.screens.reading import ReadingScreen
from reader.ui.widgets.layout import BIG_TEXT as LAID_OUT_IN_PARTS

pytestmark = pytest.mark.anyio

NAMES = ["Maria Lopez said", "according to John Carter", "Ana Souza told reporters"]


def book(paragraphs: int) -> str:
    rng = random.Random(3)
    words = ["the", "river", "ran", "past", "old", "stone", "walls", "while", "wind", "moved",
             "over", "quiet", "fields"]
    out = ["A Long Generated Book", ""]
    for index in range(paragraphs):
        text = " ".join(rng.choice(words) for _ in range(rng.randint(20, 40)))
        if index % 50 == 0:
            text += ", " + NAMES[index // 50 % 3] + "."
        out += [text[0].upper() + text[1:] + ".", ""]
    out.append("The very last paragraph of the book.")
    return "\n".join(out)


@asynccontextmanager
async def opened(
    make_app: Callable[..., ReaderApp], path: Path, text: str, size: tuple[int, int]
) -> AsyncIterator[tuple[Pilot, ReadingScreen]]:
    """The app on ``text`` (written to ``path``), loaded: its pilot and reading screen."""
    path.write_text(text, encoding="utf-8")
    app = make_app(path)
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        yield pilot, reading(app)


async def test_a_long_text_opens_scrolls_to_the_end_and_finds_people(make_app, tmp_path) -> None:
    async with opened(make_app, tmp_path / "book.txt", book(1400), (120, 30)) as (pilot, screen):
        article = screen.article
        assert article is not None and len(article.text) > BIG_TEXT  # the process path
        body = screen.body
        assert len(body.layout_rows) > 3000
        await pilot.press("G")
        await pilot.pause()
        first, last = body.visible_range()
        assert first <= article.text.index("The very last paragraph") < last
        for _ in range(100):  # people come from another process
            if screen.query_one("#people-panel").people:
                break
            await pilot.pause(0.1)
        names = [person.name for person in screen.query_one("#people-panel").people]
        assert "Maria Lopez" in names
        assert body.scroll_y == body.max_scroll_y  # the panels filled in without moving the text


def chapters(count: int) -> str:
    """A long plain text of ``count`` chapters, each a "CHAPTER n" heading and paragraphs."""
    rng = random.Random(5)
    words = ["the", "river", "ran", "past", "old", "stone", "walls", "while", "wind"]
    out = ["A Book of Chapters", ""]
    for number in range(1, count + 1):
        out += [f"CHAPTER {number}", ""]
        for _ in range(5):
            text = " ".join(rng.choice(words) for _ in range(rng.randint(25, 45)))
            out += [text[0].upper() + text[1:] + ".", ""]
    return "\n".join(out)


async def test_a_long_text_keeps_its_place_when_relaid_out(make_app, tmp_path) -> None:
    """A long text is laid out in parts: after a resize, or the outline opened and closed,
    the same text is at the top (not the last row of the part laid out so far)."""
    text = chapters(250)
    async with opened(make_app, tmp_path / "chapters.txt", text, (120, 40)) as (pilot, screen):
        body = screen.body
        assert len(screen.article.text) > max(BIG_TEXT, LAID_OUT_IN_PARTS)
        heading = screen.article.text.index("CHAPTER 200")

        def heading_in_view() -> None:
            first, last = body.visible_range()
            assert first <= heading < last, (first, heading, last)
            assert body.progress() > 0.7

        await pilot.press("slash", *"CHAPTER 200", "enter", "escape")
        await settle(pilot)
        heading_in_view()
        await pilot.press("T")  # the outline narrows the text...
        await settle(pilot)
        heading_in_view()
        await pilot.press("T")  # ...and widens it again
        await settle(pilot)
        heading_in_view()
        for size in ((60, 20), (120, 40)):
            await pilot.resize_terminal(*size)
            await settle(pilot)
            heading_in_view()
