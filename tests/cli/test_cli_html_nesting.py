"""Structure an HTML page nests, through the real ``reader dump``: a list item's further
paragraphs (``continues``, as Markdown's), a quotation inside a quotation (``depths``, ``> >``)
and a figure caption's credit set in an element of its own (``credit``)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tests.cli_run import dump_json

PAGE = Path(__file__).resolve().parents[1] / "fixtures" / "html" / "nested-structure.html"


def _markdown() -> list[str]:
    result = subprocess.run(
        [sys.executable, "-m", "reader", "dump", "--format", "markdown", str(PAGE)],
        capture_output=True, check=True, text=True, timeout=60,
    )
    return result.stdout.splitlines()


def _body(kind: str) -> list[dict]:
    return [block for block in dump_json(str(PAGE))["body"] if block["type"] == kind]


def test_an_items_further_paragraphs_are_lines_of_their_own_that_go_on_the_item() -> None:
    (steps,) = _body("list")
    assert steps["items"] == [
        {"text": "Close the entrance at dusk.", "number": 1, "depth": 0},
        {"text": "Every forager is home by then, and a bee left out is a bee lost.",
         "number": None, "depth": 0, "continues": True},
        {"text": "Strap the boxes together.", "number": 2, "depth": 0},
        {"text": "One strap each way.", "number": None, "depth": 1},
        {"text": "Tighten them by hand.", "number": None, "depth": 1},
        {"text": "A ratchet strap crushes the frames.",  # (after the list, in its place)
         "number": None, "depth": 0, "continues": True},
        {"text": "Carry the hive to its new stand.", "number": 3, "depth": 0},
    ]


def test_a_quotation_inside_a_quotation_keeps_its_depth() -> None:
    (quote,) = _body("quote")
    assert quote["text"] == (
        "My old handbook puts it plainly.\nMove a hive at night, and move it slowly.\n"
        "It was right about the slowly."
    )
    assert quote["depths"] == [0, 1, 0]


def test_a_credit_set_apart_in_the_caption_is_the_figures_credit() -> None:
    trolley, stand = _body("image")
    assert trolley["caption"] == "The hive on its trolley, halfway across the orchard."
    assert trolley["credit"] == "Ann Lee"  # (a "credit" span; its "Photo:" label gone)
    assert stand["caption"] == "The new stand under the pear tree."
    assert stand["credit"] == "Tom Reed"  # (a <cite>)


def test_the_markdown_dump_indents_further_paragraphs_and_nests_the_quotation() -> None:
    lines = _markdown()
    at = lines.index("1. Close the entrance at dusk.")
    assert lines[at + 1 : at + 3] == [
        "", "   Every forager is home by then, and a bee left out is a bee lost.",
    ]
    assert "   A ratchet strap crushes the frames." in lines
    quote = lines.index("> My old handbook puts it plainly.  ")
    assert lines[quote + 1 : quote + 4] == [
        "> > Move a hive at night, and move it slowly.  ", ">",
        "> It was right about the slowly.",
    ]
    assert "*The new stand under the pear tree.* (Tom Reed)" in lines


LEAD = """<!doctype html><html><head><title>Moving a beehive</title></head><body><article>
<h1>Moving a beehive</h1>
<figure><img src="https://example.org/img/lead.jpg" alt="The orchard">
<figcaption>The orchard at first light. {credit}</figcaption></figure>
<p>A hive can be moved three feet or three miles, the keepers say, and nothing in between;
here is how our club moved one across the orchard last spring, step by step.</p>
<p>By the next morning the foragers were out again, orienting to the new spot before they
set off for the clover, as if nothing had happened to them at all.</p>
</article></body></html>"""


@pytest.mark.parametrize(
    "credit",
    ["<small>Ann Lee</small>", "<cite>Ann Lee</cite>", '<span class="byline">Ann Lee</span>'],
)
def test_the_lead_captions_credit_set_apart_is_its_credit(tmp_path: Path, credit: str) -> None:
    page = tmp_path / "hive.html"
    page.write_text(LEAD.format(credit=credit), encoding="utf-8")
    assert dump_json(str(page))["caption"] == {
        "text": "The orchard at first light.", "credit": "Ann Lee",
    }
