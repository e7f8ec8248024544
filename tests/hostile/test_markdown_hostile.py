"""A page's words written into Markdown read as words: no raw HTML, no link, heading, list or
emphasis the page did not make, through the real CLI (``reader dump -f markdown`` and
``reader bookmarks export -f markdown``), the output parsed by a CommonMark parser
(markdown-it-py, which Rich brings)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from markdown_it import MarkdownIt
from markdown_it.token import Token

from reader.store import Store
from tests.store.conftest import make_article

HOSTILE = (
    "Some write <img src=x onerror=alert(1)> and [a link](javascript:alert(1)) and "
    "*stars* and __init__ and ~~gone~~ and &amp; in their words, but snake_case and 5 < 6 "
    "stay as they are."
)
LINES = "First line<br># not a heading<br>1. not a list<br>&gt; not a quote<br>---"


def _tokens(markdown: str) -> list[Token]:
    parser = MarkdownIt("commonmark").enable(["table", "strikethrough"])
    flat: list[Token] = []
    for token in parser.parse(markdown):
        flat.append(token)
        flat.extend(token.children or ())
    return flat


def _text(tokens: list[Token]) -> str:
    return " ".join(t.content for t in tokens if t.type in ("text", "code_inline"))


def _reader(*args: str) -> str:
    result = subprocess.run(
        [sys.executable, "-m", "reader", *args],
        capture_output=True, text=True, timeout=120, check=True,
        env={**os.environ, "PYTHONIOENCODING": "utf-8"},
    )
    return result.stdout


def test_a_dump_in_markdown_makes_no_markup_of_the_pages_words(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_text(
        "<html><head><title>Tags *and* &lt;b&gt;</title></head><body><article>"
        "<h1>Tags *and* &lt;b&gt;</h1>"
        f"<p>{HOSTILE.replace('<', '&lt;').replace('&amp;', '&amp;amp;')}</p>"
        f"<p>{LINES}</p><h2>Steps</h2>"
        "<ul><li>1. an item that opens with a number</li><li>- one with a dash</li></ul>"
        "<p>Run <code>a*b_c &lt;x&gt;</code> and read <a href='https://example.org/real'>"
        "the <em>real</em> [docs]</a> first.</p>"
        "<p>A line that ends in <a href='https://example.org/end'>its own link</a></p>"
        "</article></body></html>",
        encoding="utf-8",
    )
    markdown = _reader("dump", "-f", "markdown", str(page))
    assert markdown.count("](https://example.org/end)") == 1  # a link at a block's end
    tokens = _tokens(markdown)
    kinds = {token.type for token in tokens}
    assert not kinds & {"html_inline", "html_block", "hr", "blockquote_open", "ordered_list_open"}
    assert [t.tag for t in tokens if t.type == "heading_open"] == ["h1", "h2"]
    assert [t.attrs.get("href") for t in tokens if t.type == "link_open"] == [
        "https://example.org/real", "https://example.org/end"
    ]
    assert [t.type for t in tokens if t.type.endswith("_open") and t.type[:2] in ("em", "s_")] == [
        "em_open"  # the page's own <em>, and only that
    ]
    assert sum(t.type == "bullet_list_open" for t in tokens) == 1  # no list in a list
    shown = _text(tokens)
    for words in ("<img src=x onerror=alert(1)>", "[a link](javascript:alert(1))", "*stars*",
                  "__init__", "~~gone~~", "&amp;", "snake_case", "5 < 6", "# not a heading",
                  "1. not a list", "> not a quote", "1. an item", "- one with a dash",
                  "a*b_c <x>", "Tags *and* <b>"):
        assert words in shown, words


def test_a_bookmarks_export_in_markdown_makes_no_markup_of_the_quotes(tmp_path: Path) -> None:
    data = tmp_path / "data"
    article = make_article("Title <script>x</script>", source="https://a.example/1")
    with Store.open(data) as store:
        store.save_article(article)
        block = article.blocks[1]
        store.add_bookmark(
            article, block.start, block.end, text=f"# {HOSTILE}", note="[x](javascript:1)"
        )
    tokens = _tokens(_reader("bookmarks", "export", "-f", "markdown", "--data-dir", str(data)))
    assert not {t.type for t in tokens} & {"html_inline", "html_block"}
    # (the one link: the article's own address, written out as an autolink)
    assert [t.attrs.get("href") for t in tokens if t.type == "link_open"] == ["https://a.example/1"]
    assert [t.tag for t in tokens if t.type == "heading_open"] == ["h1", "h2"]
    shown = _text(tokens)
    for words in ("Title <script>x</script>", "# Some write <img src=x onerror=alert(1)>",
                  "[x](javascript:1)"):
        assert words in shown, words


def test_an_address_written_in_the_words_is_an_autolink_that_reads_back_as_written(
    tmp_path: Path,
) -> None:
    """A page's written-out address goes into the Markdown as ``<https://...>``: escaped as
    words, its "~" and "_" came back as "\\~" and "\\_" inside the address (markdown-it and
    GitHub link a bare address before its escapes are read); read back, "%20" stays."""
    first = "https://example.org/a_b/#:~:text=Being%20a%20part_(of)"
    second = "https://example.org/x*y~z"
    page = tmp_path / "sources.html"
    page.write_text(
        "<html><head><title>Sources</title></head><body><article><h1>Sources</h1>"
        + "<p>The figures in this story come from the companies' own reports and filings.</p>" * 4
        + f"<p>Source: {first}.</p><p>And ({second}), in brackets.</p></article></body></html>",
        encoding="utf-8",
    )
    markdown = _reader("dump", "-f", "markdown", str(page))
    assert f"<{first}>." in markdown and f"(<{second}>)," in markdown
    hrefs = [t.attrs.get("href") for t in _tokens(markdown) if t.type == "link_open"]
    assert hrefs == [first, second]
    again = tmp_path / "sources.md"
    again.write_text(markdown, encoding="utf-8")
    text = _reader("dump", "-f", "text", str(again))
    assert f"Source: {first}." in text and f"({second}), in brackets." in text
