"""A book's opening on screen while its whole is cleaned: the early load's child sends the
first pages, then the whole, which takes their place where the reader is."""

from __future__ import annotations

import os
import pickle
import subprocess
import sys
import threading
from dataclasses import replace
from pathlib import Path

import pytest
from book_text import book
from ui_helpers import SAMPLE, reading, screen_text, settle

from reader.article.model import Article
from reader.article.packed import pack
from reader.engine.opening import OPENING_CHARS, opening_end
from reader.engine.pipeline import extract
from reader.sources.load import load_source
from reader.store import Store
from reader.ui.jobs.early import EarlyLoad, _send
from reader.ui.widgets.layout import reading_minutes

pytestmark = [
    pytest.mark.anyio,
    pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the early load forks"),
]


def child(source: Path) -> EarlyLoad:
    """The early load's child for ``source`` (``_child``, as ``start`` forks it), run as a
    process of its own."""
    read, write = os.pipe()
    process = subprocess.Popen(
        [sys.executable, "-c", "import sys\nfrom reader.ui.jobs.early import _child\n"
         "_child(sys.argv[1], int(sys.argv[2]))", str(source), str(write)],
        pass_fds=(write,),
    )
    os.close(write)
    return EarlyLoad(str(source), process.pid, read)


def test_the_child_sends_a_long_texts_opening_then_its_whole(tmp_path: Path) -> None:
    path = tmp_path / "book.txt"
    path.write_text(book(3000), encoding="utf-8")
    load = child(path)
    first = load.result()
    assert first is not None and load.more
    whole = load.result()
    assert whole is not None and not load.more
    assert len(whole.text) > 5 * len(first.text)
    assert whole.text.startswith(first.text[: OPENING_CHARS // 2])
    expected = reading_minutes(whole)  # (the opening's is the whole's, estimated)
    assert abs(reading_minutes(first) - expected) <= 0.1 * expected


def test_the_child_sends_a_short_text_whole_at_once(tmp_path: Path) -> None:
    path = tmp_path / "short.txt"
    path.write_text(book(50), encoding="utf-8")
    load = child(path)
    article = load.result()
    assert article is not None and not load.more
    assert "Paragraph 49" in article.text


def test_a_child_killed_after_the_opening_leaves_the_whole_to_the_app(tmp_path: Path) -> None:
    path = tmp_path / "book.txt"
    path.write_text(book(3000), encoding="utf-8")
    load = child(path)
    assert load.result() is not None and load.more
    load.cancel()  # (killed while it cleans the whole)
    assert load.result() is None and not load.more


class Child:
    """Plays the early load's child: sends the articles the test gives, when it gives them."""

    def __init__(self, source: Path) -> None:
        read, self._write = os.pipe()
        self._process = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
        self.load = EarlyLoad(str(source), self._process.pid, read)

    def send(self, status: str, article: object, *more: object) -> None:
        _send(self._write, pickle.dumps((status, pack(article), [], *more)))

    def send_whole_and_exit(self, article: object) -> threading.Thread:
        def run() -> None:  # (in a thread: the message may be more than the pipe holds)
            self.send("ok", article)
            os.close(self._write)
            self._process.kill()

        thread = threading.Thread(target=run)
        thread.start()
        return thread


def book_and_opening(tmp_path: Path) -> tuple[Path, Article, Child]:
    """A book's file, its whole article, and a child that has sent its opening."""
    path = tmp_path / "book.txt"
    path.write_text(book(400), encoding="utf-8")
    document = load_source(str(path))
    first = extract(replace(document, text=document.text[: opening_end(document.text, 9000)]),
                    people=False)
    fake = Child(path)
    fake.send("opening", first, 40_000)
    return path, extract(document, people=False), fake


async def opened(pilot, screen) -> None:  # type: ignore[no-untyped-def]
    for _ in range(100):
        if screen.article is not None:
            break
        await pilot.pause(0.02)
    await pilot.pause()


async def test_the_opening_shows_then_the_whole_takes_its_place_where_the_reader_is(
    make_app, tmp_path: Path
) -> None:
    path, whole, fake = book_and_opening(tmp_path)
    app = make_app(path, early=fake.load)
    async with app.run_test(size=(120, 30)) as pilot:
        screen = reading(app)
        await opened(pilot, screen)
        first = screen.article
        assert first is not None and whole.text.startswith(first.text[:5000])
        assert len(first.text) < len(whole.text) / 3
        shown = screen_text(app)
        assert "loading the rest…" in shown and "2 h 54 min read" in shown  # 40,000 words
        assert "Waiting for the rest of the text…" in shown  # (no quotes yet)
        assert "People come with the whole text…" in shown  # (none looked for yet)
        assert "Finding the people" not in shown
        await pilot.press("space", "space", "space")
        await pilot.pause()
        top = screen.body.top_offset()
        assert top > 0
        words = first.text[top : top + 40]
        fake.send_whole_and_exit(whole).join()
        await settle(pilot)
        assert screen.article.text == whole.text
        assert screen.body.top_offset() == whole.text.find(words) > 0
        shown = screen_text(app)
        assert "loading the rest" not in shown and "% ·" in shown
        assert "Waiting for the rest" not in shown and "People come with" not in shown
        assert not screen.travel.can("back")  # (the opening is no step of the history)
    with Store.open(tmp_path / "data") as store:
        (entry,) = store.list_articles()
        assert store.get_article(entry.id).text == whole.text


async def test_a_key_that_needs_the_whole_runs_when_the_whole_comes(
    make_app, tmp_path: Path
) -> None:
    """G (the end) pressed while only the opening shows says it waits, then goes to the
    whole's end; a later key pressed meanwhile (/) takes its place."""
    path, whole, fake = book_and_opening(tmp_path)
    app = make_app(path, early=fake.load)
    async with app.run_test(size=(120, 30)) as pilot:
        screen = reading(app)
        await opened(pilot, screen)
        assert screen.check_action("bottom", ()) is True  # (offered: it waits)
        await pilot.press("G")
        await pilot.pause()
        assert screen.body.scroll_y < screen.body.max_scroll_y  # (not the opening's end)
        notices = [notice.message for notice in app._notifications]
        assert any("bottom follows when it comes" in notice for notice in notices)
        fake.send_whole_and_exit(whole).join()
        await settle(pilot)
        assert screen.article is not None and screen.article.text == whole.text
        assert screen.body.scroll_y == screen.body.max_scroll_y > 0
        assert screen.body.top_offset() > len(whole.text) - 5000


async def test_the_last_key_waiting_for_the_whole_is_the_one_run(
    make_app, tmp_path: Path
) -> None:
    path, whole, fake = book_and_opening(tmp_path)
    app = make_app(path, early=fake.load)
    async with app.run_test(size=(120, 30)) as pilot:
        screen = reading(app)
        await opened(pilot, screen)
        await pilot.press("G", "slash")
        await pilot.pause()
        assert screen.body.has_focus
        fake.send_whole_and_exit(whole).join()
        await settle(pilot)
        assert screen.article is not None and screen.article.text == whole.text
        assert screen.body.scroll_y == 0  # (G was replaced by /)
        assert screen.query_one("#search-input").has_focus


async def test_opening_another_article_before_the_whole_comes_stops_the_child(
    make_app, tmp_path: Path
) -> None:
    path, _whole, fake = book_and_opening(tmp_path)
    other = tmp_path / "other.txt"
    other.write_text("A Short Note\n\nIts only paragraph says enough words to be read here.\n",
                     encoding="utf-8")
    app = make_app(path, early=fake.load)
    async with app.run_test(size=(120, 30)) as pilot:
        screen = reading(app)
        await opened(pilot, screen)
        assert screen.opening.pending
        screen.open_source(str(other))
        await settle(pilot)
        assert screen.article is not None and screen.article.title == "A Short Note"
        assert not screen.opening.pending
        assert fake._process.wait(timeout=5) != 0  # (killed: the rest is not waited for)
        assert "Its only paragraph" in screen_text(app)
        assert screen.check_action("bottom", ()) is True
        assert not screen.travel.can("back")  # (the book's first pages are no step back)
    with Store.open(tmp_path / "data") as store:  # (nor are they kept as the book)
        assert [entry.title for entry in store.list_articles()] == ["A Short Note"]


async def test_an_article_chosen_from_the_library_during_the_opening_stays(
    make_app, tmp_path: Path
) -> None:
    path, whole, fake = book_and_opening(tmp_path)
    note = extract(load_source(str(SAMPLE)), people=False)
    with Store.open(tmp_path / "data") as store:
        stored = store.save_article(note)
    app = make_app(path, early=fake.load)
    async with app.run_test(size=(120, 30)) as pilot:
        screen = reading(app)
        await opened(pilot, screen)
        assert screen.opening.pending
        screen.open_source(f"library:{stored}")
        fake.send_whole_and_exit(whole).join()
        await settle(pilot)
        await pilot.pause(0.2)  # (a whole delivered late would have replaced it by now)
        assert screen.article is not None and screen.article.title == note.title
        assert not screen.opening.pending


async def test_moving_during_the_opening_keeps_the_place_over_the_saved_one(
    make_app, tmp_path: Path
) -> None:
    """A book read halfway before, reopened: the reader who scrolls its first pages stays
    there when the whole comes (the saved place is jumped to only if they did not move)."""
    path, whole, fake = book_and_opening(tmp_path)
    with Store.open(tmp_path / "data") as store:
        store.save_article(replace(whole, source=str(path)))
        store.set_position(str(path), len(whole.text) // 2, 0.5)
    app = make_app(path, early=fake.load)
    async with app.run_test(size=(120, 30)) as pilot:
        screen = reading(app)
        await opened(pilot, screen)
        await pilot.press("space", "space")
        await pilot.pause()
        top = screen.body.top_offset()
        assert 0 < top < len(whole.text) // 10
        fake.send_whole_and_exit(whole).join()
        await settle(pilot)
        assert screen.article.text == whole.text
        assert screen.body.top_offset() == top


def test_a_piped_book_is_cleaned_by_the_early_child_opening_first(tmp_path: Path) -> None:
    """``reader < book.txt``: the text read from the pipe is cleaned in the forked child as a
    file is, its opening first."""
    path = tmp_path / "book.txt"
    path.write_text(book(3000), encoding="utf-8")
    script = (
        "import sys\nfrom reader.sources.load import load_source\n"
        "from reader.ui.jobs.early import start\n"
        "with open(sys.argv[1], 'rb') as pipe:\n"
        "    document = load_source('-', stdin=pipe)\n"
        "load = start('-', document)\n"
        "first = load.result()\n"
        "print(load.more, first.title)\n"
        "whole = load.result()\n"
        "print(load.more, len(whole.text) > 5 * len(first.text), whole.source)\n"
    )
    done = subprocess.run([sys.executable, "-c", script, str(path)], capture_output=True,
                          text=True, check=True)
    assert done.stdout.split("\n")[:2] == ["True The Long Book of Words", "False True -"]


async def test_a_book_opened_in_the_app_shows_its_opening_before_its_whole(
    make_app, tmp_path: Path
) -> None:
    """``o`` a book (no early load: the worker cleans it): its opening is shown as soon as it
    is cleaned, with the whole's reading time, then the whole takes its place."""
    path = tmp_path / "book.txt"
    path.write_text(book(3000), encoding="utf-8")
    app = make_app()
    async with app.run_test(size=(120, 30)) as pilot:
        await settle(pilot)
        screen = reading(app)
        seen: list[tuple[int, bool, int]] = []
        show_first = screen.opening.show_first

        def spy(cancelled, article, layout) -> None:  # type: ignore[no-untyped-def]
            show_first(cancelled, article, layout)
            seen.append((len(article.text), screen.opening.pending, reading_minutes(article)))

        screen.opening.show_first = spy  # type: ignore[method-assign]
        screen.open_source(str(path))
        await settle(pilot)
        whole = screen.article
        assert whole is not None and not screen.opening.pending
        ((shown, pending, minutes),) = seen
        assert pending and shown < len(whole.text) / 5
        assert abs(minutes - reading_minutes(whole)) <= 0.1 * reading_minutes(whole)
        assert screen.travel.can("back")  # (to the sample: one step, not two)
        await pilot.press("backspace")
        await settle(pilot)
        assert "Obama" in screen.article.title
        assert not screen.travel.can("back")


def test_the_same_place_is_the_same_words_nearest_the_same_offset() -> None:
    from reader.ui.screens.opening import same_place

    chorus = "and the river ran on past the harvest and the evening came down "
    opening = "Intro. " + chorus * 3 + "A sentence found once, at the end of the opening."
    at = opening.index("A sentence")
    assert same_place(opening, opening + " More.", at) == at  # (the same text: the same place)
    shifted = "A line the whole keeps. " + opening
    assert same_place(opening, shifted, at) == at + len("A line the whole keeps. ")
    second = opening.index(chorus, 10)  # (the words repeat: the nearest copy, not the first)
    assert same_place(opening, "xy" + opening, second) == second + 2
    assert same_place(opening, "nothing alike", at) == at


async def test_a_piped_books_child_dying_after_its_opening_leaves_the_rest_to_the_app(
    make_app, tmp_path: Path
) -> None:
    """The rest is cleaned from the text read from the pipe (standard input is the
    keyboard's by then: it cannot be read again)."""
    path, whole, fake = book_and_opening(tmp_path)
    with path.open("rb") as pipe:
        document = load_source("-", stdin=pipe)
    fake.load.source = "-"  # (as start("-", document) names it)
    app = make_app("-", document=document, early=fake.load)
    async with app.run_test(size=(120, 30)) as pilot:
        screen = reading(app)
        await opened(pilot, screen)
        assert screen.opening.pending
        os.close(fake._write)  # (the child dies before sending the whole)
        fake._process.kill()
        await settle(pilot)
        assert screen.article is not None and screen.article.text == whole.text
        assert not screen.opening.pending


async def test_going_back_during_the_opening_leaves_the_book(make_app, tmp_path: Path) -> None:
    """backspace while a book's first pages show: the article before, for good (the whole
    does not come back over it, and forward does not lead to the cut book)."""
    path, whole, fake = book_and_opening(tmp_path)
    app = make_app(SAMPLE)
    async with app.run_test(size=(120, 30)) as pilot:
        await settle(pilot)
        screen = reading(app)
        sample = screen.article
        app._early = fake.load  # (as if the book were given first: its child is cleaning it)
        fake.load.source = str(path)
        screen.open_source(str(path))
        for _ in range(100):
            if screen.opening.pending:
                break
            await pilot.pause(0.02)
        assert screen.opening.pending
        await pilot.press("backspace")
        fake.send_whole_and_exit(whole).join()
        await settle(pilot)
        await pilot.pause(0.2)
        assert screen.article is not None and screen.article.text == sample.text
        assert not screen.travel.can("forward")
