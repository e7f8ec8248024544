"""The reading view draws the words a page set apart: italics, bold, struck out, code."""

from __future__ import annotations

from pathlib import Path

import pytest
from ui_helpers import reading, screen_text, settle

pytestmark = pytest.mark.anyio

PROSE = "and the sentence runs on long enough to be read as the article's prose by the reader. "


def drawn_styles(body) -> dict[str, str]:  # type: ignore[no-untyped-def]
    """The text drawn italic, bold, struck out and on code's background, each joined."""
    code = body.get_component_rich_style("body--code-span", partial=True).bgcolor
    found: dict[str, list[str]] = {"italic": [], "bold": [], "strike": [], "code": []}
    layout = body.layout_rows
    for row in range(len(layout)):
        for segment in body._render_row(layout, row, 100):
            style = segment.style
            if style is None or not segment.text.strip():
                continue
            for name in ("italic", "bold", "strike"):
                if getattr(style, name):
                    found[name].append(segment.text)
            if style.bgcolor == code:
                found["code"].append(segment.text)
    return {name: " ".join(" ".join(texts).split()) for name, texts in found.items()}


async def test_the_body_draws_each_style_on_its_words(make_app, tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_text(
        "<html><head><title>Styles</title></head><body><article><h1>Styles</h1>"
        f"<p>The book <em>War and Peace</em> is <strong>long</strong>, {PROSE}"
        f"Run <code>ls -l</code> and pay <del>$20</del> $10, {PROSE}</p>"
        f"<p>A second paragraph, {PROSE}{PROSE}</p></article></body></html>"
    )
    app = make_app(page)
    async with app.run_test(size=(110, 40)) as pilot:
        await settle(pilot)
        drawn = drawn_styles(reading(app).body)
    assert "War and Peace" in drawn["italic"]
    assert "is" not in drawn["italic"].split()
    assert "long" in drawn["bold"].split()
    assert drawn["strike"] == "$20"
    assert drawn["code"] == "ls -l"


async def test_a_list_counted_in_letters_shows_its_letters(make_app, tmp_path: Path) -> None:
    page = tmp_path / "terms.html"
    page.write_text(
        "<html><head><title>Terms</title></head><body><article><h1>Terms</h1>"
        f"<p>The terms, {PROSE}</p>"
        '<ol type="a"><li>First term</li><li>Second term<ol type="i"><li>one</li><li>two</li>'
        f"</ol></li></ol><p>That is all, {PROSE}</p></article></body></html>"
    )
    app = make_app(page)
    async with app.run_test(size=(110, 40)) as pilot:
        await settle(pilot)
        shown = screen_text(app)
    for line in ("a. First term", "b. Second term", "i. one", "ii. two"):
        assert line in shown
