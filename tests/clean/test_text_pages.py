"""A text laid out in pages: running heads, feet and page numbers go, split paragraphs join."""

from __future__ import annotations

import textwrap
from pathlib import Path

from reader.clean.explain import DropLog
from reader.clean.text.pages import strip_page_furniture
from reader.clean.text.pipeline import clean_plain_text
from tests.cli_run import dump_json

MEMO = Path(__file__).resolve().parents[1] / "fixtures" / "text" / "paginated-memo.txt"
PROSE = "A line of the document's own prose, wrapped as a text file wraps it"


def _page(number: int, lines: list[str], *, head: str, foot: str, feed: bool = True) -> str:
    """One page: its running head (none on the first), its lines, its numbered foot."""
    top = [head.format(n=number), ""] if number > 1 else []
    bottom = ["", foot.format(n=number)] + (["\f"] if feed else [""])
    return "\n".join([*top, *lines, *bottom])


def _document(pages: list[list[str]], **layout: object) -> str:
    return "\n".join(_page(n, lines, **layout) for n, lines in enumerate(pages, 1))  # type: ignore[arg-type]


def _body_pages(count: int) -> list[list[str]]:
    return [[f"{PROSE} ({n}.{i})." for i in range(12)] for n in range(1, count + 1)]


def test_running_heads_and_numbered_feet_go_at_form_feeds() -> None:
    text = _document(
        _body_pages(4), head="Notes on Kettles        May 2026", foot="Osei      [Page {n}]"
    )
    log = DropLog()
    cleaned = strip_page_furniture(text, log)
    assert "Notes on Kettles" not in cleaned
    assert "[Page" not in cleaned
    assert "\f" not in cleaned
    assert cleaned.count(PROSE) == 48  # every line of the text itself stays
    # each line that went is named (reader dump --explain): 3 heads, 4 feet
    assert [drop.rule for drop in log.drops] == ["page-head-foot"] * 7
    assert {drop.text for drop in log.drops} == {
        "Notes on Kettles May 2026", *(f"Osei [Page {n}]" for n in range(1, 5))
    }


def test_feet_that_count_pages_are_found_without_form_feeds() -> None:
    text = _document(
        _body_pages(4), head="Notes on Kettles        May 2026", foot="Page {n} of 4", feed=False
    )
    cleaned = strip_page_furniture(text)
    assert "Page " not in cleaned and "Notes on Kettles" not in cleaned
    assert cleaned.count(PROSE) == 48


def test_a_paragraph_split_by_a_page_break_is_joined_again() -> None:
    story = (
        "The kettle reports its state to any client that asks, and it answers at once with "
        "a status line and a few fields, which a client reads before it decides whether to "
        "walk to the kitchen or to wait a little longer for the water to come to the boil."
    )
    lines = textwrap.wrap(story, 70)
    pages = [
        [*textwrap.wrap(f"{PROSE}, said once more to fill the page. " * 3, 70), "", *lines[:2]],
        [*lines[2:], "", *textwrap.wrap(f"{PROSE}, and a new paragraph. " * 3, 70)],
        textwrap.wrap(f"{PROSE} on the last page. " * 3, 70),
    ]
    text = _document(pages, head="Kettle memo", foot="- {n} -")
    units = [block[1] for block in clean_plain_text(strip_page_furniture(text)).blocks]
    assert story in units
    assert len(units) == 4
    assert not any(unit.strip("- 0123456789") == "" for unit in units)


def test_sections_that_start_at_form_feeds_keep_their_headings() -> None:
    """A change log's releases, one per form feed: a heading repeated with its version numbers
    counting down is no running head."""
    releases = [
        f"* Major changes in release 4.2.{n}, 2005-0{n % 9 + 1}-1{n % 7}\n\n{PROSE}.\n"
        for n in range(30, 24, -1)
    ]
    text = "\f\n".join(releases)
    cleaned = strip_page_furniture(text)
    for n in range(25, 31):
        assert f"release 4.2.{n}," in cleaned


def test_a_text_of_two_pages_is_left_as_it_is() -> None:
    text = _document(_body_pages(2), head="Kettle memo", foot="[Page {n}]", feed=False)
    assert strip_page_furniture(text) == text


def test_two_pages_at_a_form_feed_lose_the_head_and_foot_on_both_edges() -> None:
    """Too few pages for a share of them to tell a running head: a line on the same edge of
    both pages, and nowhere else, is one; a line the text also says inside a page is not."""
    lines = [f"{PROSE} ({n})." for n in range(6)]
    pages = [
        ["Kettle Quarterly 3", "", *lines[:3], "Descale monthly", *lines[3:], "Page 1 of 2"],
        ["Kettle Quarterly 3", "", *lines, "Descale monthly", "Page 2 of 2"],
    ]
    cleaned = strip_page_furniture("\n\f".join("\n".join(page) for page in pages))
    assert cleaned.count("Kettle Quarterly 3") == 1  # (the first page's top is its own)
    assert "Page " not in cleaned
    assert cleaned.count("Descale monthly") == 2
    assert cleaned.count(PROSE) == 12


def test_the_first_page_keeps_its_title_even_when_the_running_head_repeats_it() -> None:
    pages = [["Kettle memo", "", *[f"{PROSE}." for _ in range(10)]], *_body_pages(3)]
    cleaned = strip_page_furniture(_document(pages, head="Kettle memo", foot="[Page {n}]"))
    assert cleaned.startswith("Kettle memo\n")
    assert cleaned.count("Kettle memo") == 1


def test_a_memo_in_pages_reads_whole_through_the_cli() -> None:
    article = dump_json(str(MEMO))
    assert article["title"] == "The Kettle Status Protocol (KSP)"
    text = "\n".join(block["text"] for block in article["body"])
    assert "[Page" not in text and "RFC 9999" not in text
    assert (
        "an optional temperature reading that clients are free to ignore when they only care"
    ) in text
    assert "Copyright (c) 2026 the persons identified as the document authors." in text
    assert article["site"] is None


def test_lines_alike_but_for_their_own_number_signs_do_not_break_it() -> None:
    """"##1" and "1#2" read alike with their digits masked, but hold one and two numbers."""
    pages = [[top, *_body_pages(1)[0]] for top in ("##1", "1#2") * 3]
    text = "\n\f\n".join("\n".join(page) for page in pages)
    assert strip_page_furniture(text).count(PROSE) == 72


def test_pages_that_are_all_alike_are_not_all_furniture() -> None:
    text = "\f".join(["The same short line on every page"] * 50)
    assert strip_page_furniture(text).count("The same short line on every page") == 50


def test_form_feeds_by_the_hundred_thousand_are_separators_not_pages() -> None:
    text = "a\fb\f" * 100_000
    assert strip_page_furniture(text) == text.replace("\f", "\n")


def test_a_long_line_of_page_words_is_text() -> None:
    text = "page 1 " * 100_000
    assert strip_page_furniture(text) == text
