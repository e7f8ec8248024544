"""A Jupyter notebook and a Word document opened in the real app: the notebook's cells as
prose, code rows and what they printed; the Word document's headings, list and table."""

from __future__ import annotations

from pathlib import Path

import pytest
from office_files import code_cell, docx, markdown_cell, notebook, para, stream, table
from test_structure_sizes import _body_lines
from ui_helpers import reading, settle

pytestmark = pytest.mark.anyio


async def test_a_notebook_reads_as_prose_code_and_output(make_app, tmp_path: Path) -> None:
    path = tmp_path / "harbour.ipynb"
    path.write_text(notebook([
        markdown_cell("# Harbour traffic\n\nWe count the ships at each berth.\n"),
        code_cell("for berth in berths:\n    print(berth)\n", stream("North\nSouth\n")),
    ]), encoding="utf-8")
    app = make_app(path)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        assert reading(app).article.title == "Harbour traffic"
        layout = reading(app).body.layout_rows
        assert layout is not None and "code" in {layout.kinds[row] for row in range(len(layout))}
        lines = _body_lines(app)
        shown = [line.strip() for line in lines]
        assert "We count the ships at each berth." in shown and '"cell_type"' not in "".join(shown)
        starts = {line.strip(): len(line) - len(line.lstrip()) for line in lines}
        assert starts["print(berth)"] - starts["for berth in berths:"] == 4  # indentation
        assert shown.index("North") > shown.index("print(berth)")  # its output, under it


async def test_a_word_document_reads_as_its_headings_list_and_table(
    make_app, tmp_path: Path
) -> None:
    path = tmp_path / "report.docx"
    path.write_bytes(docx(
        para("Harbour report", style="Title") + para("Arrivals", style="Heading1")
        + para("Ships came to the north quay.") + para("Moor", numbered=(2, 0))
        + para("Unload", numbered=(2, 0)) + table([["Terminal", "Arrivals"], ["North", "12"]])))
    app = make_app(path)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        assert reading(app).article.title == "Harbour report"
        lines = [" ".join(line.split()) for line in _body_lines(app)]
        for expected in ("Arrivals", "Ships came to the north quay.", "1. Moor", "2. Unload",
                         "Terminal │ Arrivals", "North │ 12"):
            assert expected in lines, expected
