"""The article's other sections: containers made like the chosen one, with prose, come in."""

from __future__ import annotations

from reader.clean.html.blocks import html_to_blocks
from reader.clean.html.pipeline import parse_html
from reader.clean.html.sections import add_sections


def _section(name: str, count: int = 3) -> str:
    paragraphs = "".join(
        f"<p>The {name} part, paragraph {n}, says something of its own and is long enough.</p>"
        for n in range(count)
    )
    return f"<section class='step card'><h2>{name}</h2>{paragraphs}</section>"


def _blocks(html: str, name: str) -> list[tuple[str, str, int]]:
    """Our blocks: the section called ``name`` alone, as readability would keep it."""
    tree = parse_html(html)
    chosen = next(s for s in tree.iter("section") if s.findtext("h2") == name)
    return html_to_blocks(parse_html(f"<html><body>{_outer(chosen)}</body></html>"))


def _outer(element: object) -> str:
    from lxml.html import tostring

    return tostring(element, encoding="unicode", with_tail=False)


def test_sibling_sections_made_alike_come_in_in_page_order() -> None:
    html = f"<html><body><h1>T</h1>{_section('First')}{_section('Second')}{_section('Third')}"
    html += "<section class='related'><p>Other stories you may like to read.</p></section>"
    html += "</body></html>"
    out = add_sections(parse_html(html), _blocks(html, "Second"), html_to_blocks)
    headings = [text for kind, text, _level in out if kind == "heading"]
    assert headings == ["First", "Second", "Third"]
    assert not any("Other stories" in text for _kind, text, _level in out)


def test_sections_without_prose_or_with_links_stay_out() -> None:
    teaser = "<section class='step card'><h2>Teaser</h2><p>Short one.</p></section>"
    links = "<section class='step card'><h2>Links</h2>" + (
        "<p><a href='/a'>A linked paragraph that is long enough to be prose, really.</a></p>" * 3
    ) + "</section>"
    html = f"<html><body>{teaser}{_section('Body')}{links}</body></html>"
    blocks = _blocks(html, "Body")
    assert add_sections(parse_html(html), blocks, html_to_blocks) == blocks


def test_a_section_between_the_ones_we_hold_comes_in_in_its_place() -> None:
    names = ["First", "Second", "Third", "Fourth"]
    html = "<html><body><h1>T</h1><div class='col'>"
    html += "".join(f"<div class='block html'>{_section(name)}</div>" for name in names)
    html += "</div></body></html>"
    tree = parse_html(html)
    ours = [b for name in ("First", "Second", "Fourth") for b in _blocks(html, name)]
    out = add_sections(tree, ours, html_to_blocks)
    headings = [text for kind, text, _level in out if kind == "heading"]
    assert headings == names
    assert sum(text.startswith("The Third part") for _kind, text, _level in out) == 3
