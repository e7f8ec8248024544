"""A Jupyter notebook through the real ``reader dump`` and from a local web server: its
Markdown cells as a document, its code cells as code in the kernel's language, the text they
printed as preformatted blocks under them, its first heading as its title."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from cli_run import dump_explain, dump_json
from office_files import (
    code_cell,
    display,
    docx,
    markdown_cell,
    notebook,
    para,
    picture,
    result,
    stream,
)
from pytest_httpserver import HTTPServer

CELLS = [
    markdown_cell("# Harbour traffic\n\nWe count the **ships** at the "
                  "[north quay](https://example.org/quay).\n\n- cranes\n- tugs\n"),
    code_cell("ships <- read.csv('ships.csv')\nnrow(ships)\n", stream("Reading ships\n"),
              stream("done\n"), result("[1] 1204")),
    code_cell("plot(ships)", picture()),
    {"cell_type": "raw", "metadata": {}, "source": ["  raw lines\n", "    kept as they are"]},
    code_cell("stop('no berth')", {"output_type": "error", "ename": "Error",
                                   "evalue": "no berth",
                                   "traceback": ["\x1b[0;31mError\x1b[0m in stop('no berth')"]}),
]


def _dump(path: Path | str, fmt: str) -> str:
    done = subprocess.run([sys.executable, "-m", "reader", "dump", "--format", fmt, str(path)],
                          capture_output=True, text=True, timeout=60, check=True)
    return done.stdout


def test_a_notebook_reads_as_its_cells_not_its_json(tmp_path: Path) -> None:
    path = tmp_path / "harbour.ipynb"
    path.write_text(notebook(CELLS, language="R"), encoding="utf-8")
    article = dump_json(str(path))
    assert article["title"] == "Harbour traffic"  # its first heading, not in the body again
    body = [(block["type"], block["text"]) for block in article["body"]]
    assert body == [
        ("paragraph", "We count the ships at the north quay."),
        ("list", "cranes\ntugs"),
        ("code", "ships <- read.csv('ships.csv')\nnrow(ships)"),
        ("preformatted", "Reading ships\ndone\n[1] 1204"),  # (what the cell printed, as one)
        ("code", "plot(ships)"),
        ("paragraph", "(A picture the cell drew: not shown here.)"),
        ("preformatted", "  raw lines\n    kept as they are"),
        ("code", "stop('no berth')"),
        ("preformatted", "Error in stop('no berth')"),
    ]
    assert {block.get("language") for block in article["body"] if block["type"] == "code"} == {
        "r"}  # the kernel's language
    assert article["links"][0]["href"] == "https://example.org/quay"
    assert "\x1b" not in json.dumps(article) and "[0;31m" not in json.dumps(article)
    markdown = _dump(path, "markdown")
    assert "```r\nships <- read.csv('ships.csv')\n" in markdown
    assert "We count the **ships** at the [north quay](https://example.org/quay)." in markdown


def test_a_notebook_without_a_heading_is_titled_by_its_name(tmp_path: Path) -> None:
    path = tmp_path / "scratch.ipynb"
    path.write_text(notebook([code_cell("print('hi')", stream("hi\n"))]), encoding="utf-8")
    article = dump_json(str(path))
    assert article["title"] == "scratch.ipynb"
    assert [(b["type"], b.get("language")) for b in article["body"]] == [
        ("code", "python"), ("preformatted", None)]


def test_a_progress_bar_shows_its_last_state(tmp_path: Path) -> None:
    path = tmp_path / "train.ipynb"
    bar = "".join(f"\rEpoch 1: {n}%" for n in range(0, 101, 10)) + "\r\nloss 0.12\r\n"
    path.write_text(notebook([code_cell("train()", stream(bar, "stderr"))]), encoding="utf-8")
    body = dump_json(str(path))["body"]
    assert body[1] == {"type": "preformatted", "text": "Epoch 1: 100%\nloss 0.12"}


def test_a_broken_notebook_is_shown_as_its_json(tmp_path: Path) -> None:
    broken = tmp_path / "broken.ipynb"
    broken.write_text('{"cells": [{"cell_type": "code", "source": "x = ', encoding="utf-8")
    other = tmp_path / "other.ipynb"
    other.write_text('{"name": "not a notebook", "size": 3}', encoding="utf-8")
    for path in (broken, other):
        article = dump_json(str(path))
        [block] = article["body"]
        assert (article["title"], block["type"], block["language"]) == (path.name, "code", "json")


def test_a_notebook_from_a_server_or_a_pipe_reads_as_a_notebook(httpserver: HTTPServer) -> None:
    text = notebook(CELLS)
    httpserver.expect_request("/raw/main/harbour.ipynb").respond_with_data(
        text, content_type="text/plain; charset=utf-8")
    httpserver.expect_request("/notebooks/7").respond_with_data(
        text, content_type="application/x-ipynb+json")
    for address in ("/raw/main/harbour.ipynb", "/notebooks/7"):
        article = dump_json(httpserver.url_for(address))
        assert article["title"] == "Harbour traffic", address
        assert article["body"][2]["type"] == "code" and article["body"][3]["type"] == (
            "preformatted")
    piped = dump_json("-", stdin=text.encode())
    assert piped["title"] == "Harbour traffic" and piped["body"][2]["language"] == "python"


def test_explain_says_a_notebook_and_a_word_document_drop_no_block(tmp_path: Path) -> None:
    path = tmp_path / "harbour.ipynb"
    path.write_text(notebook(CELLS), encoding="utf-8")
    assert dump_explain(str(path)) == ["(a notebook: no block is dropped by a rule)"]
    word = tmp_path / "report.docx"
    word.write_bytes(docx(para("Ships came.")))
    assert dump_explain(str(word)) == ["(a Word document: no block is dropped by a rule)"]


FRAME_HTML = (
    "<div>\n<style scoped>\n    .dataframe tbody tr th { vertical-align: top; }\n</style>\n"
    '<table border="1" class="dataframe">\n  <thead>\n    <tr style="text-align: right;">\n'
    "      <th></th>\n      <th>ship</th>\n      <th>tons</th>\n    </tr>\n  </thead>\n"
    "  <tbody>\n    <tr>\n      <th>0</th>\n      <td>Aurora</td>\n      <td>1200</td>\n"
    "    </tr>\n    <tr>\n      <th>1</th>\n      <td>\x1b[31mBorealis [bold]x[/bold]</td>\n"
    "      <td>800</td>\n    </tr>\n  </tbody>\n</table>\n<p>2 rows × 2 columns</p>\n</div>"
)
FRAME_PLAIN = "      ship  tons\n0   Aurora  1200\n1  Borealis   800"
PLOTLY_HTML = (
    '<div>  <div id="c1" class="plotly-graph-div" style="height:525px;"></div>  '
    '<script type="text/javascript">require(["plotly"], function(Plotly) '
    '{ Plotly.newPlot("c1", [{"y": [1, 2]}]) })</script></div>'
)


def test_a_data_frame_reads_as_a_table_and_a_chart_as_one_line(tmp_path: Path) -> None:
    path = tmp_path / "frames.ipynb"
    path.write_text(notebook([
        code_cell("ships", display({"text/html": FRAME_HTML, "text/plain": FRAME_PLAIN})),
        code_cell("fig.show()", display({"text/html": PLOTLY_HTML}),
                  display({"application/vnd.plotly.v1+json": '{"data": []}',
                           "text/html": PLOTLY_HTML})),
        code_cell("IntSlider()", display({
            "application/vnd.jupyter.widget-view+json": '{"model_id": "a1"}',
            "text/plain": "IntSlider(value=0)"})),
        code_cell("HTML('<b>Done</b>')", display({
            "text/html": "<h3>Summary</h3><p><b>Done</b> in 3 s</p>",
            "text/plain": "<IPython.core.display.HTML object>"})),
    ]), encoding="utf-8")
    article = dump_json(str(path))
    body = [(block["type"], block["text"]) for block in article["body"]]
    table = article["body"][1]
    assert table["type"] == "table" and table["header"] is True
    assert table["rows"] == [["", "ship", "tons"], ["0", "Aurora", "1200"],
                             ["1", "Borealis [bold]x[/bold]", "800"]]
    line = "(An interactive output the cell made: not shown here.)"
    assert body[2:] == [
        ("paragraph", "2 rows × 2 columns"),
        ("code", "fig.show()"), ("paragraph", line),  # (once: the loader's and the chart's)
        ("code", "IntSlider()"), ("paragraph", line),
        ("code", "HTML('<b>Done</b>')"), ("paragraph", "Summary"), ("paragraph", "Done in 3 s"),
    ]
    shown = json.dumps(article)
    assert "\x1b" not in shown and "\\u001b" not in shown and "Plotly" not in shown
    assert "IPython.core" not in shown and "  ship  tons" not in shown
    markdown = _dump(path, "markdown")
    assert "| Aurora | 1200 |" in markdown.replace("  ", " ")


def test_an_output_too_large_to_read_is_one_line(tmp_path: Path) -> None:
    path = tmp_path / "huge.ipynb"
    rows = "".join(f"<tr><td>{n}</td><td>x</td></tr>" for n in range(40_000))
    huge = f"<table>{rows}</table>"
    path.write_text(notebook([
        code_cell("big", display({"text/html": huge})),
        code_cell("big2", display({"text/html": huge, "text/plain": "a big frame"})),
    ]), encoding="utf-8")
    body = [(block["type"], block["text"]) for block in dump_json(str(path))["body"]]
    assert body == [
        ("code", "big"), ("paragraph", "(An interactive output the cell made: not shown here.)"),
        ("code", "big2"), ("preformatted", "a big frame"),
    ]


def test_markdown_a_cell_displays_reads_as_its_blocks_not_its_repr(tmp_path: Path) -> None:
    path = tmp_path / "report.ipynb"
    path.write_text(notebook([code_cell("Markdown(summary)", display({
        "text/markdown": "## Result\n\n- *north* quay\n- south quay\n",
        "text/plain": "<IPython.core.display.Markdown object>"}))]), encoding="utf-8")
    body = [(block["type"], block["text"]) for block in dump_json(str(path))["body"]]
    assert body == [("code", "Markdown(summary)"), ("paragraph", "Result"),
                    ("list", "north quay\nsouth quay")]
