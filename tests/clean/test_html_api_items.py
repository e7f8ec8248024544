"""An API reference's item page (rustdoc's shape): the labels beside each item's heading (the
version it is stable since, "const: unstable", the link to its source) are not its text."""

from __future__ import annotations

from pathlib import Path

from tests.cli_run import run_dump

PAGE = Path(__file__).parents[1] / "fixtures" / "sites" / "rust_api_item.html"


def test_an_items_version_labels_and_source_links_go_its_headings_and_text_stay() -> None:
    markdown = run_dump("--format", "markdown", PAGE)
    lines = markdown.splitlines()
    for label in ("Source", "1.0.0", "unstable", "const:"):
        assert not any(label in line for line in lines), (label, markdown)
    for kept in (
        "#### impl\\<T> Vec\\<T>",
        "##### pub fn len(&self) -> usize",
        "#### impl\\<T: Clone> Clone for Vec\\<T>",
        "##### fn clone(&self) -> Self",
    ):
        assert kept in lines, (kept, markdown)
    assert "Returns the number of elements in the vector" in markdown
    assert "assert_eq!(vec.len(), 1);" in markdown


def test_a_sentence_about_the_source_keeps_its_link(tmp_path: Path) -> None:
    """A link named "Source" among a sentence's words stays."""
    page = PAGE.read_text(encoding="utf-8").replace(
        "<h2 id=\"trait-implementations\"",
        "<h2 id=\"growth\">Growth</h2><p>Read the <a href=\"../../src/alloc/vec/mod.rs.html\">"
        "source</a> for the details of growth.</p><p><a href=\"../../src/lib.rs.html\">Source"
        "</a> code of the crate is on the site.</p><h2 id=\"trait-implementations\"",
    )
    copy = tmp_path / "item.html"
    copy.write_text(page, encoding="utf-8")
    markdown = run_dump("--format", "markdown", copy)
    assert "\nRead the source for the details of growth.\n" in markdown
    assert "\nSource code of the crate is on the site.\n" in markdown
