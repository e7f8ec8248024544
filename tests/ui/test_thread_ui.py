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


REPLIES = Path(__file__).parents[1] / "fixtures" / "threads" / "reply_tree.html"


async def test_a_reply_shows_its_depth_and_the_people_count_each_posters_posts(make_app) -> None:
    app = make_app(REPLIES)
    async with app.run_test(size=(100, 40)) as pilot:
        await settle(pilot)
        lines = [line.strip() for line in body_lines(app)]
        assert "↳ marguerite_v · Jan 4, 2026" in lines
        assert "↳↳ oakleaf · Jan 4, 2026" in lines
        people = reading(app).query_one("#people-panel").people
        found = {person.name: (person.role, person.mentions) for person in people}
        assert found["oakleaf"] == ("3 posts", 3)  # (a commenter: the page shows no starter)
        assert found["marguerite_v"] == ("1 post", 1)
