"""The side panels are made after the first frame; what they were to show is held for them."""

from __future__ import annotations

import subprocess
import sys

import pytest
from ui_helpers import SAMPLE, reading, settle

from reader.ui.screens.side_panels import SidePanels, is_panel_list

pytestmark = pytest.mark.anyio


async def test_what_is_shown_before_the_panels_are_made_is_given_to_them(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(120, 30)) as pilot:
        await settle(pilot)
        article = reading(app).article
        assert article is not None and article.pull_quotes and article.people
        panels = SidePanels()
        panels.show(article, pending=True)
        panels.show(None, quotes=False)  # (the people engine failed: the quotes stay)
        assert not panels.made
        assert panels.quotes.all_quotes == article.pull_quotes and panels.made
        assert panels.people.all_people == () and "No people" in panels.people._empty
        panels.show(article)  # made: straight to them
        assert panels.people.all_people == article.people
        assert is_panel_list(reading(app).query_one("#quotes-list"))
        assert not is_panel_list(reading(app).body)


def test_nothing_is_a_panel_list_before_the_panels_module_is_imported() -> None:
    code = ("import sys\nfrom reader.ui.screens.side_panels import is_panel_list\n"
            "print(is_panel_list(None), 'reader.ui.widgets.panels' in sys.modules)")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          check=True)
    assert done.stdout.split() == ["False", "False"]


async def test_an_article_with_no_quotes_and_no_people_gives_the_text_their_columns(
    make_app, tmp_path
) -> None:
    """A README has nothing to put beside its text: the panels are hidden and the text takes
    their columns; p shows them anyway, p again hides them, and neither is remembered."""
    notes = tmp_path / "notes.md"
    notes.write_text("# Install notes\n\nRun the installer, then restart the shell so that "
                     "the path is read again.\n\n## Configure\n\nEdit the file in your home "
                     "folder and set the options you need.\n", encoding="utf-8")
    app = make_app(notes)
    async with app.run_test(size=(120, 30)) as pilot:
        await settle(pilot)
        screen = reading(app)
        panels = screen.query_one("#panels")
        assert screen.has_class("-panels-empty") and not panels.display
        assert screen.body.size.width > 90  # (the text's column, centred, not beside them)
        await pilot.press("p")
        await pilot.pause()
        assert panels.display and "No pull quotes" in str(screen.panels.quotes._empty)
        await pilot.press("p")
        await pilot.pause()
        assert not panels.display and app.settings.panels  # (not remembered as hidden)
        screen.open_source(str(SAMPLE))
        await settle(pilot)
        assert screen.article is not None and screen.article.pull_quotes
        assert panels.display and not screen.has_class("-panels-empty")
