"""A page of tables, code, lists and scripts read off the screen at real terminal sizes
(80x24, 100x30 with its panels, 60x20: a split pane), scrolled through a screenful at a
time as a reader pages: nothing is cut off, and what continues says so."""

from __future__ import annotations

from pathlib import Path

import pytest
from ui_helpers import reading, settle

from reader.ui.app import ReaderApp
from reader.ui.widgets.search_bar import SearchBar

pytestmark = pytest.mark.anyio

PAGE = Path(__file__).resolve().parents[1] / "fixtures" / "structure_sizes.html"
NOTICE = PAGE.parent / "text" / "wide-notice.txt"
NOTICE_LINE = ("港湾局のお知らせ：すべての乗客は出港時刻の少なくとも三十分前までに"
               "フェリー乗り場にお越しください。")
ADDRESS = ("https://www.quayside-harbour-authority.example.org/publications/annual-reports/"
           "2024/full-report-with-appendices-and-terminal-by-terminal-tables-final-version-"
           "v3.pdf?download=true&source=newsletter")
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


async def drawn_block(
    pilot, app: ReaderApp, kind: str, nth: int = 0, opening: str = ""
) -> list[str]:
    """The screen lines a block is drawn on (the ``nth`` of its kind whose text opens with
    ``opening``): scrolled to it, a screenful at a time."""
    body = reading(app).body
    article = body.article
    assert article is not None
    index = [i for i, block in enumerate(article.blocks)
             if block.type == kind and block.text.startswith(opening)][nth]
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


def _bars(line: str) -> list[int]:
    return [n for n, char in enumerate(line) if char in "│┼"]


@pytest.mark.parametrize("size", SIZES)
async def test_a_table_with_a_column_of_prose_keeps_its_columns(make_app, size) -> None:
    """Three columns, the last a sentence or two: a browser keeps the table and wraps the
    sentences in their column. It was folded into "Returns: ..." records at every size."""
    app = make_app(PAGE)
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        lines = await drawn_block(pilot, app, "table", 2)
        assert [part.strip() for part in lines[0].split("│")] == ["Endpoint", "Method",
                                                                  "Returns"]
        assert {tuple(_bars(line)) for line in lines} == {tuple(_bars(lines[0]))}
        second = next(n for n, line in enumerate(lines)
                      if "/berths/{id} │ GET    │ One berth, or 404" in line)
        assert not lines[second - 1].replace("│", "").strip()  # rows apart: the rules alone
        returns = " ".join(line.split("│")[2].strip() for line in lines[2:])
        assert ("Every berth with its terminal, its length in metres and whether a ship is "
                "moored there now, as a JSON array sorted by terminal.") in returns
        assert all(line.split("│")[0].strip() in ("", "/berths", "/berths/{id}", "/arrivals")
                   for line in lines[2:])


@pytest.mark.parametrize("size", SIZES)
async def test_a_column_of_numbers_stands_to_the_right_under_its_decimal_points(
    make_app, size
) -> None:
    """Requests and timings line up as in a spreadsheet: the thousands under the
    thousands, the decimal points under each other; at 60 columns the table stays a table
    (it was folded there for one cell too many)."""
    app = make_app(PAGE)
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        lines = await drawn_block(pilot, app, "table", 3)
        rows = {line.split("│")[0].strip(): line for line in lines if line.lstrip().startswith(
            ("/berths", "/arrivals"))}
        assert set(rows) == {"/berths", "/berths/{id}", "/arrivals"}, lines
        ends = {line.index(number) + len(number) for line, number in zip(
            rows.values(), ("1,204,330", "88,012", "4,410"), strict=True)}
        assert len(ends) == 1, lines
        points = {line.index(number) + number.index(".") for line, number in zip(
            rows.values(), ("41.0", "12.75", "302.1"), strict=True)}
        assert len(points) == 1, lines
        assert lines[0].index("Requests") + len("Requests") in ends  # the heading over them


@pytest.mark.parametrize("size", SIZES)
async def test_a_heading_over_two_columns_stands_across_them(make_app, size) -> None:
    """"Winter" spans "Peak" and "Off-peak" (colspan), "Vessel class" both heading rows
    (rowspan): the rule comes under the second heading row, and "Winter" stands over its
    two columns, not in the first with an empty one beside it."""
    app = make_app(PAGE)
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        lines = await drawn_block(pilot, app, "table", 1)
        assert lines[0].split("│")[0].strip() == "Vessel class"
        assert [part.strip() for part in lines[0].split("│")[1:]] == ["Winter", "Summer"]
        assert [part.strip() for part in lines[1].split("│")] == [
            "", "Peak", "Off-peak", "Peak", "Off-peak"]
        assert set(lines[2].strip()) <= set("─┼")
        winter = lines[0].index("Winter")
        assert _bars(lines[1])[0] < winter < _bars(lines[1])[1] < winter + len("Winter")


@pytest.mark.parametrize("size", [(80, 24), (60, 20)])
async def test_a_table_of_eight_columns_reads_as_a_record_a_row(make_app, size) -> None:
    app = make_app(PAGE)
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        lines = [line.strip() for line in await drawn_block(pilot, app, "table", 0)]
        assert "Terminal: North Quay container terminal" in lines
        assert "Revenue (EUR): 42,118,900.50" in lines and "Share: 38.2%" in lines


def _current_match(app: ReaderApp) -> tuple[str, str]:
    """The body's line that draws the current search match, and the match's cells there."""
    body = reading(app).body
    current = body._style("body--search-current").bgcolor
    region = body.scrollable_content_region
    strips = app.screen._compositor.render_strips()
    found = []
    for y in range(region.y, region.bottom):
        strip = strips[y].crop(region.x, region.right)
        lit = "".join(segment.text for segment in strip
                      if segment.style is not None and segment.style.bgcolor == current)
        if lit:
            found.append((strip.text, lit))
    assert len(found) == 1, found
    return found[0]


async def _search(pilot, app: ReaderApp, query: str) -> None:
    """``/``, the query put in the search box at once (typing is tested elsewhere), enter."""
    await pilot.press("slash")
    reading(app).query_one(SearchBar).input.value = query
    await pilot.press("enter")
    await pilot.pause()


@pytest.mark.parametrize("size", SIZES)
async def test_search_lands_on_the_line_that_draws_the_match_in_a_table_and_in_code(
    make_app, size
) -> None:
    """A match in a cell's second line, in a cell beside a taller one, and in a code line's
    continued row: the view goes to it, and the line lit is the one with the word."""
    app = make_app(PAGE)
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        for query, beside in (("moored", "│"), ("Every berth", "/berths"), ("IMO", "│"),
                              ("Records", "/arrivals"), ("committee", "↪"), ("2019", "↪")):
            await _search(pilot, app, query)
            line, lit = _current_match(app)
            assert lit == query and query in line and beside in line, (query, line)
            await pilot.press("escape")
            await pilot.pause()
        await _search(pilot, app, "minimum_gross_tonnage")
        seen = []
        for _ in range(3):  # the parameter (a continued row at 60 columns), its use, again
            line, lit = _current_match(app)
            assert lit == "minimum_gross_tonnage", line
            seen.append(line.strip())
            await pilot.press("n")
            await pilot.pause()
        assert "int = 500" in seen[0] and seen[2] == seen[0]
        assert seen[1].startswith(("if int(row", "↪")) and seen[1].endswith("tonnage:")


@pytest.mark.parametrize("size", SIZES)
async def test_an_address_breaks_after_its_slashes_and_cjk_after_its_marks(
    make_app, size
) -> None:
    """A long address alone in its paragraph was cut wherever the row was full
    ("annual-rep" / "orts"); it breaks where a browser would, after a "/" (else a "-",
    "&", "."), nothing lost. A row of Japanese never opens with a closing mark ("。", "ー")."""
    app = make_app(PAGE)
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        lines = [line.strip() for line in await drawn_block(
            pilot, app, "paragraph", opening="https://")]
        assert "".join(lines) == ADDRESS
        assert len(lines) > 1 and all(line[-1] in "/?&#-._=" for line in lines[:-1]), lines
        lines = [line.strip() for line in await drawn_block(
            pilot, app, "paragraph", opening="すべて")]
        assert len(lines) > 1 and not any(line[0] in "、。ー" for line in lines[1:]), lines


@pytest.mark.parametrize("size", SIZES)
async def test_headings_wrap_before_the_cells_under_them(make_app, size) -> None:
    """A long heading over short numbers ("Number of employees" over "980") wraps rather
    than take the width a column of names needs; a short column ("South Yard") is given
    its whole width before a longer one is; a whole percentage ("100%") stands with its
    last digit where the others' last whole digit is."""
    app = make_app(PAGE)
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        lines = [line for line in await drawn_block(pilot, app, "table", 4) if "│" in line]
        assert [part.strip() for part in lines[0].split("│")][:2] == ["Employer", "Town"]
        assert any(line.split("│")[1].strip() == "South Yard" for line in lines), lines
        if size[0] == 80:
            assert any(line.startswith("  Quayside Dry Dock AS (repairs) │") for line in lines)
            assert any(line.startswith("  Baltic Box Handling Ltd ") for line in lines)
        def at(number: str) -> int:
            return next(line.index(number) for line in lines if number in line)

        assert at("100%") + 3 == at("41.3%") + 2 == at("32.7%") + 2 == at("26%") + 2, lines


@pytest.mark.parametrize("size", SIZES)
async def test_a_list_of_ten_items_or_more_keeps_its_words_in_line(make_app, size) -> None:
    """Items 1 to 9 and 10 and 11 start their words at the same column, the numbers
    standing to the right ("9." under "10."), as a browser sets them; an item's wrapped
    lines stay under its words."""
    app = make_app(PAGE)
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        lines = await drawn_block(pilot, app, "list", opening="Report to the pilot")
        starts = {line.index(" ", line.index(".")) + 1 for line in lines
                  if line.lstrip()[:1].isdigit()}
        assert len(starts) == 1, lines
        (start,) = starts
        assert all(len(line) - len(line.lstrip()) == start
                   for line in lines if not line.lstrip()[:1].isdigit()), lines
        nine = next(line for line in lines if line.lstrip().startswith("9."))
        ten = next(line for line in lines if line.lstrip().startswith("10."))
        assert nine.index(".") == ten.index(".")
