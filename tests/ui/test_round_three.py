"""Issue 17, round two of the reading screen: the title block is searched, the search bar's
keys work and show, the key bar keeps n/N, the side column splits by content."""

from __future__ import annotations

import pytest
from textual.widgets import Input, Label
from ui_helpers import reading, settle

from reader.ui.widgets.search_bar import SearchBar

pytestmark = pytest.mark.anyio


async def _search(pilot, query: str) -> None:
    await pilot.press("slash")
    await pilot.pause()
    reading(pilot.app).query_one("#search-input", Input).value = query
    await pilot.pause(0.1)
    await pilot.pause()


def _marked_words(app) -> list[str]:
    """The on-screen text drawn in the current-match style."""
    body = reading(app).body
    current = body.get_component_rich_style("body--search-current", partial=True)
    found = []
    for y in range(body.size.height):
        for segment in body.render_line(y):
            if segment.style is not None and segment.style.bgcolor == current.bgcolor:
                found.append(segment.text)
    return found


@pytest.mark.parametrize(
    "query", ["threatened", "O'Toole", "Demonstrators", "Eduardo Verdugo"]
)
async def test_search_finds_the_subtitle_byline_and_caption(make_app, query: str) -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await _search(pilot, query)
        status = str(reading(app).query_one("#status-right", Label).render())
        assert status.startswith("1/"), status
        assert "no matches" not in status
        assert "".join(_marked_words(app)).replace("’", "'") == query


async def test_title_block_matches_come_first_and_offsets_into_the_text_stay(
    make_app,
) -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        screen = reading(app)
        text = screen.article.text
        await _search(pilot, "Mexico")
        bar = screen.query_one(SearchBar)
        head = screen.body.head_text()
        in_head = [span for span in bar.spans if span[0] < 0]
        in_text = [span for span in bar.spans if span[0] >= 0]
        assert len(in_head) == head.count("Mexico") >= 1
        assert all(text[a:b] == "Mexico" for a, b in in_text)
        assert len(in_text) == text.count("Mexico")
        assert bar.current == 0  # from the top: the title's match first
        await pilot.press("enter", *["n"] * len(in_head))
        await pilot.pause()
        assert bar.spans[bar.current] == in_text[0]


def _terminal_keys(data: str) -> list:
    """The key events Textual's terminal parser makes of ``data`` (as a terminal sends it)."""
    from textual._xterm_parser import XTermParser

    parser = XTermParser()
    return [*parser.feed(data), *parser.feed("")]


async def test_alt_w_as_a_terminal_sends_it_toggles_whole_words_and_types_nothing(
    make_app,
) -> None:
    (key,) = _terminal_keys("\x1bw")  # esc w: Textual makes alt+w with a printable "w"
    assert key.key == "alt+w" and key.is_printable
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await _search(pilot, "security")
        bar = reading(app).query_one(SearchBar)
        before = len(bar.spans)
        app.post_message(key)
        await pilot.pause(0.1)
        await pilot.pause()
        assert bar.input.value == "security"
        assert bar.whole_word
        assert len(bar.spans) <= before


async def test_the_search_bar_keys_show_in_the_key_bar_and_the_help(make_app) -> None:
    from reader.ui import commands
    from reader.ui.widgets.keybar import KeyBar

    app = make_app()
    async with app.run_test(size=(120, 70)) as pilot:  # (the help's every group in view)
        await settle(pilot)
        await pilot.press("slash")
        await pilot.pause()
        keybar = reading(app).query_one(KeyBar)
        footer = str(keybar.render())
        for command in commands.SEARCH_BAR:
            if command.footer:
                assert f"{command.first_key} {command.name}" in footer, footer
        assert "Quit" not in footer  # (q types a q here)
        await pilot.press("escape")
        await pilot.pause()
        assert "Whole word" not in str(keybar.render())
        await pilot.press("question_mark")
        await pilot.pause()
        from ui_helpers import screen_text

        shown = screen_text(app)
        assert "SEARCH BAR" in shown and "alt+w" in shown and "Whole word" in shown


@pytest.mark.parametrize("width", [80, 120])
async def test_n_and_N_stay_in_the_key_bar_when_a_panel_has_focus(make_app, width) -> None:
    from reader.ui.widgets.keybar import KeyBar

    app = make_app()
    async with app.run_test(size=(width, 30)) as pilot:
        await settle(pilot)
        await _search(pilot, "Mexico")
        await pilot.press("enter")
        await pilot.pause()
        if width < 100:
            await pilot.press("p")  # the panels over the body
        else:
            await pilot.press("tab")
        await pilot.pause()
        keybar = reading(app).query_one(KeyBar)
        assert keybar.context == "panel"
        footer = str(keybar.render())
        assert "enter Go to" in footer
        assert "n Next match" in footer and "N Previous match" in footer, footer
        assert "…" not in footer  # whole keys dropped, none cut in half


@pytest.mark.parametrize("height", [30, 40, 60])
async def test_the_side_column_is_split_by_content(make_app, height: int) -> None:
    from reader.ui.widgets.panels import PanelList
    from reader.ui.widgets.side_column import ROOMY, SideColumn

    app = make_app()
    async with app.run_test(size=(120, height)) as pilot:
        await settle(pilot)
        await pilot.pause()
        screen = reading(app)
        column = screen.query_one(SideColumn)
        quotes = screen.query_one("#quotes-panel")
        people = screen.query_one("#people-panel")
        # the two panels (a row apart in a tall column) fill it: no empty rows below them
        apart = 1 if column.content_region.height >= ROOMY else 0
        assert quotes.region.height + apart + people.region.height == (
            column.content_region.height)
        people_list = screen.query_one("#people-list", PanelList)
        quotes_list = screen.query_one("#quotes-list", PanelList)
        width = column.content_region.width
        short, long_ = (people_list, quotes_list)
        if column.has_class("-quotes-long") is False:
            short, long_ = quotes_list, people_list
        natural = short.natural_rows(width)
        # the shorter list shows whole (or takes about half the screen), never cut short
        assert short.size.height >= min(natural, int(0.4 * height)), (short, natural)
        # every list ends inside its panel (nothing drawn under the next one)
        for found, panel in ((quotes_list, quotes), (people_list, people)):
            assert found.region.bottom <= panel.region.bottom
        assert long_.size.height >= short.size.height or natural <= short.size.height


# -- snapshots of the fixed screen states -------------------------------------------------


def test_snapshot_search_bar_open_on_a_title_block_match(make_app, snap_compare) -> None:
    """The subtitle's match current, the bar's own keys in the key bar."""

    async def search(pilot) -> None:  # type: ignore[no-untyped-def]
        await settle(pilot)
        await pilot.press("slash", *"threatened")
        await pilot.pause(0.15)

    assert snap_compare(make_app(), terminal_size=(120, 40), run_before=search)


def test_snapshot_panel_focus_keeps_n_and_N(make_app, snap_compare) -> None:
    """A search kept, focus in the quotes panel on a narrow screen: enter, n and N show."""

    async def panel(pilot) -> None:  # type: ignore[no-untyped-def]
        await settle(pilot)
        await pilot.press("slash", *"mexico", "enter", "p")
        await pilot.pause(0.15)

    assert snap_compare(make_app(), terminal_size=(80, 24), run_before=panel)


def test_snapshot_light_theme_flash_is_readable(make_app, snap_compare) -> None:
    """The jumped-to passage's flash in the light theme: dark text on a light tint."""

    async def jump(pilot) -> None:  # type: ignore[no-untyped-def]
        await settle(pilot)
        await pilot.press("t", "tab", "down", "enter")
        await pilot.pause()
        reading(pilot.app).body._flash_timer.stop()  # (kept on for the picture)

    assert snap_compare(make_app(), terminal_size=(120, 40), run_before=jump)
