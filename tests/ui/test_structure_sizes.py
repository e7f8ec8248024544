"""A page of tables, code, lists and scripts read off the screen at real terminal sizes
(80x24, 100x30 with its panels, 60x20: a split pane), scrolled through a screenful at a
time as a reader pages: nothing is cut off, and what continues says so."""

from __future__ import annotations

from pathlib import Path

import pytest
from ui_helpers import reading, settle

from reader.ui.app import ReaderApp

pytestmark = pytest.mark.anyio

PAGE = Path(__file__).resolve().parents[1] / "fixtures" / "structure_sizes.html"
NOTICE = PAGE.parent / "text" / "wide-notice.txt"
NOTICE_LINE = ("港湾局のお知らせ：すべての乗客は出港時刻の少なくとも三十分前までに"
               "フェリー乗り場にお越しください。")
SIZES = [(80, 24), (100, 30), (60, 20)]
GO_LINE = ('berths := map[string]int{"north": 12, "east": 4, "ferry": 2, "cruise": 1, '
           '"south yard dry dock": 3}')
CJK_COMMENT = ("# 港湾局のバース数を数える関数です。"
               "長いコメントは画面の幅を超えることがありますので注意してください。")


def _body_lines(app: ReaderApp) -> list[str]:
    """The body's rows as drawn on the screen (its own cells, not the panels')."""
    body = reading(app).body
    region = body.scrollable_content_region
    strips = app.screen._compositor.render_strips()
    return [strips[y].crop(region.x, region.right).text.rstrip()
            for y in range(region.y, region.bottom)]


async def drawn_block(pilot, app: ReaderApp, kind: str, nth: int = 0) -> list[str]:
    """The screen lines a block is drawn on: scrolled to it, a screenful at a time."""
    body = reading(app).body
    article = body.article
    assert article is not None
    index = [i for i, block in enumerate(article.blocks) if block.type == kind][nth]
    layout = body.layout_rows
    assert layout is not None
    rows = [r for r in range(len(layout)) if layout.blocks[r] == index
            and layout.kinds[r] != "blank"]
    height = body.scrollable_content_region.height
    lines: list[str] = []
    for top in range(rows[0], rows[-1] + 1, height):
        body.scroll_to(y=top, animate=False, immediate=True)
        await pilot.pause()
        shown = top - round(body.scroll_y)  # (the end of the text: scrolled less far)
        lines += _body_lines(app)[shown : shown + min(height, rows[-1] + 1 - top)]
    return lines


def _text_of(lines: list[str]) -> list[str]:
    """Each drawn line without its margin, the continuation mark and the indentation."""
    return [line.strip().removeprefix("↪").strip() for line in lines]


@pytest.mark.parametrize("size", SIZES)
async def test_long_code_lines_with_tabs_or_wide_characters_are_wrapped_not_cut(
    make_app, size
) -> None:
    """Go's tab-indented lines and a comment in Japanese were cut at the edge of the
    text, their ends out of reach; they wrap with the mark, as the other code lines do."""
    app = make_app(PAGE)
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        go = await drawn_block(pilot, app, "code", 1)
        joined = "".join(_text_of(go)).replace(" ", "")
        assert GO_LINE.replace(" ", "") in joined, go
        assert 'in2019\\n",name,count)' in joined, go
        script = await drawn_block(pilot, app, "code", 2)
        assert "".join(_text_of(script)[:-1]).replace(" ", "") == CJK_COMMENT.replace(" ", "")
        assert script[-1].strip() == 'def berths(): return {"north": 12}'


@pytest.mark.parametrize("size", SIZES)
async def test_a_wrapped_code_line_goes_on_past_its_own_indentation(make_app, size) -> None:
    """A continued row carries the mark in the code's margin and its text stands to the right
    of the line's indentation: a wrapped Python line never reads as one outdented."""
    app = make_app(PAGE)
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        lines = await drawn_block(pilot, app, "code", 0)
        opening = next(n for n, line in enumerate(lines) if '"""Count the arrivals' in line)
        indent = lines[opening].index('"""')
        continued = lines[opening + 1]
        assert continued.lstrip().startswith("↪"), lines
        assert continued.index("↪") < lines[0].index("import")  # in the margin
        text_at = len(continued) - len(continued.split("↪", 1)[1].lstrip())
        assert text_at > indent, lines
        assert all(not line.split("↪", 1)[1].strip().startswith((",", ")", "]"))
                   for line in lines if "↪" in line), lines


async def test_a_set_in_line_of_wide_characters_is_continued_not_cut(make_app) -> None:
    """A plain text's set-in line (kept as it stands) in Japanese takes two cells a
    character: it was cut at half its length, the rest never drawn."""
    app = make_app(NOTICE)
    async with app.run_test(size=(60, 20)) as pilot:
        await settle(pilot)
        lines = await drawn_block(pilot, app, "preformatted")
        assert lines[1].strip().startswith("↪"), lines
        assert "".join(_text_of(lines[:2])) == NOTICE_LINE
        assert lines[2].strip() == "Gate 4"
