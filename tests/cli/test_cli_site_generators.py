"""Pages built by documentation generators (Sphinx, MkDocs, nbconvert, pdoc), read
through ``reader dump``: their captions, definitions, code languages and furniture."""

from __future__ import annotations

from pathlib import Path

from tests.cli_run import dump_json

PAGES = Path(__file__).parents[1] / "fixtures" / "site_generators"


def _blocks(name: str, kind: str) -> list[dict]:
    return [b for b in dump_json(PAGES / name)["body"] if b["type"] == kind]


def test_sphinx_captions_are_kept_without_their_anchor():
    """Sphinx names a caption's words "caption-text" (inside ``<figcaption>`` and a
    table's ``<caption>``), followed by a "¶" anchor: the words are the caption."""
    body = dump_json(PAGES / "sphinx_alabaster_guide.html")["body"]
    images = [b for b in body if b["type"] == "image"]
    assert [b["caption"] for b in images] == [
        "Cache hits rise during the first day and settle near ninety percent."
    ]
    table = next(n for n, b in enumerate(body) if b["type"] == "table")
    assert body[table - 1]["text"] == "Cache settings"


def test_definitions_of_one_paragraph_each_are_a_definition_list():
    """docutils wraps every definition in a ``<p>``: one paragraph alone is still a
    term's line, not a section under a heading."""
    (definitions,) = _blocks("sphinx_alabaster_guide.html", "definitions")
    assert [item["term"] for item in definitions["items"]] == ["tile", "layer", "eviction"]
    assert definitions["items"][0]["definition"] == (
        "A square image of one part of the map at one zoom level."
    )
    assert not [b for b in _blocks("sphinx_alabaster_guide.html", "heading") if b["level"] == 4]


def test_a_notebooks_code_cell_keeps_its_language():
    """nbconvert names a cell's language "hl-python" beside "highlight"."""
    (code,) = _blocks("nbconvert_lab.html", "code")
    assert code["language"] == "python"
    assert code["text"].startswith("hits = [1, 1, 0, 1")


def test_an_icon_fonts_link_glyph_stays_out_of_the_title():
    """Read the Docs' theme draws a heading's link with Font Awesome (U+F0C1, a private use
    character that a terminal shows as a box): the title is the heading's words."""
    assert dump_json(PAGES / "sphinx_rtd_api.html")["title"] == "API reference"
