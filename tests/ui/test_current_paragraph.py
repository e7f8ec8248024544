"""The current paragraph (what m bookmarks and y copies) through the app: the one a jump
took the reader to while it is on screen, and one `}` steps to where the view cannot scroll
further (a short article, the end of a long one)."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import Input
from ui_helpers import reading, settle

from reader.article.model import Article
from reader.ui.screens.note import NoteDialog
from reader.ui.screens.reading import ReadingScreen
from reader.ui.widgets.outline import OutlinePanel

pytestmark = pytest.mark.anyio

SHORT = """# A short note

The first paragraph says what the note is about, in a sentence or two of plain words.

The second paragraph goes on with a detail that matters to the reader of the note.

The third paragraph is the one worth keeping: it holds the line the reader came for.

The fourth paragraph ends the note with a word of thanks to everyone who read it.
"""


async def _opened(pilot) -> tuple[ReadingScreen, Article]:
    """The reading screen once its article is in, the keys the body's."""
    await settle(pilot)
    screen = reading(pilot.app)
    assert screen.article is not None
    screen.body.focus()
    return screen, screen.article


async def _bookmarked_text(pilot) -> str:
    """Press m and read the passage the note dialog offers to keep (then cancel)."""
    await pilot.press("m")
    await pilot.pause()
    dialog = pilot.app.screen
    assert isinstance(dialog, NoteDialog)
    text = dialog.quote
    await pilot.press("escape")
    await pilot.pause()
    return text


async def test_braces_step_through_a_short_article_that_cannot_scroll(
    make_app, tmp_path: Path
) -> None:
    """The whole note fits on screen: } steps the current paragraph down it (and marks
    it), { steps back, and m keeps the paragraph stepped to, not always the first."""
    source = tmp_path / "note.md"
    source.write_text(SHORT, encoding="utf-8")
    app = make_app(source)
    async with app.run_test(size=(100, 30)) as pilot:
        screen, article = await _opened(pilot)
        assert len(article.blocks) == 4 and screen.body.max_scroll_y == 0
        await pilot.press("}", "}", "}")
        await pilot.pause()
        third = article.blocks[2]
        assert screen.body.highlights("flash") == [(third.start, third.end)]
        assert await _bookmarked_text(pilot) == third.text
        await pilot.press("{")
        await pilot.pause()
        assert await _bookmarked_text(pilot) == article.blocks[1].text
        await pilot.press("}", "}", "}", "}")  # past the last: it stays the last
        await pilot.pause()
        assert await _bookmarked_text(pilot) == article.blocks[-1].text


async def test_the_last_paragraph_of_a_long_article_can_be_bookmarked(make_app) -> None:
    """At the end (G) the view cannot put the last paragraphs at its top: } still reaches
    them, and m keeps the last one, saved as such."""
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        screen, article = await _opened(pilot)
        await pilot.press("G")
        await pilot.pause()
        assert screen.body.current_block() != len(article.blocks) - 1
        await pilot.press(*["}"] * len(article.blocks))
        await pilot.pause()
        await pilot.press("m")
        await pilot.pause()
        assert isinstance(app.screen, NoteDialog)
        app.screen.query_one("#note-input", Input).value = ""
        await pilot.press("enter")
        await settle(pilot)
        (mark,) = app.store.list_bookmarks()
        last = article.blocks[-1]
        assert (mark.start, mark.end) == (last.start, last.end)


async def test_m_after_a_search_keeps_the_paragraph_of_the_match(make_app) -> None:
    """A match is shown a third down the view, below the paragraph at its top: m and y
    take the match's paragraph, until the reader scrolls it away."""
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        screen, article = await _opened(pilot)
        word = "existential"
        await pilot.press("/", *word, "enter", "n")  # the second match: in a quote, far down
        await pilot.pause()
        start = article.text.index(word, article.text.index(word) + 1)
        block = article.blocks[article.block_at(start)]
        assert article.block_at(screen.body.top_offset()) != article.block_at(start)
        assert await _bookmarked_text(pilot) == block.text
        await pilot.press("g")  # scrolled away: the paragraph at the top again
        await pilot.pause()
        assert await _bookmarked_text(pilot) != block.text


async def test_a_heading_the_outline_goes_to_at_the_end_is_where_braces_go_on(
    make_app, tmp_path: Path
) -> None:
    """A heading in the last screen cannot come to the top: } goes on from it (to the
    paragraph under it), not from the paragraph at the top of the view."""
    source = tmp_path / "note.md"
    source.write_text(SHORT.replace("The fourth", "## Thanks\n\nThe fourth"), encoding="utf-8")
    app = make_app(source)
    async with app.run_test(size=(120, 30)) as pilot:
        screen, article = await _opened(pilot)
        await pilot.press("T")
        await pilot.pause()
        panel = screen.query_one(OutlinePanel)
        panel.list.highlighted = [h.text for h in panel.headings].index("Thanks")
        await pilot.press("enter", "}")
        await pilot.pause()
        assert await _bookmarked_text(pilot) == article.blocks[-1].text
