"""An HTML page's nested structure in the real app: a list item's further paragraph under
its text, a quotation inside a quotation behind a second bar, a figure's credit on its own
row under its caption."""

from __future__ import annotations

from pathlib import Path

import pytest
from ui_helpers import body_lines, settle

pytestmark = pytest.mark.anyio

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "html" / "nested-structure.html"


async def test_nested_structure_shows_in_the_reading_view(make_app) -> None:
    app = make_app(FIXTURE)
    async with app.run_test(size=(100, 50)) as pilot:
        await settle(pilot)
        rows = body_lines(app)
        item = next(row for row in rows if "1. Close the entrance" in row)
        further = next(row for row in rows if "Every forager is home" in row)
        assert further.index("Every") == item.index("Close")  # (under the item's text)
        assert rows[rows.index(further) - 1].strip("▏▌ ") == ""  # (a blank row over it)
        after = next(row for row in rows if "A ratchet strap" in row)
        assert after.index("A ratchet") == item.index("Close")  # (back under its item)
        outer = next(row for row in rows if "My old handbook" in row)
        inner = next(row for row in rows if "Move a hive at night" in row)
        bars = outer[: outer.index("My")]
        assert inner[: inner.index("Move")] == bars + "▏ "  # (a second bar)
        caption = next(row for row in rows if "The hive on its trolley" in row)
        credit = next(row for row in rows if "Ann Lee" in row)
        assert rows.index(credit) > rows.index(caption)
        assert credit.strip("▏▌ ") == "Ann Lee"  # (a row of its own, no "Photo:")



LEFTOVERS = Path(__file__).resolve().parents[1] / "fixtures" / "html_lists" / "list-leftovers.html"


async def test_nested_items_code_and_a_quoted_list_show_in_the_reading_view(make_app) -> None:
    """A sub-step's code shows verbatim, line by line, its indents kept; the sub-steps after
    it stay a level in; a quotation's list shows its bullets and numbers."""
    app = make_app(LEFTOVERS)
    async with app.run_test(size=(100, 60)) as pilot:
        await settle(pilot)
        rows = body_lines(app)
        first = next(row for row in rows if "harbour-log init --path ~/log" in row)
        at = rows.index(first)
        column = first.index("harbour-log")
        assert rows[at + 1][column:].rstrip() == "  --tide-table=local"
        assert rows[at + 2][column:].rstrip() == "    --quiet"
        outer = next(row for row in rows if "• Prepare the machine." in row)
        after = next(row for row in rows if "Then check that the log answers." in row)
        assert after.index("•") == outer.index("Prepare")  # (still under its item)
        save = next(row for row in rows if "Save the file." in row)
        assert save.strip("▏▌ ").startswith("b. ")
        quoted = [row.strip("▏▌ ") for row in rows if "mooring" in row or "the gate at" in row]
        assert quoted == ["• check the mooring lines", "1. open the gate at dawn"]
