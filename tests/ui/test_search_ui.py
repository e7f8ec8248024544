"""Pilot tests of the search bar on the real BodyView (a small harness screen)."""

from __future__ import annotations

from pathlib import Path
from typing import ClassVar

import pytest
from textual.app import App, ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal
from textual.widgets import OptionList

from reader.article.model import Article, build_article
from reader.store.search_history import SearchHistory
from reader.ui.widgets.body import BodyView
from reader.ui.widgets.search_bar import SearchBar

pytestmark = pytest.mark.anyio

FIXTURES = Path(__file__).parents[1] / "fixtures"
SAMPLE = (FIXTURES / "obama-mexico-security.txt").read_text()


def article_from(paragraphs: list[str], title: str = "A test article") -> Article:
    return build_article(title=title, blocks=[("paragraph", p) for p in paragraphs])


def sample_article() -> Article:
    paragraphs = [p.strip() for p in SAMPLE.split("\n\n") if p.strip()]
    return article_from(paragraphs[1:], title=paragraphs[0])


class NamesPanel(OptionList):
    """A stand-in side panel with the filter(query) method real panels provide."""

    NAMES = ("Barack Obama · President", "Enrique Peña Nieto · Mexican President",
             "John Kelly · General")

    def __init__(self) -> None:
        super().__init__(*self.NAMES, id="names")
        self.shown = list(self.NAMES)

    def filter(self, query: str) -> int:
        from reader.article.search import filter_matches

        self.shown = [name for name in self.NAMES if filter_matches(query, name)]
        self.set_options(self.shown)
        return len(self.shown)


class Harness(App[None]):
    """The reading screen's search wiring: / n N esc, a body and a panel."""

    CSS = "Horizontal { height: 1fr; }"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("slash", "search", "Search"),
        Binding("n", "next", "Next"),
        Binding("N", "previous", "Previous"),
        Binding("escape", "clear", "Clear"),
    ]

    def __init__(self, article: Article, history: SearchHistory) -> None:
        super().__init__()
        self.article = article
        self.history = history
        self.status_right = ""

    def compose(self) -> ComposeResult:
        with Horizontal():
            yield BodyView(self.article, id="body")
            yield NamesPanel()
        yield SearchBar(history=self.history)

    def on_mount(self) -> None:
        self.query_one(BodyView).focus()

    def on_search_bar_changed(self, message: SearchBar.Changed) -> None:
        """The bar posts its state; a screen routes it (here: the app keeps it)."""
        self.status_right = message.status

    @property
    def bar(self) -> SearchBar:
        return self.query_one(SearchBar)

    @property
    def body(self) -> BodyView:
        return self.query_one(BodyView)

    def action_search(self) -> None:
        self.bar.open()

    def action_next(self) -> None:
        self.bar.next_match()

    def action_previous(self) -> None:
        self.bar.previous_match()

    def action_clear(self) -> None:
        self.bar.clear()


@pytest.fixture
def history(tmp_path: Path) -> SearchHistory:
    return SearchHistory(tmp_path / "history.json")


def current_span(app: Harness) -> tuple[int, int]:
    assert app.bar.current is not None
    return app.bar.spans[app.bar.current]


async def type_query(pilot, text: str) -> None:  # type: ignore[no-untyped-def]
    if not pilot.app.bar.is_open:
        await pilot.press("slash")
    for char in text:
        await pilot.press(char if char != " " else "space")
    await pilot.pause(0.15)


async def test_typing_updates_count_and_highlights(history: SearchHistory) -> None:
    article = sample_article()
    app = Harness(article, history)
    async with app.run_test(size=(100, 30)) as pilot:
        await type_query(pilot, "mex")
        drawn = (app.body.head_text() + "\n" + article.text).lower()  # the title block too
        expected = drawn.count("mex")
        assert len(app.body.highlights("search")) == expected
        assert app.status_right == f"1/{expected}"
        await type_query(pilot, "ico")  # bar already open: appends
        assert len(app.body.highlights("search")) == drawn.count("mexico")
        start, end = current_span(app)
        head = app.body.head_text()
        found = head[start + len(head):end + len(head)] if start < 0 else article.text[start:end]
        assert found.lower() == "mexico"
        first, last = app.body.visible_range()
        assert first <= start < last


async def test_enter_closes_keeps_highlights_and_n_wraps(history: SearchHistory) -> None:
    article = article_from(["alpha beta", "gamma beta", "delta beta epsilon"])
    app = Harness(article, history)
    async with app.run_test(size=(80, 20)) as pilot:
        await type_query(pilot, "beta")
        await pilot.press("enter")
        await pilot.pause()
        assert not app.bar.is_open
        assert len(app.body.highlights("search")) == 3
        assert app.bar.current == 0
        await pilot.press("n", "n")
        assert app.bar.current == 2 and app.status_right == "3/3"
        await pilot.press("n")
        assert app.bar.current == 0
        assert any("wrapped" in n.message for n in app._notifications)
        await pilot.press("N")
        assert app.bar.current == 2
        await pilot.press("escape")
        assert app.body.highlights("search") == []
        assert app.status_right == ""
        assert history.entries == ["beta"]


async def test_smart_case(history: SearchHistory) -> None:
    article = article_from(["Mexico and mexico and MEXICO"])
    app = Harness(article, history)
    async with app.run_test(size=(80, 20)) as pilot:
        await type_query(pilot, "mexico")
        assert len(app.bar.spans) == 3
        await pilot.press("ctrl+u")
        await type_query(pilot, "Mexico")
        assert app.bar.spans == [(0, 6)]


async def test_regex_toggle_and_invalid_regex(history: SearchHistory) -> None:
    article = article_from(["security, secure and insecure (see) end"])
    app = Harness(article, history)
    async with app.run_test(size=(80, 20)) as pilot:
        await type_query(pilot, "secur.")
        assert app.bar.spans == []  # literal: "secur." does not occur
        await pilot.press("ctrl+r")
        await pilot.pause()
        assert [article.text[s:e] for s, e in app.bar.spans] == ["securi", "secure", "secure"]
        await type_query(pilot, "(")  # now "secur.(": an invalid regex
        assert app.bar.error is not None and "Invalid regex" in app.bar.error
        assert app.body.highlights("search") == []
        assert app.status_right == "regex error"
        await pilot.press("backspace")
        await pilot.pause(0.15)
        assert app.bar.error is None and len(app.bar.spans) == 3


async def test_catastrophic_regex_does_not_freeze(history: SearchHistory) -> None:
    article = article_from(["a" * 60 + "b"])
    app = Harness(article, history)
    async with app.run_test(size=(80, 20)) as pilot:
        await pilot.press("slash", "ctrl+r")
        app.bar.input.value = "(a+)+$"
        await pilot.pause(0.6)
        assert app.bar.error is not None and "too long" in app.bar.error


async def test_phrase_across_a_wrap_at_narrow_width(history: SearchHistory) -> None:
    words = " ".join(f"word{i}" for i in range(12))
    article = article_from([f"{words} Enrique Peña Nieto said {words}"])
    app = Harness(article, history)
    async with app.run_test(size=(30, 20)) as pilot:
        await type_query(pilot, "peña nieto said")
        assert len(app.bar.spans) == 1
        start, end = app.bar.spans[0]
        assert app.body.line_for_offset(start) != app.body.line_for_offset(end - 1)
        row = app.body.line_for_offset(end - 1) - round(app.body.scroll_y)
        strip = app.body.render_line(row)
        highlighted = [seg.text for seg in strip if seg.style and seg.style.bgcolor]
        assert any("said" in text for text in highlighted)


async def test_search_after_resize(history: SearchHistory) -> None:
    article = sample_article()
    app = Harness(article, history)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.resize_terminal(50, 15)
        await pilot.pause()
        await type_query(pilot, "human rights watch")
        assert app.bar.spans
        start, _ = current_span(app)
        first, last = app.body.visible_range()
        assert first <= start < last


async def test_no_matches(history: SearchHistory) -> None:
    app = Harness(sample_article(), history)
    async with app.run_test(size=(80, 20)) as pilot:
        await type_query(pilot, "zebra")
        assert app.bar.spans == [] and app.status_right == "no matches"
        await pilot.press("enter", "n")
        await pilot.pause()
        assert any("No matches" in n.message for n in app._notifications)


async def test_rich_markup_is_found_literally(history: SearchHistory) -> None:
    article = article_from(["Write [bold]loud[/bold] text, not [red]red[/red]."])
    app = Harness(article, history)
    async with app.run_test(size=(80, 20)) as pilot:
        await type_query(pilot, "[bold]")
        assert [article.text[s:e] for s, e in app.bar.spans] == ["[bold]"]


async def test_first_match_is_nearest_below_the_reading_position(
    history: SearchHistory,
) -> None:
    article = article_from([f"Paragraph {i} mentions target." for i in range(80)])
    app = Harness(article, history)
    async with app.run_test(size=(80, 20)) as pilot:
        await pilot.pause()
        app.body.scroll_to_offset(article.blocks[40].start, center=False)
        await pilot.pause()
        await type_query(pilot, "target")
        assert app.bar.current == 40
        assert app.status_right == "41/80"


async def test_history_up_down_between_runs(history: SearchHistory) -> None:
    app = Harness(article_from(["one two three"]), history)
    async with app.run_test(size=(80, 20)) as pilot:
        for word in ("one", "two"):
            await type_query(pilot, word)
            await pilot.press("enter")
    again = Harness(article_from(["one two three"]), SearchHistory(history.path))
    async with again.run_test(size=(80, 20)) as pilot:
        await pilot.press("slash", "up")
        assert again.bar.input.value == "two"
        await pilot.press("up")
        assert again.bar.input.value == "one"
        await pilot.press("down", "down")
        assert again.bar.input.value == ""


async def test_slash_in_a_panel_filters_it(history: SearchHistory) -> None:
    app = Harness(sample_article(), history)
    async with app.run_test(size=(100, 30)) as pilot:
        panel = app.query_one(NamesPanel)
        panel.focus()
        await type_query(pilot, "president")
        assert len(panel.shown) == 2
        assert app.body.highlights("search") == []
        await type_query(pilot, " mex")
        assert panel.shown == ["Enrique Peña Nieto · Mexican President"]
        assert app.status_right == "1 shown"
        await pilot.press("escape")
        assert len(panel.shown) == 3 and app.focused is panel


# -- the real app on the sample article -------------------------------------------------------


async def test_reading_screen_search_shows_count_in_status_line(make_app) -> None:
    from ui_helpers import reading, screen_text, settle

    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        screen = reading(app)
        assert screen.article is not None
        drawn = screen.body.head_text() + "\n" + screen.article.text  # the title block too
        total = drawn.lower().count("mexico")
        await pilot.press("slash", *"mexico")
        await pilot.pause(0.15)
        assert len(screen.body.highlights("search")) == total
        assert f"1/{total}" in screen_text(app)
        await pilot.press("enter", "n")
        await pilot.pause()
        bar = screen.query_one(SearchBar)
        assert not bar.is_open and bar.current == 1
        assert f"2/{total}" in screen_text(app)
        await pilot.press("escape")
        await pilot.pause()
        assert screen.body.highlights("search") == []


async def test_reading_screen_slash_filters_people_panel(make_app) -> None:
    from ui_helpers import reading, settle

    from reader.ui.widgets.panels import PeoplePanel

    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        screen = reading(app)
        panel = screen.query_one(PeoplePanel)
        everyone = len(panel.people)
        if everyone < 2:
            pytest.skip("the people engine found fewer than two people")
        first = panel.people[0]
        screen.query_one("#people-list").focus()
        await pilot.press("slash", *first.name.split()[-1].lower())
        await pilot.pause(0.15)
        assert 1 <= len(panel.people) < everyone
        assert first in panel.people
        assert screen.body.highlights("search") == []
        await pilot.press("escape")
        await pilot.pause()
        assert len(panel.people) == everyone


def test_snapshot_of_highlighted_matches_on_the_sample(make_app, snap_compare) -> None:
    """All matches of "security" in the soft highlight, the second one current."""
    from ui_helpers import settle

    async def search(pilot) -> None:  # type: ignore[no-untyped-def]
        await settle(pilot)
        await pilot.press("slash", *"security")
        await pilot.pause(0.15)
        await pilot.press("enter", "n")
        await pilot.pause()

    assert snap_compare(make_app(), terminal_size=(120, 40), run_before=search)


async def test_reading_screen_slash_filters_quotes_and_keeps_their_index(make_app) -> None:
    from ui_helpers import reading, settle

    from reader.ui.widgets.panels import QuotesPanel

    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        screen = reading(app)
        panel = screen.query_one(QuotesPanel)
        quotes = screen.article.pull_quotes
        wanted = next(
            (i for i, q in enumerate(quotes) if i and "kelly" in (q.attribution or "").lower()),
            None,
        )
        if wanted is None:
            pytest.skip("the sample's pull quotes changed")
        screen.query_one("#quotes-list").focus()
        await pilot.press("slash", *"kelly")
        await pilot.pause(0.15)
        assert panel.quotes == (quotes[wanted],)
        await pilot.press("enter")  # closes the bar, focus back on the filtered list
        await pilot.pause()
        quotes_list = screen.query_one("#quotes-list")
        assert app.focused is quotes_list
        assert len(panel.quotes) == 1
        await pilot.press("enter")  # the filtered list's option carries the quote itself
        await pilot.pause()
        start, end = screen.quote_span(quotes[wanted])
        assert screen.body.highlights("flash") == [(start, end)]


async def test_opening_another_article_forgets_the_search(make_app) -> None:
    """A search belongs to its article: opening another one (o, back, forward) clears the
    matches, the count and the highlights; n then has nothing to step through."""
    from test_travel import open_with_o
    from ui_helpers import reading, settle

    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        screen = reading(app)
        await pilot.press("slash", *"Obama", "enter", "n", "n", "n")
        await pilot.pause()
        assert "4/" in str(screen.query_one("#status-right").render())
        await open_with_o(pilot, str(FIXTURES / "structure.md"))
        assert "Obama" not in screen.article.text
        bar = screen.query_one(SearchBar)

        def forgotten() -> None:
            assert str(screen.query_one("#status-right").render()) == ""
            assert bar.spans == [] and not bar.has_query
            assert screen.body.highlights("search") == []
            assert screen.check_action("next_match", ()) is None

        forgotten()
        app.clear_notifications()
        await pilot.press("n")
        await pilot.pause()
        said = [str(notice.message) for notice in app._notifications]
        assert not any("wrapped" in line for line in said)
        assert screen.body.highlights("search") == []
        await pilot.press("slash", *"function", "enter")  # a search here, then back
        await pilot.pause()
        assert bar.has_query
        await pilot.press("backspace")
        await settle(pilot)
        assert "Obama" in screen.article.text
        forgotten()
        await pilot.press("slash", *"Obama", "enter")  # and forward again
        await pilot.pause()
        assert bar.has_query
        await pilot.press("right_square_bracket")
        await settle(pilot)
        forgotten()
