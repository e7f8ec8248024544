"""The outline: the article's headings in a panel, enter jumps, the current section marked."""

from __future__ import annotations

import pytest
from ui_helpers import reading, screen_text, settle

from reader.ui.widgets.outline import MARK, OutlineList, OutlinePanel

pytestmark = pytest.mark.anyio

PARAGRAPH = "Words about the subject that go on for a while, so the section is long enough."


def documentation(tmp_path):  # type: ignore[no-untyped-def]
    parts = ["# The manual", "An introduction to the manual."]
    for chapter in range(1, 7):
        parts.append(f"## Chapter {chapter}")
        parts += [f"Chapter {chapter}, paragraph {n}. {PARAGRAPH}" for n in range(8)]
        parts.append(f"### Details of chapter {chapter}")
        parts += [f"Detail {chapter}.{n}. {PARAGRAPH}" for n in range(4)]
    path = tmp_path / "manual.md"
    path.write_text("\n\n".join(parts), encoding="utf-8")
    return path


def marked(panel: OutlinePanel) -> str | None:
    current = panel.list.current
    return None if current is None else panel.headings[current].text


async def opened(pilot, screen) -> OutlinePanel:  # type: ignore[no-untyped-def]
    """``T`` pressed on ``screen``: its outline panel."""
    await pilot.press("T")
    await pilot.pause()
    return screen.query_one(OutlinePanel)


async def test_outline_lists_headings_and_jumps(make_app, tmp_path) -> None:
    app = make_app(documentation(tmp_path))
    async with app.run_test(size=(140, 40)) as pilot:
        await settle(pilot)
        screen = reading(app)
        assert screen.check_action("go", ("outline",)) is True
        panel = await opened(pilot, screen)
        assert panel.display
        assert isinstance(app.focused, OutlineList)
        texts = [heading.text for heading in panel.headings]
        assert "Chapter 4" in texts and "Details of chapter 6" in texts
        shown = screen_text(app)
        assert "OUTLINE" in shown and "Chapter 2" in shown
        target = next(h for h in panel.headings if h.text == "Chapter 4")
        panel.list.highlighted = panel.headings.index(target)
        await pilot.press("enter")
        await pilot.pause()
        assert screen.body.top_offset() == target.start
        assert app.focused is screen.body
        assert marked(panel) == "Chapter 4"
        assert f"{MARK}Chapter 4" in screen_text(app)


async def test_the_current_section_follows_the_scroll(make_app, tmp_path) -> None:
    app = make_app(documentation(tmp_path))
    async with app.run_test(size=(140, 40)) as pilot:
        await settle(pilot)
        screen = reading(app)
        panel = await opened(pilot, screen)
        assert marked(panel) in (None, "The manual")
        screen.body.focus()
        chapter3 = next(h for h in panel.headings if h.text == "Chapter 3")
        screen.body.scroll_to_offset(chapter3.start + 40, center=False)
        await pilot.pause()
        assert marked(panel) == "Chapter 3"
        await pilot.press("j", "j", "j")  # within the section: still chapter 3
        await pilot.pause()
        assert marked(panel) == "Chapter 3"
        await pilot.press("G")
        await pilot.pause()
        assert marked(panel) == "Details of chapter 6"
        await pilot.press("T")  # hides it again
        await pilot.pause()
        assert not panel.display


async def test_no_headings_says_so(make_app) -> None:
    app = make_app()  # the sample: a news story without headings
    async with app.run_test(size=(140, 40)) as pilot:
        await settle(pilot)
        screen = reading(app)
        await pilot.press("T")
        await pilot.pause()
        assert not screen.query(OutlinePanel)
        assert any("no headings" in str(n.message) for n in app._notifications)


def book(tmp_path, chapters: int = 60):  # type: ignore[no-untyped-def]
    """A plain-text book: "CHAPTER n" headings, each over a few paragraphs."""
    parts = ["THE LONG BOOK", "by Test Author"]
    for chapter in range(1, chapters + 1):
        parts.append(f"CHAPTER {chapter}")
        parts += [f"Chapter {chapter}, paragraph {n}. {PARAGRAPH} {PARAGRAPH}" for n in range(6)]
    path = tmp_path / "book.txt"
    path.write_text("\n\n".join(parts), encoding="utf-8")
    return path


async def test_the_outline_opens_on_the_section_being_read_in_view(make_app, tmp_path) -> None:
    """Far into a long book, T puts the cursor on the chapter being read, scrolled into
    view (not on the first chapter, nor below the list's last row)."""
    app = make_app(book(tmp_path))
    async with app.run_test(size=(120, 30)) as pilot:
        await settle(pilot)
        screen = reading(app)
        chapter = next(h for h in screen.outline.headings if h.text == "CHAPTER 40")
        screen.body.scroll_to_offset(chapter.start + 50, center=False)
        await pilot.pause()
        panel = await opened(pilot, screen)
        assert panel.list.highlighted_item is chapter
        assert marked(panel) == "CHAPTER 40"
        assert f"{MARK}CHAPTER 40" in screen_text(app)
        await pilot.press("G")  # the list's last heading shows too
        await pilot.pause()
        assert "CHAPTER 60" in screen_text(app)


async def test_slash_filters_the_outline_as_it_filters_a_panel(make_app, tmp_path) -> None:
    app = make_app(documentation(tmp_path))
    async with app.run_test(size=(140, 40)) as pilot:
        await settle(pilot)
        screen = reading(app)
        panel = await opened(pilot, screen)
        await pilot.press("slash", *"details", "enter")
        await pilot.pause()
        assert panel.list.item_count == 6
        assert screen.body.highlights("search") == []
        assert "6 shown" in str(screen.query_one("#status-right").render())
        assert isinstance(app.focused, OutlineList)
        await pilot.press("down", "down", "enter")
        await pilot.pause()
        target = next(h for h in panel.headings if h.text == "Details of chapter 3")
        assert screen.body.top_offset() == target.start
        assert marked(panel) == "Details of chapter 3"


async def test_esc_closes_the_outline_laid_over_the_text(make_app, tmp_path) -> None:
    """On a narrow terminal the outline lies over the text: esc hides it (as it closes the
    panels opened there), the keys back to the text; on a wide one it stays beside it."""
    app = make_app(documentation(tmp_path))
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        screen = reading(app)
        assert screen.has_class("-narrow")
        panel = await opened(pilot, screen)
        assert panel.display
        await pilot.press("escape")
        await pilot.pause()
        assert not panel.display
        assert app.focused is screen.body
        assert "OUTLINE" not in screen_text(app)
    app = make_app(documentation(tmp_path))
    async with app.run_test(size=(140, 40)) as pilot:
        await settle(pilot)
        screen = reading(app)
        panel = await opened(pilot, screen)
        await pilot.press("escape")
        await pilot.pause()
        assert panel.display
        assert app.focused is screen.body


async def test_a_long_heading_wraps_under_its_own_words(make_app, tmp_path) -> None:
    """A heading too long for the outline's width goes on under its first word, past its
    indent and mark (it went back to the panel's edge, under the headings above it)."""
    long = "Mapping between SysV runlevels and systemd targets and their names"
    parts = ["# The manual", "An introduction.", "## Chapter", PARAGRAPH, f"### {long}",
             PARAGRAPH, "## Other chapter", PARAGRAPH]
    path = tmp_path / "manual.md"
    path.write_text("\n\n".join(parts), encoding="utf-8")
    app = make_app(path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        screen = reading(app)
        await opened(pilot, screen)
        lines = screen_text(app).splitlines()
        first = next(n for n, line in enumerate(lines) if "Mapping between" in line)
        column = lines[first].index("Mapping")
        following = lines[first + 1]
        assert following[:column].strip(" ▌") == "", following
        assert following[column:column + 1].isalpha(), (lines[first], following)
