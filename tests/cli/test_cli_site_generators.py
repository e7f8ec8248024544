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


def test_an_api_references_folded_source_listings_stay_out():
    """pdoc folds each item's source code behind a "View Source" checkbox: the reader
    reads the documentation, not the module's code repeated under every item."""
    article = dump_json(PAGES / "pdoc_harbour.html")
    text = "\n".join(block["text"] for block in article["body"])
    assert "Fetch every tile of the given layers before they are needed." in text
    assert "return len(layers)" not in text
    assert "View Source" not in text
    assert not [b for b in article["body"] if b["type"] == "code"]


def test_a_sphinx_pages_show_source_link_stays_out():
    body = dump_json(PAGES / "sphinx_pydata_api.html")["body"]
    assert body[-1]["text"].startswith("Open the cache stored at path")
    assert "Show Source" not in [block["text"] for block in body]


def test_a_notebooks_prompts_stay_out():
    """nbconvert's "In [1]:" is the notebook's prompt, not text."""
    texts = [block["text"] for block in dump_json(PAGES / "nbconvert_lab.html")["body"]]
    assert "The log has one line per request, with the tile and whether the cache had it." in texts
    assert not [text for text in texts if text.startswith("In [")]


def test_a_notebook_cells_short_output_follows_its_code():
    """A cell's printed output is a short ``<pre>`` in frames of its own, beside an empty
    prompt and toggle: it is read after the code, not dropped as a block without content."""
    texts = [block["text"] for block in dump_json(PAGES / "nbconvert_lab.html")["body"]]
    code = next(n for n, text in enumerate(texts) if text.startswith("hits = "))
    assert texts[code + 1] == "hit rate: 0.75"


def test_a_heading_that_links_home_is_the_sites_name_not_the_title():
    """Pelican's theme heads every page with the blog's name linked to "/", and its
    <title> is "Blog - Post": the post's own heading is the title."""
    article = dump_json(PAGES / "pelican_simple_blog.html")
    assert article["title"] == "A Night Shift at the Harbour Tile Server"
