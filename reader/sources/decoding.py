"""Turn bytes into text the way browsers do: BOM, declared charset, <meta>, then detection.

Two departures from browsers, both for pages that lie about their encoding: bytes that are
valid UTF-8 with multi-byte characters are read as UTF-8 whatever legacy charset the page or
the server declares (a legacy text is practically never valid UTF-8), and text that was
UTF-8 read as cp1252 and encoded again ("â€œ" for "“") is repaired with ftfy, only when
ftfy's detector sees such mojibake (``benchmarks/encoding.py`` measures the cost).

Never raises on bad bytes: what cannot be decoded becomes U+FFFD.
"""

from __future__ import annotations

import codecs
import re
import unicodedata

from reader.core.lazy import lazy_re

TYPE_CHECKING = False
if TYPE_CHECKING:
    from charset_normalizer.models import CharsetMatch

# Longest BOMs first: the UTF-32-LE BOM starts with the UTF-16-LE one.
_BOMS = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# Labels browsers read as a larger encoding (WHATWG Encoding Standard), by Python codec name.
_BROWSER_ALIASES = {
    "ascii": "cp1252",
    "iso8859-1": "cp1252",
    "iso8859-9": "cp1254",
    "tis-620": "cp874",
    "iso8859-11": "cp874",
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "shift_jis": "cp932",
    "euc_kr": "cp949",
    "big5": "big5hkscs",
}

_META_CHARSET = lazy_re(rb"<meta\s[^>]*?charset\s*=\s*[\"']?\s*([A-Za-z0-9_.:\-]+)", re.I)
_XML_ENCODING = lazy_re(rb"^\s*<\?xml\s[^>]*?encoding\s*=\s*[\"']([A-Za-z0-9_.:\-]+)", re.I)
_GLUED = lazy_re(r"(?<=[A-Za-z])[^\x00-\x7f](?=[A-Za-z])")
_C1 = lazy_re(r"[\x80-\x9f]")
_CENTRAL_EUROPEAN = frozenset(
    {"Polish", "Czech", "Slovak", "Hungarian", "Slovene", "Croatian", "Romanian", "Bosnian"}
)
PRESCAN_BYTES = 4096
_DETECT_BYTES = 256 * 1024


def normalize_charset(label: str | None) -> str | None:
    """The Python codec for a charset label, as a browser would read it; None if unknown."""
    if not label:
        return None
    try:
        name = codecs.lookup(label.strip().strip("\"'")).name
    except (LookupError, ValueError):
        return None
    return _BROWSER_ALIASES.get(name, name)


def bom_encoding(data: bytes) -> tuple[str, int] | None:
    """The encoding a byte-order mark announces and the mark's length."""
    for bom, name in _BOMS:
        if data.startswith(bom):
            return name, len(bom)
    return None


def declared_in_markup(data: bytes, *, meta: bool = True) -> str | None:
    """The charset of an XML declaration or (``meta``: in HTML) a ``<meta charset>``/
    ``http-equiv`` near the start."""
    head = data[:PRESCAN_BYTES]
    match = _XML_ENCODING.match(head) or (_META_CHARSET.search(head) if meta else None)
    if not match:
        return None
    name = normalize_charset(match.group(1).decode("ascii", "replace"))
    # A document that could be read as ASCII to find this is not UTF-16/32 (WHATWG: use UTF-8).
    if name and name.startswith(("utf-16", "utf-32", "utf_16", "utf_32")):
        return "utf-8"
    return name


def _mostly_utf8(data: bytes) -> bool:
    """True if the bytes are UTF-8 apart from a few stray invalid bytes."""
    text = data.decode("utf-8", "replace")
    bad = text.count("\ufffd")
    wide = sum(1 for char in text if ord(char) > 0x7F) - bad
    return wide > 0 and bad * 20 <= wide


def utf16_without_bom(data: bytes) -> str | None:
    """``utf-16-le``/``-be`` if the bytes look like BOM-less UTF-16 text (NULs in every other
    byte, as in mostly-Latin text), else None."""
    sample = data[:PRESCAN_BYTES]
    nuls = sample.count(0)
    if len(sample) < 4 or nuls * 4 < len(sample):
        return None
    odd = sample[1::2].count(0)
    if odd * 10 >= nuls * 9 and odd * 3 >= len(sample[1::2]):
        return "utf-16-le"
    even = nuls - odd
    if even * 10 >= nuls * 9 and even * 3 >= len(sample[0::2]):
        return "utf-16-be"
    return None


def _latin_script(text: str) -> bool:
    """True unless most non-ASCII letters in ``text`` are of another script (Cyrillic, CJK...)."""
    letters = [char for char in text[:20000] if ord(char) > 0x7F and char.isalpha()][:2000]
    latin = sum(1 for char in letters if unicodedata.name(char, "").startswith("LATIN"))
    return latin * 2 >= len(letters)


def _oddities(text: str) -> int:
    """Signs of a wrong single-byte codec: symbols glued inside words, U+FFFD, C1 controls."""
    glued = sum(1 for match in _GLUED.finditer(text) if not match.group().isalpha())
    return glued + text.count("\ufffd") + len(_C1.findall(text))


def _western(data: bytes, guess: str, language: str) -> str:
    """Pick a codec for Latin-script bytes: cp1252 (as browsers do) unless another fits better."""
    order = ["cp1252", "cp1250", guess]
    if language in _CENTRAL_EUROPEAN:
        order = ["cp1250", "cp1252", guess]
    scores = {}
    for name in dict.fromkeys(order):
        try:
            scores[name] = _oddities(data.decode(name, "replace"))
        except LookupError:
            continue
    return min(scores, key=scores.__getitem__)


def detect_encoding(data: bytes) -> str:
    """Guess an undeclared encoding: UTF-16/UTF-8 if they fit, else charset-normalizer for
    the script, choosing among the Western codecs ourselves (it often confuses them)."""
    wide = utf16_without_bom(data)
    if wide:
        return wide
    try:
        data.decode("utf-8")
        return "utf-8"
    except UnicodeDecodeError as error:
        # A multi-byte character cut at the end of a sample is still UTF-8.
        if error.start >= len(data) - 3 and error.reason == "unexpected end of data":
            return "utf-8"
    sample = data[:_DETECT_BYTES]
    if _mostly_utf8(sample):
        return "utf-8"
    from charset_normalizer import from_bytes

    matches = from_bytes(sample)
    best = matches.best()
    if best is None:
        return _western(sample, "cp1252", "")
    guess = normalize_charset(best.encoding) or "cp1252"
    if not _latin_script(str(best)):
        return guess
    if any(_ties(match, best) for match in matches if match.encoding == "cp1252"):
        return _western(sample, "cp1252", "")  # cp1252 reads as well: the browsers' default
    return _western(sample, guess, best.language)


def _ties(match: CharsetMatch, best: CharsetMatch) -> bool:
    """True when charset-normalizer rates ``match`` as it rates ``best`` (a few accented
    letters that two codecs both read as letters: "café naïve" is Romanian to it)."""
    return (match.chaos, match.coherence) == (best.chaos, best.coherence)


MIN_MULTIBYTE = 2  # UTF-8 characters of two or more bytes that overrule a declared charset
_MULTIBYTE_LEAD = lazy_re(rb"[\xc2-\xf4][\x80-\xbf]")


def is_multibyte_utf8(data: bytes) -> bool:
    """True if ``data`` is valid UTF-8 (a character cut at the very end allowed) holding at
    least ``MIN_MULTIBYTE`` multi-byte characters: no legacy-encoded text looks like that."""
    if len(_MULTIBYTE_LEAD.findall(data[:_DETECT_BYTES])) < MIN_MULTIBYTE:
        return False
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as error:
        return error.start >= len(data) - 3 and error.reason == "unexpected end of data"
    return True


_UTF8_CHARACTER = lazy_re(
    rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}"
)
_HIGH_BYTE = lazy_re(rb"[\x80-\xff]")


def is_legacy_under_utf8(data: bytes) -> bool:
    """Bytes labelled UTF-8 that hold bytes over 127 but not one UTF-8 character made of
    them ("Caf\\xe9 \\x93quoted\\x94"): a legacy text under the wrong label. (A UTF-8 text
    with a few bad bytes among its characters stays UTF-8, the bad bytes U+FFFD.)"""
    sample = data[:_DETECT_BYTES]
    return _HIGH_BYTE.search(sample) is not None and _UTF8_CHARACTER.search(sample) is None


def choose_encoding(data: bytes, declared: str | None = None) -> tuple[str, int]:
    """The encoding to read ``data`` with, and how many leading BOM bytes to skip."""
    found = bom_encoding(data)
    if found:
        return found
    name = normalize_charset(declared) or declared_in_markup(data)
    if name and not name.startswith("utf") and is_multibyte_utf8(data):
        return "utf-8", 0  # valid multi-byte UTF-8 wins over a declared legacy charset
    if name == "utf-8" and is_legacy_under_utf8(data):
        return detect_encoding(data), 0  # ... and a legacy text is read as one, whatever its label
    if name:
        return name, 0
    return detect_encoding(data), 0


# UTF-8 read as cp1252/latin-1: a lead byte (U+00C2-U+00F4) then a continuation byte as
# cp1252 shows it (U+0080-U+00BF, or the symbol cp1252 puts at 0x80-0x9F).
_CP1252_HIGH = "€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ"
_MOJIBAKE = lazy_re(f"[\u00c2-\u00f4][\u0080-\u00bf{_CP1252_HIGH}]")


def repair_mojibake(text: str) -> str:
    """Lines with UTF-8 read as a legacy codec ("â€œ", "Ã©") repaired by ftfy.

    A regular expression finds the lines that could hold such a sequence (one scan, most
    texts have none); ftfy's detector confirms each and ``fix_encoding`` repairs it, so a
    page with one bad paragraph keeps its good ones as they are."""
    if not _MOJIBAKE.search(text):
        return text
    from ftfy import fix_encoding  # lazy: most documents never need the fixer
    from ftfy.badness import is_bad

    lines = text.splitlines(keepends=True)
    for index, line in enumerate(lines):
        if _MOJIBAKE.search(line) and is_bad(line):
            lines[index] = fix_encoding(line)
    return "".join(lines)


def decode_bytes(data: bytes, declared: str | None = None) -> tuple[str, str]:
    """Decode ``data`` (``declared`` is an HTTP charset); returns the text and the codec used."""
    encoding, skip = choose_encoding(data, declared)
    try:
        text = data[skip:].decode(encoding, "replace")
    except (LookupError, UnicodeError):  # a codec that cannot even decode with "replace"
        text, encoding = data[skip:].decode("utf-8", "replace"), "utf-8"
    return repair_mojibake(text), encoding
