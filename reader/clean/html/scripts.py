"""Superscripts and subscripts (``<sup>``, ``<sub>``). A browser sets them raised or lowered; run
into the line as plain text they read as other numbers: "3 × 10<sup>8</sup>" as "3 × 108",
"CO<sub>2</sub>" as "CO2", a note's mark "the filer.<sup>2</sup>" as "filer.2". A terminal
draws neither, so one whose text Unicode has raised or lowered forms for (digits, signs,
brackets; a raised "n" or "i") is written in them: "10⁸", "CO₂", "filer.²"; a raised "TM" or
"SM" is "™" or "℠". A footnote's linked reference is the footnotes' (``[2]``, a link to
``#note-2`` holding it too); any other text (an ordinal's "th", a credit) stays as it is."""

from __future__ import annotations

from lxml.html import HtmlElement

_RAISED = str.maketrans("0123456789+-−=()ni", "⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻⁻⁼⁽⁾ⁿⁱ")
_LOWERED = str.maketrans("0123456789+-−=()", "₀₁₂₃₄₅₆₇₈₉₊₋₋₌₍₎")
_MARKS = {"TM": "™", "SM": "℠"}
_PASS = ", "  # (kept as they are between raised numbers: a list of notes, "1, 3")
MAX_LENGTH = 12  # longer than an exponent or a list of notes: a sentence set small


def _written(text: str, table: dict[int, str]) -> str | None:
    """``text`` in the forms of ``table``, or None when a character has none."""
    core = text.strip()
    numeric = any(char.isdigit() or char in "ni" for char in core)
    if not core or len(core) > MAX_LENGTH or not numeric:
        return _MARKS.get(core) if table is _RAISED else None
    if any(ord(char) not in table and char not in _PASS for char in core):
        return None
    return text.translate(table)


def _in_page(anchor: HtmlElement) -> bool:
    """A link to a place in the page (a footnote's reference)."""
    return (anchor.get("href") or "").lstrip().startswith("#")


def raise_scripts(tree: HtmlElement) -> None:
    """Write each ``<sup>`` and ``<sub>`` of ``tree`` that holds only text (and is no
    link within the page's) in Unicode's raised or lowered forms, where it has them."""
    for element in tree.iter("sup", "sub"):
        if len(element) or not element.text:
            continue  # (a footnote's link inside, or nothing)
        if any(_in_page(ancestor) for ancestor in element.iterancestors("a")):
            continue  # (a note's reference, read as such)
        written = _written(element.text, _RAISED if element.tag == "sup" else _LOWERED)
        if written is not None:
            element.text = written


__all__ = ["raise_scripts"]
