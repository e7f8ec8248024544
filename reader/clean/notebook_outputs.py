"""What a notebook's code cell printed or displayed, as blocks under the cell.

A stream, a result's ``text/plain`` and an error's traceback are text, runs of it one
preformatted block. A result's ``text/html`` holding a data table (a pandas DataFrame's) is
read as the table it is, through the HTML cleaner's table reading. A picture is an image
block carrying its PNG, JPEG or GIF in a ``data:`` address (else one short line, and so is
what only a script or a widget draws: plotly, bokeh, altair, ipywidgets): never its script,
and said once for a cell's outputs in a row (a library's loader, then its chart). A
representation that only names its object ("<IPython.core.display.HTML object>") gives
way to the HTML's words or the Markdown's blocks (headings made paragraphs). HTML over
:data:`MAX_RICH` characters is not read: its plain text, else the one line.
"""

from __future__ import annotations

import re
from typing import Any

from reader.clean.data_files import code_parts
from reader.clean.extracted import Draft
from reader.core.data_address import embedded_picture
from reader.core.lazy import lazy_re
from reader.core.sanitize import clean_text

__all__ = ["IMAGE_OUTPUT", "INTERACTIVE_OUTPUT", "MAX_RICH", "output_blocks", "text_of"]

IMAGE_OUTPUT = "(A picture the cell drew: not shown here.)"
INTERACTIVE_OUTPUT = "(An interactive output the cell made: not shown here.)"
_INTERACTIVE = ("paragraph", INTERACTIVE_OUTPUT, 0)
MAX_RICH = 300_000  # characters of an output's HTML or Markdown read as blocks, at most
Blocks = list[tuple[str, str, int]]
_PICTURE = ("image/", "png", "jpeg", "svg")
_DRAWN = ("image/png", "image/jpeg", "image/gif")  # (an SVG is not drawn: see picture_load)
PICTURE_ALT = "A picture the cell drew"
# what a script draws: a widget's view, plotly's, bokeh's, vega's (altair) figure, a script
_SCRIPTED = lazy_re(
    r"application/(?:javascript|vnd\.(?:jupyter\.widget-view|plotly|bokehjs|vega))", re.I
)
_NAMES_ITS_OBJECT = lazy_re(r"<[\w.]+(?: [\w.]+)* object(?: at 0x[0-9a-fA-F]+)?>")
_SCRIPT = lazy_re(r"<script\b", re.I)
_KEPT = frozenset({"paragraph", "list", "quote", "preformatted", "code", "table",
                   "definitions"})


def text_of(value: Any) -> str:
    """A notebook's text: a string, or a list of lines (which carry their own newlines)."""
    if isinstance(value, list):
        return "".join(part for part in value if isinstance(part, str))
    return value if isinstance(value, str) else ""


def _as_shown(text: str) -> str:
    """A stream's text as a terminal leaves it: of a line a progress bar rewrote after each
    carriage return, its last state."""
    if "\r" not in text:
        return text
    lines = (line.removesuffix("\r") for line in text.split("\n"))
    return "\n".join(line.rsplit("\r", 1)[-1] for line in lines)


def _unsectioned(blocks: Blocks) -> Blocks:
    """An output's blocks with text, its headings made paragraphs (a cell's output is no
    section of the notebook); pictures and anything else without text left out."""
    kept = []
    for block in blocks:
        if block[0] == "heading":
            block = ("paragraph", block[1], 0)
        if block[0] in _KEPT and block[1].strip():
            kept.append(block)
    return kept


def _picture(data: dict[str, Any]) -> tuple[str, str, int]:
    """A displayed picture: an ``image`` block carrying its PNG, JPEG or GIF in a ``data:``
    address (drawn as a page's picture is), else a line that says one was drawn."""
    for kind in _DRAWN:
        given = text_of(data.get(kind))
        src = embedded_picture(f"data:{kind};base64,{given}") if given else None
        if src:
            return Draft("image", "", 0, src=src, alt=PICTURE_ALT)
    return ("paragraph", IMAGE_OUTPUT, 0)


def _rich(data: dict[str, Any]) -> Blocks | str | None:
    """A display's blocks, or its text, or None (nothing in it to show)."""
    keys = [key for key in data if isinstance(key, str)]
    if any(key.startswith(_PICTURE) for key in keys):
        return [_picture(data)]
    given = text_of(data.get("text/html"))
    html = clean_text(given) if len(given) <= MAX_RICH else ""
    if html.strip():
        from reader.clean.html.blocks import fragment_blocks  # (lxml: with the first HTML)

        read = _unsectioned(fragment_blocks(html))
    else:
        read = []
    if any(block[0] == "table" for block in read):
        return read  # (a data frame: its table, and its "5 rows × 3 columns")
    plain = text_of(data.get("text/plain", data.get("text")))
    if _NAMES_ITS_OBJECT.fullmatch(plain.strip()):
        plain = ""
    markdown = text_of(data.get("text/markdown"))[:MAX_RICH]
    if any(_SCRIPTED.match(key) for key in keys) or _SCRIPT.search(html):
        return [_INTERACTIVE]
    if plain.strip():
        return plain
    if read:
        return read
    if markdown.strip():
        from reader.clean.markdown import markdown_blocks

        return _unsectioned(markdown_blocks(clean_text(markdown))) or None
    # (HTML too large to read, or with nothing to read in it)
    return [_INTERACTIVE] if given.strip() else None


def _output(output: dict[str, Any]) -> Blocks | str | None:
    """An output's blocks, or its text (a stream's, an error's name, value and traceback)."""
    kind = output.get("output_type")
    if kind == "stream":
        return _as_shown(text_of(output.get("text")))
    if kind in ("error", "pyerr"):
        trace = output.get("traceback")
        lines = [line for line in trace if isinstance(line, str)] if isinstance(trace, list) else []
        head = f"{text_of(output.get('ename'))}: {text_of(output.get('evalue'))}"
        return "\n".join(lines) if lines else head
    data = output.get("data") if isinstance(output.get("data"), dict) else output
    return _rich(data)


def output_blocks(cell: dict[str, Any]) -> Blocks:
    """The blocks of what a code cell printed and displayed: its runs of text one
    preformatted block (in parts, if long), a table or a picture's line in its place."""
    blocks: Blocks = []
    run: list[str] = []

    def close() -> None:
        text = "".join(run).strip("\n")
        blocks.extend(("preformatted", part, 0) for part in code_parts(text) if text)
        run.clear()

    outputs = cell.get("outputs")
    for output in outputs if isinstance(outputs, list) else ():
        if not isinstance(output, dict):
            continue
        shown = _output(output)
        if isinstance(shown, list):
            close()
            said = blocks[-1:] == [_INTERACTIVE] == shown  # (a loader's, then the chart's)
            blocks.extend([] if said else shown)
        elif shown and shown.strip():
            run.append(shown if shown.endswith("\n") else shown + "\n")
    close()
    return blocks
