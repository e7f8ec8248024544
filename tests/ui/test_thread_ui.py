"""A forum thread opened in the app: each post under its author's and date's line, the
quoted post set in as a quotation, no signature; its posters are the thread's people."""

from __future__ import annotations

from pathlib import Path

import pytest
from ui_helpers import body_lines, reading, screen_text, settle

pytestmark = pytest.mark.anyio

THREAD = Path(__file__).parents[1] / "fixtures" / "threads" / "forum_thread.html"


async def test_a_forum_thread_reads_post_by_post_with_its_posters_as_people(make_app) -> None:
    app = make_app(THREAD)
    async with app.run_test(size=(100, 40)) as pilot:
        await settle(pilot)
        assert "crumbwise · Tue Feb 10, 2026 7:02 pm" in screen_text(app)
        lines = [line.strip() for line in body_lines(app)]
        assert "Hattie Marsh · Tue Feb 10, 2026 7:40 pm" in lines
        assert "▏ crumbwise wrote:" in lines  # the quoted post's credit, on its own line
        assert not any("Bread is a journey" in line or "Report" in line for line in lines)
        people = reading(app).query_one("#people-panel").people
        assert {person.name for person in people} >= {"Hattie Marsh", "Piotr Zielinski"}
