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



LOOSE = """<html><head><title>Release notes</title></head><body><article>
<h1>Release notes</h1><p>How we write them, step by step, with the reasons for each.</p>
<ol><li><p>Start with what the user sees.</p><p>Lead with the change in behaviour.</p>
<ul><li>Name the feature as the menus do.<ul><li>Check the strings file.</li>
<li>Ask the docs team.</li></ul></li>
<li>Say which versions are affected.</li></ul></li>
<li>Group changes by who they affect.</li><li>Link to the tracker.</li></ol>
</article></body></html>"""


async def test_the_item_after_one_of_several_paragraphs_and_its_list_is_set_apart(
    make_app, tmp_path: Path
) -> None:
    """"2." after item 1's further paragraph and the list nested under it stands after a
    blank row, as a browser spaces it (not run on from the nested list's last item);
    "3." after "2." (one paragraph) stays on the next row."""
    page = tmp_path / "notes.html"
    page.write_text(LOOSE, encoding="utf-8")
    app = make_app(page)
    async with app.run_test(size=(80, 30)) as pilot:
        await settle(pilot)
        lines = [line.strip() for line in body_lines(app)]
        second = lines.index("2. Group changes by who they affect.")
        assert lines[second - 1] == ""
        assert lines[second - 2] == "• Say which versions are affected."
        assert lines[second + 1] == "3. Link to the tracker."
        inner = lines.index("• Ask the docs team.")
        assert lines[inner + 1] == "• Say which versions are affected."  # (a tight list)
