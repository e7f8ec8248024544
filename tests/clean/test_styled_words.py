"""Words a page sets apart in their line (italics, bold, code, struck out) keep their style
in the model, the JSON and the Markdown dump, through the real CLI; the text stays plain."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from tests.cli_run import dump_article, dump_json

PROSE = "and the sentence runs on long enough to be read as the article's prose by the reader."


def _styled(dump: dict) -> list[tuple[str, str]]:
    text = "\n\n".join(block["text"] for block in dump["body"])
    return [(styled["kind"], text[styled["start"] : styled["end"]]) for styled in dump["styles"]]


def _markdown(path: Path) -> str:
    return subprocess.run(
        [sys.executable, "-m", "reader", "dump", "--format", "markdown", str(path)],
        capture_output=True, check=True, text=True, timeout=60,
    ).stdout


def test_each_style_of_a_page_is_kept_on_its_own_words(tmp_path: Path) -> None:
    dump = dump_article(tmp_path, "Styles", (
        f"<p>The book <em>War and Peace</em> is <strong>long</strong>; run <code>ls -l</code>,"
        f" pay <del>$20</del> $10, and <i>a <b>nested</b> one</i> <i class='icon'></i>{PROSE}</p>"
        "<ul><li><b>Note:</b> the first item of the list</li><li>the second <em>item</em></li>"
        "</ul>"
    ))
    assert _styled(dump) == [
        ("emphasis", "War and Peace"), ("strong", "long"), ("code", "ls -l"),
        ("struck", "$20"), ("emphasis", "a nested one"), ("strong", "nested"),
        ("strong", "Note:"), ("emphasis", "item"),
    ]
    # the list's "item" styled is the second item's, not the first's
    item = next(s for s in dump["styles"] if s["kind"] == "emphasis" and s["end"] - s["start"] == 4)
    text = "\n\n".join(block["text"] for block in dump["body"])
    assert text[:item["start"]].endswith("the second ")
    assert "War and Peace is long; run ls -l, pay $20 $10" in text  # (the text stays plain)


def test_a_word_styled_once_among_many_is_styled_where_the_page_styled_it(
    tmp_path: Path,
) -> None:
    dump = dump_article(tmp_path, "Not", (
        f"<p>It is not this, not that,   and <em>not</em> the other; not ever. {PROSE}</p>"
        f"<table><tr><th>Not</th><th>Kind</th></tr><tr><td>not here</td><td><b>not</b></td></tr>"
        f"<tr><td>a row</td><td>of cells</td></tr></table>"
    ))
    text = "\n\n".join(block["text"] for block in dump["body"])
    places = [s["start"] for s in dump["styles"]]
    assert text[: places[0]].endswith("not that, and ")
    assert text[: places[1]].endswith("not here | ")


def test_the_markdown_dump_marks_them_and_markdown_input_keeps_them(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_text(
        "<html><head><title>Marks</title></head><body><article><h1>Marks</h1>"
        f"<p>It is <em>not</em> so, <strong>very</strong> much, run <code>a`b</code>, "
        f"<s>old</s> new, <a href='https://example.org/x'>a <em>linked</em> word</a> {PROSE}</p>"
        "</article></body></html>"
    )
    markdown = _markdown(page)
    assert (
        "It is *not* so, **very** much, run ``a`b``, ~~old~~ new, "
        "[a *linked* word](https://example.org/x)"
    ) in markdown
    notes = tmp_path / "notes.md"
    notes.write_text(
        "# Notes\n\nIt is *not* this, not **that**, run `ls`, ~~old~~ new.\n\n"
        "- one *item*\n- two **items**\n"
    )
    assert _styled(dump_json(str(notes))) == [
        ("emphasis", "not"), ("strong", "that"), ("code", "ls"), ("struck", "old"),
        ("emphasis", "item"), ("strong", "items"),
    ]
    assert "It is *not* this, not **that**, run `ls`, ~~old~~ new." in _markdown(notes)
    assert "- two **items**" in _markdown(notes)


def test_styles_of_a_kind_that_touch_are_one_and_the_markdown_reads_back(tmp_path: Path) -> None:
    """An editor's "<b>B</b><b>reakfast:</b>" is one bold word: in the JSON one span, in the
    Markdown "**Breakfast:**" (it was "**B****reakfast:**", which reads back as stars)."""
    dump = dump_article(tmp_path, "Menus", (
        f"<p>Plan the food {PROSE}</p><ul><li><strong>B</strong><strong>reakfast:</strong> "
        "two sides</li><li><em>Lunch</em> <em>menus:</em> three sides</li></ul>"
    ))
    assert ("strong", "Breakfast:") in _styled(dump)
    assert ("emphasis", "Lunch") in _styled(dump) and ("emphasis", "menus:") in _styled(dump)
    markdown = _markdown(tmp_path / "page.html")
    assert "**Breakfast:** two sides" in markdown and "****" not in markdown
