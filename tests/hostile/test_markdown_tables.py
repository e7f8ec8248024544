"""A page's lines that look like a table's rows ("name | secret", then "--- | ---") are
words in the Markdown we write, not a table GitHub and most renderers would draw: a
paragraph's or a quotation's lines (``<br>``), a bookmark's note. A table the page made
stays a table."""

from __future__ import annotations

from pathlib import Path

from markdown_it import MarkdownIt
from markdown_it.token import Token

from reader.__main__ import main as reader_main
from reader.store import Store
from tests.cli_run import run_dump
from tests.store.conftest import make_article

FILLER = "This paragraph is long enough to be read as the article's own running text here."
ROWS = ("name | secret", "--- | ---", "alice | hunter2")
PIPED_ROWS = ("|a|b|", "|:-:|---|", "|c|d|")
SALES = (("2024", "12"), ("2025", "15"), ("2026", "19"))


def _tokens(markdown: str) -> list[Token]:
    return MarkdownIt("commonmark").enable(["table"]).parse(markdown)


def _shown(tokens: list[Token]) -> str:
    """The words a renderer shows, a line break where the Markdown has one."""
    lines = []
    for token in tokens:
        if token.type == "inline":
            lines.append("".join(
                "\n" if child.type in ("softbreak", "hardbreak") else child.content
                for child in token.children or ()
            ))
    return "\n".join(lines)


def test_lines_like_a_table_in_a_page_stay_words(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_text(
        "<html><head><title>Rows</title></head><body><article><h1>Rows</h1>"
        f"<p>{FILLER}</p><p>{'<br>'.join(ROWS)}</p>"
        "<table><thead><tr><th>Year</th><th>Sales</th></tr></thead><tbody>"
        + "".join(f"<tr><td>{year}</td><td>{sales}</td></tr>" for year, sales in SALES)
        + "</tbody></table>"
        f"<blockquote>{'<br>'.join(PIPED_ROWS)}</blockquote><p>{FILLER}</p>"
        "</article></body></html>",
        encoding="utf-8",
    )
    tokens = _tokens(run_dump("--format", "markdown", str(page)))
    tables = [token for token in tokens if token.type == "table_open"]
    assert len(tables) == 1  # the page's own
    shown = _shown(tokens)
    for line in (*ROWS, *PIPED_ROWS):
        assert line in shown, line
    assert "Sales" in shown and "2025" in shown


def test_a_note_like_a_table_stays_words_in_a_bookmarks_export(
    tmp_path: Path, capsys
) -> None:
    data = tmp_path / "data"
    article = make_article("Title", source="https://a.example/1")
    with Store.open(data) as store:
        store.save_article(article)
        block = article.blocks[1]
        store.add_bookmark(article, block.start, block.end, note="\n".join(ROWS))
    capsys.readouterr()
    assert reader_main(["bookmarks", "export", "-f", "markdown", "--data-dir", str(data)]) == 0
    tokens = _tokens(capsys.readouterr().out)
    assert not [token for token in tokens if token.type == "table_open"]
    shown = _shown(tokens)
    for line in ROWS:
        assert line in shown, line
