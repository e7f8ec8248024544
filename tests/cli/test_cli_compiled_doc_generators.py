"""Pages built by the documentation generators of compiled languages (rustdoc, javadoc,
Doxygen) and of Unix manuals and prose (mandoc, pandoc, Asciidoctor), read through
``reader dump``: an API item's page is its documentation, not a listing of the types its
signatures name, and what the generator adds on its own stays out."""

from __future__ import annotations

from pathlib import Path

from tests.cli_run import dump_json

PAGES = Path(__file__).parents[1] / "fixtures" / "site_generators"


def _texts(article: dict, kind: str) -> list[str]:
    return [block["text"] for block in article["body"] if block["type"] == kind]


def _only_code(article: dict) -> str:
    """The text of the article's one code block."""
    (code,) = _texts(article, "code")
    return code


def test_an_api_items_signatures_linking_their_types_make_no_listing():
    """rustdoc heads each method with its signature, each type in it a link to that type's
    page ("pub fn new(directory: &str ...)", "str" a link): a heading whose link is a word
    of it is no entry's headline, so the struct page reads as its documentation."""
    article = dump_json(PAGES / "rustdoc_struct.html")
    headings = _texts(article, "heading")
    assert "Implementations" in headings
    assert "pub fn new(directory: &str, limit_mb: u64) -> TileCache" in headings
    assert "Opens a cache in directory that holds at most limit_mb megabytes." in _texts(
        article, "paragraph"
    )
    assert "Examples" in headings


def test_rustdocs_auto_trait_and_blanket_implementations_stay_out():
    """Send, Sync, Any, Into<U>...: the impls every type gets, the same on every page."""
    article = dump_json(PAGES / "rustdoc_struct.html")
    text = "\n".join(block.get("text") or "" for block in article["body"])
    assert "impl Display for TileCache" in text  # (the type's own stay)
    assert "Blanket Implementations" not in text
    assert "Auto Trait Implementations" not in text
    assert "impl Send for TileCache" not in text
    assert "Immutably borrows from an owned value" not in text


def test_a_code_blocks_first_class_naming_its_language_is_its_language():
    """rustdoc writes ``<pre class="rust rust-example-rendered">``: the bare name first."""
    article = dump_json(PAGES / "rustdoc_crate.html")
    (code,) = [block for block in article["body"] if block["type"] == "code"]
    assert code["language"] == "rust"
    assert code["text"].startswith("use harbour::cache::TileCache;")
    struct = dump_json(PAGES / "rustdoc_struct.html")
    declaration = next(block for block in struct["body"] if block["type"] == "code")
    assert (declaration["language"], declaration["text"]) == (
        "rust",
        "pub struct TileCache { /* private fields */ }",
    )


def test_the_generators_build_date_is_not_the_pages_date():
    """rustdoc's settings (``<meta name="rustdoc-vars" data-rustdoc-version="1.95.0
    (59807616e 2026-04-14)">``) carry the compiler's build date: no date of the page."""
    assert dump_json(PAGES / "rustdoc_crate.html")["published"] is None
    assert dump_json(PAGES / "rustdoc_struct.html")["published"] is None


def test_a_table_row_named_header_keeps_its_place():
    """pandoc names a table's header row ``<tr class="header">``: a row, not the page's
    header, so its cells stay the table's first row."""
    article = dump_json(PAGES / "pandoc_table.html")
    (table,) = [block for block in article["body"] if block["type"] == "table"]
    assert table["rows"][0] == ["Setting", "Default", "Meaning"]
    assert table["rows"][1] == ["limit_mb", "256", "Largest size of the cache on disk"]


def test_doxygens_code_fragment_of_line_divs_is_code():
    """Doxygen sets a code block as ``<div class="fragment">`` of ``<div class="line">``s,
    no ``<pre>``: one code block, its indentation and its blank line kept."""
    article = dump_json(PAGES / "doxygen_fragment.html")
    assert _only_code(article) == (
        "for (size_t i = 0; layers[i] != NULL; i++) {\n"
        "    if (tile_cache_warm(cache, layers[i]) < 0) {\n"
        "\n"
        "        return -1;\n"
        "    }\n"
        "}"
    )
    texts = _texts(article, "paragraph")
    assert texts[-1].startswith("Each call returns how many tiles it fetched")


def test_a_list_whose_items_hold_headings_is_read_as_its_sections():
    """javadoc lays a class page's summaries and details out as list items, each a
    ``<section>`` with its ``<h2>`` and members under ``<h3>``s: its headings stay
    headings and its descriptions paragraphs, not one list of every line."""
    article = dump_json(PAGES / "javadoc_class.html")
    headings = _texts(article, "heading")
    for name in ("Field Summary", "Method Summary", "Constructor Details", "Method Details"):
        assert name in headings
    assert "Fetches every tile of the named layers before anyone asks for it." in _texts(
        article, "paragraph"
    )
    items = [i["text"] for b in article["body"] if b["type"] == "list" for i in b["items"]]
    assert "Method Details" not in items
    assert "Choose the layers to warm." in items  # (a list of items stays a list)


def test_code_loses_the_indentation_all_its_lines_share():
    """javadoc keeps the space after each comment line's ``*`` in a ``<pre>{@code ...}``:
    every line starts with it, so it is no indentation of the program's."""
    assert _only_code(dump_json(PAGES / "javadoc_class.html")) == (
        'TileCache cache = new TileCache("/var/tiles", 512);\n'
        'cache.warm(List.of("coast", "rivers"));\n'
        "System.out.println(cache.stats());"
    )


def test_a_doxygen_pages_contents_are_read_whole():
    """Doxygen marks no ``<main>``: its text is in ``<div class="contents">`` (the page's
    ``<meta name="generator" content="Doxygen ...">`` says whose), read whole like a
    documentation page's container, the summary and every member's documentation."""
    article = dump_json(PAGES / "doxygen_header.html")
    headings = _texts(article, "heading")
    for name in ("Functions", "Detailed Description", "Function Documentation"):
        assert name in headings
    text = "\n".join(block.get("text") or "" for block in article["body"])
    assert "the cache, or NULL when the directory cannot be written" in text
    assert "where the tiles are kept" in text
