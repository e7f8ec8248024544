"""The user's config.toml in the real app: remapped keys, settings, problems, the help."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from pathlib import Path

import pytest
from textual.widgets import Input
from ui_helpers import reading, settle

from reader.ui import commands
from reader.ui.screens.help import HelpTable

pytestmark = pytest.mark.anyio


def _config(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, text: str) -> Path:
    path = tmp_path / "config.toml"
    path.write_text(text, encoding="utf-8")
    monkeypatch.setenv("READER_CONFIG", str(path))
    return path


@asynccontextmanager
async def _told(
    make_app: Callable, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, keys: str
) -> AsyncIterator[tuple]:
    """The app under a config of ``keys`` lines, settled: (app, pilot, its one notice); the
    keymap reset after, whatever happened."""
    _config(tmp_path, monkeypatch, f"[keys]\n{keys}")
    app = make_app()
    try:
        async with app.run_test(size=(120, 30)) as pilot:
            await settle(pilot)
            (notice,) = app._notifications  # (one notice for every problem: not a screenful)
            yield app, pilot, notice
    finally:
        commands.set_keymap({})


async def test_keys_quit_x_makes_x_quit(make_app, tmp_path, monkeypatch) -> None:
    _config(tmp_path, monkeypatch, '[keys]\nquit = "x"\n')
    app = make_app()
    async with app.run_test(size=(120, 30)) as pilot:
        await settle(pilot)
        await pilot.press("q")  # no longer quit's key
        await pilot.pause()
        assert app.is_running
        await pilot.press("x")
        await pilot.pause()
        assert not app.is_running


async def test_a_remapped_key_shows_in_the_footer_and_help(make_app, tmp_path, monkeypatch) -> None:
    _config(tmp_path, monkeypatch, '[keys]\nsearch = "ctrl+f"\nline_down = ["j", "ctrl+n"]\n')
    app = make_app()
    async with app.run_test(size=(120, 30)) as pilot:
        await settle(pilot)
        footer = str(reading(app).query_one("#keybar").render())
        assert "ctrl+f Search" in footer
        body = reading(app).body
        await pilot.press("ctrl+n")
        await pilot.pause()
        assert body.scroll_y == 1
    commands.set_keymap({})


async def test_settings_from_the_config_apply(make_app, tmp_path, monkeypatch) -> None:
    _config(tmp_path, monkeypatch, 'theme = "light"\ntext_width = 50\npanels = false\n')
    app = make_app()
    async with app.run_test(size=(140, 30)) as pilot:
        await settle(pilot)
        screen = reading(app)
        assert app.settings.theme == "light" and "light" in app.theme
        assert screen.body.layout_rows.width == 50
        assert screen.has_class("-panels-hidden")


async def test_a_bad_config_is_one_sentence_and_the_app_runs(
    make_app, tmp_path, monkeypatch
) -> None:
    _config(tmp_path, monkeypatch, 'theme = "dark"\ntext_width = "wide"\n')
    app = make_app()
    async with app.run_test(size=(120, 30)) as pilot:
        await settle(pilot)
        messages = [n.message for n in app._notifications]
        assert any("line 2" in m and "text_width" in m for m in messages), messages
        assert reading(app).article is not None


async def test_many_config_problems_are_one_notice_pointing_to_reader_config(
    make_app, tmp_path, monkeypatch
) -> None:
    _config(tmp_path, monkeypatch, 'text_width = "wide"\ntheme = 5\npanels = "x"\n')
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        (notice,) = app._notifications
        assert notice.title == "Config: 3 problems"
        assert "line 1" in notice.message and "line 2" in notice.message
        assert "… and 1 more: 'reader config' lists them all." in notice.message
        assert reading(app).article is not None


async def test_keys_that_would_not_work_are_told_and_their_commands_keep_theirs(
    make_app, tmp_path, monkeypatch
) -> None:
    """quit_now on "j" would quit at the first "j" typed in the search bar; bookmark on "j"
    would take j from line_down without a word: both told, both keep their defaults."""
    keys = 'quit_now = "j"\nbookmark = "j"\nhelp = "h"\n'
    async with _told(make_app, tmp_path, monkeypatch, keys) as (app, pilot, notice):
        assert notice.title == "Config: 2 problems"
        assert "line 2" in notice.message and "quit_now" in notice.message
        assert "line 3" in notice.message and "line_down" in notice.message
        body = reading(app).body
        await pilot.press("j")
        await pilot.pause()
        assert body.scroll_y == 1 and app.is_running
        await pilot.press("slash", "a", "j", "x")
        await pilot.pause()
        assert app.is_running
        await pilot.press("escape", "h")  # a remap that works still applies
        await pilot.pause()
        assert type(app.screen).__name__ == "HelpScreen"


async def test_a_typing_key_for_a_search_bar_command_is_told_and_left_at_its_default(
    make_app, tmp_path, monkeypatch
) -> None:
    """search_clear on "x": the search field would type the x, the search never cleared."""
    keys = 'search_clear = "x"\n'
    async with _told(make_app, tmp_path, monkeypatch, keys) as (app, pilot, notice):
        assert "search_clear" in notice.message and "in the search field" in notice.message
        await pilot.press("slash", "a", "x")
        await pilot.pause()
        field = app.focused
        assert isinstance(field, Input) and field.value == "ax"
        await pilot.press("escape")  # still the key that clears and closes
        await pilot.pause()
        assert app.focused is reading(app).body


async def test_a_remap_of_a_lists_own_enter_is_told_and_enter_still_goes_to(
    make_app, tmp_path, monkeypatch
) -> None:
    """go_to is the focused panel list's enter: a remap would bind nothing."""
    async with _told(make_app, tmp_path, monkeypatch, 'go_to = "g"\n') as (_app, _pilot, notice):
        assert "go_to" in notice.message and "cannot be remapped" in notice.message
        assert commands.BY_ID["go_to"].keys_label == "enter"  # (the help tells enter)


async def test_every_command_id_is_in_the_help(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(140, 60)) as pilot:
        await settle(pilot)
        await pilot.press("question_mark")
        await pilot.pause()
        table = app.screen.query_one(HelpTable)
        shown = "\n".join(
            "".join(str(cell) for cell in column.cells) for column in table.table().columns
        )
        for command in commands.COMMANDS:
            assert command.id in shown, command.id


def _reader_config_output(tmp_path: Path) -> str:
    """What ``reader config`` prints with no config file: "a config file to start from"."""
    result = subprocess.run(
        [sys.executable, "-m", "reader", "config", "--data-dir", str(tmp_path / "fresh")],
        capture_output=True, text=True, timeout=120,
        env={**os.environ, "READER_CONFIG": str(tmp_path / "none.toml")},
    )
    assert result.returncode == 0, result.stderr
    return result.stdout


async def test_reader_configs_own_output_as_the_config_file_is_no_problem(
    make_app, tmp_path, monkeypatch
) -> None:
    """The file ``reader config`` prints, saved as config.toml, names every command with its
    default keys (go_to's and search_go's enter too): nothing in it is a problem."""
    _config(tmp_path, monkeypatch, _reader_config_output(tmp_path))
    app = make_app()
    try:
        async with app.run_test(size=(120, 30)) as pilot:
            await settle(pilot)
            assert app.config.problems == ()
            assert [n.message for n in app._notifications] == []
    finally:
        commands.set_keymap({})


async def test_one_key_changed_in_a_full_copy_is_told_once_on_its_own_line(
    make_app, tmp_path, monkeypatch
) -> None:
    """``search = ["q"]`` changed in the copied file: q is quit's (which the copy gives it
    again): the search's line is the problem, and quit keeps q without a word about it."""
    text = re.sub(r'(?m)^search = \["slash"\]', 'search = ["q"]', _reader_config_output(tmp_path))
    line = text.splitlines().index(next(
        row for row in text.splitlines() if row.startswith('search = ["q"]'))) + 1
    _config(tmp_path, monkeypatch, text)
    app = make_app()
    try:
        async with app.run_test(size=(120, 30)) as pilot:
            await settle(pilot)
            assert app.config.problems == (
                f"config.toml line {line}: 'q' is already the key of quit; search keeps its "
                "default keys.",
            )
            await pilot.press("q")
            await pilot.pause()
            assert not app.is_running
    finally:
        commands.set_keymap({})


async def test_config_problems_are_told_in_the_order_of_their_lines(
    make_app, tmp_path, monkeypatch
) -> None:
    _config(tmp_path, monkeypatch,
            '[keys]\nquit = "x"\nbookmark = "x"\nnosuch = "z"\n[colours]\n')
    app = make_app()
    try:
        async with app.run_test(size=(120, 30)) as pilot:
            await settle(pilot)
            lines = [problem.split(":")[0] for problem in app.config.problems]
            assert lines == sorted(lines, key=lambda where: int(where.split()[-1])), lines
            assert len(lines) == 3
    finally:
        commands.set_keymap({})
