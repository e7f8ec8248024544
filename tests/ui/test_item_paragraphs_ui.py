"""A Markdown list item's further paragraph and a quotation's parts in the real app."""

from __future__ import annotations

from pathlib import Path

import pytest
from ui_helpers import body_lines, settle

pytestmark = pytest.mark.anyio

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "markdown" / "item-paragraphs.md"


async def test_an_items_paragraph_stands_under_its_text_after_a_blank_row(make_app) -> None:
    app = make_app(FIXTURE)
    async with app.run_test(size=(100, 40)) as pilot:
        await settle(pilot)
        lines = [line.strip().lstrip("▏▌ ") for line in body_lines(app)]  # (no bar)
        at = lines.index("1. Update the changelog.")
        assert lines[at + 1] == ""  # (a blank row over the item's further paragraph)
        assert lines[at + 2].startswith("Write one line for each change")
        tag = lines.index("2. Tag the release.")
        assert lines[tag - 1] == "" and lines[tag - 2].endswith("request.")
        rows = body_lines(app)
        further = next(row for row in rows if "Write one line" in row)
        item = next(row for row in rows if "1. Update" in row)
        assert further.index("Write") == item.index("Update")  # (under the item's text)
        quote = lines.index("Notes from the last release:")
        assert lines[quote : quote + 6] == [
            "Notes from the last release:", "", "• the tag was pushed late",
            "• the changelog missed a fix", "1. the parser's", "",
        ]

