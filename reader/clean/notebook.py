"""A Jupyter notebook (``.ipynb``) read as a document, not as its JSON.

Its Markdown cells are read by the Markdown cleaner (headings, lists, links...); its code
cells are code in the kernel's language; what each cell printed or displayed is read under
it by :mod:`reader.clean.notebook_outputs` (text, a data frame's table, a picture's line).
The first heading is the title (else the file's name).
A text that is not a notebook (broken JSON, JSON of another shape) is shown as JSON code.
"""

from __future__ import annotations

import json
from typing import Any

from reader.clean.data_files import clean_code, code_parts
from reader.clean.extracted import Draft, Extracted
from reader.clean.markdown import markdown_blocks
from reader.clean.notebook_outputs import output_blocks, text_of
from reader.core.file_types import file_name
from reader.core.lazy import lazy_re
from reader.core.sanitize import clean_text

__all__ = ["clean_notebook"]

Blocks = list[tuple[str, str, int]]
_LANGUAGES = {"python3": "python", "ir": "r", "julia": "julia"}  # kernels named, not languages
# a cell magic naming the language its cell is written in ("%%bash", "%%sql")
_CELL_MAGIC = lazy_re(r"\A%%(bash|sh|html|javascript|js|sql|latex|ruby|perl|markdown)\b")
_MAGIC_LANGUAGES = {"sh": "bash", "js": "javascript"}


def _language(notebook: dict[str, Any]) -> str:
    """The kernel's language: the kernel spec's, else the language info's, else Python."""
    meta = notebook.get("metadata")
    meta = meta if isinstance(meta, dict) else {}
    for key, field in (("kernelspec", "language"), ("language_info", "name")):
        part = meta.get(key)
        name = part.get(field) if isinstance(part, dict) else None
        if isinstance(name, str) and name.strip():
            name = name.strip().lower()[:40]
            return _LANGUAGES.get(name, name)
    return "python"


def _cells(notebook: dict[str, Any]) -> list[dict[str, Any]] | None:
    """The notebook's cells (nbformat 4's, or the first worksheet's of nbformat 3)."""
    cells = notebook.get("cells")
    if cells is None and isinstance(notebook.get("worksheets"), list) and notebook["worksheets"]:
        sheet = notebook["worksheets"][0]
        cells = sheet.get("cells") if isinstance(sheet, dict) else None
    if not isinstance(cells, list):
        return None
    return [cell for cell in cells if isinstance(cell, dict)]


def _code(source: str, language: str) -> Blocks:
    magic = _CELL_MAGIC.match(source)
    if magic:
        language = _MAGIC_LANGUAGES.get(magic[1], magic[1])
    source = source.strip("\n")
    return [Draft("code", part, 0, language=language) for part in code_parts(source)]


def _cell_blocks(cell: dict[str, Any], language: str) -> Blocks:
    kind = cell.get("cell_type")
    source = clean_text(text_of(cell.get("source", cell.get("input"))))
    if kind == "markdown":
        return markdown_blocks(source)
    if kind == "heading":  # (nbformat 3's)
        level = cell.get("level")
        level = level if isinstance(level, int) and 1 <= level <= 6 else 1
        return [("heading", " ".join(source.split()), level)] if source.strip() else []
    if kind == "raw":
        return [("preformatted", source.strip("\n"), 0)] if source.strip() else []
    if kind != "code":
        return []
    return (_code(source, language) if source.strip() else []) + output_blocks(cell)


def _take_title(blocks: Blocks) -> str:
    """The first heading's text (taken out of the body when only pictures come before it)."""
    for index, block in enumerate(blocks):
        if block[0] == "heading":
            if all(before[0] == "image" for before in blocks[:index]):
                del blocks[index]
            return block[1]
    return ""


def clean_notebook(text: str, path: str | None, url: str | None) -> Extracted:
    """A notebook's cells as a document titled by its first heading (else its file's name);
    a text that is not a notebook as JSON code."""
    try:
        notebook = json.loads(text.lstrip("\ufeff"))
    except (ValueError, RecursionError):
        notebook = None
    cells = _cells(notebook) if isinstance(notebook, dict) else None
    if cells is None:
        return clean_code(text, "json", path, url)
    language = _language(notebook)  # type: ignore[arg-type]
    blocks: Blocks = []
    for cell in cells:
        blocks.extend(_cell_blocks(cell, language))
    title = _take_title(blocks) or file_name(path, url)
    return Extracted(title=title, blocks=blocks)
