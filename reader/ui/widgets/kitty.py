"""The Kitty graphics protocol through Unicode placeholders (kitty, Ghostty).

A picture is sent to the terminal once as PNG (:func:`transmit`) with a virtual placement of
``cols`` x ``rows`` cells; it shows wherever cells hold the placeholder U+10EEEE in the
foreground colour that encodes its id (24 bits), with the cell's row and column as combining
diacritics (:func:`placeholder_row`). Those cells are ordinary text of width one, so the
body's Line API, Rich's cell widths and Textual's compositor carry them like any other row.
Every cell carries its row and column (none inherits from its left neighbour), so a row cut
by something drawn over it still places the right part of the picture.

Nothing is asked of the terminal (the mode is chosen from the environment: see
:func:`reader.ui.widgets.pictures.use_kitty`), and every command says ``q=2`` so the terminal
answers nothing (no reply reaches the keys).
Only sequences built here, from numbers and base64, are written.
"""

from __future__ import annotations

import base64

from rich.color import Color
from rich.segment import Segment
from rich.style import Style

PLACEHOLDER = "\U0010eeee"
CHUNK = 4096  # base64 characters per escape sequence

# kitty's rowcolumn-diacritics.txt (combining class 230, Unicode 6.0): the Nth is row or
# column N. Runs "first-last" and single code points, in order.
_TABLE = (
    "0305 030D 030E 0310 0312 033D-033F 0346 034A-034C 0350-0352 0357 035B 0363-036F "
    "0483-0487 0592-0595 0597-0599 059C-05A1 05A8 05A9 05AB 05AC 05AF 05C4 0610-0617 "
    "0657-065B 065D 065E 06D6-06DC 06DF-06E2 06E4 06E7 06E8 06EB 06EC 0730 0732 0733 0735 "
    "0736 073A 073D 073F-0741 0743 0745 0747 0749 074A 07EB-07F1 07F3 0816-0819 081B-0823 "
    "0825-0827 0829-082D 0951 0953 0954 0F82 0F83 0F86 0F87 135D-135F 17DD 193A 1A17 "
    "1A75-1A7C 1B6B 1B6D-1B73 1CD0-1CD2 1CDA 1CDB 1CE0 1DC0 1DC1 1DC3-1DC9 1DCB 1DCC "
    "1DD1-1DE6 1DFE 20D0 20D1 20D4-20D7 20DB 20DC 20E1 20E7 20E9 20F0 2CEF-2CF1 2DE0-2DFF "
    "A66F A67C A67D A6F0 A6F1 A8E0-A8F1 AAB0 AAB2 AAB3 AAB7 AAB8 AABE AABF AAC1 FE20-FE26 "
    "10A0F 10A38 1D185-1D189 1D1AA-1D1AD 1D242-1D244"
)


def _diacritics() -> str:
    marks = []
    for run in _TABLE.split():
        first, _, last = run.partition("-")
        marks.extend(chr(code) for code in range(int(first, 16), int(last or first, 16) + 1))
    return "".join(marks)


DIACRITICS = _diacritics()  # 297: rows and columns 0 to 296


def _command(keys: str, payload: str = "") -> str:
    return f"\x1b_G{keys};{payload}\x1b\\" if payload else f"\x1b_G{keys}\x1b\\"


def transmit(image_id: int, png: bytes, cols: int, rows: int) -> str:
    """The escape sequences that send ``png`` as image ``image_id``, placed virtually on
    ``cols`` x ``rows`` cells (the placeholders show it); base64 in chunks of :data:`CHUNK`."""
    data = base64.standard_b64encode(png).decode("ascii")
    chunks = [data[start : start + CHUNK] for start in range(0, len(data), CHUNK)] or [""]
    first = f"a=T,U=1,f=100,i={image_id},c={cols},r={rows},C=1,q=2"
    parts = []
    for index, chunk in enumerate(chunks):
        more = int(index < len(chunks) - 1)
        keys = f"{first},m={more}" if index == 0 else f"m={more},q=2"
        parts.append(_command(keys, chunk))
    return "".join(parts)


def delete(image_id: int) -> str:
    """The escape sequence that removes image ``image_id`` (its data and placements)."""
    return _command(f"a=d,d=I,i={image_id},q=2")


def id_style(image_id: int, base: Style | None = None) -> Style:
    """The style of the placeholders of ``image_id``: the id as the foreground colour."""
    colour = Color.from_rgb(image_id >> 16 & 0xFF, image_id >> 8 & 0xFF, image_id & 0xFF)
    return (base or Style()) + Style(color=colour)


def placeholder_row(image_id: int, row: int, cols: int, base: Style | None = None) -> Segment:
    """Row ``row`` of the picture ``image_id``: ``cols`` placeholder cells, each with its row
    and column diacritics, in the id's colour."""
    mark = DIACRITICS[row]
    text = "".join(PLACEHOLDER + mark + DIACRITICS[col] for col in range(cols))
    return Segment(text, id_style(image_id, base))


def png_of(pixels: bytes, width: int, height: int) -> bytes:
    """RGB ``pixels`` (``width`` x ``height``) as PNG (quick to make: the terminal reads it
    once)."""
    import io

    from PIL import Image

    out = io.BytesIO()
    Image.frombytes("RGB", (width, height), pixels).save(out, "PNG", compress_level=1)
    return out.getvalue()
