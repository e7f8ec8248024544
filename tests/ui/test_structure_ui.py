"""The structured blocks through the real app: colours, search, copy, snapshots."""

from __future__ import annotations

from pathlib import Path

import pytest
from ui_helpers import reading, screen_text, settle

from reader.ui.widgets.body import BodyView
from reader.ui.widgets.layout import build_layout

pytestmark = pytest.mark.anyio

STRUCTURE = Path(__file__).resolve().parents[1] / "fixtures" / "screen_structure.html"


def _row_styles(body: BodyView, row: int) -> list[tuple[str, object]]:
    """(text, style) of each segment of a virtual row."""
    layout = body.layout_rows
    assert layout is not None
    strip = body._render_row(layout, row, body.scrollable_content_region.width)
    return [(segment.text, segment.style) for segment in strip]


async def test_code_is_drawn_verbatim_in_its_own_colours(make_app) -> None:
    app = make_app(STRUCTURE)
    async with app.run_test(size=(100, 40)) as pilot:
        await settle(pilot)
        body = reading(app).body
        layout = body.layout_rows
        assert layout is not None
        code = [r for r in range(len(layout)) if layout.kinds[r] == "code"]
        assert code
        segments = _row_styles(body, code[0])
        keyword = next(style for text, style in segments if text == "def")
        name = next(style for text, style in segments if text == "greet")
        plain = next(style for text, style in segments if text.startswith("(name"))
        paragraph = body._style("body--paragraph")
        assert keyword.bold and keyword.color != plain.color != name.color
        assert plain.bgcolor is not None and plain.bgcolor != paragraph.bgcolor
        body.scroll_to(y=code[0] - 2, animate=False)
        await pilot.pause()
        assert "      # say hello" in screen_text(app)  # indentation kept


async def test_search_finds_a_table_cell_and_a_code_token_on_their_rows(make_app) -> None:
    app = make_app(STRUCTURE)
    async with app.run_test(size=(100, 40)) as pilot:
        await settle(pilot)
        screen = reading(app)
        body = screen.body
        for word in ("Jupiter", "range"):
            await pilot.press("slash", *word)
            await pilot.pause(0.2)
            (span,) = body.highlights("search")
            row = body.line_for_offset(span[0])
            current = body._style("body--search-current")
            segments = _row_styles(body, row)
            lit = "".join(text for text, style in segments if style.bgcolor == current.bgcolor)
            assert lit == word
            await pilot.press("escape")
            await pilot.pause()


async def test_y_on_a_code_block_copies_the_verbatim_code(make_app) -> None:
    app = make_app(STRUCTURE)
    async with app.run_test(size=(100, 40)) as pilot:
        await settle(pilot)
        screen = reading(app)
        article = screen.article
        assert article is not None
        index = next(i for i, b in enumerate(article.blocks) if b.type == "code")
        screen.body.scroll_to_block(index)
        await pilot.pause()
        copied: list[str] = []
        app.copy_to_clipboard = copied.append  # type: ignore[method-assign]
        await pilot.press("y")
        await pilot.pause()
        assert copied == [article.blocks[index].text]
        assert copied[0].startswith("def greet(name: str) -> str:\n    # say hello\n")


async def test_code_below_the_first_screen_is_coloured_after_it(make_app, tmp_path) -> None:
    """The first screen is laid out without making a lexer for code further down; the rest
    of the rows (that code coloured) follow, the same as laid out at once."""
    words = "Words of a paragraph long enough to fill a few rows of the screen, number "
    page = tmp_path / "code.html"
    page.write_text(
        "<html><head><title>Code</title></head><body><article><h1>Code</h1>"
        + "".join(f"<p>{words * 3}{n}.</p>" for n in range(20))
        + '<pre><code class="language-ruby">def total(items)\n  items.sum\nend</code></pre>'
        + f"<p>{words}</p></article></body></html>", encoding="utf-8")
    app = make_app(page)
    async with app.run_test(size=(100, 40)) as pilot:
        await settle(pilot)
        body = reading(app).body
        layout, article = body.layout_rows, body.article
        assert layout is not None and article is not None and layout.complete
        full = build_layout(article, layout.width)
        assert list(layout.starts) == list(full.starts)
        code = [r for r in range(len(layout)) if layout.kinds[r] == "code"]
        styles = {style for r in code for *_, style in layout.pieces[r]}
        assert "code-keyword" in styles


async def test_a_layout_made_on_screen_waits_for_code_below_it_too(make_app) -> None:
    """Laid out by the view itself (the early load came before the view had a size): the
    first rows stop before code below the screen that needs a lexer; the rest follow."""
    from reader.article.model import Block, build_article
    from reader.ui.widgets import block_render

    words = "Words of a paragraph long enough to fill a few rows of the screen. " * 3
    fresh = "fn main() {\n    let total: i64 = (1..10).sum();\n}"
    article = build_article(title="T", blocks=[
        *[("paragraph", f"{words}{n}") for n in range(20)],
        Block("code", fresh, language="rust"), ("paragraph", "After."),
    ])
    app = make_app(STRUCTURE)
    async with app.run_test(size=(100, 40)) as pilot:
        await settle(pilot)
        screen = reading(app)
        body = screen.body
        block_render._coloured.discard(("rust", fresh))
        block_render.code_tokens.cache_clear()
        screen.show_article(article)
        first = body.layout_rows
        assert first is not None and not first.complete
        await pilot.pause(0.3)  # (drawn, then laid out in a worker)
        await settle(pilot)
        layout = body.layout_rows
        assert layout is not None and layout.complete
        assert list(layout.starts) == list(build_layout(article, layout.width).starts)


def _at_block(kind: str, *, theme: str = "dark", nth: int = 0):  # type: ignore[no-untyped-def]
    async def run_before(pilot) -> None:  # type: ignore[no-untyped-def]
        await settle(pilot)
        screen = reading(pilot.app)
        if theme == "light":
            await pilot.press("t")
        article = screen.article
        found = [i for i, b in enumerate(article.blocks) if b.type == kind]
        screen.body.scroll_to_block(found[nth])
        await pilot.pause()

    return run_before


def test_snapshot_code_dark(make_app, snap_compare) -> None:
    assert snap_compare(make_app(STRUCTURE), terminal_size=(80, 24),
                        run_before=_at_block("code"))


def test_snapshot_code_light(make_app, snap_compare) -> None:
    assert snap_compare(make_app(STRUCTURE), terminal_size=(80, 24),
                        run_before=_at_block("code", theme="light"))


def test_snapshot_table_dark(make_app, snap_compare) -> None:
    assert snap_compare(make_app(STRUCTURE), terminal_size=(80, 24),
                        run_before=_at_block("table"))


def test_snapshot_table_light(make_app, snap_compare) -> None:
    assert snap_compare(make_app(STRUCTURE), terminal_size=(80, 24),
                        run_before=_at_block("table", theme="light"))


def test_snapshot_wide_table_dark(make_app, snap_compare) -> None:
    assert snap_compare(make_app(STRUCTURE), terminal_size=(80, 24),
                        run_before=_at_block("table", nth=1))


def test_snapshot_wide_table_light(make_app, snap_compare) -> None:
    assert snap_compare(make_app(STRUCTURE), terminal_size=(80, 24),
                        run_before=_at_block("table", theme="light", nth=1))


def test_snapshot_figure_dark(make_app, snap_compare) -> None:
    assert snap_compare(make_app(STRUCTURE), terminal_size=(80, 24),
                        run_before=_at_block("definitions"))


def test_snapshot_figure_light(make_app, snap_compare) -> None:
    assert snap_compare(make_app(STRUCTURE), terminal_size=(80, 24),
                        run_before=_at_block("definitions", theme="light"))


LINE_BREAKS = Path(__file__).resolve().parents[1] / "fixtures" / "line_breaks.html"


async def test_a_verse_keeps_its_lines_on_screen(make_app) -> None:
    app = make_app(LINE_BREAKS)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        lines = [line.strip(" ▏") for line in screen_text(app).splitlines()]
        start = next(i for i, line in enumerate(lines) if line.startswith("Fog on the river,"))
        assert lines[start].rstrip().endswith("Fog on the river,")
        assert lines[start + 1].strip().startswith("the bridge lamps hum their one note —")
        assert lines[start + 2].strip().startswith("nobody hurries.")


MEMO = Path(__file__).resolve().parents[1] / "fixtures" / "text" / "paginated-memo.txt"


async def test_a_text_memo_in_pages_shows_its_layout_without_its_page_furniture(make_app) -> None:
    """A plain-text memo: its header columns and message example keep their lines, its running
    heads and feet are gone, and a paragraph split by a page break reads as one."""
    app = make_app(MEMO)
    async with app.run_test(size=(160, 60)) as pilot:
        await settle(pilot)
        body = reading(app).body
        shown = screen_text(app)
        assert "Request for Comments: 9999                                      Example Corp" in (
            shown
        )
        await pilot.press("slash", *"Host:")
        await pilot.pause(0.2)
        (span,) = body.highlights("search")
        body.scroll_to(y=max(0, body.line_for_offset(span[0]) - 3), animate=False)
        await pilot.pause()
        lines = screen_text(app).split("\n")
        request = next(i for i, line in enumerate(lines) if "STATUS /kettle KSP/1.0" in line)
        assert lines[request + 1].index("Host: kitchen.example") == lines[request].index("STATUS")
        article = body.article
        assert article is not None
        assert "[Page" not in article.text and "RFC 9999" not in article.text
        assert "temperature reading that clients are free to ignore" in article.text


async def test_a_table_copied_as_tab_separated_text_is_drawn_in_columns(
    make_app, tmp_path: Path
) -> None:
    page = tmp_path / "kettles.txt"
    prose = (
        "The price of kettles rose again this year, according to a survey of shops in "
        "twelve cities across the country, and the shops expect it to rise again."
    )
    page.write_text(
        f"Kettle prices rise\n\n{prose}\n\nCity\tPrice\tChange\nLeeds\t£24\t+3%\n"
        f"Bath\t£31\t+9%\n\n{prose}\n",
        encoding="utf-8",
    )
    app = make_app(page)
    async with app.run_test(size=(100, 40)) as pilot:
        await settle(pilot)
        lines = screen_text(app).split("\n")
        header = next(i for i, line in enumerate(lines) if "City" in line and "Change" in line)
        row = next(i for i, line in enumerate(lines) if "Leeds" in line)
        assert row > header
        price = lines[header].index("Price")  # the prices stand under it, to its right
        assert lines[row].index("£24") + len("£24") == price + len("Price")
        assert "Bath" in lines[row + 1] and "+9%" in lines[row + 1]


async def test_a_memo_header_gives_the_byline_and_the_month(make_app) -> None:
    app = make_app(MEMO)
    async with app.run_test(size=(130, 40)) as pilot:
        await settle(pilot)
        shown = screen_text(app)
        assert "By A. Lindqvist and B. Osei · March 2026" in shown


async def test_a_break_between_scenes_is_drawn_centred_in_the_measure(
    make_app, tmp_path: Path
) -> None:
    prose = "and the sentence runs on long enough to be read as the article's prose by us."
    page = tmp_path / "scenes.html"
    page.write_text(
        "<html><head><title>Scenes</title></head><body><article><h1>Scenes</h1>"
        f"<p>The first scene, {prose}</p><hr><p>The second scene, {prose}</p>"
        "</article></body></html>",
        encoding="utf-8",
    )
    app = make_app(page)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        body = reading(app).body
        rows = [_drawn(body, row) for row in range(len(body.layout_rows or ()))]
        (row,) = [index for index, text in enumerate(rows) if "* * *" in text]
        drawn, above = rows[row], rows[row - 3]  # (a full row of the first paragraph)
        indent = len(drawn) - len(drawn.lstrip())
        left, right = len(above) - len(above.lstrip()), len(above.rstrip())
        assert indent > left + 20  # (not at the paragraphs' left edge)
        assert abs((indent + len("* * *") / 2) - (left + right) / 2) <= 4  # centred


def _drawn(body: BodyView, row: int) -> str:
    """The text of a virtual row as drawn."""
    return "".join(text for text, _style in _row_styles(body, row))
