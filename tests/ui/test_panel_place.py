"""The panels' place: folded away while an article has neither pull quotes nor people
(``p`` opens them, not remembered), and as wide as the body's readable measure leaves."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from ui_helpers import SAMPLE, reading, screen_text, settle

from reader.ui.screens.panel_place import EMPTY, narrowest, panel_width

pytestmark = pytest.mark.anyio

DOCUMENTATION = """# Installing the tool

The tool installs with the usual package manager. Run the install command, then check the
version it prints. The configuration file lives in your home folder and is read at start.

## Options

Each option is a key and a value. Unknown keys are ignored with a warning. The defaults suit
most machines; change the cache size only when the disk is small.
"""

PEOPLE_ONLY = """# A visit

Barack Obama met Enrique Peña Nieto at the White House on Tuesday. Barack Obama spoke about
trade, and Enrique Peña Nieto spoke about the border. The talks lasted two hours.
"""


def written(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def settings_file(tmp_path: Path) -> Path:
    return tmp_path / "data" / "settings.json"


@pytest.mark.parametrize("size", [(120, 40), (160, 50)])
async def test_an_article_without_quotes_or_people_takes_the_whole_width(
        make_app, tmp_path, size) -> None:
    app = make_app(written(tmp_path, "install.md", DOCUMENTATION))
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        screen = reading(app)
        article = screen.article
        assert article is not None and not article.pull_quotes and not article.people
        assert screen.query_one("#panels").region.width == 0
        assert screen.body.region.width == size[0]
        assert screen.body.layout_rows is not None
        assert screen.body.text_size()[0] == screen.body.measure  # the whole measure
        assert "No pull quotes in this article" not in screen_text(app)
        status = screen_text(app).splitlines()[0]  # said once, quietly, in the status line
        assert EMPTY in status and status.index("Installing the tool") < status.index(EMPTY)
        assert screen_text(app).count(EMPTY) == 1 and not app._notifications
        assert app.settings.panels is True and not settings_file(tmp_path).exists()


async def test_p_opens_the_empty_panels_and_folds_them_again_unremembered(
        make_app, tmp_path) -> None:
    app = make_app(written(tmp_path, "install.md", DOCUMENTATION))
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        screen = reading(app)
        panels = screen.query_one("#panels")
        await pilot.press("tab")  # nothing to reach beside the body
        assert app.focused is screen.body
        await pilot.press("p")
        await pilot.pause()
        assert panels.region.width > 0
        shown = screen_text(app)
        assert "No pull quotes in this article." in shown
        assert "No people found in this article." in shown
        await pilot.press("tab")
        assert app.focused is not None and app.focused.id == "quotes-list"
        await pilot.press("p")
        await pilot.pause()
        assert panels.region.width == 0
        assert app.focused is screen.body  # the keys back to the text
        assert app.settings.panels is True and not settings_file(tmp_path).exists()
        await pilot.press("p")  # and open again
        await pilot.pause()
        assert panels.region.width > 0


async def test_panels_hidden_in_the_settings_are_shown_by_p_on_an_empty_article(
        make_app, tmp_path) -> None:
    settings_file(tmp_path).parent.mkdir(parents=True)
    settings_file(tmp_path).write_text('{"panels": false}', encoding="utf-8")
    app = make_app(written(tmp_path, "install.md", DOCUMENTATION))
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        screen = reading(app)
        assert EMPTY not in screen_text(app)  # (hidden by the reader: nothing to say)
        await pilot.press("p")
        await pilot.pause()
        assert screen.query_one("#panels").region.width > 0
        assert json.loads(settings_file(tmp_path).read_text())["panels"] is True


async def test_one_empty_panel_keeps_both_panels(make_app, tmp_path) -> None:
    app = make_app(written(tmp_path, "visit.md", PEOPLE_ONLY))
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        screen = reading(app)
        assert screen.article is not None and screen.article.people
        assert not screen.article.pull_quotes
        assert screen.query_one("#panels").region.width > 0
        assert "No pull quotes in this article." in screen_text(app)
        assert EMPTY not in screen_text(app)


@pytest.mark.parametrize(("size", "panels"), [((120, 40), 38), ((160, 50), 42)])
async def test_panels_beside_the_body_leave_it_its_measure(make_app, size, panels) -> None:
    app = make_app()  # the sample: pull quotes and people
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        screen = reading(app)
        assert screen.query_one("#panels").region.width == panels
        assert screen.body.text_size()[0] == screen.body.measure == 76
        assert "PULL QUOTES" in screen_text(app) and EMPTY not in screen_text(app)


async def test_at_100_columns_the_panels_fold_for_the_measure_and_p_lays_them_over(
        make_app) -> None:
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        screen = reading(app)
        assert screen.has_class("-narrow")
        assert screen.body.text_size()[0] == 76
        await pilot.press("p")
        await pilot.pause()
        assert screen.query_one("#panels").region.width == 44
        assert app.focused is not None and app.focused.id == "quotes-list"


@pytest.mark.parametrize("source", ["sample", "empty"])
async def test_the_narrow_overlay_is_as_before(make_app, tmp_path, source) -> None:
    app = make_app() if source == "sample" else make_app(written(tmp_path, "i.md", DOCUMENTATION))
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        screen = reading(app)
        assert screen.query_one("#panels").region.width == 0
        assert screen.body.text_size()[0] == 74
        await pilot.press("p")
        await pilot.pause()
        region = screen.query_one("#panels").region
        assert (region.x, region.width) == (80 - 44, 44)
        if source == "empty":
            assert "No pull quotes in this article." in screen_text(app)
        await pilot.press("escape")
        await pilot.pause()
        assert screen.query_one("#panels").region.width == 0
        assert app.focused is screen.body


async def test_the_fold_gives_the_keys_back_from_a_panel_focused_while_people_were_sought(
        make_app, tmp_path, monkeypatch) -> None:
    import threading

    from reader.ui.jobs.loading import analyse

    release = threading.Event()

    def slow(article):  # type: ignore[no-untyped-def]
        release.wait(5)
        return analyse(article)

    monkeypatch.setattr("reader.ui.screens.reading.analyse", slow)
    app = make_app(written(tmp_path, "install.md", DOCUMENTATION))
    async with app.run_test(size=(120, 40)) as pilot:
        for _ in range(100):
            await pilot.pause(0.02)
            if reading(app).article is not None and reading(app).panels.made:
                break
        screen = reading(app)
        await screen.wait_for_extras()
        await pilot.press("tab")  # the panels are there while the people are sought
        assert app.focused is not None and app.focused.id == "quotes-list"
        release.set()
        await settle(pilot)
        assert screen.query_one("#panels").region.width == 0
        assert app.focused is screen.body


async def test_the_next_article_with_quotes_has_its_panels_and_no_note(make_app, tmp_path) -> None:
    app = make_app(written(tmp_path, "install.md", DOCUMENTATION))
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        screen = reading(app)
        await pilot.press("p")  # (opened for that article only)
        await pilot.pause()
        screen.open_source(str(SAMPLE))
        await settle(pilot)
        assert screen.article is not None and screen.article.pull_quotes
        assert screen.query_one("#panels").region.width == 38
        assert EMPTY not in screen_text(app) and "PULL QUOTES" in screen_text(app)
        await pilot.press("p")  # the reader's own hide, remembered
        await pilot.pause()
        assert json.loads(settings_file(tmp_path).read_text())["panels"] is False


def test_a_narrower_text_width_keeps_the_panels_beside_it_on_a_narrower_terminal() -> None:
    assert narrowest(76) == 108 and narrowest(100) == 108  # (72 at least beside the panels)
    assert narrowest(60) == 96 and panel_width(100, 60) == 34
    assert [panel_width(width, 76) for width in (108, 120, 160)] == [30, 38, 42]


VISIT_IN_PARTS = "# A long visit\n\n" + "\n\n".join(
    f"## Part {n}\n\n" + PEOPLE_ONLY.split("\n\n", 1)[1] for n in range(1, 4))


async def test_the_outline_open_beside_the_body_folds_the_panels_for_its_measure(
        make_app, tmp_path) -> None:
    """At 120 columns the outline (34) and the panels (38) left the text some 42 columns:
    with the outline open the panels fold away (p lays them over the body, as on a narrow
    terminal), and come back beside it when the outline closes."""
    app = make_app(written(tmp_path, "visit.md", VISIT_IN_PARTS))
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        screen = reading(app)
        panels = screen.query_one("#panels")
        assert screen.article is not None and screen.article.people
        assert panels.region.width == 38 and screen.body.text_size()[0] == 76
        await pilot.press("T")
        await pilot.pause()
        assert screen.outline.is_open and screen.query_one("#outline-panel").region.width == 34
        assert panels.region.width == 0
        assert screen.body.text_size()[0] == 76  # the whole measure, beside the outline
        assert not screen.has_class("-narrow")  # (the outline stays beside the text)
        await pilot.press("p")
        await pilot.pause()
        region = panels.region
        assert (region.x, region.width) == (120 - 44, 44)  # over the body, at the right
        assert app.focused is not None and app.focused.id == "quotes-list"
        await pilot.press("escape")
        await pilot.pause()
        assert panels.region.width == 0 and app.focused is screen.body
        await pilot.press("T")  # the outline closes: the panels come back beside the body
        await pilot.pause()
        assert not screen.outline.is_open
        assert panels.region.width == 38 and screen.body.text_size()[0] == 76
        assert "PEOPLE" in screen_text(app)
        assert app.settings.panels is True and not settings_file(tmp_path).exists()


async def test_a_screen_wide_enough_keeps_the_panels_beside_the_outline(
        make_app, tmp_path) -> None:
    app = make_app(written(tmp_path, "visit.md", VISIT_IN_PARTS))
    async with app.run_test(size=(160, 40)) as pilot:
        await settle(pilot)
        screen = reading(app)
        await pilot.press("T")
        await pilot.pause()
        assert screen.query_one("#outline-panel").region.width == 34
        assert screen.query_one("#panels").region.width == 42
        assert screen.body.text_size()[0] == 76


def test_the_outline_beside_the_body_counts_in_the_panels_room() -> None:
    assert narrowest(76, 34) == 142 and panel_width(150, 76, 34) == 34
