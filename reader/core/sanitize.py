"""Make text from the web safe to show: no control or escape sequences, no bidi tricks.

Applied once, at the edge, to every string that enters the model.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence

from reader.core.lazy import lazy_re

# Whole escape sequences first, so their parameters do not survive as visible junk.
# Every part of a sequence is bounded, and a string sequence (OSC, DCS, SOS, PM, APC) only
# counts when its terminator comes before any other control character: an unterminated or
# lone introducer is removed alone (below, with the controls), never the text after it.
MAX_PARAMETERS = 64  # CSI parameter bytes; a real sequence has a handful
MAX_STRING = 65_536  # characters between a string introducer and its terminator
_STRING_BODY = rf"[^\x00-\x1f\x7f-\x9f]{{0,{MAX_STRING}}}+"
_ESCAPE_SEQUENCES = lazy_re(
    rf"""
      \x1b\[[0-?]{{0,{MAX_PARAMETERS}}}+[ -/]{{0,16}}+[@-~]?    # CSI ... final byte
    | \x9b[0-?]{{0,{MAX_PARAMETERS}}}+[ -/]{{0,16}}+[@-~]?      # 8-bit CSI
    | (?:\x1b[\]PX^_]|[\x90\x98\x9d\x9e\x9f]){_STRING_BODY}(?:\x07|\x1b\\|\x9c)
                                                    # OSC, DCS, SOS, PM, APC ... BEL or ST
    | \x1b[ -/]{{0,16}}+[0-~]?                          # any other ESC sequence (or a lone ESC)
    """,
    re.VERBOSE,
)
# C0 controls except tab and newline, DEL, C1 controls.
_CONTROLS = lazy_re(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
# Bidi embeddings, overrides and isolates: text must not pretend to run the other way.
_BIDI = lazy_re(r"[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]")
# Invisible characters that only hide things inside words (soft hyphen, zero-width space,
# word joiner, BOM). ZWJ/ZWNJ are kept where they join emoji or Indic/Persian letters.
# Also fillers and operators that draw nothing (Mongolian vowel separator, combining grapheme
# joiner, invisible times and kin, Hangul fillers), and Unicode tag characters, which can
# carry a whole hidden text (kept only in a flag's sequence after U+1F3F4: "England").
_INVISIBLE = lazy_re(
    r"[\u00ad\u200b\u2060\ufeff\ufff9-\ufffb\u180e\u034f\u2061-\u2064\u115f\u1160\u3164"
    r"\uffa0]|(?<![\U0001f3f4\U000e0000-\U000e007f])[\U000e0000-\U000e007f]+"
)
_PRINTABLE_INVISIBLE = lazy_re(r"[\u034f\u115f\u1160\u3164\uffa0]")  # (isprintable() passes)
_ZERO_WIDTH_JOINERS = lazy_re(r"(?<=[A-Za-z])[\u200c\u200d](?=[A-Za-z])")
# Lone surrogates (from a JSON "\ud800" escape or an undecodable file name): not text; they
# cannot even be written out as UTF-8. Each becomes U+FFFD.
_SURROGATES = lazy_re(r"[\ud800-\udfff]")
_SPACES = lazy_re(r"[ \t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]+")
_BLANK_LINES = lazy_re(r"\n{3,}")
# Every character any of the patterns above could remove or change (\r, ESC and the 8-bit
# introducers are controls): text without one of them only needs NFC.
_SUSPECT = lazy_re(
    r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c"
    r"\u00ad\u200b\u2060\ufeff\ufff9-\ufffb\u200c\u200d\ud800-\udfff"
    r"\u180e\u034f\u2061-\u2064\u115f\u1160\u3164\uffa0\U000e0000-\U000e007f]"
)


def clean_text(text: str) -> str:
    """Strip escape sequences, controls and bidi overrides from ``text``; keep newlines."""
    if not text:
        return ""
    if _SUSPECT.search(text) is None:  # the common case: one scan, nothing to remove
        return unicodedata.normalize("NFC", text)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _ESCAPE_SEQUENCES.sub("", text)
    text = _CONTROLS.sub("", text)
    text = _BIDI.sub("", text)
    text = _INVISIBLE.sub("", text)
    text = _ZERO_WIDTH_JOINERS.sub("", text)
    text = _SURROGATES.sub("\ufffd", text)
    text = unicodedata.normalize("NFC", text)
    return text


# The C0 controls an XML tree cannot hold (tab, newline and return it can), raw or as a
# character reference ("&#x1b;", "&#12;"), and U+FFFE, U+FFFF: the HTML parser keeps them in
# a page's text and attributes, and lxml then refuses any change to that text.
_C0_BYTES = bytes([*range(0x09), 0x0B, 0x0C, *range(0x0E, 0x20)])
_NONCHARACTERS = ("\ufffe", "\uffff")  # looked for in the text: a page of Latin-1 letters
# only is passed over at once, and a wider one read a character at a time, several times
# quicker than their 3 bytes in the UTF-8
_CONTROL_REFERENCES = lazy_re(
    r"&#(?:[xX]0*(?:[0-8bBcCeEfF]|1[0-9a-fA-F]|[fF]{3}[eEfF])(?![0-9a-fA-F])"
    r"|0*(?:[0-8]|1[1-2]|1[4-9]|2[0-9]|3[01]|6553[45])(?![0-9]))"
)
_TREE_CONTROLS = lazy_re(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_SPACING_CONTROLS = lazy_re(r"[\x0b\x0c]")  # vertical tab, form feed: between words
# Escape sequences as above, only those ESC opens: a C1 character in a page may be a
# misread letter of a legacy charset (0x9C is "œ" in Windows-1252), left for clean_text.
_ESCAPES_ESC_OPENS = lazy_re(
    rf"\x1b\[[0-?]{{0,{MAX_PARAMETERS}}}+[ -/]{{0,16}}+[@-~]?"
    rf"|\x1b[\]PX^_][^\x00-\x1f\x7f]{{0,{MAX_STRING}}}+(?:\x07|\x1b\\)"
    r"|\x1b[ -/]{0,16}+[0-~]?"
)


def markup_has_controls(markup: str, encoded: bytes) -> bool:
    """Whether a page's markup (and the same as UTF-8, ``encoded``: its C0 controls are
    counted there a byte at a time, several times quicker than in the text, and its
    character references looked for there, twice as quickly) holds a control its parsed
    tree cannot be changed with."""
    return (
        len(encoded.translate(None, _C0_BYTES)) != len(encoded)
        or any(mark in markup for mark in _NONCHARACTERS)
        or _CONTROL_REFERENCE_BYTES.search(encoded) is not None  # (quicker than in the text)
    )


def without_tree_controls(text: str) -> str:
    """A parsed page's text without escape sequences and the controls of
    :func:`markup_has_controls` (a vertical tab or form feed becomes a space)."""
    if _TREE_CONTROLS.search(text) is None:
        return text
    text = _ESCAPES_ESC_OPENS.sub("", _SPACING_CONTROLS.sub(" ", text))
    return _TREE_CONTROLS.sub("", text)


def without_xml_controls(xml: str) -> str:
    """XML text without what XML 1.0 forbids in it, which its parser stops at: the controls
    of :func:`without_tree_controls` (escape sequences whole), raw or as a character
    reference (``&#x1b;``, which XML forbids as much)."""
    if "&#" in xml:
        xml = _CONTROL_REFERENCE_WHOLE.sub("", xml)
    return without_tree_controls(xml)


_CONTROL_REFERENCE_WHOLE = lazy_re(rf"(?:{_CONTROL_REFERENCES.pattern});")
# the same in the markup's UTF-8 (ASCII all: found where the text has them)
_CONTROL_REFERENCE_BYTES = lazy_re(_CONTROL_REFERENCES.pattern.encode("ascii"))


def clean_stored(value: object) -> object:
    """A JSON value read back from our own database with every string in it (keys too)
    through :func:`clean_text`: a saved copy is as hostile as the page it came from (the
    file may have been changed since). Saved text is clean, so this changes nothing there."""
    if isinstance(value, str):
        return clean_text(value)
    if isinstance(value, list):
        return [clean_stored(item) for item in value]
    if isinstance(value, dict):
        return {clean_text(str(key)): clean_stored(item) for key, item in value.items()}
    return value


def clean_line(text: str) -> str:
    """``clean_text`` and fold all white space (newlines too) to single spaces."""
    text = clean_text(text)
    if text.isprintable() and "  " not in text:  # only single plain spaces: no word list
        return text.strip(" ")
    # str.split() splits on every character of _SPACES (all are white space) and on newlines.
    return " ".join(text.split())


def clean_lines(texts: Sequence[str]) -> list[str]:
    """``clean_line`` of every text, checking all of them at once first.

    When the texts joined by spaces are printable (no control, format, bidi or invisible
    character, no white space but the plain space), hold no double space, do not start or end
    with a space and are NFC, each text is already its own ``clean_line``.
    """
    spaced = " ".join(texts)
    if (
        spaced.isprintable()
        and "  " not in spaced
        and not spaced.startswith(" ")
        and not spaced.endswith(" ")
        and unicodedata.is_normalized("NFC", spaced)
        and _PRINTABLE_INVISIBLE.search(spaced) is None
    ):
        return list(texts)
    return [clean_line(text) for text in texts]


def clean_block(text: str) -> str:
    """``clean_text``, fold runs of spaces, trim each line, at most one blank line in a row."""
    text = clean_text(text)
    lines = [_SPACES.sub(" ", line).strip() for line in text.split("\n")]
    return _BLANK_LINES.sub("\n\n", "\n".join(lines)).strip()


def clean_shown(text: object, limit: int = 200) -> str:
    """Any value (a path, a URL, a name) as one clean line for a message, at most ``limit``."""
    line = clean_line(str(text))
    return line if len(line) <= limit else line[: limit - 1] + "…"


def clean_optional(text: str | None) -> str | None:
    """``clean_line`` for optional fields; empty results become ``None``."""
    if text is None:
        return None
    return clean_line(text) or None
