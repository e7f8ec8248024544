"""Snapshots of the main screen on the sample, the help screen, and a narrow terminal."""

from __future__ import annotations

from ui_helpers import screen_text, settle


async def _ready(pilot) -> None:
    await settle(pilot)
    assert "cookie" not in screen_text(pilot.app).lower()


def test_main_screen_on_the_sample(make_app, snap_compare) -> None:
    assert snap_compare(make_app(), terminal_size=(120, 40), run_before=_ready)


def test_help_screen(make_app, snap_compare) -> None:
    async def help_open(pilot) -> None:
        await _ready(pilot)
        await pilot.press("question_mark")
        await pilot.pause()

    assert snap_compare(make_app(), terminal_size=(120, 44), run_before=help_open)


def test_narrow_terminal_with_panels_over_the_body(make_app, snap_compare) -> None:
    async def panels_open(pilot) -> None:
        await _ready(pilot)
        await pilot.press("p")
        await pilot.pause()

    assert snap_compare(make_app(), terminal_size=(80, 24), run_before=panels_open)


def test_light_theme_after_a_quote_jump(make_app, snap_compare) -> None:
    async def light(pilot) -> None:
        await _ready(pilot)
        await pilot.press("t", "tab", "down", "enter")
        await pilot.pause()
        pilot.app.screen.body.set_highlights("flash", [])  # the flash fades on a timer
        await pilot.pause()

    assert snap_compare(make_app(), terminal_size=(120, 40), run_before=light)
