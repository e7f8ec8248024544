"""The cleanup's trees stay cheap to walk: the same output, fewer Python calls per element."""

from __future__ import annotations

from pathlib import Path

import lxml.html
import pytest
import readability.readability as their_readability

from reader.clean.html.blocks import html_to_blocks
from reader.clean.html.boilerplate import strip_boilerplate
from reader.clean.html.pipeline import clean_html, parse_html
from reader.clean.html.readable import extract_main

FIXTURES = Path(__file__).parents[1] / "fixtures"
PAGES = sorted((FIXTURES / "html").rglob("*.html"))[:12]
FORM_PAGE = (
    "<html><body><nav><a href='/'>Home</a></nav><div class='story'><h1>Ferries</h1>"
    + "<p>The harbour ferries run again after the winter, every hour from the pier. </p>" * 8
    + "<form><label for='q'>Ask</label><input id='q'><select><option>a</option></select>"
    "<textarea>note</textarea></form></div></body></html>"
)


def _python_lookups(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Record each element class lxml.html's parser looks up in Python."""
    calls: list[str] = []
    their_lookup = lxml.html.HtmlElementClassLookup.lookup

    def counted(
        self: object, node_type: str, document: object, namespace: object, name: object
    ) -> object:
        calls.append(f"{node_type} {name}")
        return their_lookup(self, node_type, document, namespace, name)

    monkeypatch.setattr(lxml.html.HtmlElementClassLookup, "lookup", counted)
    return calls


@pytest.mark.parametrize("html", [FORM_PAGE, *PAGES], ids=lambda p: getattr(p, "name", "form"))
def test_no_element_class_is_looked_up_in_python(
    monkeypatch: pytest.MonkeyPatch, html: str | Path
) -> None:
    """readability's summary moves the article into a tree of its own making: that tree's
    elements are plain ``HtmlElement``s too, chosen in C, not by a Python call each, while
    the cleanup reads it."""
    text = html if isinstance(html, str) else html.read_text(encoding="utf-8", errors="replace")
    calls = _python_lookups(monkeypatch)
    main = extract_main(parse_html(text))
    strip_boilerplate(main)
    blocks = html_to_blocks(main)
    assert calls == []
    assert blocks or not isinstance(html, str)


def test_readability_alone_keeps_its_own_parser(monkeypatch: pytest.MonkeyPatch) -> None:
    """The swap is ours only while our summary runs: readability used on its own after it
    makes its trees as it always did."""
    clean_html(FORM_PAGE)
    assert their_readability.fragment_fromstring is lxml.html.fragment_fromstring
    calls = _python_lookups(monkeypatch)
    their_readability.Document(FORM_PAGE).summary(html_partial=True)
    assert calls


@pytest.mark.parametrize(
    "reference", ["&#11;", "&#x1B;", "&#xfffe;", "&#65535;", "&#0011", "&#12é", "&#x0c\u00e9"]
)
def test_control_references_are_found_in_the_utf8_as_in_the_text(reference: str) -> None:
    """The character references are looked for in the markup's UTF-8: found as in its text,
    whatever letters stand beside them (a reference to a letter or a digit is not one)."""
    from reader.core.sanitize import _CONTROL_REFERENCES, markup_has_controls

    for markup in (f"<p>caf\u00e9 {reference}</p>", f"<p>{reference}1</p>", f"<p>{reference}"):
        expected = _CONTROL_REFERENCES.search(markup) is not None
        assert markup_has_controls(markup, markup.encode("utf-8", "replace")) is expected
    for harmless in ("&#1234;", "&#x1bf;", "&#233;", "&#13;", "&#x20;", "&#65536;"):
        assert not markup_has_controls(harmless, harmless.encode())
