"""The side panels are made after the first frame; what they were to show is held for them."""

from __future__ import annotations

import subprocess
import sys

import pytest
from ui_helpers import reading, settle

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
