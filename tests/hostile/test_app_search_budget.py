"""The search bar keeps the engine's time budget in every mode: an 8 MB run-together word
never freezes the screen for a keystroke (tested through the real app and bar)."""

from __future__ import annotations

import time

import pytest
from textual.widgets import Input

from reader.article.model import build_article
from reader.article.search import REGEX_BUDGET
from reader.ui.app import ReaderApp
from reader.ui.widgets.search_bar import SearchBar
from tests.ui.ui_helpers import SAMPLE, reading, settle

pytestmark = pytest.mark.anyio

WORD = ("ab" * 4_000_000) + "c"  # 8 MB without a space: one word, 100,000 rows
KEYSTROKE = REGEX_BUDGET + 0.35  # the budget, plus drawing the count (a loaded machine)
QUERIES = [
    ("b", False, False),  # literal: 100,000+ matches, the cap
    ("abab", False, True),  # whole word: the lookarounds scan all 8 MB
    ("ABC", False, False),  # exact case: no lowered copy helps
    ("(a|b|ab)*c", True, False),  # a regex that backtracks
    ("(?:a|ab)*d", True, True),  # a catastrophic one, whole word
]


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


async def test_every_search_mode_stays_within_the_budget_on_an_8_mb_word(tmp_path) -> None:
    app = ReaderApp(str(SAMPLE), data_dir=str(tmp_path / "data"))
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        screen = reading(app)
        screen.show_article(build_article(title="One word", blocks=[("paragraph", WORD)]))
        await pilot.pause()
        await pilot.press("slash")
        await pilot.pause()
        bar = screen.query_one(SearchBar)
        field = bar.query_one("#search-input", Input)
        for text, regex, whole in QUERIES:
            bar.regex, bar.whole_word = regex, whole
            field.value = text
            bar._cancel_timer()  # (the keystroke's debounced search, run here and timed)
            started = time.perf_counter()
            bar._search_body()
            seconds = time.perf_counter() - started
            assert seconds < KEYSTROKE, (text, regex, whole, round(seconds, 3))
            assert bar.error is None or "takes too long" in bar.error, bar.error
        await pilot.pause()
        assert app.is_running
