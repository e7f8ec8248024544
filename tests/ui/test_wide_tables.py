"""A table wider than the text on a wide terminal: it stands out of the text's column,
centred, in columns, rather than folded into records; it folds again when the view narrows."""

from __future__ import annotations

import threading

import pytest
from test_structure_sizes import PAGE, _body_lines, _current_match, drawn_block
from ui_helpers import reading, settle

from reader.ui.widgets import body as body_module

pytestmark = pytest.mark.anyio

FIRST_ROW = ("North Quay container terminal", "Baltic Box Handling Ltd", "42,118,900.50")


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip())


def _in_columns(lines: list[str]) -> bool:
    """Some line draws the first row's cells side by side, between column rules."""
    return any(all(cell in line for cell in FIRST_ROW) and "│" in line for line in lines)


@pytest.mark.parametrize("size", [(200, 50), (160, 45)])
async def test_a_wide_table_stands_out_of_the_text_in_its_columns(make_app, size) -> None:
    app = make_app(PAGE)
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        if size[0] < 200:  # (panels hidden: the text's whole view is the table's room)
            await pilot.press("p")
            await settle(pilot)
        table = await drawn_block(pilot, app, "table", 0)
        assert _in_columns(table), table
        paragraph = await drawn_block(pilot, app, "paragraph", 0)
        assert min(map(_indent, table)) < min(map(_indent, paragraph))  # out of the column
        width = reading(app).body.scrollable_content_region.width
        assert max(len(line) for line in table) <= width  # nothing cut at the right
        left = min(map(_indent, table))
        assert abs(left - (width - max(len(line) for line in table))) <= 4  # centred


async def test_the_wide_table_folds_again_when_the_view_narrows(make_app) -> None:
    app = make_app(PAGE)
    async with app.run_test(size=(200, 50)) as pilot:
        await settle(pilot)
        assert _in_columns(await drawn_block(pilot, app, "table", 0))
        await pilot.resize_terminal(100, 30)
        await settle(pilot)
        lines = [line.strip() for line in await drawn_block(pilot, app, "table", 0)]
        assert not _in_columns(lines)
        assert "Terminal: North Quay container terminal" in lines
        body = reading(app).body
        assert all(len(line) <= body.scrollable_content_region.width
                   for line in _body_lines(app))


async def test_search_lands_on_the_wide_tables_line(make_app) -> None:
    app = make_app(PAGE)
    async with app.run_test(size=(200, 50)) as pilot:
        await settle(pilot)
        await pilot.press("slash", *"Baltic Box", "enter")
        await pilot.pause()
        line, lit = _current_match(app)
        assert lit == "Baltic Box" and all(cell in line for cell in FIRST_ROW), line


LONG_LINE = ("    return sorted(berths.items(), key=lambda item: (item[1].tonnage, "
             "item[1].arrivals, item[0]), reverse=True)")
SOURCE = f"def busiest(berths):\n    '''The berths, busiest first.'''\n{LONG_LINE}\n"


async def test_code_wider_than_the_text_runs_on_to_its_right_on_a_wide_view(
    make_app, tmp_path
) -> None:
    path = tmp_path / "berths.py"
    path.write_text(SOURCE, encoding="utf-8")
    assert len(LONG_LINE) > 90
    app = make_app(path)
    async with app.run_test(size=(160, 40)) as pilot:
        await settle(pilot)
        lines = _body_lines(app)
        [drawn] = [line for line in lines if "reverse=True)" in line]
        assert drawn.strip() == LONG_LINE.strip() and not any("↪" in line for line in lines)
        [start] = [line for line in lines if "def busiest(berths):" in line]
        assert _indent(drawn) - _indent(start) == 4  # from the text's edge, as indented
        await pilot.resize_terminal(80, 24)
        await settle(pilot)
        lines = _body_lines(app)
        assert any(line.strip().startswith("↪") for line in lines)  # wrapped again
        assert all(len(line) <= reading(app).body.scrollable_content_region.width
                   for line in lines)


async def test_wide_code_laid_out_after_the_view_widened_runs_on(
    make_app, tmp_path, monkeypatch
) -> None:
    """A long article is laid out a few screens at a time, the rest in a worker: when the
    view widens before that worker is done, code below the first screens is laid out for
    the wide view (it was laid out for the narrow one, and wrapped)."""
    words = " ".join(f"berth{n} cargo tonnage rose this week" for n in range(40))
    paragraphs = "".join(f"<p>{n}: {words}.</p>" for n in range(500))
    code = f"<pre><code class='language-python'>{LONG_LINE}</code></pre>"
    page = tmp_path / "long.html"
    page.write_text(f"<html><head><title>Berth tonnage week by week</title></head><body>"
                    f"<article><h1>Berth tonnage week by week</h1>{paragraphs}{code}"
                    f"<p>The end.</p></article></body></html>", encoding="utf-8")
    held = threading.Event()
    lay_out = body_module.full_layout

    def held_layout(*args: object, **kwargs: object) -> object:
        held.wait(30)
        return lay_out(*args, **kwargs)

    monkeypatch.setattr(body_module, "full_layout", held_layout)
    app = make_app(page)
    async with app.run_test(size=(100, 30)) as pilot:
        for _ in range(200):  # (not settle: it would wait for the held worker)
            await pilot.pause(0.05)
            layout = reading(app).body.layout_rows
            if layout is not None and len(reading(app).body.article.text) > 100_000:
                break
        assert layout is not None and not layout.complete
        await pilot.resize_terminal(160, 40)
        await pilot.pause(0.2)
        held.set()
        await settle(pilot)
        lines = await drawn_block(pilot, app, "code", 0)
        assert [line.strip() for line in lines] == [LONG_LINE.strip()], lines
