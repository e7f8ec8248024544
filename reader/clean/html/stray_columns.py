"""Column tags written outside any table: a browser ignores a ``<col>`` or ``<colgroup>``
that stands outside a ``<table>`` (HTML's parsing rules drop the tag, its text reads on),
while libxml2's parser closes the open paragraph at it, splitting one paragraph in two
("Before the col" / "after the col"). They hold no text, so the tags are taken out of the
markup before parsing wherever no table is open; those inside a table stay.
"""

from __future__ import annotations

import re

from reader.core.lazy import lazy_re

WRITTEN = lazy_re(r"<col(?:group)?(?=[\s/>])", re.IGNORECASE)  # (none: not walked)
_TOKEN = lazy_re(
    r"<!--|<(script|style|textarea)\b|<(/?)(table|colgroup|col)(?=[\s/>])[^>]*>",
    re.IGNORECASE,
)
_ENDS = {
    "script": lazy_re(r"</script\s*>", re.IGNORECASE),
    "style": lazy_re(r"</style\s*>", re.IGNORECASE),
    "textarea": lazy_re(r"</textarea\s*>", re.IGNORECASE),
}


def _past_raw_text(text: str, token: re.Match[str]) -> int:
    """Where reading goes on after a comment, script, style or text area that ``token``
    opens: past its end, or the end of ``text`` when it is never closed (as a browser reads
    it). One search for each: linear in the text, however many are left open."""
    if token.group(1) is None:
        end = text.find("-->", token.end())
        return len(text) if end < 0 else end + 3
    close = _ENDS[token.group(1).lower()].search(text, token.end())
    return len(text) if close is None else close.end()


def without_stray_columns(text: str) -> str:
    """``text`` without the ``<col>``, ``<colgroup>`` and ``</colgroup>`` tags that stand
    outside every ``<table>`` (comments, scripts and styles are read past, not into); the
    same string when there are none."""
    if not WRITTEN.search(text):
        return text
    kept: list[str] = []
    start = 0
    open_tables = 0
    position = 0
    while (token := _TOKEN.search(text, position)) is not None:
        position = token.end()
        tag = token.group(3)
        if tag is None:
            position = _past_raw_text(text, token)
            continue
        tag = tag.lower()
        if tag == "table":
            open_tables = max(0, open_tables + (-1 if token.group(2) else 1))
            continue
        if open_tables:
            continue
        kept.append(text[start : token.start()])
        start = token.end()
    if not kept:
        return text
    kept.append(text[start:])
    return "".join(kept)


__all__ = ["WRITTEN", "without_stray_columns"]
