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


def _indent(lines: list[str], words: str) -> int:
    line = next(line for line in lines if words in line)
    return len(line) - len(line.lstrip())


async def test_a_replys_text_stands_in_by_its_depth_and_search_still_lands_on_it(
    make_app,
) -> None:
    app = make_app(REPLIES)
    async with app.run_test(size=(100, 40)) as pilot:
        await settle(pilot)
        lines = body_lines(app)
        post = _indent(lines, "A number four smoothing")
        assert _indent(lines, "oakleaf · Jan 4, 2026") == post  # (a post: at the text's edge)
        assert _indent(lines, "Seconding the number four") == post + 2  # a reply
        assert _indent(lines, "↳ marguerite_v") == post + 2  # (its heading with it)
        assert _indent(lines, "Good point about the glass") == post + 4  # a reply's reply
        assert _indent(lines, "A block plane") == post
        await pilot.press("slash")
        await pilot.press(*"granite", "enter")
        await settle(pilot)
        body = reading(app).body
        article = body.article
        at = article.text.index("granite")
        assert body.highlights("search") == [(at, at + len("granite"))]
        layout = body.layout_rows
        row = layout.row_for_offset(at)
        strip = body._render_row(layout, row, body.scrollable_content_region.width)
        lit = [segment.text for segment in strip if segment.style and segment.style.bgcolor
               and segment.text.strip()]
        assert "granite" in lit  # (the highlight drawn on the word, past the indent)


async def test_a_deep_reply_stands_in_no_further_than_four_levels(make_app, tmp_path) -> None:
    def comment(depth: int) -> str:
        inner = comment(depth + 1) if depth < 7 else ""
        return (f'<div class="thing comment"><p class="tagline"><a class="author" href="/u/'
                f'p{depth}">poster{depth}</a></p><div class="md"><p>Level {depth} reply says '
                f'something about the plane and the glass.</p></div><div class="child">'
                f'{inner}</div></div>')

    page = tmp_path / "deep.html"
    page.write_text("<html><head><title>A deep thread</title></head><body><main>"
                    f"<h1>A deep thread</h1>{comment(0)}{comment(0)}</main></body></html>")
    app = make_app(page)
    async with app.run_test(size=(100, 60)) as pilot:
        await settle(pilot)
        lines = body_lines(app)
        top = _indent(lines, "Level 0 reply")
        assert [_indent(lines, f"Level {n} reply") - top for n in range(8)] == [
            0, 2, 4, 6, 8, 8, 8, 8]
