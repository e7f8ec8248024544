"""React's streamed parts: moved to their placeholders, read as the page's text."""

from __future__ import annotations

from reader.clean.html.pipeline import parse_html
from reader.clean.html.streamed import place_streamed
from reader.engine.pipeline import extract
from reader.sources.load import RawDocument

SENTENCE = (
    "<p>The guide walks through each chapter of the book in order, with exercises at the "
    "end of every part and the answers kept in the repository.</p>"
)


def _page() -> str:
    return (
        "<html><head><title>Guide</title></head><body><main><h1>Guide</h1>"
        f"{SENTENCE * 3}<template id='B:0'></template><p>Loading…</p>{SENTENCE}</main>"
        "<div hidden id='S:0'><p>Install the tools with nvm use 20.2.0 before the first "
        "chapter, then run npm install in the repository.</p></div>"
        "<div hidden id='menu'><p>Secret menu text</p></div>"
        "<script>$RC('B:0','S:0')</script></body></html>"
    )


def test_a_streamed_part_goes_to_its_placeholder() -> None:
    tree = parse_html(_page())
    assert place_streamed(tree) == 1
    main = tree.find(".//main")
    assert "nvm use 20.2.0" in main.text_content()
    assert main.find("template") is None
    assert tree.find(".//div[@id='menu']").get("hidden") is not None  # others stay hidden


def test_a_streamed_part_is_read_as_text() -> None:
    raw = RawDocument(text=_page(), source="https://example.org/guide",
                      content_type="text/html", url="https://example.org/guide")
    text = extract(raw, people=False).text
    assert "nvm use 20.2.0" in text
    assert "Secret menu text" not in text
