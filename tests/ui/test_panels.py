"""Panel jumps land on the right passage; people's mentions are marked and stepped through."""

from __future__ import annotations

from dataclasses import replace

import pytest
from ui_helpers import reading, settle

from reader.article.model import Person

pytestmark = pytest.mark.anyio


def visible(screen) -> tuple[int, int]:
    return screen.body.visible_range()


async def test_enter_on_each_pull_quote_shows_and_flashes_its_passage(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(120, 30)) as pilot:
        await settle(pilot)
        screen = reading(app)
        article = screen.article
        assert article is not None and len(article.pull_quotes) >= 2
        await pilot.press("tab")
        for index, quote in enumerate(article.pull_quotes):
            if index:
                await pilot.press("down")
            await pilot.press("enter")
            await pilot.pause()
            start, end = screen.quote_span(quote)
            first, last = visible(screen)
            assert first <= start < last, (index, quote.text[:30])
            passage = article.text[start:end]
            assert quote.text.split()[0].strip("“”\"") in passage
            assert screen.body.highlights("flash") == [(start, end)]


async def test_quote_passages_are_marked_in_the_body(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(120, 30)) as pilot:
        await settle(pilot)
        screen = reading(app)
        article = screen.article
        block = article.pull_quotes[0].block
        assert block is not None
        screen.body.scroll_to_block(block)
        await pilot.pause()
        assert screen.body.render_line(0).text.lstrip().startswith("▌")


def with_people(article):
    """The sample with two people (the people engine is tested on its own)."""
    text = article.text
    spans = tuple((i, i + len("Obama")) for i in _all(text, "Obama"))
    obama = Person("Barack Obama", "President", len(spans), ("Our commitment is to be a friend",),
                   spans)
    kelly_spans = tuple((i, i + len("Kelly")) for i in _all(text, "Kelly"))
    kelly = Person("John Kelly", "Gen.", len(kelly_spans), (), kelly_spans)
    return replace(article, people=(obama, kelly))


def _all(text: str, word: str) -> list[int]:
    found, start = [], text.find(word)
    while start >= 0:
        found.append(start)
        start = text.find(word, start + 1)
    return found


async def test_enter_on_a_person_marks_mentions_and_steps(make_app, monkeypatch) -> None:
    monkeypatch.setattr("reader.ui.screens.reading.analyse", with_people)
    app = make_app()
    async with app.run_test(size=(120, 30)) as pilot:
        await settle(pilot)
        screen = reading(app)
        people = screen.query_one("#people-list")
        assert screen.query_one("#people-panel").people[0].name == "Barack Obama"
        spans = list(screen.query_one("#people-panel").people[0].spans)
        people.focus()
        await pilot.press("enter")
        await pilot.pause()
        assert screen.body.highlights("mention") == spans
        first, last = visible(screen)
        assert first <= spans[0][0] < last
        await pilot.press("enter")  # again: the next mention
        await pilot.pause()
        first, last = visible(screen)
        assert first <= spans[1][0] < last
        assert "2/" in str(screen.query_one("#status-right").render())
        # the person's quotes are listed beneath; enter jumps to the quote
        said = screen.query_one("#said-list")
        assert said.display
        said.focus()
        await pilot.press("enter")
        await pilot.pause()
        where = article_offset(screen, "Our commitment is to be a friend")
        first, last = visible(screen)
        assert first <= where < last
        await pilot.press("escape")
        await pilot.pause()
        assert screen.body.highlights("mention") == []


async def test_backspace_returns_from_a_jump_from_the_panels(make_app, monkeypatch) -> None:
    """enter on a pull quote, a person or a person's quote jumps the text; backspace (with
    the panel still focused) comes back to where it was read, as from a heading link."""
    monkeypatch.setattr("reader.ui.screens.reading.analyse", with_people)
    app = make_app()
    async with app.run_test(size=(120, 20)) as pilot:
        await settle(pilot)
        screen = reading(app)
        body = screen.body
        for list_id in ("#quotes-list", "#people-list", "#said-list"):
            body.focus()
            await pilot.press("G")
            await pilot.pause()
            left_at = body.top_offset()
            assert not screen.travel.can("back"), list_id
            screen.query_one(list_id).focus()
            await pilot.press("enter")
            await pilot.pause()
            assert body.top_offset() < left_at, list_id
            assert screen.travel.can("back"), list_id
            await pilot.press("backspace")
            await pilot.pause()
            assert body.top_offset() == left_at, list_id


def article_offset(screen, words: str) -> int:
    return screen.article.text.index(words)


async def test_people_panel_fills_in_after_the_body(make_app, monkeypatch) -> None:
    import threading

    release = threading.Event()

    def slow(article):
        release.wait(5)
        return with_people(article)

    monkeypatch.setattr("reader.ui.screens.reading.analyse", slow)
    app = make_app()
    async with app.run_test(size=(120, 30)) as pilot:
        for _ in range(50):
            await pilot.pause(0.02)
            if reading(app).article is not None:
                break
        screen = reading(app)
        assert screen.article is not None  # the body is up while people are still sought
        assert screen.query_one("#people-panel").people == ()
        await pilot.press("j")  # the screen answers meanwhile
        release.set()
        await settle(pilot)
        assert len(screen.query_one("#people-panel").people) == 2


async def test_enter_right_after_focus_selects_the_first_item(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(120, 30)) as pilot:
        await settle(pilot)
        screen = reading(app)
        quotes = screen.query_one("#quotes-list")
        quotes.focus()
        quotes.action_select()  # before the list has seen its focus event (fast typing)
        await pilot.pause()
        start, _ = screen.quote_span(screen.article.pull_quotes[0])
        first, last = visible(screen)
        assert first <= start < last


async def test_a_pull_quote_in_its_own_marks_is_marked_once(make_app, tmp_path) -> None:
    said = "The wall is the only thing between us and the ocean, and it is falling apart."
    body = "".join(
        f"<p>Paragraph {n}: residents of the harbour town voted to rebuild the seawall, and"
        f" Tom Reyes said: \u201c{said}\u201d The vote was wide.</p>" for n in range(6)
    )
    page = tmp_path / "wall.html"
    page.write_text(
        "<html><head><title>The wall</title></head><body><article><h1>The wall</h1>"
        f"{body[:400]}<aside class='pullquote'><p>\u201c{said}\u201d</p></aside>{body[400:]}"
        "</article></body></html>", encoding="utf-8")
    app = make_app(page)
    async with app.run_test(size=(120, 30)) as pilot:
        await settle(pilot)
        quotes = reading(app).query_one("#quotes-list")
        assert quotes.option_count == 1
        shown = quotes.get_option_at_index(0).prompt.text.plain
        assert shown.startswith(f"\u201c{said}\u201d")
