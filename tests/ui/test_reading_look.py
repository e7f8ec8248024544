"""How the body looks, through the real app in both themes: metadata dimmer than the text and
still readable, every colour solid, code on a background of its own with its box's edges in
the blank rows around it."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.color import Color
from ui_helpers import reading, screen_text, settle

from reader.article.model import Block, build_article
from reader.ui.palette import BODY_TEXT, READABLE, contrast
from reader.ui.widgets.body import BodyView
from reader.ui.widgets.code_edges import ABOVE, BELOW

pytestmark = pytest.mark.anyio

STRUCTURE = Path(__file__).resolve().parents[1] / "fixtures" / "screen_structure.html"
MUTED = ("byline", "caption", "credit", "rule", "prefix", "table-rule")
CODE = ("code-keyword", "code-string", "code-comment", "code-number", "code-name")


async def _open(pilot, theme: str) -> BodyView:  # type: ignore[no-untyped-def]
    await settle(pilot)
    if pilot.app.settings.theme != theme:
        await pilot.press("t")
        await pilot.pause()
    assert pilot.app.settings.theme == theme
    return reading(pilot.app).body


def _ratio(body: BodyView, *names: str) -> float:
    """The contrast of the text drawn with ``names``' styles (over the body's own)."""
    style = body.rich_style
    for name in names:
        style = style + body.get_component_rich_style(f"body--{name}", partial=True)
    assert style.color is not None and style.bgcolor is not None
    return contrast(Color.from_rich_color(style.color), Color.from_rich_color(style.bgcolor))


@pytest.mark.parametrize("theme", ["dark", "light"])
async def test_metadata_is_dimmer_than_the_text_and_still_readable(make_app, theme) -> None:
    async with make_app().run_test(size=(120, 40)) as pilot:
        body = await _open(pilot, theme)
        text = _ratio(body, "paragraph")
        assert text >= BODY_TEXT  # (solarized-light's own text is 5:1)
        for name in MUTED:
            assert READABLE <= _ratio(body, name) < text - 1, name


@pytest.mark.parametrize("theme", ["dark", "light"])
async def test_every_colour_of_the_body_is_solid(make_app, theme) -> None:
    """A colour with transparency loses it in a component style (Rich has none): the
    dimmed byline was drawn as bright as the text."""
    async with make_app().run_test(size=(120, 40)) as pilot:
        body = await _open(pilot, theme)
        for name in sorted(BodyView.COMPONENT_CLASSES):
            styles = body.get_component_styles(name)
            for rule in ("color", "background"):
                if styles.has_rule(rule):
                    assert getattr(styles, rule).a == 1, (name, rule)


@pytest.mark.parametrize("theme", ["dark", "light"])
async def test_code_has_its_own_background_and_readable_colours(make_app, theme) -> None:
    async with make_app(STRUCTURE).run_test(size=(100, 40)) as pilot:
        body = await _open(pilot, theme)
        code = body._style("body--code")
        assert code.bgcolor is not None and code.bgcolor != body.rich_style.bgcolor
        for name in ("code", *(f"code+{token}" for token in CODE)):
            assert _ratio(body, *name.split("+")) >= READABLE, name


async def test_the_blank_rows_around_code_are_its_box_edges(make_app) -> None:
    async with make_app(STRUCTURE).run_test(size=(100, 40)) as pilot:
        body = await _open(pilot, "dark")
        layout = body.layout_rows
        assert layout is not None
        width = body.scrollable_content_region.width
        code = [row for row in range(len(layout)) if layout.kinds[row] == "code"]
        first, last = code[0], code[0]
        while layout.kinds[last + 1] == "code":
            last += 1
        back = body._style("body--code").bgcolor
        box = [s for s in body._render_row(layout, first, width) if s.style.bgcolor == back]
        for row, edge in ((first - 1, ABOVE), (last + 1, BELOW)):
            assert layout.kinds[row] == "blank"
            drawn = [s for s in body._render_row(layout, row, width) if s.text.strip()]
            assert [s.text for s in drawn] == [edge * layout.across(first)]
            assert drawn[0].style.color == back
            assert drawn[0].style.bgcolor == body.rich_style.bgcolor
        assert sum(len(s.text) for s in box) == layout.across(first)
        plain = next(row for row in range(layout.header_rows, len(layout) - 1)
                     if layout.kinds[row] == "blank" and "code" not in (
                         layout.kinds[row - 1], layout.kinds[row + 1]))
        assert not [s for s in body._render_row(layout, plain, width) if s.text.strip()]


def _page(headings: list[tuple[int, str]]) -> str:
    """An article with paragraphs under headings of the given levels."""
    def words(n: int) -> str:
        return (f"On day {n} the committee met again to weigh the plan for the harbour wall, "
                f"and {n} members spoke for it while others asked for time to read it. ") * 2

    parts = [f"<h{level}>{title}</h{level}><p>{words(2 * n)}</p><p>{words(2 * n + 1)}</p>"
             for n, (level, title) in enumerate(headings, 1)]
    return ("<html><head><title>Harbour plans</title></head><body><article>"
            f"<h1>Harbour plans</h1><p>{words(0)}</p>{''.join(parts)}</article></body></html>")


def _heading_rows(body: BodyView) -> dict[str, str]:
    """Each heading's text and the kind of row it is drawn in."""
    layout = body.layout_rows
    article = body.article
    assert layout is not None and article is not None
    return {article.text[layout.starts[row] : layout.ends[row]]: layout.kinds[row]
            for row in range(layout.header_rows, len(layout))
            if layout.kinds[row].endswith("heading")}


async def test_headings_step_down_from_the_articles_top_level(make_app, tmp_path) -> None:
    page = tmp_path / "harbour.html"
    page.write_text(_page([(2, "The vote"), (3, "Who voted"), (4, "The minutes"),
                           (2, "What comes next")]), encoding="utf-8")
    async with make_app(page).run_test(size=(100, 40)) as pilot:
        body = await _open(pilot, "dark")
        assert _heading_rows(body) == {"The vote": "heading", "Who voted": "subheading",
                                       "The minutes": "minor-heading",
                                       "What comes next": "heading"}
        top, sub, minor = (body._style(f"body--{kind}") for kind in (
            "heading", "subheading", "minor-heading"))
        assert top.bold and sub.bold and minor.bold and minor.italic and not sub.italic
        ink, muted = body.rich_style.color, body._style("body--byline").color
        assert top.color not in (ink, None) and sub.color in (ink, None)
        assert minor.color == muted
        for kind in ("heading", "subheading", "minor-heading"):
            assert _ratio(body, kind) >= READABLE


async def test_an_article_whose_headings_are_all_deep_draws_them_as_its_top(
    make_app, tmp_path
) -> None:
    page = tmp_path / "harbour.html"
    page.write_text(_page([(4, "The vote"), (5, "Who voted"), (4, "What comes next")]),
                    encoding="utf-8")
    async with make_app(page).run_test(size=(100, 40)) as pilot:
        body = await _open(pilot, "light")
        assert _heading_rows(body) == {"The vote": "heading", "Who voted": "subheading",
                                       "What comes next": "heading"}


@pytest.mark.parametrize(("height", "apart"), [(40, 1), (30, 0)])
async def test_the_people_panel_stands_a_row_apart_from_the_quotes_above(
    make_app, height: int, apart: int
) -> None:
    """(Where the column has the room: a short one keeps its rows for the lists.)"""
    async with make_app().run_test(size=(120, height)) as pilot:
        await _open(pilot, "dark")
        screen = reading(pilot.app)
        quotes = screen.query_one("#quotes-panel").region
        people = screen.query_one("#people-panel").region
        assert quotes.height and people.height
        assert people.y == quotes.bottom + apart  # (was right under the last quote's row)


async def test_an_alt_text_that_is_the_caption_is_not_said_twice(make_app) -> None:
    said = "Boats moored inside the harbour wall"
    figures = [Block("image", said, src="https://example.org/a.jpg", alt=said, caption=said),
               Block("image", "The old quay in winter", src="https://example.org/b.jpg",
                     alt="A quay under snow", caption="The old quay in winter")]
    article = build_article(title="Harbour plans", blocks=[
        ("paragraph", "The committee met again on Tuesday."), *figures,
        ("paragraph", "The vote is set for next month.")])
    async with make_app().run_test(size=(100, 30)) as pilot:
        await _open(pilot, "dark")
        reading(pilot.app).show_article(article)
        await settle(pilot)
        text = screen_text(pilot.app)
        assert text.count(said) == 1 and "[image]" in text  # (the caption, under the mark)
        assert "[image: A quay under snow]" in text and "The old quay in winter" in text
