"""A table cell's paragraphs and ``<br>``s stay apart: a line break between them in the cell
(the JSON's rows, the text dump, the Markdown dump and the reading view)."""

from __future__ import annotations

from reader.article.dump import to_markdown, to_text
from reader.article.model import Article, Block, build_article, table_text
from reader.clean.html.pipeline import clean_html
from reader.engine.pipeline import assemble
from reader.ui.widgets.layout import build_layout

STORY = (
    "<p>Most provisioners require access to the remote resource via SSH or WinRM and expect "
    "a nested connection block with details about how to connect to it.</p>"
)
TABLE = (
    "<table><thead><tr><th>Argument</th><th>Description</th><th>Default</th></tr></thead>"
    "<tbody><tr><td><code>user</code></td><td><p>Specifies the user to use.</p></td>"
    "<td><p><code>root</code> when type is <code>ssh</code></p>"
    "<p><code>Administrator</code> when type is <code>winrm</code></p></td></tr>"
    "<tr><td><code>script_path</code></td><td><p>Where scripts are copied to.</p></td>"
    "<td><p><code>C:/windows/temp/</code><br/><code>terraform_%RAND%.cmd</code> when "
    "<code>target_platform</code> is <code>windows</code></p></td></tr></tbody></table>"
)
PAGE = f"<html><body><article><h1>Connection</h1>{STORY}{TABLE}{STORY}</article></body></html>"


def _article() -> Article:
    return assemble(clean_html(PAGE))


def _rows(article: Article) -> tuple[tuple[str, ...], ...]:
    return next(block.rows for block in article.blocks if block.type == "table")


def test_a_cells_paragraphs_and_breaks_are_its_lines() -> None:
    rows = _rows(_article())
    assert rows[1][2] == "root when type is ssh\nAdministrator when type is winrm"
    assert rows[2][2] == "C:/windows/temp/\nterraform_%RAND%.cmd when target_platform is windows"
    assert rows[1][1] == "Specifies the user to use."


def test_the_code_in_a_cell_keeps_its_place() -> None:
    article = _article()
    codes = {article.text[s.start:s.end] for s in article.styles if s.kind == "code"}
    assert {"root", "Administrator", "terraform_%RAND%.cmd"} <= codes


def test_the_text_dump_stacks_a_cells_lines() -> None:
    text = to_text(_article(), 120)
    lines = text.splitlines()
    first = next(n for n, line in enumerate(lines) if line.startswith("user"))
    assert lines[first].rstrip().endswith("root when type is ssh")
    assert lines[first + 1].strip() == "Administrator when type is winrm"
    assert lines[first + 1].index("Administrator") == lines[first].index("root")


def test_a_folded_table_stacks_them_too() -> None:
    text = to_text(_article(), 60)
    assert "Default: root when type is ssh\n         Administrator when type is winrm" in text


def test_markdown_breaks_a_cells_lines() -> None:
    markdown = to_markdown(_article())
    assert "| root when type is ssh<br>Administrator when type is winrm |" in markdown


def test_the_reading_view_shows_a_cells_lines_apart() -> None:
    rows = (("Name", "Default"), ("user", "root when ssh\nAdministrator when winrm"))
    article = build_article(
        title="T", blocks=[("paragraph", "Intro."),
                           Block("table", table_text(rows), rows=rows, header=True)])
    layout = build_layout(article, 76)
    shown = []
    for row in range(len(layout)):
        pieces = layout.pieces.get(row)
        if pieces is not None and layout.blocks[row] == 1:
            shown.append("".join(article.text[a:b] if lit is None else lit
                                 for a, b, lit, _ in pieces))
    at = shown.index("user │ root when ssh")  # the table in its columns, a line a line
    assert shown[at + 1] == "     │ Administrator when winrm"
    assert not any("\n" in line for line in shown)
