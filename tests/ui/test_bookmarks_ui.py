"""Bookmarks through the app: m on a pull quote, a person's quote and a paragraph; B screen."""

from __future__ import annotations

import pytest
from textual.widgets import Input
from ui_helpers import reading, screen_text, settle

from reader.ui.screens.bookmarks import BookmarksScreen
from reader.ui.screens.note import NoteDialog
from reader.ui.widgets.panels import PanelList, PeoplePanel

pytestmark = pytest.mark.anyio


async def _bookmark(pilot, note: str = "") -> None:
    """Press m, write ``note`` in the dialog, press enter."""
    await pilot.press("m")
    await pilot.pause()
    assert isinstance(pilot.app.screen, NoteDialog)
    pilot.app.screen.query_one("#note-input", Input).value = note
    await pilot.press("enter")
    await pilot.pause()
    assert not isinstance(pilot.app.screen, NoteDialog)


async def _keep_three(app, pilot) -> None:
    """A pull quote (with a note), a person's quote, the second paragraph."""
    screen = reading(app)
    quotes = screen.query_one("#quotes-list", PanelList)
    quotes.focus()
    quotes.highlighted = 0
    await pilot.pause()
    await _bookmark(pilot, "why it matters")
    people = screen.query_one("#people-list", PanelList)
    panel = screen.query_one(PeoplePanel)
    speaker = next(i for i, p in enumerate(panel.people) if p.quotes)
    people.focus()
    people.highlighted = speaker
    await pilot.pause()
    await _bookmark(pilot)
    screen.body.focus()
    await pilot.press("}", "}")
    await pilot.pause()
    await _bookmark(pilot)


async def test_m_bookmarks_pull_quote_person_quote_and_paragraph(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        screen = reading(app)
        article = screen.article
        assert article is not None and article.pull_quotes and article.people
        await _keep_three(app, pilot)
        await settle(pilot)
        marks = sorted(app.store.list_bookmarks(), key=lambda m: m.created)
        assert len(marks) == 3
        pull, said, paragraph = marks
        quote = article.pull_quotes[0]
        assert (pull.text, pull.note) == (quote.text, "why it matters")
        assert pull.speaker == (quote.speaker or quote.attribution)
        person = next(p for p in screen.query_one(PeoplePanel).people if p.quotes)
        assert (said.text, said.speaker) == (person.quotes[0], person.name)
        block = article.blocks[1]
        assert (paragraph.text, paragraph.start, paragraph.end) == (
            block.text, block.start, block.end
        )
        assert all(m.title == article.title and m.created for m in marks)
        # the body marks the bookmarked passages
        marked = screen.body.highlights("bookmark")
        assert (block.start, block.end) in marked
        assert len(marked) >= 2


async def test_esc_in_the_note_dialog_keeps_nothing(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("m")
        await pilot.pause()
        assert isinstance(app.screen, NoteDialog)
        await pilot.press("escape")
        await pilot.pause()
        assert app.store.list_bookmarks() == []


async def test_bookmarks_screen_lists_opens_at_quote_deletes_and_undoes(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        screen = reading(app)
        await _keep_three(app, pilot)
        await pilot.press("B")
        await pilot.pause()
        assert isinstance(app.screen, BookmarksScreen)
        shown = screen_text(app)
        article = screen.article
        person = next(p for p in screen.query_one(PeoplePanel).people if p.quotes)
        assert article.title[:40] in shown and person.name in shown
        assert "Note: why it matters" in shown
        # search narrows the list
        app.screen.query_one("#list-search", Input).value = "matters"
        await pilot.pause()
        assert len(app.screen.items) == 1
        app.screen.query_one("#list-search", Input).value = ""
        await pilot.pause()
        assert len(app.screen.items) == 3
        # delete and undo
        app.screen.item_list.focus()
        app.screen.item_list.highlighted = 0
        await pilot.press("d")
        await settle(pilot)  # (the write: off the UI thread)
        assert len(app.store.list_bookmarks()) == 2 and len(app.screen.items) == 2
        await pilot.press("u")
        await settle(pilot)  # (the write: off the UI thread)
        assert len(app.store.list_bookmarks()) == 3 and len(app.screen.items) == 3
        # edit a note
        bookmarks = app.screen
        target = next(i for i, m in enumerate(bookmarks.items) if not m.note)
        bookmarks.item_list.highlighted = target
        await pilot.press("e")
        await pilot.pause()
        assert isinstance(app.screen, NoteDialog)
        app.screen.query_one("#note-input", Input).value = "edited"
        await pilot.press("enter")
        await pilot.pause()
        assert sum(m.note == "edited" for m in app.store.list_bookmarks()) == 1
        # open the article at the pull quote
        screen.body.scroll_to(y=0, animate=False, immediate=True)
        pull = next(i for i, m in enumerate(bookmarks.items) if m.note == "why it matters")
        bookmarks.item_list.highlighted = pull
        await pilot.press("enter")
        await settle(pilot)
        assert app.screen is screen
        mark = app.store.list_bookmarks("matters")[0]
        start = mark.start
        first, last = screen.body.visible_range()
        assert first <= start < last
        assert screen.body.scroll_y > 0


def _note_field(app) -> Input:
    """The note dialog's field: the cursor after the note there, nothing selected."""
    assert isinstance(app.screen, NoteDialog)
    field = app.screen.query_one("#note-input", Input)
    assert field.has_focus and field.selection.is_empty
    assert field.cursor_position == len(field.value)
    return field


async def test_a_note_kept_before_is_shown_to_add_to_and_never_lost(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        reading(app).body.focus()
        await pilot.press("}")
        await pilot.pause()
        await _bookmark(pilot, "first thought")
        await settle(pilot)
        await pilot.press("m")  # the same paragraph again
        await pilot.pause()
        assert _note_field(app).value == "first thought"
        assert "Already bookmarked" in screen_text(app)
        await pilot.press(*" and more", "enter")
        await settle(pilot)
        (mark,) = app.store.list_bookmarks()
        assert mark.note == "first thought and more"
        await pilot.press("B")
        await pilot.pause()
        assert isinstance(app.screen, BookmarksScreen)
        app.screen.item_list.focus()
        await pilot.press("e")
        await pilot.pause()
        assert _note_field(app).value == "first thought and more"
        await pilot.press("!", "enter")
        await pilot.pause()
        assert [m.note for m in app.store.list_bookmarks()] == ["first thought and more!"]


async def test_a_pull_quote_is_kept_whole_though_the_body_ends_it_otherwise(make_app) -> None:
    """The sample's first pull quote ends "Mexico." where the body says "Mexico,” Obama
    said": the bookmark keeps the whole quote's passage, not its first 8 words."""
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        screen = reading(app)
        article = screen.article
        assert article is not None
        quote = article.pull_quotes[0]
        assert quote.text.endswith("Mexico.")
        quotes = screen.query_one("#quotes-list", PanelList)
        quotes.focus()
        quotes.highlighted = 0
        await pilot.pause()
        await _bookmark(pilot)
        await settle(pilot)
        (mark,) = app.store.list_bookmarks()
        assert article.text[mark.start:mark.end] == quote.text.removesuffix(".")
        assert (mark.start, mark.end) in screen.body.highlights("bookmark")


async def test_the_bookmark_notice_says_bookmarked_once_with_what_was_kept(make_app) -> None:
    """Its title says "Bookmarked"; its message is the quote (and who said it), not
    "Bookmarked: ..." again."""
    from textual.widgets._toast import Toast

    app = make_app()
    async with app.run_test(size=(120, 40), notifications=True) as pilot:
        await settle(pilot)
        screen = reading(app)
        screen.body.focus()
        await pilot.press("}")
        await pilot.pause()
        await _bookmark(pilot)
        await settle(pilot)
        (mark,) = app.store.list_bookmarks()
        toasts = [str(toast.render()) for toast in app.screen.query(Toast)]
        (notice,) = [text for text in toasts if "Bookmarked" in text]
        assert notice.count("Bookmarked") == 1
        assert mark.text[:30] in notice


async def test_a_bookmark_deleted_on_the_bookmarks_screen_is_unmarked_in_the_text(make_app) -> None:
    """Back from B (esc) the text marks the bookmarks there are: not one just deleted, and
    again one whose deletion was undone."""
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        body = reading(app).body
        await pilot.press("}", "}")
        await pilot.pause()
        await _bookmark(pilot)
        assert len(body._layers["bookmark"].source) == 1
        await pilot.press("B")
        await pilot.pause()
        assert isinstance(app.screen, BookmarksScreen)
        await pilot.press("d")
        await settle(pilot)  # (the write: off the UI thread)
        assert app.store.count_bookmarks() == 0
        await pilot.press("escape")
        await pilot.pause()
        assert app.screen is reading(app)
        assert "bookmark" not in body._layers
        await pilot.press("B", "u", "escape")
        await pilot.pause()
        assert app.store.count_bookmarks() == 1
        assert len(body._layers["bookmark"].source) == 1
