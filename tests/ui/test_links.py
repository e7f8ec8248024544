"""Links in the body: drawn as links (terminal hyperlinks only for clean http(s)
addresses), listed by ``f``, followed in the reader (backspace comes back), opened in the
browser or copied; a mailto: link is not followed; a page of 10,000 links."""

from __future__ import annotations

import time
from dataclasses import replace
from pathlib import Path

import pytest
from pytest_httpserver import HTTPServer
from ui_helpers import burst, reading, screen_after, screen_text, settle

from reader.article.model import Link
from reader.ui.screens.link_screen import LinksScreen
from reader.ui.widgets.link_list import MAX_LISTED, LinkList
from tests.pages_site import WORDS, page_html, serve

pytestmark = pytest.mark.anyio


def linked_page(title: str, links: list[tuple[str, str]], *, paragraphs: int = 12) -> str:
    """An article whose paragraphs each hold one of ``links`` (text, href), in order."""
    parts = []
    for index in range(paragraphs):
        anchor = ""
        if index < len(links):
            text, href = links[index]
            anchor = f' See <a href="{href}">{text}</a> for more.'
        parts.append(f"<p>Paragraph {index + 1} of the story. {WORDS}{anchor}</p>")
    return (f"<!doctype html><html><head><title>{title}</title></head><body><article>"
            f"<h1>{title}</h1>{''.join(parts)}</article></body></html>")


def site(server: HTTPServer) -> str:
    """A first article linking to a second one on the same server, and to a mailto."""
    second = serve(server, "/second", page_html("The harbour wall", "Second story"))
    return serve(server, "/first", linked_page("The budget vote", [
        ("the wall report", second),
        ("write to the editor", "mailto:editor@example.com"),
        ("the council", "https://council.example.org/minutes"),
    ]))


def link_list(app) -> LinkList:  # type: ignore[no-untyped-def]
    assert isinstance(app.screen, LinksScreen)
    return app.screen.query_one(LinkList)


async def test_f_lists_the_links_numbered_and_a_number_follows_one_back_returns(
    make_app, httpserver: HTTPServer
) -> None:
    app = make_app(site(httpserver))
    async with app.run_test(size=(120, 30)) as pilot:
        await settle(pilot)
        screen = reading(app)
        assert [link.text for link in screen.article.links] == [
            "the wall report", "write to the editor", "the council"]
        await pilot.press("space")
        await pilot.pause()
        left_at = screen.body.top_offset()
        assert left_at > 0
        await pilot.press("f")
        await pilot.pause()
        text = screen_text(app)
        assert "1  the wall report" in text and "2  write to the editor" in text
        assert "3  the council" in text and "council.example.org/minutes" in text
        listed = link_list(app)
        await pilot.press("3")
        await pilot.pause()
        assert listed.highlighted == 2 and "Link 3" in screen_text(app)
        await pilot.press("backspace", "1", "enter")
        await settle(pilot)
        assert app.screen is screen
        assert screen.article.title == "The harbour wall"
        assert "Second story paragraph 1" in screen_text(app)
        await pilot.press("backspace")
        await settle(pilot)
        await pilot.pause(0.4)
        assert screen.article.title == "The budget vote"
        assert screen.body.top_offset() == left_at


async def test_enter_on_the_highlighted_link_follows_it(make_app, httpserver) -> None:
    app = make_app(site(httpserver))
    async with app.run_test(size=(120, 30)) as pilot:
        await settle(pilot)
        await pilot.press("f")
        await pilot.pause()
        await pilot.press("enter")  # the first is highlighted
        await settle(pilot)
        assert reading(app).article.title == "The harbour wall"


async def test_an_address_written_in_a_plain_text_is_a_link_to_follow(
    make_app, httpserver: HTTPServer, tmp_path: Path
) -> None:
    second = serve(httpserver, "/second", page_html("The harbour wall", "Second story"))
    notes = tmp_path / "notes.txt"
    notes.write_text(f"Harbour notes\n\nThe report is at {second}. {WORDS}\n", encoding="utf-8")
    app = make_app(notes)
    async with app.run_test(size=(120, 30)) as pilot:
        await settle(pilot)
        assert [link.href for link in reading(app).article.links] == [second]
        await pilot.press("f")
        await pilot.pause()
        assert f"1  {second}" in screen_text(app)
        await pilot.press("enter")
        await settle(pilot)
        assert reading(app).article.title == "The harbour wall"


async def test_a_number_past_the_links_is_said_at_once(make_app, httpserver) -> None:
    app = make_app(site(httpserver))
    async with app.run_test(size=(120, 30)) as pilot:
        await settle(pilot)
        await pilot.press("f", "9")
        await pilot.pause()
        assert "No link 9: there are 3" in screen_text(app)
        await pilot.press("backspace", "2")
        await pilot.pause()
        assert "Link 2 · enter follows it" in screen_text(app)


async def test_a_mailto_link_is_not_followed(make_app, httpserver) -> None:
    app = make_app(site(httpserver))
    async with app.run_test(size=(120, 30)) as pilot:
        await settle(pilot)
        screen = reading(app)
        first = screen.article
        await pilot.press("f")
        await pilot.pause()
        await pilot.press("down", "enter")
        await settle(pilot)
        assert screen.article is first and not screen.is_loading
        said = [notice.message for notice in app._notifications]
        assert any("not opened in the reader" in message and "mailto:editor@example.com"
                   in message for message in said), said


async def test_browser_and_copy_from_the_list(make_app, httpserver, monkeypatch) -> None:
    opened: list[str] = []
    monkeypatch.setattr("webbrowser.open", lambda url, new=0: opened.append(url) or True)
    app = make_app(site(httpserver))
    copied: list[str] = []
    monkeypatch.setattr(app, "copy_to_clipboard", copied.append)
    async with app.run_test(size=(120, 30)) as pilot:
        await settle(pilot)
        screen = reading(app)
        first = screen.article
        await pilot.press("f", "3", "O")
        await settle(pilot)
        assert opened == ["https://council.example.org/minutes"]
        assert screen.article is first
        await pilot.press("f", "2", "y")
        await pilot.pause()
        assert copied == ["mailto:editor@example.com"]
        await pilot.press("f", "2", "O")  # a mailto does not go to the browser
        await settle(pilot)
        assert opened == ["https://council.example.org/minutes"]
        await pilot.press("f", "escape")
        await pilot.pause()
        assert app.screen is screen


async def test_no_browser_to_open_a_link_is_said_not_opening(
    make_app, httpserver, monkeypatch
) -> None:
    """``webbrowser.open`` returning False (no browser here) is told, with the key that
    copies the address, not "Opening … in the browser."."""
    monkeypatch.setattr("webbrowser.open", lambda url, new=0: False)
    app = make_app(site(httpserver))
    async with app.run_test(size=(120, 30)) as pilot:
        await settle(pilot)
        await pilot.press("f", "3", "O")
        await settle(pilot)
        said = [str(notice.message) for notice in app._notifications]
        assert "No browser to open https://council.example.org/minutes; y in the links list " \
            "copies the address." in said, said
        assert not any(line.startswith("Opening") for line in said), said


def drawn_links(body) -> tuple[str, dict[str, str]]:  # type: ignore[no-untyped-def]
    """The underlined text on every rendered row (joined by spaces), and each hyperlink's
    address with the text it is drawn on."""
    underlined: list[str] = []
    links: dict[str, str] = {}
    layout = body.layout_rows
    for row in range(len(layout)):
        for segment in body._render_row(layout, row, 120):
            style = segment.style
            if style is None:
                continue
            if style.underline:
                underlined.append(segment.text)
            if style.link:
                links[style.link] = (links.get(style.link, "") + " " + segment.text).strip()
    return " ".join(underlined), links


async def test_only_clean_http_links_become_terminal_hyperlinks(make_app, httpserver) -> None:
    app = make_app(site(httpserver))
    async with app.run_test(size=(120, 30)) as pilot:
        await settle(pilot)
        underlined, links = drawn_links(reading(app).body)
        for text in ("the wall report", "write to the editor", "the council"):
            assert text in underlined
        assert links["https://council.example.org/minutes"] == "the council"
        second = next(url for url in links if url.endswith("/second"))
        assert links[second] == "the wall report"
        assert len(links) == 2  # not the mailto


async def test_hostile_addresses_are_no_hyperlinks_and_escapes_never_show(
    make_app, httpserver
) -> None:
    url = serve(httpserver, "/hostile", linked_page("Hostile links", [
        ("evil\x1b]8;;http://x\x07 text\x1b[31m", "https://example.com/a\x1b[2Jb"),
        ("fine", "https://example.com/ok"),
    ]))
    app = make_app(url)
    async with app.run_test(size=(120, 30)) as pilot:
        await settle(pilot)
        screen = reading(app)
        article = screen.article
        assert not any("\x1b" in link.text + link.href for link in article.links)
        # links made past the cleaner: only the clean http(s) one becomes a hyperlink
        text = article.text
        at = text.index("Paragraph 5")
        hostile = (
            Link("a", "https://example.com/a\x1b]8;;x\x07", at, at + 3),
            Link("b", "https://example.com/a b", at + 4, at + 6),
            Link("c", "https:///path", at + 7, at + 9),
            Link("d", "javascript:alert(1)", at + 10, at + 12),
            Link("e", "https://example.com/\u202eevil", at + 13, at + 15),
            Link("f\x1b[2J\x1b]52;c;eA==\x07", "https://example.com/ok", at + 16, at + 18),
        )
        screen.show_article(replace(article, links=hostile))
        await settle(pilot)
        _, links = drawn_links(screen.body)
        assert set(links) == {"https://example.com/ok"}
        await pilot.press("f")
        await pilot.pause()
        shown = screen_text(app)
        assert "6  f" in shown and "javascript:alert(1)" in shown
        for segment in (s for strip in app.screen._compositor.render_strips() for s in strip):
            assert "\x1b" not in segment.text and "\x07" not in segment.text
            assert "\u202e" not in segment.text


async def test_ten_thousand_links_open_fast_and_a_number_past_the_list_works(
    make_app, httpserver
) -> None:
    anchors = "".join(f'<a href="https://example.com/p{n}">link {n}</a> '
                      for n in range(1, 10_001))
    html = ("<!doctype html><html><head><title>Many links</title></head><body><article>"
            f"<h1>Many links</h1><p>{WORDS}</p><p>{anchors}</p><p>{WORDS}</p>"
            "</article></body></html>")
    opened: list[str] = []
    app = make_app(serve(httpserver, "/many", html))
    async with app.run_test(size=(120, 30)) as pilot:
        await settle(pilot)
        screen = reading(app)
        assert len(screen.article.links) == 10_000
        started = time.perf_counter()
        await pilot.press("f")
        await pilot.pause()
        assert time.perf_counter() - started < 15  # a hang guard: the list is capped below
        listed = link_list(app)
        assert listed.option_count == MAX_LISTED + 1
        assert "10,000" in screen_text(app)
        screen.links.open_in_browser = lambda link: opened.append(link.href)  # type: ignore
        await pilot.press("9", "8", "7", "6", "O")
        await pilot.pause()
        assert opened == ["https://example.com/p9876"]


def test_snapshot_links_drawn_in_the_body_dark(make_app, snap_compare, tmp_path) -> None:
    page = tmp_path / "linked.html"
    page.write_text(linked_page("The budget vote", [
        ("the wall report", "https://example.com/wall"),
        ("write to the editor", "mailto:editor@example.com"),
        ("the council minutes", "https://council.example.org/minutes"),
    ], paragraphs=5), encoding="utf-8")

    async def dark(pilot) -> None:  # type: ignore[no-untyped-def]
        await settle(pilot)
        assert pilot.app.settings.theme == "dark"

    assert snap_compare(make_app(page), terminal_size=(100, 30), run_before=dark)


async def test_a_footnote_jumps_to_its_note_and_backspace_returns(make_app) -> None:
    fixture = Path(__file__).resolve().parents[1] / "fixtures" / "structure.html"
    app = make_app(fixture)
    async with app.run_test(size=(100, 20)) as pilot:
        await settle(pilot)
        screen = reading(app)
        body = screen.body
        [note] = screen.links.notes
        underlined, drawn = drawn_links(body)
        assert "[1]" in underlined  # the reference: drawn as a link, with no address
        assert not any("[1]" in text for text in drawn.values())
        await pilot.press("j", "j")
        await pilot.pause()
        left_at = body.top_offset()
        assert not screen.travel.can("back")
        await pilot.press("f")
        await pilot.pause()
        shown = screen_text(app)
        assert "[1]" in shown and "footnote: The international foot" in shown
        number = next(index for index, item in enumerate(link_list(app).links, 1)
                      if item is note)
        await pilot.press(*str(number), "enter")
        await pilot.pause()
        assert app.screen is screen
        low, high = body.visible_range()
        assert low <= note.note <= high and body.top_offset() != left_at
        assert "The international foot" in screen_text(app)
        assert screen.travel.can("back")
        await pilot.press("backspace")
        await pilot.pause()
        assert body.top_offset() == left_at
        assert screen.article.title and not screen.travel.can("back")


def guide_page(title: str, contents: list[tuple[str, str]]) -> str:
    """A long guide whose first paragraph links to its own sections (text, #fragment), each
    under a heading with an id as sites make them."""
    links = " ".join(f'<a href="{href}">{text}</a>' for text, href in contents)
    sections = "".join(
        f'<h2 id="{href[1:]}">{text}</h2>'
        + "".join(f"<p>{text} paragraph {n}. {WORDS}</p>" for n in range(6))
        for text, href in contents
    )
    return (f"<!doctype html><html><head><title>{title}</title></head><body><article>"
            f"<h1>{title}</h1><p>Read on for {links}. {WORDS}</p>{sections}</article>"
            "</body></html>")


SECTIONS = [("Getting Started", "#h-getting-started"), ("Common Questions", "#common-questions")]


async def test_a_link_to_a_heading_of_the_article_goes_there_and_back(
    make_app, httpserver: HTTPServer
) -> None:
    """On a page fetched from its address (links resolve to page#id) and on a saved file
    (the fragment alone): the heading comes into view, backspace returns, nothing loads."""
    served = serve(httpserver, "/guide", guide_page("The guide", SECTIONS))
    app = make_app(served)
    async with app.run_test(size=(100, 20)) as pilot:
        await settle(pilot)
        screen = reading(app)
        article = screen.article
        assert [link.href for link in article.links] == [
            f"{served}#h-getting-started", f"{served}#common-questions"]
        heading = next(block for block in article.blocks if block.text == "Common Questions")
        assert screen.body.top_offset() < heading.start
        await pilot.press("f", "2", "enter")
        await pilot.pause()
        assert app.screen is screen and screen.article is article  # not loaded again
        low, high = screen.body.visible_range()
        assert low <= heading.start <= high
        assert screen.travel.can("back")
        await pilot.press("backspace")
        await pilot.pause()
        assert screen.body.top_offset() == 0 and screen.article is article


async def test_a_link_to_a_heading_of_a_saved_file_goes_there(make_app, tmp_path) -> None:
    page = tmp_path / "guide.html"
    page.write_text(guide_page("The guide", SECTIONS), encoding="utf-8")
    app = make_app(page)
    async with app.run_test(size=(100, 20)) as pilot:
        await settle(pilot)
        screen = reading(app)
        assert [link.href for link in screen.article.links] == [
            "#h-getting-started", "#common-questions"]
        heading = next(b for b in screen.article.blocks if b.text == "Common Questions")
        await pilot.press("f", "2", "enter")
        await pilot.pause()
        low, high = screen.body.visible_range()
        assert low <= heading.start <= high and screen.body.top_offset() > 0


async def test_an_address_with_a_fragment_opens_at_its_heading(
    make_app, httpserver: HTTPServer
) -> None:
    served = serve(httpserver, "/guide", guide_page("The guide", SECTIONS))
    app = make_app(f"{served}#common-questions")
    async with app.run_test(size=(100, 20)) as pilot:
        await settle(pilot)
        await pilot.pause(0.2)
        screen = reading(app)
        heading = next(b for b in screen.article.blocks if b.text == "Common Questions")
        low, high = screen.body.visible_range()
        assert low <= heading.start <= high and screen.body.top_offset() > 0


@pytest.mark.parametrize("keys", [("enter", "enter"), ("y", "y"), ("O", "enter")])
async def test_a_key_pressed_twice_in_the_links_list_leaves_it_once(
    make_app, httpserver, monkeypatch, keys: tuple[str, str]
) -> None:
    monkeypatch.setattr("webbrowser.open", lambda url, new=0: True)
    app = make_app(site(httpserver))
    async with app.run_test(size=(120, 30)) as pilot:
        await settle(pilot)
        screen = reading(app)
        await screen_after(pilot, "f", LinksScreen)
        burst(app, *keys)  # the second before the list has gone
        await settle(pilot)
        assert app.screen is screen and app.is_running
        assert screen.article is not None


async def test_f_after_coming_back_from_a_link_highlights_the_link_followed(
    make_app, httpserver: HTTPServer
) -> None:
    """Following an index page's links one after another: back, then f, starts at the
    link followed last (j, enter: the next one), not at the first again."""
    third = serve(httpserver, "/third", page_html("The ferry timetable", "Third story"))
    second = serve(httpserver, "/second", page_html("The harbour wall", "Second story"))
    first = serve(httpserver, "/first", linked_page("The budget vote", [
        ("the wall report", second), ("the timetable", third)]))
    app = make_app(first)
    async with app.run_test(size=(120, 30)) as pilot:
        await settle(pilot)
        screen = reading(app)
        await screen_after(pilot, "f", LinksScreen)
        await pilot.press("2")
        await pilot.press("enter")
        await settle(pilot)
        assert screen.article.title == "The ferry timetable"
        await pilot.press("backspace")
        await settle(pilot)
        await screen_after(pilot, "f", LinksScreen)
        assert link_list(app).highlighted == 1
        await pilot.press("escape")
        await screen_after(pilot, "f", LinksScreen)  # (closed with nothing chosen: kept)
        assert link_list(app).highlighted == 1
