"""A Word document nested thousands deep (tables in tables' cells, content controls in
content controls, runs in inline controls), through the real ``reader dump``: its
structure is followed to a sensible depth and its words past that are read flat, at once
and in little memory, never lost or told as "no paragraph"."""

from __future__ import annotations

import json
import re
import subprocess
from pathlib import Path

from tests import office_files as O
from tests.cli_run import body_texts, dump_bounded

DEPTH = 3000
DEEP = "The deep paragraph says something worth reading."
OPENING = O.para("An opening paragraph of the document, with words enough to be prose.")


def _dump(folder: Path, body: str) -> subprocess.CompletedProcess[str]:
    path = folder / "deep.docx"
    path.write_bytes(O.docx(body))
    return dump_bounded(path)


def _texts(result: subprocess.CompletedProcess[str]) -> str:
    assert result.returncode == 0, result.stderr
    return "\n".join(body_texts(json.loads(result.stdout)))


def test_tables_nested_thousands_deep_keep_every_cell(tmp_path: Path) -> None:
    """Each table's second cell and the innermost paragraph: all read, in order."""
    inner = O.para(DEEP)
    for level in range(DEPTH):
        inner = (f"<w:tbl><w:tr><w:tc>{inner}</w:tc><w:tc>{O.para(f'cell {level}')}</w:tc>"
                 "</w:tr></w:tbl>")
    texts = _texts(_dump(tmp_path, OPENING + inner))
    assert texts.startswith("An opening paragraph") and DEEP in texts
    assert sorted(map(int, re.findall(r"cell (\d+)", texts))) == list(range(DEPTH))
    assert texts.index(DEEP) < texts.index("cell 0")


def test_content_controls_nested_thousands_deep_are_read(tmp_path: Path) -> None:
    """The only paragraph inside 3,000 content controls: read, not "no paragraph in it"."""
    inner = O.para(DEEP)
    for _ in range(DEPTH):
        inner = f"<w:sdt><w:sdtContent>{inner}</w:sdtContent></w:sdt>"
    assert DEEP in _texts(_dump(tmp_path, inner))


def test_words_nested_thousands_deep_in_a_paragraph_are_read(tmp_path: Path) -> None:
    """A run inside 3,000 inline content controls: the paragraph keeps its words."""
    inner = f"<w:r><w:t>{DEEP}</w:t></w:r>"
    for _ in range(DEPTH):
        inner = f"<w:sdt><w:sdtContent>{inner}</w:sdtContent></w:sdt>"
    texts = _texts(_dump(tmp_path, OPENING + f"<w:p><w:r><w:t>Before. </w:t></w:r>{inner}</w:p>"))
    assert f"Before. {DEEP}" in texts


def test_tables_nested_a_few_deep_stay_tables(tmp_path: Path) -> None:
    """A real document's nesting (a table in a table's cell) keeps its structure."""
    inner = O.table([["Name", "Role"], ["Ann", "Editor"]])
    beside = O.para("Beside")
    body = OPENING + f"<w:tbl><w:tr><w:tc>{inner}</w:tc><w:tc>{beside}</w:tc></w:tr></w:tbl>"
    result = _dump(tmp_path, body)
    assert result.returncode == 0, result.stderr
    kinds = [block["type"] for block in json.loads(result.stdout)["body"]]
    assert kinds == ["paragraph", "table"]
