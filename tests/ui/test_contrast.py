"""Every highlight is readable: WCAG AA (4.5:1) between the text and its background, for
each layer (search, current match, mention, flash, bookmark, the words a page styled) over
each kind of row, in both themes, from the styles the running body draws with."""

from __future__ import annotations

import pytest
from rich.color import Color
from textual.color import Color as TextualColor
from ui_helpers import reading, settle

from reader.ui import palette
from reader.ui.widgets.highlights import LAYERS, STYLE_COMPONENTS

pytestmark = pytest.mark.anyio

AA = 4.5
KINDS = ("title", "subtitle", "byline", "caption", "credit", "paragraph", "heading", "quote",
         "list", "pre", "code", "subheading", "minor-heading")
STYLED = tuple(name.removeprefix("body--") for name in STYLE_COMPONENTS.values())
HIGHLIGHTS = (*(layer for layer in LAYERS if layer != "style"), "search-current", *STYLED)


def contrast(one: Color, other: Color) -> float:
    """The WCAG contrast ratio of two Rich colours (reader.ui.palette's)."""
    return palette.contrast(TextualColor.from_rich_color(one), TextualColor.from_rich_color(other))


def test_the_ratio_is_wcags() -> None:
    assert round(contrast(Color.parse("#000000"), Color.parse("#ffffff")), 1) == 21.0
    assert round(contrast(Color.parse("#777777"), Color.parse("#ffffff")), 2) == 4.48


@pytest.mark.parametrize("theme", ["dark", "light"])
async def test_every_highlight_meets_aa_in_both_themes(make_app, theme: str) -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        if app.settings.theme != theme:
            await pilot.press("t")
            await pilot.pause()
        assert app.settings.theme == theme
        body = reading(app).body
        base = body.rich_style
        low = []
        for kind in KINDS:
            text = base + body.get_component_rich_style(f"body--{kind}", partial=True)
            for layer in HIGHLIGHTS:
                drawn = text + body.get_component_rich_style(f"body--{layer}", partial=True)
                assert drawn.color is not None and drawn.bgcolor is not None
                ratio = contrast(drawn.color, drawn.bgcolor)
                if ratio < AA:
                    low.append((kind, layer, round(ratio, 2)))
        assert not low, low
