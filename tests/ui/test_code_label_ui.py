"""A code block's language, named by the page, shown at the right of its box's first row
(as documentation sites label their code), through the real app."""

from __future__ import annotations

from pathlib import Path

import pytest
from ui_helpers import body_lines, reading, settle

pytestmark = pytest.mark.anyio

STRUCTURE = Path(__file__).resolve().parents[1] / "fixtures" / "screen_structure.html"


def _page(tmp_path: Path, language: str, first_line: str) -> Path:
    page = tmp_path / "code.html"
    page.write_text(
        "<html><head><title>Code</title></head><body><article><h1>Code</h1>"
        "<p>A paragraph before the code, long enough to be the text of an article.</p>"
        f'<pre><code data-lang="{language}">{first_line}\n  items.sum\nend</code></pre>'
        "<p>After.</p></article></body></html>", encoding="utf-8")
    return page


async def test_the_code_language_stands_at_the_right_of_the_first_row(make_app) -> None:
    app = make_app(STRUCTURE)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        body = reading(app).body
        layout = body.layout_rows
        assert layout is not None
        lines = body_lines(app)
        code = [r for r in range(len(layout)) if layout.kinds[r] == "code"]
        first = lines[code[0]].rstrip()
        assert first.strip().startswith("def greet(name: str) -> str:")
        assert first.endswith(" python")
        assert "python" not in "".join(lines[r] for r in code[1:])  # (the first row only)
        strip = body._render_row(layout, code[0], body.scrollable_content_region.width)
        label = next(s for s in strip if s.text.endswith(" python"))
        code_style = body._style("body--code")
        assert label.style.bgcolor == code_style.bgcolor
        cells = "".join(s.text if s.style.bgcolor == code_style.bgcolor else "\0" * len(s.text)
                        for s in strip)
        assert cells.rstrip("\0").endswith("python ")  # a cell before the box's right edge
        assert label.style.color != code_style.color  # quieter than the code


@pytest.mark.parametrize(("language", "first_line", "shown"), [
    ("ruby", "def total(items)", True),
    ("[bold red]x[/]", "def total(items)", False),  # no plain language name
    ("ruby", "def total(items) " + "x " * 40, False),  # no room beside the first line
])
async def test_a_label_only_for_a_plain_name_and_where_there_is_room(
    make_app, tmp_path, language, first_line, shown
) -> None:
    app = make_app(_page(tmp_path, language, first_line))
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        layout = reading(app).body.layout_rows
        assert layout is not None
        lines = body_lines(app)
        code = [r for r in range(len(layout)) if layout.kinds[r] == "code"]
        assert lines[code[0]].rstrip().endswith(f"  {language}") is shown
        assert "bold red" not in "\n".join(lines)
