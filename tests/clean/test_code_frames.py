"""A listing's line-number gutter goes only beside its listing, found in linear time."""

from __future__ import annotations

import time
from pathlib import Path

from reader.clean.html.code_frames import clear_code_frames
from reader.clean.html.pipeline import parse_html
from tests.cli_run import dump_json

PROSE = (
    "<p>" + "The ferry timetable changes with the tide and the season of the year. " * 6 + "</p>"
)
GUTTER = "<div class='line-numbers'><span>1</span><br><span>2</span><br><span>3</span></div>"
LISTING = "<pre><code>ferry = Ferry()\nferry.sail()\nferry.dock()</code></pre>"


def _text(tmp_path: Path, body: str) -> str:
    page = tmp_path / "page.html"
    page.write_text(
        f"<html><head><title>Ferries</title></head><body><article><h1>Ferries"
        f"</h1>{PROSE}{body}{PROSE}</article></body></html>",
        encoding="utf-8",
    )
    return "\n".join(block["text"] for block in dump_json(page)["body"])


def test_a_gutter_beside_its_listing_goes(tmp_path: Path) -> None:
    text = _text(tmp_path, f"<div class='code'>{GUTTER}{LISTING}</div>")
    assert "ferry.sail()" in text
    assert "1 2 3" not in text and "1\n2\n3" not in text


def test_numbers_beside_no_listing_stay(tmp_path: Path) -> None:
    """A gutter's class on numbers with no listing beside them (the listing elsewhere on
    the page, or the numbers' own): they are the page's text."""
    text = _text(tmp_path, f"<div>{GUTTER}{PROSE}</div>{LISTING}")
    assert "1" in text.split() and "3" in text.split()
    own = "<div class='gutter'><pre>1\n2\n3</pre></div>"
    assert "1\n2\n3" in _text(tmp_path, f"<div>{own}{PROSE}</div>")


def test_a_row_of_gutters_is_read_in_linear_time() -> None:
    """4,000 gutters side by side with one listing: each read all its siblings for a
    listing (27 s; 8,000 took 128 s), now each parent's children are counted once."""
    count = 4_000
    tree = parse_html(f"<html><body><div>{GUTTER * count}{LISTING}</div></body></html>")
    started = time.perf_counter()
    clear_code_frames(tree)
    assert time.perf_counter() - started < 2.0
    row = tree.find("body/div")
    assert [child.tag for child in row] == ["pre"]  # (every gutter beside it gone)
