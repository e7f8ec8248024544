"""A long text: drawn line by line, the end reachable at once, people found in the background."""

from __future__ import annotations

import random

import pytest
from ui_helpers import reading, settle

from reader.ui.jobs.loading import BIG_TEXT

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


async def test_a_long_text_opens_scrolls_to_the_end_and_finds_people(make_app, tmp_path) -> None:
    path = tmp_path / "book.txt"
    path.write_text(book(1400), encoding="utf-8")
    app = make_app(path)
    async with app.run_test(size=(120, 30)) as pilot:
        await settle(pilot)
        screen = reading(app)
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
