"""A feed's bytes decoded as pages are, and handed to feedparser as UTF-8 that says so.

feedparser decodes a document itself: in the charset its declaration (or the server) names,
and when the bytes are not valid in it (one stray byte is enough) it asks chardet to guess
over the whole document. That took seconds a kilobyte on some feeds (a 370 KB feed with one
bad byte: 2 s instead of 0.24 s), and a guess may read a UTF-8 feed's every accented letter
as mojibake. Here a feed is decoded as a page is (``reader.sources.decoding``): a BOM, the
server's charset, the XML declaration's, else UTF-8 (XML's own default); valid multi-byte
UTF-8 wins over a declared legacy charset; a stray byte becomes U+FFFD; UTF-8 read twice
("â€™") is repaired. The text goes on as UTF-8 behind a declaration that says so.
"""

from __future__ import annotations

from reader.core.lazy import lazy_re
from reader.sources.decoding import (
    bom_encoding,
    declared_in_markup,
    decode_bytes,
    normalize_charset,
)

_DECLARATION = lazy_re(r"^\s*<\?xml\b[^>]*>")  # the XML declaration, where it stands
UTF8_DECLARATION = '<?xml version="1.0" encoding="utf-8"?>'


def declared_charset(data: bytes, charset: str | None = None) -> str:
    """The codec a feed's bytes say they are in: the server's charset, else the XML
    declaration's, else UTF-8 (a byte-order mark is read by ``decode_bytes`` first)."""
    return normalize_charset(charset) or declared_in_markup(data, meta=False) or "utf-8"


def feed_as_utf8(data: bytes, charset: str | None = None) -> bytes:
    """``data`` (a feed document; ``charset`` the server's) as UTF-8 with a UTF-8
    declaration. ASCII with no byte-order mark is returned as it is."""
    if data.isascii() and b"\x00" not in data[:1024] and bom_encoding(data) is None:
        return data
    text, _codec = decode_bytes(data, declared_charset(data, charset))
    text = text.lstrip("\ufeff")
    if _DECLARATION.match(text):
        text = _DECLARATION.sub(UTF8_DECLARATION, text, count=1)
    return text.encode("utf-8", "replace")


__all__ = ["declared_charset", "feed_as_utf8"]
